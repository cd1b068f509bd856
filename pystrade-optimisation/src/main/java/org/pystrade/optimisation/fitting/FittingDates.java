package org.pystrade.optimisation.fitting;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import org.pystrade.core.util.ArgChecker;

/**
 * Generates fitting periods as pysystemtrade's {@code generate_fitting_dates}: period boundaries step back from the
 * last data time by a fixed interval (365 days by default) down to the first time; each boundary except the first
 * and last starts a period fitted on data up to that boundary (from the start for expanding windows, from
 * {@code rollyears} boundaries earlier for rolling ones); a leading no-data period covers the start.
 */
public final class FittingDates {

  /** Microseconds in a day. */
  public static final long MICROS_PER_DAY = 86_400_000_000L;

  private FittingDates() {
  }

  /**
   * Generates the periods.
   *
   * @param start first data time, microseconds
   * @param end last data time, microseconds
   * @param method the date method
   * @param rollYears periods in a rolling window
   * @param intervalDays days between period boundaries (365 for pysystemtrade's {@code "12M"})
   * @return the periods, in time order
   */
  public static List<FitPeriod> generate(long start, long end, DateMethod method, int rollYears, int intervalDays) {
    ArgChecker.isTrue(start <= end, "start after end");
    ArgChecker.positive(intervalDays, "intervalDays");
    if (method == DateMethod.IN_SAMPLE) {
      return List.of(new FitPeriod(start, end, start, end, false));
    }
    List<Long> bounds = new ArrayList<>();
    long step = intervalDays * MICROS_PER_DAY;
    for (long t = end; t >= start; t -= step) {
      bounds.add(t);
    }
    Collections.reverse(bounds);
    List<FitPeriod> out = new ArrayList<>();
    if (bounds.size() < 2) {
      // pysystemtrade fails here (fewer than two boundaries): one no-data period over everything
      out.add(new FitPeriod(start, start, start, end, true));
      return List.copyOf(out);
    }
    out.add(new FitPeriod(start, start, start, bounds.get(1), true));
    for (int i = 1; i < bounds.size() - 1; i++) {
      long periodStart = bounds.get(i);
      long fitStart = method == DateMethod.EXPANDING ? start : bounds.get(Math.max(0, i - rollYears));
      out.add(new FitPeriod(fitStart, periodStart, periodStart, bounds.get(i + 1), false));
    }
    return List.copyOf(out);
  }

  /**
   * Index of the period in force at a time: the last period starting at or before it.
   *
   * @param periods the periods
   * @param time microseconds
   * @return the index, -1 if before the first period
   */
  public static int periodAt(List<FitPeriod> periods, long time) {
    int idx = -1;
    for (int i = 0; i < periods.size(); i++) {
      if (periods.get(i).periodStart() <= time) {
        idx = i;
      }
    }
    return idx;
  }
}
