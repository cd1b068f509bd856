package org.pystrade.data.csv;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.params.provider.Arguments.arguments;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.pystrade.core.data.DataException;
import org.pystrade.core.domain.ReasonCode;
import org.pystrade.core.series.Timestamps;

/**
 * Issue 12: parsing accepts what pandas' C parser accepts and nothing more. Each case is what pysystemtrade's
 * {@code pd_readcsv} makes of a cell with pandas 2.2 ({@code pd.read_csv} with its defaults, then
 * {@code pd.to_datetime(format="%Y-%m-%d %H:%M:%S")}), decided from pandas' source: {@code precise_xstrtod} and
 * {@code str_to_int64} in {@code pandas/_libs/src/parser/tokenizer.c}, {@code _try_double_nogil},
 * {@code _convert_tokens} and {@code STR_NA_VALUES} in {@code pandas/_libs/parsers.pyx},
 * {@code array_strptime} in {@code pandas/_libs/tslibs/strptime.pyx} and {@code parse_iso_8601_datetime} in
 * {@code np_datetime_strings.c}. A refused cell is reported naming the file, the 1-based line and the text.
 */
class PandasParityParsingTest {

  private static final Path FILE = Path.of("data", "adjusted_prices_csv", "X.csv");

  private static PriceTable parse(String content) {
    return PriceCsvParser.parse(FILE, content.getBytes(StandardCharsets.UTF_8), "DATETIME", null);
  }

  /** A file whose price column is float64 whatever the cell (its first value is 0.5), the cell on line 3. */
  private static String floatColumnWith(String cell) {
    return "DATETIME,price\n2020-01-02 23:00:00,0.5\n2020-01-03 23:00:00," + cell + "\n";
  }

  static Stream<Arguments> numbersRead() {
    return Stream.of(
        arguments("973.0", 973.0),
        arguments("+1.5", 1.5), // a leading plus
        arguments(" 1.5", 1.5), // ASCII white space around is skipped
        arguments("1.5 ", 1.5),
        arguments("\t1.5\t", 1.5),
        arguments(".5", 0.5),
        arguments("5.", 5.0),
        arguments("-.5", -0.5),
        arguments("1e5", 1e5),
        arguments("1E+05", 1e5),
        arguments("5.5e-06", 5.5e-06),
        arguments("1e-400", 0.0), // scaled twice past 1e-308
        arguments("-1e-400", -0.0),
        arguments("-1e-700", 0.0), // below 1e-616 pandas writes a positive zero whatever the sign
        arguments("1e308", 1e308),
        arguments("91.07001000000007", 91.07001000000008), // not correctly rounded, as in pandas
        arguments("96733431732088688", 9.6733431732088672E16), // 17 digits accumulated in a double
        arguments("-0.0", -0.0),
        arguments("inf", Double.POSITIVE_INFINITY), // pandas' infinity words, any case, nothing around
        arguments("INF", Double.POSITIVE_INFINITY),
        arguments("+inf", Double.POSITIVE_INFINITY),
        arguments("-inf", Double.NEGATIVE_INFINITY),
        arguments("Infinity", Double.POSITIVE_INFINITY),
        arguments("+Infinity", Double.POSITIVE_INFINITY),
        arguments("-Infinity", Double.NEGATIVE_INFINITY),
        arguments("iNfInItY", Double.POSITIVE_INFINITY),
        arguments("\"2.5\"", 2.5), // quoted
        arguments("\"2.5\" ", 2.5), // the tokenizer keeps what follows the closing quote
        arguments("\"\"", Double.NaN), // the empty cell and pandas' default missing-value markers
        arguments("", Double.NaN),
        arguments("NaN", Double.NaN),
        arguments("nan", Double.NaN),
        arguments("-NaN", Double.NaN),
        arguments("-nan", Double.NaN),
        arguments("NA", Double.NaN),
        arguments("\"NA\"", Double.NaN),
        arguments("N/A", Double.NaN),
        arguments("n/a", Double.NaN),
        arguments("NULL", Double.NaN),
        arguments("null", Double.NaN),
        arguments("None", Double.NaN),
        arguments("#N/A", Double.NaN),
        arguments("#N/A N/A", Double.NaN),
        arguments("#NA", Double.NaN),
        arguments("-1.#IND", Double.NaN),
        arguments("-1.#QNAN", Double.NaN),
        arguments("1.#IND", Double.NaN),
        arguments("1.#QNAN", Double.NaN),
        arguments("<NA>", Double.NaN));
  }

