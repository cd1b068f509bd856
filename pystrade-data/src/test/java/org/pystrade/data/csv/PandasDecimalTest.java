package org.pystrade.data.csv;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Random;
import org.junit.jupiter.api.Test;

/**
 * {@link DecimalParser#parsePandas} against values pandas' {@code read_csv} produced for the same text (pandas'
 * default high-precision C parser); several differ from the correctly rounded {@code Double.parseDouble}.
 */
class PandasDecimalTest {

  private static void check(String text, double pandas) {
    assertThat(Double.doubleToRawLongBits(DecimalParser.parsePandas(text)))
        .as("pandas reads '%s' as %s", text, pandas).isEqualTo(Double.doubleToRawLongBits(pandas));
  }

  @Test
  void matchesPandasWhereItIsNotCorrectlyRounded() {
    check("91.07001000000007", 91.07001000000008);
    check("-0.000123456789012345678", -0.0001234567890123);
    check("0.30000000000000004", 0.3);
    check("1234.5678901234567", 1234.567890123457);
    check("99.99999999999999", 100.0);
    assertThat(DecimalParser.parsePandas("91.07001000000007")).isNotEqualTo(Double.parseDouble("91.07001000000007"));
  }

  @Test
  void matchesPandasOnOrdinaryValues() {
    check("91.06001000000006", 91.06001000000006);
    check("0.1", 0.1);
    check("123456789012345678", 1.2345678901234568e+17);
    check("5.5e-06", 5.5e-06);
    check("1e+21", 1e+21);
    check(".5", 0.5);
    check("-0.0", -0.0);
    check("659.75", 659.75);
    check("2.2250738585072014e-308", 2.2250738585072014e-308);
    check("12345678901234567890.123", 1.2345678901234567e+19);
  }

  @Test
  void agreesWithADirectTranscriptionOfPandasArithmeticOnRandomDecimals() {
    Random rnd = new Random(11);
    for (int k = 0; k < 300_000; k++) {
      int digits = 1 + rnd.nextInt(22);
      StringBuilder sb = new StringBuilder(rnd.nextBoolean() ? "-" : "");
      int dot = rnd.nextInt(digits + 1);
      for (int d = 0; d < digits; d++) {
        if (d == dot && d > 0) {
          sb.append('.');
        }
        sb.append((char) ('0' + rnd.nextInt(10)));
      }
      String text = sb.toString();
      assertThat(Double.doubleToRawLongBits(DecimalParser.parsePandas(text)))
          .as(text).isEqualTo(Double.doubleToRawLongBits(ReferenceCsv.number(text)));
    }
  }

  @Test
  void infinitiesAreReadAndOtherTextIsNotANumber() {
    assertThat(DecimalParser.parsePandas("-Infinity")).isEqualTo(Double.NEGATIVE_INFINITY);
    assertThat(DecimalParser.parsePandas("INF")).isEqualTo(Double.POSITIVE_INFINITY);
    // missing-value markers are matched by the caller, before the number parser, which refuses them
    assertThat(DecimalParser.parsePandas("NaN")).isNaN();
    assertThat(DecimalParser.parsePandas("12abc")).isNaN();
    assertThat(DecimalParser.parsePandas("973.0d")).isNaN();
  }
}
