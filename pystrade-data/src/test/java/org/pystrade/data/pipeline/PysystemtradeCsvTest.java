package org.pystrade.data.pipeline;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.pystrade.core.data.ContractPrices;
import org.pystrade.core.data.RollCalendar;
import org.pystrade.core.domain.FuturesContract;
import org.pystrade.core.domain.InstrumentCode;
import org.pystrade.core.series.TimeSeries;
import org.pystrade.core.series.Timestamps;
import org.pystrade.data.SampleData;
import org.pystrade.data.csv.CsvFuturesSimData;

/** pysystemtrade's CSV files written byte for byte as pandas writes them, and read back. */
class PysystemtradeCsvTest {

  @Test
  void numbersAreWrittenAsPythonRepr() {
    assertThat(PysystemtradeCsv.number(143.0)).isEqualTo("143.0");
    assertThat(PysystemtradeCsv.number(142.75)).isEqualTo("142.75");
    assertThat(PysystemtradeCsv.number(0.1)).isEqualTo("0.1");
    assertThat(PysystemtradeCsv.number(0.1 + 0.2)).isEqualTo("0.30000000000000004");
    assertThat(PysystemtradeCsv.number(0.0001)).isEqualTo("0.0001");
    assertThat(PysystemtradeCsv.number(0.00001)).isEqualTo("1e-05");
    assertThat(PysystemtradeCsv.number(1.5e-7)).isEqualTo("1.5e-07");
    assertThat(PysystemtradeCsv.number(1e15)).isEqualTo("1000000000000000.0");
    assertThat(PysystemtradeCsv.number(1e16)).isEqualTo("1e+16");
    assertThat(PysystemtradeCsv.number(1.5e16)).isEqualTo("1.5e+16");
    assertThat(PysystemtradeCsv.number(123456789.125)).isEqualTo("123456789.125");
    assertThat(PysystemtradeCsv.number(-2.5)).isEqualTo("-2.5");
    assertThat(PysystemtradeCsv.number(-0.0)).isEqualTo("-0.0");
    assertThat(PysystemtradeCsv.number(Double.MIN_VALUE)).isEqualTo("5e-324");
    assertThat(PysystemtradeCsv.number(Double.MAX_VALUE)).isEqualTo("1.7976931348623157e+308");
    // Java 17's Double.toString gives 2.0E-3 style and, here, a digit too many: 2.82879384806159E17 in Python
    assertThat(PysystemtradeCsv.number(2.82879384806159e17)).isEqualTo("2.82879384806159e+17");
    assertThat(PysystemtradeCsv.number(1.0e23)).isEqualTo("1e+23");
    assertThat(PysystemtradeCsv.number(Double.NaN)).isEmpty();
  }

  @Test
  void everyDoubleReadsBackAndIsShortest() {
    java.util.Random r = new java.util.Random(7);
    for (int i = 0; i < 5_000; i++) {
      double v = Double.longBitsToDouble(r.nextLong());
      if (v != v || Double.isInfinite(v)) {
        continue;
      }
      String s = PythonFloat.repr(v);
      assertThat(Double.parseDouble(s)).as(s).isEqualTo(v);
      if (v != Math.rint(v)) {
        assertThat(s).isEqualTo(PythonFloat.exactPath(v, Double.toString(v)));
      }
      String digits = s.replaceAll("e.*", "").replace("-", "").replace(".", "").replaceAll("^0+", "")
          .replaceAll("0+$", "");
      if (digits.length() > 1) {
        // one digit fewer never reads back
        java.math.BigDecimal shorter = new java.math.BigDecimal(v).round(new java.math.MathContext(
            digits.length() - 1, java.math.RoundingMode.HALF_EVEN));
        assertThat(shorter.doubleValue()).as(s).isNotEqualTo(v);
      }
    }
  }