  @ParameterizedTest(name = "[{index}] ''{0}''")
  @MethodSource
  void numbersRead(String cell, double expected) {
    double actual = parse(floatColumnWith(cell)).column(0)[1];
    assertThat(Double.doubleToRawLongBits(actual)).as("'%s' -> %s, pandas reads %s", cell, actual, expected)
        .isEqualTo(Double.doubleToRawLongBits(expected));
  }

  @ParameterizedTest(name = "[{index}] ''{0}''")
  @MethodSource
  void numbersRefused(String cell) {
    assertThatThrownBy(() -> parse(floatColumnWith(cell))).isInstanceOf(DataException.class)
        .hasMessageContaining(FILE.toString()).hasMessageContaining("line 3")
        .hasMessageContaining("unparsable number '" + cell + "'")
        .satisfies(ex -> assertThat(((DataException) ex).code()).isEqualTo(ReasonCode.MALFORMED_DATA));
  }

  static Stream<String> numbersRefused() {
    return Stream.of(
        "973.0d", "973.0f", "973.0D", "0x1.7p9", "0x10", "1_000", // Java's and Python's forms, not pandas'
        "1e400", "0e309", "-1e309", "2e308", // an exponent past 308, or an overflow: ERANGE
        "1e000000000000000001", // at most 17 exponent digits are read
        "1e", "1e+", "1e-", "e5", ".", "-", "+", "++1", "+-1", "--1", "1.2.3", "1e5.5", "1.5.", "12abc",
        "NAN", "Nan", " NaN", "NaN ", "nan ", "NaT", // markers are matched exactly; NaT is not one for numbers
        "inf ", " inf", "infinit", "infinityy", "+-inf", "-+inf",
        " ", "\t", // white space alone is neither a number nor a marker
        "\u00a01.5", "1.5\u00a0", "\uff11", "\u0661.5", // no non-ASCII white space or digits
        "True", "false", "\"1.5", "1.5\"", "\"1\"\"5\"");
  }

  static Stream<Arguments> timestampsRead() {
    return Stream.of(
        arguments("2020-01-02 23:00:00", "2020-01-02 23:00:00"),
        arguments("\"2020-01-02 23:00:00\"", "2020-01-02 23:00:00"),
        arguments("\"2020-01-02\" 23:00:00", "2020-01-02 23:00:00"), // the tokenizer keeps the rest
        arguments("2020-1-2 3:4:5", "2020-01-02 03:04:05"), // one-digit fields
        arguments("2020-01-02  23:00:00", "2020-01-02 23:00:00"), // strptime's \s+: any white space run
        arguments("2020-01-02\t23:00:00", "2020-01-02 23:00:00"),
        arguments("2020-01-02\u300023:00:00", "2020-01-02 23:00:00"),
        arguments("2020-01- 2 23:00:00", "2020-01-02 23:00:00"), // %d's " [1-9]"
        arguments("2016-12-31 23:59:60", "2017-01-01 00:00:00"), // seconds 60 and 61 run on
        arguments("2016-12-31 23:59:61", "2017-01-01 00:00:01"),
        arguments("\uff12\uff10\uff12\uff10-01-02 23:00:00", "2020-01-02 23:00:00"), // \d: any Unicode digit
        arguments("1677-09-21 00:12:44", "1677-09-21 00:12:44"), // datetime64[ns]'s first whole second
        arguments("2262-04-11 23:47:16", "2262-04-11 23:47:16")); // and last
  }

  @ParameterizedTest(name = "[{index}] ''{0}''")
  @MethodSource
  void timestampsRead(String cell, String canonical) {
    PriceTable t = parse("DATETIME,price\n" + cell + ",1.5\n");
    assertThat(t.timesArray()[0]).isEqualTo(Timestamps.parse(canonical));
  }

