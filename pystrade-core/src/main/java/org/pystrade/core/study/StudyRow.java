package org.pystrade.core.study;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.pystrade.core.util.ArgChecker;

/**
 * The outcome of one variation: its statistics in the study's order, the instruments of its portfolio, or the
 * error that stopped it (a failed variation is a row, not the end of the study).
 *
 * @param variation the variation
 * @param stats statistic name to value, in the study's order ({@code instrument_sharpe} and {@code instrument_turnover} as one entry per
 *     instrument, {@code instrument_sharpe.CODE}); empty for a failed variation
 * @param instruments the instruments of the variation's portfolio (after any left out)
 * @param leftOut the instruments left out of the portfolio, each with its reason
 * @param error what stopped the variation, empty if it computed
 */
public record StudyRow(Variation variation, Map<String, Double> stats, List<String> instruments,
    Map<String, String> leftOut, String error) {

  /**
   * Checks and copies the parts.
   *
   * @param variation the variation
   * @param stats statistic name to value, in order
   * @param instruments the instruments of the variation's portfolio
   * @param leftOut the instruments left out, each with its reason
   * @param error what stopped the variation, empty if it computed
   */
  public StudyRow {
    ArgChecker.notNull(variation, "variation");
    ArgChecker.notNull(stats, "stats");
    ArgChecker.notNull(instruments, "instruments");
    ArgChecker.notNull(leftOut, "leftOut");
    ArgChecker.notNull(error, "error");
    stats = Collections.unmodifiableMap(new LinkedHashMap<>(stats));
    instruments = List.copyOf(instruments);
    leftOut = Collections.unmodifiableMap(new LinkedHashMap<>(leftOut));
  }

  /**
   * The row of the results table, in {@link StudySpec#columns()} order: the variation's number (an
   * {@link Integer}), each setting as text, the instruments joined by {@code ;}, the resample's number as text
   * (with a bootstrap), each statistic as a
   * {@link Double} (null when missing, as for a failed variation) except the per-instrument ones
   * ({@code instrument_sharpe}, {@code instrument_turnover}), which are text {@code CODE=value;...}, then the instruments left out joined by {@code ;} and the error (empty if none).
   *
   * @param study the study the row belongs to
   * @return the values, in column order
   */
  public List<Object> values(StudySpec study) {
    List<Object> cells = new ArrayList<>();
    cells.add(variation.id());
    for (Object v : variation.settings().values()) {
      cells.add(String.valueOf(v));
    }
    cells.add(String.join(";", ok() ? instruments : variation.instruments()));
    if (study.bootstrap() != null) {
      cells.add(String.valueOf(variation.resample()));
    }
    for (String s : study.stats()) {
      if (StudySpec.isPerInstrument(s)) {
        StringBuilder sb = new StringBuilder();
        stats.forEach((k, v) -> {
          if (k.startsWith(s + ".")) {
            sb.append(sb.length() == 0 ? "" : ";").append(k.substring(s.length() + 1)).append('=').append(v);
          }
        });
        cells.add(sb.toString());
      } else {
        cells.add(stats.get(s));
      }
    }
    cells.add(String.join(";", leftOut.keySet()));
    cells.add(error);
    return cells;
  }

  /**
   * Whether the variation computed.
   *
   * @return true if there is no error
   */
  public boolean ok() {
    return error.isEmpty();
  }
}