  @Test
  void shortDecimalsTakeTheFastPathAndAgreeWithExactArithmetic() {
    java.util.Random r = new java.util.Random(11);
    for (int i = 0; i < 20_000; i++) {
      double v = Math.round(r.nextGaussian() * 1e6) / Math.pow(10, r.nextInt(9)) * Math.pow(10, r.nextInt(41) - 20);
      if (v == 0 || v == Math.rint(v) && Math.abs(v) < 1e15) {
        continue;
      }
      assertThat(PythonFloat.repr(v)).as("%s", v).isEqualTo(PythonFloat.exactPath(v, Double.toString(v)));
    }
  }

  @Test
  void sumsOfPricesWithSixteenOrSeventeenDigitsAgreeWithExactArithmetic() {
    java.util.Random r = new java.util.Random(5);
    double v = 500;
    for (int i = 0; i < 20_000; i++) {
      v += Math.round(r.nextGaussian() * 8) / 4.0 + (r.nextInt(10) == 0 ? 0.1 : 0);
      if (v != Math.rint(v)) {
        assertThat(PythonFloat.repr(v)).as("%s", v).isEqualTo(PythonFloat.exactPath(v, Double.toString(v)));
      }
    }
  }

  @Test
  void timestampsAreDatesOnlyWhenAllAreMidnight() {
    long d1 = Timestamps.parse("2020-01-02");
    long d2 = Timestamps.parse("2020-01-03");
    assertThat(PysystemtradeCsv.timestamps(new long[] {d1, d2})).containsExactly("2020-01-02", "2020-01-03");
    assertThat(PysystemtradeCsv.timestamps(new long[] {d1, d2 + 3600}))
        .containsExactly("2020-01-02 00:00:00", "2020-01-03 01:00:00");
  }

  /**
   * The sample data's files are pysystemtrade's own: writing what was read (with a correctly rounded parser, as
   * Python's {@code float()}; pandas' fast parser can be one unit in the last place off on 17-digit numbers, which
   * the reader of backtests follows) gives back their bytes.
   */
  @Test
  void writingSampleFilesGivesBackTheirBytes() throws IOException {
    Path dir = SampleData.directory();
    CsvFuturesSimData data = CsvFuturesSimData.open(dir);
    for (InstrumentCode code : data.instrumentsWithMultiplePrices()) {
      String multiple = PysystemtradeCsv.readText(dir.resolve("multiple_prices_csv/" + code + ".csv.gz"));
      double[][] m = exact(multiple, 7);
      TimeSeries price = TimeSeries.of(times(multiple), m[3]);
      sameText(code + " multiple", PysystemtradeCsv.multiple(new org.pystrade.core.data.MultiplePrices(price,
          price.withValues(m[4]), price.withValues(m[1]), price.withValues(m[2]), price.withValues(m[5]),
          price.withValues(m[6]))), multiple);
      String adjusted = PysystemtradeCsv.readText(dir.resolve("adjusted_prices_csv/" + code + ".csv.gz"));
      sameText(code + " adjusted", PysystemtradeCsv.series(PysystemtradeCsv.ADJUSTED_HEADER,
          TimeSeries.of(times(adjusted), exact(adjusted, 2)[1])), adjusted);
      Path calFile = dir.resolve("roll_calendars_csv/" + code + ".csv.gz");
      RollCalendar calendar = PysystemtradeCsv.readRollCalendar(calFile).get();
      sameText(code + " roll calendar", PysystemtradeCsv.rollCalendar(calendar), PysystemtradeCsv.readText(calFile));
    }
    String fx = PysystemtradeCsv.readText(dir.resolve("fx_prices_csv/EURUSD.csv.gz"));
    sameText("EURUSD", PysystemtradeCsv.series(PysystemtradeCsv.FX_HEADER, TimeSeries.of(times(fx),
        exact(fx, 2)[1])), fx);
  }

  private static long[] times(String text) {
    List<String> lines = PysystemtradeCsv.lines(text);
    long[] t = new long[lines.size() - 1];
    for (int i = 1; i < lines.size(); i++) {
      t[i - 1] = Timestamps.parse(lines.get(i).substring(0, lines.get(i).indexOf(',')));
    }
    return t;
  }