  static Stream<Arguments> timestampsRefused() {
    String expected = "expected yyyy-mm-dd HH:MM:SS, pandas' format %Y-%m-%d %H:%M:%S";
    String range = "outside pandas' datetime64[ns] range";
    String missing = "pandas reads it as NaT";
    return Stream.of(
        arguments("2020-01-02", expected), // a date alone does not match the format in pandas 2
        arguments("2020-01-02T23:00:00", expected),
        arguments("2020-01-02 23:00:00garbage", expected),
        arguments("2020-01-02 23:00:00+05:00", expected),
        arguments("2020-01-02 23:00:00Z", expected),
        arguments("2020-01-02 23:00:00.5", expected),
        arguments("2020-01-02 23:00", expected),
        arguments(" 2020-01-02 23:00:00", expected),
        arguments("2020-01-02 23:00:00 ", expected),
        arguments("2020-01-02 24:00:00", expected),
        arguments("2020-01-02 23:60:00", expected),
        arguments("2020-01-02 23:00:62", expected),
        arguments("2020-13-02 23:00:00", expected),
        arguments("2020-001-02 23:00:00", expected),
        arguments("2020-01-002 23:00:00", expected),
        arguments("20200102 23:00:00", expected),
        arguments("2020/01/02 23:00:00", expected),
        arguments("020-01-02 23:00:00", expected),
        arguments("02020-01-02 23:00:00", expected),
        arguments("2020-01-02 23:00:00\"", expected),
        arguments("2020-02-30 23:00:00", "not a date"),
        arguments("1677-09-21 00:12:43", range),
        arguments("2262-04-11 23:47:17", range),
        arguments("1500-01-01 00:00:00", range),
        arguments("0000-01-01 00:00:00", "not a date"),
        arguments("", missing),
        arguments("NaT", missing),
        arguments("NaN", missing),
        arguments("NA", missing),
        arguments("now", "current time"),
        arguments("today", "current time"));
  }

  @ParameterizedTest(name = "[{index}] ''{0}''")
  @MethodSource
  void timestampsRefused(String cell, String why) {
    assertThatThrownBy(() -> parse("DATETIME,price\n2020-01-01 23:00:00,1.5\n" + cell + ",1.5\n"))
        .isInstanceOf(DataException.class).hasMessageContaining(FILE.toString()).hasMessageContaining("line 3")
        .hasMessageContaining("unparsable date-time '" + cell + "'").hasMessageContaining(why)
        .satisfies(ex -> assertThat(((DataException) ex).code()).isEqualTo(ReasonCode.MALFORMED_DATA));
  }

  /** pandas types a column as int64 if all its cells are integers (or missing), then uint64, float64, text. */
  static Stream<Arguments> columnsTyped() {
    double big = 9.6733431732088688E16;
    double unsignedMax = 1.8446744073709552E19;
    return Stream.of(
        arguments(List.of("96733431732088688"), new double[] {big}), // int64: rounded once
        arguments(List.of("96733431732088688", ""), new double[] {big, Double.NaN}),
        arguments(List.of("96733431732088688", "0.5"), new double[] {9.6733431732088672E16, 0.5}), // float64
        arguments(List.of("0000000000000001234", "7"), new double[] {1234, 7}), // int64: exact
        arguments(List.of("0000000000000001234", "7.0"), new double[] {1200, 7}), // float64: 17 digits read
        arguments(List.of("-0", "1"), new double[] {0.0, 1}), // int64 has no negative zero
        arguments(List.of("-0", "1.0"), new double[] {-0.0, 1}),
        arguments(List.of("-9223372036854775808", "1"), new double[] {-9.223372036854775808E18, 1}),
        // pandas' integer missing-value sentinel is read as missing once the column has a missing value
        arguments(List.of("-9223372036854775808", "NaN", "1"), new double[] {Double.NaN, Double.NaN, 1}),
        arguments(List.of("18446744073709551615", "1"), new double[] {unsignedMax, 1}), // uint64
        // float64 decided first (17 nines accumulate to 1.0000000000000002e17 in double arithmetic)
        arguments(List.of("0.5", "99999999999999999999"), new double[] {0.5, 1.0000000000000002E20}),
        arguments(List.of("10000000000000000000.5", "1"), new double[] {1e19, 1})); // uint64 refuses '.5'
  }

  @ParameterizedTest(name = "[{index}] {0}")
  @MethodSource
  void columnsTyped(List<String> cells, double[] expected) {
    StringBuilder content = new StringBuilder("DATETIME,price\n");
    for (int k = 0; k < cells.size(); k++) {
      content.append(String.format("2020-01-%02d 23:00:00,%s%n", k + 1, cells.get(k)));
    }
    double[] actual = parse(content.toString()).column(0);
    for (int k = 0; k < expected.length; k++) {
      assertThat(Double.doubleToRawLongBits(actual[k])).as("%s, cell %d: %s", cells, k, actual[k])
          .isEqualTo(Double.doubleToRawLongBits(expected[k]));
    }
  }

