package org.pystrade.data.csv;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.pystrade.core.data.DataException;
import org.pystrade.core.domain.Currency;
import org.pystrade.core.domain.InstrumentCode;

/** Every data error is a DataException naming the path, line and text, or the instrument or currency. */
class CsvFuturesSimDataErrorsTest {

  private static final InstrumentCode X = InstrumentCode.of("X");

  @TempDir
  Path tmp;
  private TestLayout layout;

  @BeforeEach
  void setUp() {
    layout = new TestLayout(tmp);
  }

  @Test
  void missingDirectory() {
    Path missing = tmp.resolve("nowhere");
    assertThatThrownBy(() -> CsvFuturesSimData.open(missing)).isInstanceOf(DataException.class)
        .hasMessageContaining(missing.toString());
  }

  @Test
  void missingAdjustedPricesFolder() {
    layout.write("csvconfig/instrumentconfig.csv", TestLayout.CONFIG_HEADER);
    assertThatThrownBy(() -> CsvFuturesSimData.open(tmp)).isInstanceOf(DataException.class)
        .hasMessageContaining(tmp.resolve("adjusted_prices_csv").toString());
  }

  @Test
  void wrongColumnCountTooMany() {
    layout.adjusted("X", "2020-01-01 23:00:00,1.0\n2020-01-02 23:00:00,2.0,3\n");
    Path file = tmp.resolve("adjusted_prices_csv/X.csv");
    assertThatThrownBy(() -> layout.open().adjustedPrices(X)).isInstanceOf(DataException.class)
        .hasMessageContaining(file.toString()).hasMessageContaining("line 3")
        .hasMessageContaining("2020-01-02 23:00:00,2.0,3").hasMessageContaining("expected 2 columns but found 3");
  }

  @Test
  void wrongColumnCountTooFew() {
    layout.adjusted("X", "2020-01-01 23:00:00,1.0\n")
        .multiple("X", "2020-01-01 23:00:00,1,20200300,2,20200600,3,20200900\n\n2020-01-02 23:00:00,1,2\n");
    Path file = tmp.resolve("multiple_prices_csv/X.csv");
    // blank line 3 is skipped but still counted
    assertThatThrownBy(() -> layout.open().multiplePrices(X)).isInstanceOf(DataException.class)
        .hasMessageContaining(file.toString()).hasMessageContaining("line 4")
        .hasMessageContaining("'2020-01-02 23:00:00,1,2'").hasMessageContaining("found 3");
  }

  @Test
  void unparsableNumber() {
    layout.adjusted("X", "2020-01-01 23:00:00,1.0\n2020-01-02 23:00:00,1.0\n2020-01-03 23:00:00,1.2x5\n");
    assertThatThrownBy(() -> layout.open().adjustedPrices(X)).isInstanceOf(DataException.class)
        .hasMessageContaining(tmp.resolve("adjusted_prices_csv/X.csv").toString()).hasMessageContaining("line 4")
        .hasMessageContaining("unparsable number '1.2x5'");
  }

  @Test
  void unparsableDate() {
    layout.adjusted("X", "2020-01-01 23:00:00,1.0\n2020-02-30 23:00:00,1.0\n");
    assertThatThrownBy(() -> layout.open().adjustedPrices(X)).isInstanceOf(DataException.class)
        .hasMessageContaining(tmp.resolve("adjusted_prices_csv/X.csv").toString()).hasMessageContaining("line 3")
        .hasMessageContaining("'2020-02-30 23:00:00'");
    layout.adjusted("Y", "1/2/2020,1.0\n");
    assertThatThrownBy(() -> layout.open().adjustedPrices(InstrumentCode.of("Y")))
        .isInstanceOf(DataException.class).hasMessageContaining("Y.csv line 2")
        .hasMessageContaining("unparsable date-time '1/2/2020'");
  }

