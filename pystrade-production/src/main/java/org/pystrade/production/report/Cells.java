package org.pystrade.production.report;

import java.math.BigDecimal;
import java.math.MathContext;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

/** How cells read as text. */
final class Cells {

  private static final DateTimeFormatter INSTANT = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss")
      .withZone(ZoneOffset.UTC);

  private Cells() {
  }

  /**
   * A cell's text: numbers with two decimals (below one in size, four significant digits; below 1e-9, zero), NaN
   * empty, instants in UTC.
   *
   * @param cell the cell
   * @return its text
   */
  static String text(Object cell) {
    if (cell instanceof Double d) {
      double v = d;
      if (Double.isNaN(v)) {
        return "";
      }
      if (Double.isInfinite(v)) {
        return v > 0 ? "inf" : "-inf";
      }
      if (Math.abs(v) < 1e-9) {
        return "0.00";
      }
      if (Math.abs(v) < 1) {
        return new BigDecimal(v).round(new MathContext(4)).stripTrailingZeros().toPlainString();
      }
      return String.format(Locale.ROOT, "%,.2f", v);
    }
    if (cell instanceof Instant i) {
      return INSTANT.format(i);
    }
    return String.valueOf(cell);
  }

  /**
   * Whether a cell is right-aligned (a number).
   *
   * @param cell the cell
   * @return true for numbers
   */
  static boolean numeric(Object cell) {
    return cell instanceof Number;
  }
}
