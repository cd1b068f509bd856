package org.pystrade.data.csv;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.math.BigDecimal;
import java.math.MathContext;
import java.nio.charset.StandardCharsets;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.SplittableRandom;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.pystrade.data.SampleData;

class DecimalParserTest {

  private static final List<String> MISMATCHES = new ArrayList<>();

  /** Fast check for bulk tests: records a mismatch instead of asserting. */
  private static void check(String text) {
    long expected = Double.doubleToRawLongBits(Double.parseDouble(text));
    if (Double.doubleToRawLongBits(DecimalParser.parse(text)) != expected) {
      MISMATCHES.add(text);
    }
  }

  @AfterEach
  void noMismatches() {
    try {
      assertThat(MISMATCHES).as("texts parsed differently from Double.parseDouble").isEmpty();
    } finally {
      MISMATCHES.clear();
    }
  }

  private static void assertSame(String text) {
    double expected = Double.parseDouble(text);
    double actual = DecimalParser.parse(text);
    assertThat(Double.doubleToRawLongBits(actual)).as("'%s' -> %s vs %s", text, actual, expected)
        .isEqualTo(Double.doubleToRawLongBits(expected));
    // also from the middle of a larger buffer
    byte[] padded = ("9," + text + ",9").getBytes(StandardCharsets.ISO_8859_1);
    double mid = DecimalParser.parse(padded, 2, 2 + text.length());
    assertThat(Double.doubleToRawLongBits(mid)).as("'%s' in a buffer", text)
        .isEqualTo(Double.doubleToRawLongBits(expected));
  }

  @ParameterizedTest
  @ValueSource(strings = {"0", "-0", "0.0", "-0.0", "+0", "1", "-1", "+1.5", ".5", "-.5", "5.", "0.1", "0.3",
      "71.83000999999997", "96.465", "19731200", "20231200", "5.5e-06", "5.5E-06", "1e+21", "1e21", "1e22", "1e23",
      "-1e-22", "1e-23", "2.842170943040401e-14", "-3.552713678800501e-14", "9.999999999488196e-05",
      "123456789012345", "1234567890123456", "12345678901234567", "123456789012345678901234567890",
      "0.000000000000000000000000000001", "000000000000000000001.5", "1.50000000000000000000", "9007199254740993",
      "4.9e-324", "2.2250738585072014E-308", "1.7976931348623157e308", "1e400", "-1e400", "1e-400", "NaN",
      "Infinity", "-Infinity", " 1.5", "1.5 ", "1.5d", "1.5f", "0x1p3", "1e0", "1e-0", "1e+0", "999999999999999e22",
      "999999999999999e-22", "0.00001", "100000000000000000000000", "1e-5", "3.14159265358979", "1.1e10000"})
  void equalsParseDouble(String text) {
    assertSame(text);
  }

  @ParameterizedTest
  @ValueSource(strings = {"", "-", "+", ".", "e5", "1e", "1e+", "1.2.3", "1,5", "--1", "abc", "1e5.5", "nan", "inf",
      "0x", " "})
  void invalidThrowsLikeParseDouble(String text) {
    assertThatThrownBy(() -> Double.parseDouble(text)).isInstanceOf(NumberFormatException.class);
    assertThatThrownBy(() -> DecimalParser.parse(text)).isInstanceOf(NumberFormatException.class);
  }

  @Test
  void randomDecimalStrings() {
    SplittableRandom rnd = new SplittableRandom(42);
    for (int k = 0; k < 20_000; k++) {
      StringBuilder sb = new StringBuilder();
      if (rnd.nextInt(4) == 0) {
        sb.append('-');
      }
      int intDigits = rnd.nextInt(12);
      for (int i = 0; i < intDigits; i++) {
        sb.append((char) ('0' + rnd.nextInt(10)));
      }
      if (rnd.nextBoolean() || intDigits == 0) {
        sb.append('.');
        int frac = rnd.nextInt(intDigits == 0 ? 1 : 0, 14);
        for (int i = 0; i < frac; i++) {
          sb.append((char) ('0' + rnd.nextInt(10)));
        }
      }
      if (rnd.nextInt(3) == 0) {
        sb.append(rnd.nextBoolean() ? 'e' : 'E').append(rnd.nextBoolean() ? "-" : (rnd.nextBoolean() ? "+" : ""))
            .append(rnd.nextInt(40));
      }
      String s = sb.toString();
      if (s.equals(".") || s.equals("-.") || s.endsWith(".e") || s.startsWith(".e") || s.startsWith("-.e")) {
        continue;
      }
      check(s);
    }
  }