  @Test
  void unparsableContractId() {
    layout.adjusted("X", "2020-01-01 23:00:00,1.0\n")
        .multiple("X", "2020-01-01 23:00:00,1,2020030O,2,20200600,3,20200900\n");
    assertThatThrownBy(() -> layout.open().multiplePrices(X)).isInstanceOf(DataException.class)
        .hasMessageContaining("X.csv line 2").hasMessageContaining("'2020030O'");
  }

  @Test
  void aContractIdThatNamesNoMonthIsReportedAtTheFirstRowOfItsRun() {
    // runs of valid ids, gaps, a valid id again after a gap, then a run of a thirteenth month (line 7)
    layout.adjusted("X", "2020-01-01 23:00:00,1.0\n")
        .multiple("X", "2020-01-01 23:00:00,1,20200300,2,20200600,3,20200900\n"
            + "2020-01-02 23:00:00,1,20200300,2,20200600,3,20200900\n"
            + "2020-01-03 23:00:00,1,20200300,2,,3,20200900\n"
            + "2020-01-06 23:00:00,1,20200600,2,20200600,3,20200900\n"
            + "2020-01-07 23:00:00,1,20200600,2,20201300,3,20200900\n"
            + "2020-01-08 23:00:00,1,20200600,2,20201300,3,20200900\n");
    assertThatThrownBy(() -> layout.open().multiplePrices(X)).isInstanceOf(DataException.class)
        .hasMessageContaining("X.csv line 6: PRICE_CONTRACT 20201300 is not a contract id");
    layout.multiple("X", "2020-01-01 23:00:00,1,20200300,2,20200600,3,20200900\n"
        + "2020-01-02 23:00:00,1,20200300,2,,3,20200900\n"
        + "2020-01-03 23:00:00,1,20200300,2,20200600,3,20200931\n"
        + "2020-01-06 23:00:00,1,20200300,2,20200600,3,20200932\n");
    assertThatThrownBy(() -> layout.open().multiplePrices(X)).isInstanceOf(DataException.class)
        .hasMessageContaining("X.csv line 5: FORWARD_CONTRACT 20200932 is not a contract id");
  }

  @Test
  void failureIsRememberedAndReportedAgain() {
    layout.adjusted("X", "2020-01-01 23:00:00,oops\n");
    CsvFuturesSimData data = layout.open();
    assertThatThrownBy(() -> data.adjustedPrices(X)).hasMessageContaining("oops");
    layout.adjusted("X", "2020-01-01 23:00:00,1\n");
    assertThatThrownBy(() -> data.adjustedPrices(X)).isInstanceOf(DataException.class)
        .hasMessageContaining("oops");
  }

  @Test
  void emptyFileAndMissingColumns() {
    layout.write("adjusted_prices_csv/E.csv", "");
    layout.write("adjusted_prices_csv/H.csv", "DATE,price\n2020-01-01 00:00:00,1\n");
    layout.write("adjusted_prices_csv/W.csv", "DATETIME,price,other\n2020-01-01 00:00:00,1,2\n");
    layout.adjusted("X", "2020-01-01 00:00:00,1\n");
    layout.write("multiple_prices_csv/X.csv", "DATETIME,CARRY,PRICE\n2020-01-01 00:00:00,1,2\n");
    CsvFuturesSimData data = layout.open();
    assertThatThrownBy(() -> data.adjustedPrices(InstrumentCode.of("E"))).isInstanceOf(DataException.class)
        .hasMessageContaining("empty file").hasMessageContaining(tmp.resolve("adjusted_prices_csv/E.csv").toString());
    assertThatThrownBy(() -> data.adjustedPrices(InstrumentCode.of("H"))).isInstanceOf(DataException.class)
        .hasMessageContaining("missing column DATETIME").hasMessageContaining("H.csv");
    assertThatThrownBy(() -> data.adjustedPrices(InstrumentCode.of("W"))).isInstanceOf(DataException.class)
        .hasMessageContaining("W.csv").hasMessageContaining("must have 2 columns");
    assertThatThrownBy(() -> data.multiplePrices(X)).isInstanceOf(DataException.class)
        .hasMessageContaining("missing column PRICE_CONTRACT").hasMessageContaining("multiple_prices_csv");
  }

