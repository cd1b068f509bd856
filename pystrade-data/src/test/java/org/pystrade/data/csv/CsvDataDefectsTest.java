package org.pystrade.data.csv;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.pystrade.core.data.DataDefect;
import org.pystrade.core.data.DataException;
import org.pystrade.core.data.FuturesSimData;
import org.pystrade.core.domain.Currency;
import org.pystrade.core.domain.InstrumentCode;
import org.pystrade.core.domain.ReasonCode;
import org.pystrade.core.series.Timestamps;

/** What the CSV data source says about defects: the file and line of a row, and missing or bad spread costs. */
class CsvDataDefectsTest {

  private static final InstrumentCode X = InstrumentCode.of("X");

  private static TestLayout layout(Path dir) {
    return new TestLayout(dir)
        .adjusted("X", "2020-01-01 23:00:00,1.0\n2020-01-02 23:00:00,2.0\n\n2020-01-03 23:00:00,0\n")
        .multiple("X", "2020-01-01 23:00:00,,20200600,6,20200300,,\n2020-01-02 23:00:00,,20200600,-1,20200300,,\n")
        .fx("EURUSD", "2020-01-01 23:00:00,1.1\n2020-01-02 23:00:00,0\n")
        .config("X,x,10,EUR,Test,0,0,0,EU\n");
  }

  @Test
  void aRowIsLocatedByItsFileAndLine(@TempDir Path dir) {
    CsvFuturesSimData data = layout(dir).open();
    long t3 = Timestamps.parse("2020-01-03 23:00:00");
    assertThat(data.locate(X, FuturesSimData.PriceData.ADJUSTED_PRICES, t3))
        .isEqualTo(dir.resolve("adjusted_prices_csv/X.csv") + " line 5");
    long t2 = Timestamps.parse("2020-01-02 23:00:00");
    assertThat(data.locate(X, FuturesSimData.PriceData.MULTIPLE_PRICES, t2))
        .isEqualTo(dir.resolve("multiple_prices_csv/X.csv") + " line 3");
    assertThat(data.locate(X, FuturesSimData.PriceData.MULTIPLE_PRICES, t3))
        .isEqualTo(dir.resolve("multiple_prices_csv/X.csv").toString());
    assertThat(data.locate(InstrumentCode.of("NOPE"), FuturesSimData.PriceData.ADJUSTED_PRICES, t3)).isEmpty();
  }

  @Test
  void aBadFxRowIsLocatedInTheFileItComesFrom(@TempDir Path dir) {
    CsvFuturesSimData data = layout(dir).open();
    long t2 = Timestamps.parse("2020-01-02 23:00:00");
    assertThat(data.locateFx(Currency.of("EUR"), Currency.of("USD"), t2))
        .isEqualTo(dir.resolve("fx_prices_csv/EURUSD.csv") + " line 3");
    // through the inverse
    assertThat(data.locateFx(Currency.of("USD"), Currency.of("EUR"), t2))
        .isEqualTo(dir.resolve("fx_prices_csv/EURUSD.csv") + " line 3");
  }

  @Test
  void aMissingSpreadCostFileRowOrValueIsADefectNamingTheFile(@TempDir Path dir) {
    TestLayout l = layout(dir);
    assertThat(l.open().sourceDefects(X)).singleElement().satisfies(d -> {
      assertThat(d.kind()).isEqualTo(DataDefect.Kind.MISSING_SPREAD_COST);
      assertThat(d.message()).contains("spreadcosts.csv", "the file does not exist", "0 is used");
    });
    l.write("csvconfig/spreadcosts.csv", "Instrument,SpreadCost\nY,0.5\n");
    assertThat(l.open().sourceDefects(X)).singleElement()
        .satisfies(d -> assertThat(d.message()).contains("spreadcosts.csv", "no row for X"));
    l.write("csvconfig/spreadcosts.csv", "Instrument,SpreadCost\nY,0.5\nX,\n");
    assertThat(l.open().sourceDefects(X)).singleElement()
        .satisfies(d -> assertThat(d.message()).contains("spreadcosts.csv line 3", "empty SpreadCost for X"));
    l.write("csvconfig/spreadcosts.csv", "Instrument,SpreadCost\nX,0.25\n");
    assertThat(l.open().sourceDefects(X)).isEmpty();
    assertThat(l.open().meta(X).spreadCost()).isEqualTo(0.25);
  }

  @Test
  void aNegativeSpreadCostIsBlamedOnSpreadcostsCsv(@TempDir Path dir) {
    TestLayout l = layout(dir);
    l.write("csvconfig/spreadcosts.csv", "Instrument,SpreadCost\nX,-0.25\n");
    assertThatThrownBy(() -> l.open().meta(X)).isInstanceOf(DataException.class)
        .hasMessageContaining(dir.resolve("csvconfig/spreadcosts.csv") + " line 2 (X)")
        .hasMessageContaining("SpreadCost must be zero or positive and finite but was -0.25")
        .hasMessageNotContaining("instrumentconfig")
        .satisfies(ex -> assertThat(((DataException) ex).code()).isEqualTo(ReasonCode.BAD_VALUE));
  }
  @Test
  void anEmptyOrAbsentCommissionIsADefectNamingTheFileAndLine(@TempDir Path dir) {
    TestLayout l = layout(dir);
    l.write("csvconfig/spreadcosts.csv", "Instrument,SpreadCost\nX,0.25\n");
    assertThat(l.open().sourceDefects(X)).isEmpty();
    l.config("X,x,10,EUR,Test,,0,0,EU\n");
    assertThat(l.open().sourceDefects(X)).singleElement().satisfies(d -> {
      assertThat(d.kind()).isEqualTo(DataDefect.Kind.MISSING_COMMISSION);
      assertThat(d.message()).contains("instrumentconfig.csv line 2 (X)", "empty PerBlock",
          "a commission of 0 is used");
    });
    assertThat(l.open().meta(X).perBlock()).isZero();
    l.write("csvconfig/instrumentconfig.csv", "Instrument,Description,Pointsize,Currency,AssetClass,Region\n"
        + "X,x,10,EUR,Test,EU\n");
    assertThat(l.open().sourceDefects(X)).singleElement().satisfies(d -> assertThat(d.message())
        .contains("no PerBlock column, no Percentage column, no PerTrade column"));
  }

  @Test
  void aFolderWhereADataFileShouldBeIsNamed(@TempDir Path dir) throws Exception {
    TestLayout l = layout(dir);
    Files.delete(dir.resolve("multiple_prices_csv/X.csv"));
    Files.createDirectories(dir.resolve("multiple_prices_csv/X.csv"));
    assertThatThrownBy(() -> l.open().multiplePrices(X)).isInstanceOf(DataException.class)
        .hasMessageContaining(dir.resolve("multiple_prices_csv/X.csv") + " is a folder, not a data file");
    Files.delete(dir.resolve("csvconfig/instrumentconfig.csv"));
    Files.createDirectories(dir.resolve("csvconfig/instrumentconfig.csv"));
    assertThatThrownBy(() -> l.open().meta(X)).isInstanceOf(DataException.class)
        .hasMessage(dir.resolve("csvconfig/instrumentconfig.csv") + " is a folder, not a CSV file");
  }
}