  @Test
  void randomDoublesInEveryFormat() {
    SplittableRandom rnd = new SplittableRandom(7);
    for (int k = 0; k < 10_000; k++) {
      double v = Double.longBitsToDouble(rnd.nextLong());
      if (Double.isNaN(v) || Double.isInfinite(v)) {
        continue;
      }
      check(Double.toString(v));
      double w = rnd.nextDouble() * Math.pow(10, rnd.nextInt(-10, 10));
      check(Double.toString(w));
      check(String.format(Locale.ROOT, "%.6f", w));
      check(String.format(Locale.ROOT, "%.12g", w));
    }
  }

  @Test
  void everyValueOfTheSampleFiles() throws IOException {
    Path dir = SampleData.directory();
    Set<String> distinct = new HashSet<>();
    for (String sub : List.of("adjusted_prices_csv", "multiple_prices_csv", "fx_prices_csv")) {
      try (DirectoryStream<Path> files = Files.newDirectoryStream(dir.resolve(sub))) {
        for (Path f : files) {
          List<String[]> rows = ReferenceCsv.rows(f);
          for (String[] row : rows.subList(1, rows.size())) {
            for (int c = 1; c < row.length; c++) {
              if (!row[c].isEmpty()) {
                distinct.add(row[c]);
              }
            }
          }
        }
      }
    }
    distinct.forEach(DecimalParserTest::check);
    assertThat(distinct.size()).as("distinct numbers in the sample files").isGreaterThan(50_000);
  }

  @Test
  void randomLongSignificandsOverTheWholeExponentRange() {
    SplittableRandom rnd = new SplittableRandom(11);
    for (int k = 0; k < 25_000; k++) {
      int digits = rnd.nextInt(15, 21);
      StringBuilder sb = new StringBuilder();
      sb.append((char) ('1' + rnd.nextInt(9)));
      for (int i = 1; i < digits; i++) {
        // runs of 9s and 0s put values next to rounding boundaries
        int kind = rnd.nextInt(8);
        sb.append(kind == 0 ? '9' : kind == 1 ? '0' : (char) ('0' + rnd.nextInt(10)));
      }
      int point = rnd.nextInt(digits + 1);
      sb.insert(point, '.');
      int exp = rnd.nextInt(10) < 7 ? rnd.nextInt(-30, 30) : rnd.nextInt(-345, 310);
      sb.append('e').append(exp);
      check(sb.toString());
      check("-" + sb);
    }
  }

  @Test
  void integersAboveTwoToThe53AreRoundedHalfToEven() {
    SplittableRandom rnd = new SplittableRandom(5);
    for (int k = 0; k < 10_000; k++) {
      long v = (1L << 53) + rnd.nextLong(Long.MAX_VALUE - (1L << 53));
      check(Long.toString(v));
      check(Long.toUnsignedString(v * 2 - rnd.nextInt(2)));
      // exact halfway points between consecutive doubles
      double d = (double) v;
      BigDecimal half = new BigDecimal(d).add(new BigDecimal(Math.nextUp(d)))
          .divide(BigDecimal.valueOf(2));
      check(half.toPlainString());
    }
    for (long v = (1L << 53) - 10; v < (1L << 53) + 100; v++) {
      check(Long.toString(v));
      check(v + ".5");
    }
  }

  @Test
  void pythonReprOfRandomDoubles() {
    // Python writes the shortest repr (up to 17 digits), as Java's Double.toString mostly does
    SplittableRandom rnd = new SplittableRandom(9);
    for (int k = 0; k < 15_000; k++) {
      double v = rnd.nextDouble() * Math.pow(10, rnd.nextInt(-8, 8)) * (rnd.nextBoolean() ? 1 : -1);
      check(Double.toString(v));
      check(new BigDecimal(v).round(new MathContext(17)).toString());
      check(new BigDecimal(v).round(new MathContext(16)).toPlainString());
    }
  }

  @Test
  void eiselLemireDecidesTypicalSeventeenDigitValues() {
    // 71.83000999999997 = 7183000999999997e-14: decided by the fast algorithm, not given up
    assertThat(DecimalParser.eiselLemire(7183000999999997L, -14, false)).isEqualTo(71.83000999999997);
    assertThat(DecimalParser.eiselLemire(2842170943040401L, -29, true)).isEqualTo(-2.842170943040401e-14);
    assertThat(DecimalParser.eiselLemire(1L, 400, false)).isNaN();
    assertThat(DecimalParser.eiselLemire(1L, -330, false)).isNaN(); // subnormal: given up
  }
}