  @Test
  void missingMultiplePricesFile() {
    layout.adjusted("X", "2020-01-01 00:00:00,1\n");
    assertThatThrownBy(() -> layout.open().multiplePrices(X)).isInstanceOf(DataException.class)
        .hasMessageContaining("no multiple prices file for instrument X")
        .hasMessageContaining(tmp.resolve("multiple_prices_csv").resolve("X.csv").toString());
  }

  @Test
  void corruptGzip() {
    byte[] bad = {0x1f, (byte) 0x8b, 8, 0, 1, 2, 3, 4, 5, 6, 7};
    layout.writeBytes("adjusted_prices_csv/X.csv.gz", bad);
    assertThatThrownBy(() -> layout.open().adjustedPrices(X)).isInstanceOf(DataException.class)
        .hasMessageContaining("corrupt gzip").hasMessageContaining("X.csv.gz");
  }

  @Test
  void unknownInstrumentNamesItAndListsKnownOnes() {
    layout.adjusted("B", "2020-01-01 00:00:00,1\n").adjusted("A", "2020-01-01 00:00:00,1\n");
    CsvFuturesSimData data = layout.open();
    assertThatThrownBy(() -> data.adjustedPrices(InstrumentCode.of("Q"))).isInstanceOf(DataException.class)
        .hasMessageContaining("unknown instrument Q").hasMessageContaining("[A, B]");
  }

  @Test
  void missingConfigurationFile() {
    layout.adjusted("X", "2020-01-01 00:00:00,1\n");
    assertThatThrownBy(() -> layout.open().meta(X)).isInstanceOf(DataException.class)
        .hasMessageContaining(tmp.resolve("csvconfig/instrumentconfig.csv").toString());
  }

  @Test
  void invalidConfigurationValues() {
    layout.adjusted("X", "2020-01-01 00:00:00,1\n").config("X,x,abc,USD,Bond,0,0,0,US\nY,y,-5,USD,Bond,0,0,0,US\n"
        + "D,d,1,USD,Bond,0,0,0,US\n");
    assertThatThrownBy(() -> layout.open().meta(X)).isInstanceOf(DataException.class)
        .hasMessageContaining("instrumentconfig.csv line 2").hasMessageContaining("'abc'");
  }

  @Test
  void invalidConfigurationValueAndDuplicates() {
    layout.adjusted("X", "2020-01-01 00:00:00,1\n").config("Y,y,-5,USD,Bond,0,0,0,US\n"
        + "D,d,1,USD,Bond,0,0,0,US\nX,x,1,USD,Bond,0,0,0,US\nD,d,2,USD,Bond,0,0,0,US\n");
    CsvFuturesSimData data = layout.open();
    assertThatThrownBy(() -> data.meta(InstrumentCode.of("Y"))).isInstanceOf(DataException.class)
        .hasMessageContaining("instrumentconfig.csv line 2 (Y)").hasMessageContaining("pointSize");
    assertThatThrownBy(() -> data.meta(InstrumentCode.of("D"))).isInstanceOf(DataException.class)
        .hasMessageContaining("D appears on lines 3 and 5");
    assertThat(data.meta(X).pointSize()).isEqualTo(1.0);
  }

  @Test
  void malformedConfigurationRow() {
    layout.adjusted("X", "2020-01-01 00:00:00,1\n").config("X,x,1,USD,Bond,0,0,0,US\nZ,\"z,10,USD,Bond,0,0,0,US\n");
    assertThatThrownBy(() -> layout.open().meta(X)).isInstanceOf(DataException.class)
        .hasMessageContaining("instrumentconfig.csv line 3").hasMessageContaining("unterminated quote");
    layout.config("X,x,1,USD,Bond,0,0,0\n");
    assertThatThrownBy(() -> layout.open().meta(X)).isInstanceOf(DataException.class)
        .hasMessageContaining("instrumentconfig.csv line 2").hasMessageContaining("expected 9 columns but found 8");
  }

