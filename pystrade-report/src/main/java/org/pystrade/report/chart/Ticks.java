package org.pystrade.report.chart;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.pystrade.core.util.ArgChecker;
import org.pystrade.report.markup.Numbers;

/** Axis ticks: 1-2-5 steps for values, whole years, months or days for dates. */
final class Ticks {

  private static final long DAY = 86_400L;
  /** Month steps tried for dates, in order; then day steps. */
  private static final int[] MONTH_STEPS = {1, 2, 3, 6, 12, 24, 60, 120, 240, 600, 1200};
  private static final int[] DAY_STEPS = {1, 2, 7, 14};

  private Ticks() {
  }

  /**
   * A tick: its value (a number, or epoch seconds on a date axis) and its label.
   *
   * @param value where it is
   * @param label its text
   */
  record Tick(double value, String label) {
  }

  /**
   * Value ticks covering [min, max] with a step of 1, 2 or 5 times a power of ten, at most about {@code maxTicks}.
   * The first tick is at or below min, the last at or above max.
   *
   * @param min the lowest value (finite)
   * @param max the highest value (finite, at least min)
   * @param maxTicks the most ticks wanted, at least 2
   * @param suffix a text after each label (e.g. "%")
   */
  static List<Tick> values(double min, double max, int maxTicks, String suffix) {
    ArgChecker.isTrue(Double.isFinite(min) && Double.isFinite(max) && min <= max, "bad range [{}, {}]", min, max);
    if (min == max) {
      double pad = min == 0 ? 1 : Math.abs(min) * 0.1;
      min -= pad;
      max += pad;
    }
    double step = niceStep((max - min) / Math.max(1, maxTicks - 1));
    // the next smaller nice step, if its ticks (which reach beyond the data) are still few enough
    double smaller = previousNice(step);
    if (count(min, max, smaller) <= maxTicks) {
      step = smaller;
    }
    long first = (long) Math.floor(min / step + 1e-9);
    long last = (long) Math.ceil(max / step - 1e-9);
    int decimals = decimals(step);
    List<Tick> ticks = new ArrayList<>();
    for (long i = first; i <= last; i++) {
      double v = i * step;
      ticks.add(new Tick(v, Numbers.fixed(v, decimals) + suffix));
    }
    return ticks;
  }

  /** The nice step below a nice step: 1 to 0.5, 2 to 1, 5 to 2 (times the same power of ten). */
  static double previousNice(double step) {
    double power = Math.pow(10, Math.floor(Math.log10(step) + 1e-9));
    long mantissa = Math.round(step / power);
    return mantissa == 1 ? power / 2 : mantissa == 2 ? power : 2 * power;
  }

  private static long count(double min, double max, double step) {
    return (long) Math.ceil(max / step - 1e-9) - (long) Math.floor(min / step + 1e-9) + 1;
  }

  /** The smallest of 1, 2, 5 x 10^k at least {@code raw}. */
  static double niceStep(double raw) {
    double power = Math.pow(10, Math.floor(Math.log10(raw)));
    double f = raw / power;
    double nice = f <= 1 + 1e-9 ? 1 : f <= 2 + 1e-9 ? 2 : f <= 5 + 1e-9 ? 5 : 10;
    return nice * power;
  }

  /** The decimals a label needs for a tick step. */
  static int decimals(double step) {
    int d = 0;
    while (d < 10 && Math.abs(step * Math.pow(10, d) - Math.rint(step * Math.pow(10, d))) > 1e-6 * Math.pow(10, d)
        * step) {
      d++;
    }
    return d;
  }

  /**
   * Date ticks within [from, to] (epoch seconds): on the first of a month every 1, 2, 3 or 6 months, on the first of
   * January every 1, 2, 5, 10... years, or every 1, 2, 7 or 14 days for short spans; the fewest steps that give at
   * most {@code maxTicks}. Labels: {@code 2020} for year steps, {@code 2020-03} for month steps, {@code 2020-03-16}
   * for day steps.
   *
   * @param from the first time
   * @param to the last time, at least from
   * @param maxTicks the most ticks wanted, at least 1
   */
  static List<Tick> dates(long from, long to, int maxTicks) {
    ArgChecker.isTrue(from <= to, "from {} after to {}", from, to);
    ArgChecker.positive(maxTicks, "maxTicks");
    long days = (to - from) / DAY;
    if (days / 14 <= maxTicks) {
      for (int step : DAY_STEPS) {
        if (days / step + 1 <= maxTicks && step <= 14 && days < 120) {
          return dayTicks(from, to, step);
        }
      }
    }
    for (int step : MONTH_STEPS) {
      List<Tick> ticks = monthTicks(from, to, step);
      if (ticks.size() <= maxTicks) {
        return ticks;
      }
    }
    return monthTicks(from, to, MONTH_STEPS[MONTH_STEPS.length - 1]);
  }

  private static List<Tick> dayTicks(long from, long to, int step) {
    List<Tick> ticks = new ArrayList<>();
    long day = Math.floorDiv(from + DAY - 1, DAY);
    for (long d = day; d * DAY <= to; d += step) {
      ticks.add(new Tick(d * DAY, LocalDate.ofEpochDay(d).toString()));
    }
    return ticks;
  }

  private static List<Tick> monthTicks(long from, long to, int stepMonths) {
    LocalDate start = LocalDate.ofEpochDay(Math.floorDiv(from, DAY));
    LocalDate d = start.withDayOfMonth(1);
    if (d.toEpochDay() * DAY < from) {
      d = d.plusMonths(1);
    }
    // align: years divisible by the step in years, months of the year divisible by the step in months
    while (!aligned(d, stepMonths)) {
      d = d.plusMonths(1);
    }
    List<Tick> ticks = new ArrayList<>();
    for (; d.toEpochDay() * DAY <= to; d = d.plusMonths(stepMonths)) {
      String label = stepMonths >= 12 ? Integer.toString(d.getYear())
          : d.getYear() + (d.getMonthValue() < 10 ? "-0" : "-") + d.getMonthValue();
      ticks.add(new Tick(d.toEpochDay() * DAY, label));
    }
    return ticks;
  }

  private static boolean aligned(LocalDate d, int stepMonths) {
    if (stepMonths >= 12) {
      return d.getMonthValue() == 1 && Math.floorMod(d.getYear(), stepMonths / 12) == 0;
    }
    return (d.getMonthValue() - 1) % stepMonths == 0;
  }
}
