package org.pystrade.benchmarks;

import java.time.LocalDate;
import java.util.SplittableRandom;
import org.pystrade.core.series.TimeSeries;
import org.pystrade.core.series.Timestamps;

/** Deterministic synthetic inputs shaped like futures data (random-walk prices, a few NaN rows). */
final class BenchData {

  private BenchData() {
  }

  /** Daily returns: {@code n} values with about 1% NaN. */
  static double[] returns(int n, long seed) {
    SplittableRandom r = new SplittableRandom(seed);
    double[] x = new double[n];
    for (int i = 0; i < n; i++) {
      x[i] = r.nextDouble() < 0.01 ? Double.NaN : r.nextGaussian() * 0.8;
    }
    return x;
  }

  /** A random-walk price on {@code n} consecutive business days from 1980-01-01. */
  static TimeSeries dailyPrice(int n, long seed) {
    long[] t = businessDays(n);
    double[] v = new double[n];
    SplittableRandom r = new SplittableRandom(seed);
    double p = 100;
    for (int i = 0; i < n; i++) {
      p += r.nextGaussian();
      v[i] = p;
    }
    return TimeSeries.of(t, v);
  }

  /** {@code n} business days (midnight timestamps) from 1980-01-01. */
  static long[] businessDays(int n) {
    long[] t = new long[n];
    long day = Timestamps.rollbackToBusinessDay(LocalDate.of(1980, 1, 1).toEpochDay());
    for (int i = 0; i < n; i++) {
      t[i] = day * Timestamps.SECONDS_PER_DAY;
      day = Timestamps.nextBusinessDay(day);
    }
    return t;
  }

  /** An intraday series: {@code perDay} observations an hour apart on each of {@code days} calendar days. */
  static TimeSeries intraday(int days, int perDay, long seed) {
    long start = LocalDate.of(2000, 1, 3).toEpochDay() * Timestamps.SECONDS_PER_DAY;
    long[] t = new long[days * perDay];
    double[] v = new double[t.length];
    SplittableRandom r = new SplittableRandom(seed);
    double p = 100;
    for (int d = 0; d < days; d++) {
      for (int h = 0; h < perDay; h++) {
        int i = d * perDay + h;
        t[i] = start + d * Timestamps.SECONDS_PER_DAY + (8 + h) * 3600L;
        p += r.nextGaussian() * 0.1;
        v[i] = r.nextDouble() < 0.02 ? Double.NaN : p;
      }
    }
    return TimeSeries.of(t, v);
  }
}