  /** The columns of a CSV text read with Double.parseDouble (column 0 unused). */
  private static double[][] exact(String text, int columns) {
    List<String> lines = PysystemtradeCsv.lines(text);
    double[][] out = new double[columns][lines.size() - 1];
    for (int i = 1; i < lines.size(); i++) {
      String[] cells = lines.get(i).split(",", -1);
      for (int c = 1; c < columns; c++) {
        out[c][i - 1] = cells[c].isEmpty() ? Double.NaN : Double.parseDouble(cells[c]);
      }
    }
    return out;
  }

  /** Equal texts, else the first line that differs. */
  private static void sameText(String what, String ours, String theirs) {
    List<String> a = PysystemtradeCsv.lines(ours);
    List<String> b = PysystemtradeCsv.lines(theirs);
    for (int i = 0; i < Math.min(a.size(), b.size()); i++) {
      assertThat(a.get(i)).as(what + " line " + (i + 1)).isEqualTo(b.get(i));
    }
    assertThat(a.size()).as(what + " lines").isEqualTo(b.size());
    assertThat(ours).as(what).isEqualTo(theirs);
  }

  @Test
  void contractPricesRoundTripAndBadFilesAreRefusedWithTheirLine(@TempDir Path tmp) throws IOException {
    FuturesContract c = FuturesContract.of("CORN", "20231200");
    long t0 = Timestamps.parse("2023-01-03 23:00:00");
    TimeSeries fin = TimeSeries.of(new long[] {t0, t0 + 86400}, new double[] {650.25, Double.NaN});
    ContractPrices p = new ContractPrices(c, fin.withValues(new double[] {649.0, 651.5}),
        fin.withValues(new double[] {652.0, 655.0}), fin.withValues(new double[] {648.5, 650.0}), fin,
        fin.withValues(new double[] {1200.0, 0.0}));
    Path file = tmp.resolve(PysystemtradeCsv.contractFileName(c));
    Files.writeString(file, PysystemtradeCsv.contractPrices(p));
    assertThat(Files.readString(file)).isEqualTo("DATETIME,OPEN,HIGH,LOW,FINAL,VOLUME\n"
        + "2023-01-03 23:00:00,649.0,652.0,648.5,650.25,1200.0\n2023-01-04 23:00:00,651.5,655.0,650.0,,0.0\n");
    ContractPrices back = PysystemtradeCsv.readContractPrices(c, file).get();
    assertThat(back.fin()).isEqualTo(fin);
    assertThat(back.volume().valuesView()).containsExactly(1200.0, 0.0);

    Path dup = tmp.resolve("CORN_20240300.csv");
    Files.write(dup, List.of("DATETIME,FINAL", "2023-01-03 23:00:00,1.0", "2023-01-03 23:00:00,2.0",
        "2023-01-02 23:00:00,3.0"));
    Outcome<ContractPrices> bad = PysystemtradeCsv.readContractPrices(FuturesContract.of("CORN", "20240300"), dup);
    assertThat(bad.isRefused()).isTrue();
    assertThat(bad.errors()).extracting(Problem::check)
        .containsExactly(Check.DUPLICATE_TIMESTAMP, Check.OUT_OF_ORDER_TIMESTAMP);
    assertThat(bad.errors().get(0).where()).endsWith("CORN_20240300.csv line 3");

    Path garbled = tmp.resolve("CORN_20240500.csv");
    Files.write(garbled, List.of("DATETIME,FINAL", "2023-01-03 23:00:00,abc"));
    Outcome<ContractPrices> g = PysystemtradeCsv.readContractPrices(FuturesContract.of("CORN", "20240500"),
        garbled);
    assertThat(g.errors()).singleElement().satisfies(e -> {
      assertThat(e.check()).isEqualTo(Check.IO);
      assertThat(e.where()).endsWith("line 2");
    });
  }
}
