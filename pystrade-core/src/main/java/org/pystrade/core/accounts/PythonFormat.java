package org.pystrade.core.accounts;

import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;
import org.pystrade.core.util.ArgChecker;

/**
 * Python's general number format {@code "{0:.Ng}".format(x)} for doubles, as pysystemtrade prints its statistics
 * ({@code .4g}): the exact binary value rounded half-even to N significant digits; fixed notation when the decimal
 * exponent {@code e} of the rounded value satisfies {@code -4 <= e < N}, else scientific ({@code 1.235e+05},
 * {@code 1e-05}); trailing zeros and a trailing point removed; {@code nan}, {@code inf}, {@code -inf}, {@code -0}.
 */
final class PythonFormat {

  private PythonFormat() {
  }

  /**
   * Formats like Python's {@code "{0:.<digits>g}".format(value)}.
   *
   * @param value the number
   * @param significantDigits significant digits, at least 1
   * @return the text
   */
  public static String general(double value, int significantDigits) {
    ArgChecker.positive(significantDigits, "significantDigits");
    if (value != value) {
      return "nan";
    }
    if (Double.isInfinite(value)) {
      return value > 0 ? "inf" : "-inf";
    }
    if (value == 0.0) {
      return (1.0 / value < 0) ? "-0" : "0";
    }
    BigDecimal rounded = new BigDecimal(value).round(new MathContext(significantDigits, RoundingMode.HALF_EVEN));
    int exponent = rounded.precision() - rounded.scale() - 1;
    if (exponent >= -4 && exponent < significantDigits) {
      BigDecimal fixed = rounded.setScale(Math.max(significantDigits - 1 - exponent, 0), RoundingMode.UNNECESSARY);
      return stripZeros(fixed.toPlainString());
    }
    BigDecimal mantissa = rounded.movePointLeft(exponent);
    String m = stripZeros(mantissa.setScale(significantDigits - 1, RoundingMode.UNNECESSARY).toPlainString());
    int absExp = Math.abs(exponent);
    return m + "e" + (exponent < 0 ? "-" : "+") + (absExp < 10 ? "0" : "") + absExp;
  }

  private static String stripZeros(String s) {
    if (s.indexOf('.') < 0) {
      return s;
    }
    int end = s.length();
    while (s.charAt(end - 1) == '0') {
      end--;
    }
    if (s.charAt(end - 1) == '.') {
      end--;
    }
    return s.substring(0, end);
  }
}