  static Stream<Arguments> columnsRefused() {
    return Stream.of(
        arguments(List.of("1", "99999999999999999999"), 3, "beyond 64 bits"), // uint64 overflows: text
        arguments(List.of("99999999999999999999", "0.5"), 2, "beyond 64 bits"),
        arguments(List.of("18446744073709551615", "-1"), 2, "negative or missing"),
        arguments(List.of("18446744073709551615", ""), 2, "negative or missing"),
        arguments(List.of("-9223372036854775809", "1"), 2, "below -2^63"),
        arguments(List.of("True", "false"), 2, "unparsable number")); // pandas: booleans
  }

  @ParameterizedTest(name = "[{index}] {0}")
  @MethodSource
  void columnsRefused(List<String> cells, int line, String why) {
    StringBuilder content = new StringBuilder("DATETIME,price\n");
    for (int k = 0; k < cells.size(); k++) {
      content.append(String.format("2020-01-%02d 23:00:00,%s%n", k + 1, cells.get(k)));
    }
    String cell = cells.get(line - 2);
    assertThatThrownBy(() -> parse(content.toString())).isInstanceOf(DataException.class)
        .hasMessageContaining(FILE.toString()).hasMessageContaining("line " + line)
        .hasMessageContaining("'" + cell + "'").hasMessageContaining(why);
  }

  @Test
  void blankLinesOfSpacesAndTabsAreSkippedAndColumnNamesAreNotTrimmed() {
    PriceTable t = parse("DATETIME,price\n \t\n2020-01-02 23:00:00,1.5\n   \n\t\r\n2020-01-03 23:00:00,2.5\n  ");
    assertThat(t.size()).isEqualTo(2);
    assertThat(t.line(1)).isEqualTo(6);
    assertThatThrownBy(() -> parse(" DATETIME,price\n2020-01-02 23:00:00,1.5\n")).isInstanceOf(DataException.class)
        .hasMessageContaining("missing column DATETIME");
  }

  @Test
  void configurationNumbersAreReadColumnByColumnAsPandasReadsThem(@TempDir Path dir) throws IOException {
    Path file = dir.resolve("instrumentconfig.csv");
    Files.writeString(file, TestLayout.CONFIG_HEADER + "A,a, 5 ,USD,Bond,NaN,inf,0,US\n"
        + "B,\"b, quoted\",\"25\",USD,Bond,,0.5,1,US\n");
    ConfigTable t = ConfigTable.read(file, "Pointsize");
    assertThat(t.row("A").orElseThrow().number("Pointsize")).isEqualTo(5.0);
    assertThat(t.row("A").orElseThrow().number("PerBlock")).isNaN();
    assertThat(t.row("A").orElseThrow().number("Percentage")).isEqualTo(Double.POSITIVE_INFINITY);
    assertThat(t.row("B").orElseThrow().number("Pointsize")).isEqualTo(25.0);
    assertThat(t.row("B").orElseThrow().text("Description")).isEqualTo("b, quoted");

    // one cell pandas cannot read as a number makes the whole column text (pysystemtrade fails on every row):
    // refused for its own row, the others typed without it
    Files.writeString(file, TestLayout.CONFIG_HEADER + "A,a,5,USD,Bond,0,0,0,US\nB,b,1_000,USD,Bond,0,0,0,US\n");
    ConfigTable bad = ConfigTable.read(file, "Pointsize");
    assertThat(bad.row("A").orElseThrow().number("Pointsize")).isEqualTo(5.0);
    assertThatThrownBy(() -> bad.row("B").orElseThrow().number("Pointsize")).isInstanceOf(DataException.class)
        .hasMessageContaining(file.toString()).hasMessageContaining("line 3")
        .hasMessageContaining("unparsable number '1_000' in column Pointsize")
        .satisfies(ex -> assertThat(((DataException) ex).code()).isEqualTo(ReasonCode.MALFORMED_DATA));
    assertThat(bad.row("A").orElseThrow().number("PerBlock")).isZero();

    // a quote only opens a cell; elsewhere it is an ordinary character
    Files.writeString(file, TestLayout.CONFIG_HEADER + "A,a\"b,5,USD,Bond,0,0,0,US\nB,b,\"1\".5,USD,Bond,0,0,0,US\n");
    ConfigTable quotes = ConfigTable.read(file, "Pointsize");
    assertThat(quotes.row("A").orElseThrow().text("Description")).isEqualTo("a\"b");
    assertThat(quotes.row("B").orElseThrow().number("Pointsize")).isEqualTo(1.5);
  }
}
