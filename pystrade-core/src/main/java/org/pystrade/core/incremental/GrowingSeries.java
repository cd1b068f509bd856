package org.pystrade.core.incremental;

import java.util.Arrays;
import org.pystrade.core.series.TimeSeries;

/**
 * A series as the data had it when the system started, with the rows appended since: an instrument's FX rate, read
 * by pad lookups (the value of the last row at or before a moment) as the sizing reads it.
 */
final class GrowingSeries {

  private final TimeSeries base;
  private long[] times = new long[8];
  private double[] values = new double[8];
  private int size;

  GrowingSeries(TimeSeries base) {
    this.base = base;
  }

  /** The time of the last row, or {@link Long#MIN_VALUE} if none. */
  long lastTime() {
    if (size > 0) {
      return times[size - 1];
    }
    return base.isEmpty() ? Long.MIN_VALUE : base.time(base.size() - 1);
  }

  void append(long time, double value) {
    if (size == times.length) {
      times = Arrays.copyOf(times, size * 2);
      values = Arrays.copyOf(values, size * 2);
    }
    times[size] = time;
    values[size++] = value;
  }

  /** The value of the last row at or before a moment, even if NaN; NaN before the first row. */
  double padValueAt(long time) {
    if (size > 0 && time >= times[0]) {
      int i = Arrays.binarySearch(times, 0, size, time);
      return values[i >= 0 ? i : -i - 2];
    }
    return base.padValueAt(time);
  }

  /** The whole series, base and appended rows. */
  TimeSeries toSeries() {
    if (size == 0) {
      return base;
    }
    long[] t = Arrays.copyOf(base.timesView(), base.size() + size);
    double[] v = Arrays.copyOf(base.valuesView(), base.size() + size);
    System.arraycopy(times, 0, t, base.size(), size);
    System.arraycopy(values, 0, v, base.size(), size);
    return TimeSeries.ofOwned(t, v);
  }
}
