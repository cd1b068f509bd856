package org.pystrade.report.chart;

import java.util.Arrays;
import org.pystrade.core.util.ArgChecker;

/**
 * The data of one line or area of a {@link TimeChart}: a name (for the legend), epoch-second times in increasing
 * order and a value per time (NaN: no value, the line is broken there). Immutable: the arrays are copied.
 */
public final class Series {

  private final String name;
  private final long[] times;
  private final double[] values;

  private Series(String name, long[] times, double[] values) {
    this.name = name;
    this.times = times;
    this.values = values;
  }

  /**
   * A series.
   *
   * @param name its name in the legend (not blank)
   * @param epochSeconds the times, strictly increasing
   * @param values a value per time, NaN where there is none
   * @return the series
   * @throws IllegalArgumentException if the lengths differ or the times do not increase
   */
  public static Series of(String name, long[] epochSeconds, double[] values) {
    ArgChecker.notBlank(name, "name");
    ArgChecker.notNull(epochSeconds, "epochSeconds");
    ArgChecker.notNull(values, "values");
    ArgChecker.isTrue(epochSeconds.length == values.length, "{} times but {} values", epochSeconds.length,
        values.length);
    for (int i = 1; i < epochSeconds.length; i++) {
      // checked before the message's arguments are boxed: this runs for every point of every chart
      if (epochSeconds[i] <= epochSeconds[i - 1]) {
        ArgChecker.isTrue(false, "times must increase but {} follows {} at {}", epochSeconds[i], epochSeconds[i - 1],
            i);
      }
    }
    return new Series(name, epochSeconds.clone(), values.clone());
  }

  /**
   * The name.
   *
   * @return the name in the legend
   */
  public String name() {
    return name;
  }

  /**
   * The number of points.
   *
   * @return the size
   */
  public int size() {
    return times.length;
  }

  /**
   * A time.
   *
   * @param i the index
   * @return epoch seconds
   */
  public long time(int i) {
    return times[i];
  }

  /**
   * A value.
   *
   * @param i the index
   * @return the value, NaN if none
   */
  public double value(int i) {
    return values[i];
  }

  /** Whether another series has exactly these times. */
  boolean hasSameTimes(Series other) {
    return Arrays.equals(times, other.times);
  }

  @Override
  public String toString() {
    return "Series[" + name + ", " + times.length + " points]";
  }
}