  @Test
  void missingFxNamesCurrencyAndInstrument() {
    layout.adjusted("X", "2020-01-01 00:00:00,1\n").config("X,x,1,INR,Equity,0,0,0,Asia\n")
        .fx("EURUSD", "2020-01-01 00:00:00,1.1\n");
    CsvFuturesSimData data = layout.open();
    assertThatThrownBy(() -> data.fxRate(Currency.of("INR"), Currency.of("USD"))).isInstanceOf(DataException.class)
        .hasMessageContaining("currency INR").hasMessageContaining("INRUSD").hasMessageContaining("[EURUSD]");
    assertThatThrownBy(() -> data.fxRateForInstrument(X, Currency.of("USD"))).isInstanceOf(DataException.class)
        .hasMessageContaining("instrument X").hasMessageContaining("INR");
    assertThatThrownBy(() -> data.fxRate(Currency.of("EUR"), Currency.of("INR"))).isInstanceOf(DataException.class)
        .hasMessageContaining("currency INR");
  }

  @Test
  void fxFileWithConflictingRepeatedTimestamp() {
    layout.fx("EURUSD", "2020-01-01 00:00:00,1.1\n2020-01-02 00:00:00,1.2\n2020-01-02 00:00:00,1.3\n")
        .adjusted("X", "2020-01-01 00:00:00,1\n");
    assertThatThrownBy(() -> layout.open().fxRate(Currency.of("EUR"), Currency.of("USD"))).isInstanceOf(DataException.class)
        .hasMessageContaining("EURUSD.csv line 4").hasMessageContaining("repeats line 3");
  }

  @Test
  void multiplePricesOutOfOrder() {
    layout.adjusted("X", "2020-01-01 00:00:00,1\n")
        .multiple("X", "2020-01-02 00:00:00,1,2,3,4,5,6\n2020-01-01 00:00:00,1,2,3,4,5,6\n");
    assertThatThrownBy(() -> layout.open().multiplePrices(X)).isInstanceOf(DataException.class)
        .hasMessageContaining("X.csv line 3").hasMessageContaining("out of time order")
        .hasMessageContaining("2020-01-01 follows 2020-01-02");
  }

  @Test
  void multiplePricesConflictingRepeatedTimestamp() {
    layout.adjusted("X", "2020-01-01 00:00:00,1\n")
        .multiple("X", "2020-01-01 00:00:00,1,2,3,4,5,6\n2020-01-01 00:00:00,1,2,3,4,,6\n");
    assertThatThrownBy(() -> layout.open().multiplePrices(X)).isInstanceOf(DataException.class)
        .hasMessageContaining("X.csv line 3").hasMessageContaining("FORWARD");
  }

  @Test
  void preloadReportsEachFailingInstrumentAndKeepsGoing() {
    layout.adjusted("A", "2020-01-01 00:00:00,1\n").adjusted("B", "2020-01-01 00:00:00,bad\n")
        .adjusted("C", "2020-01-01 00:00:00,1\n")
        .multiple("C", "2020-01-01 00:00:00,1,2\n").config("A,a,1,USD,Bond,0,0,0,US\nB,b,1,USD,Bond,0,0,0,US\n");
    CsvFuturesSimData data = layout.open();
    var failures = data.preload();
    assertThat(failures.keySet()).extracting(InstrumentCode::value).containsExactly("B", "C");
    assertThat(failures.get(InstrumentCode.of("B"))).hasMessageContaining("'bad'");
    assertThat(failures.get(InstrumentCode.of("C"))).hasMessageContaining("multiple_prices_csv");
    assertThat(data.adjustedPrices(InstrumentCode.of("A")).value(0)).isEqualTo(1.0);
  }
}
