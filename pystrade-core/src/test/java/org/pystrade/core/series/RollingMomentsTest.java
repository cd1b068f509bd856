package org.pystrade.core.series;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.time.LocalDate;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

/**
 * pandas' rolling skewness and kurtosis: against the textbook bias-corrected sample statistics computed in two
 * passes (independent arithmetic, so agreement to 1e-9 relative, not to the bit), on hand-checked values, and on
 * the special cases pandas has (too few observations, one repeated value, a variance at rounding level, infinite
 * values, time-based windows closed on the right).
 */
class RollingMomentsTest {

  private static final long DAY = Timestamps.SECONDS_PER_DAY;

  /** The bias-corrected sample skewness (G1) of the non-NaN values in [from, to]. */
  private static double naiveSkew(double[] x, int from, int to) {
    double[] m = centralMoments(x, from, to);
    double n = m[0];
    return n < 3 ? Double.NaN : Math.sqrt(n * (n - 1)) / (n - 2) * m[3] / Math.pow(m[2], 1.5);
  }

  /** The bias-corrected sample excess kurtosis (G2) of the non-NaN values in [from, to]. */
  private static double naiveKurt(double[] x, int from, int to) {
    double[] m = centralMoments(x, from, to);
    double n = m[0];
    return n < 4 ? Double.NaN
        : (n - 1) / ((n - 2) * (n - 3)) * ((n + 1) * (m[4] / (m[2] * m[2]) - 3) + 6);
  }

  private static double[] centralMoments(double[] x, int from, int to) {
    double n = 0;
    double sum = 0;
    for (int i = from; i <= to; i++) {
      if (!Double.isNaN(x[i])) {
        n++;
        sum += x[i];
      }
    }
    double mean = sum / n;
    double[] m = new double[5];
    m[0] = n;
    for (int i = from; i <= to; i++) {
      if (!Double.isNaN(x[i])) {
        double d = x[i] - mean;
        m[2] += d * d / n;
        m[3] += d * d * d / n;
        m[4] += d * d * d * d / n;
      }
    }
    return m;
  }

  private static int[] fixedStarts(int n, int window) {
    int[] s = new int[n];
    for (int i = 0; i < n; i++) {
      s[i] = Math.max(0, i + 1 - window);
    }
    return s;
  }

  private static double[] returns(int n, long seed) {
    SplittableRandom rnd = new SplittableRandom(seed);
    double[] x = new double[n];
    for (int i = 0; i < n; i++) {
      // daily percentage returns with fat tails and a few gaps
      double r = rnd.nextGaussian() * 0.01;
      x[i] = i % 37 == 5 ? Double.NaN : rnd.nextInt(50) == 0 ? 5 * r : r;
    }
    return x;
  }

  @Test
  void handCheckedValues() {
    double[] x = {1, 2, 3, 4, 10};
    int[] all = fixedStarts(5, 5);
    // pandas: pd.Series([1, 2, 3, 4, 10]).skew() and .kurt()
    assertThat(RollingMoments.skew(x, all, 1)[4]).isCloseTo(1.6970562748477143, within(1e-14));
    assertThat(RollingMoments.kurt(x, all, 1)[4]).isCloseTo(3.152000000000001, within(1e-12));
  }

  @Test
  void fixedWindowsMatchTheTwoPassStatistics() {
    double[] x = returns(600, 1);
    int window = 60;
    int[] starts = fixedStarts(x.length, window);
    double[] skew = RollingMoments.skew(x, starts, 1);
    double[] kurt = RollingMoments.kurt(x, starts, 1);
    for (int i = 0; i < x.length; i++) {
      double s = naiveSkew(x, starts[i], i);
      double k = naiveKurt(x, starts[i], i);
      if (Double.isNaN(s)) {
        assertThat(skew[i]).as("skew row %d", i).isNaN();
      } else {
        assertThat(skew[i]).as("skew row %d", i).isCloseTo(s, within(1e-9 * Math.max(1, Math.abs(s))));
      }
      if (Double.isNaN(k)) {
        assertThat(kurt[i]).as("kurt row %d", i).isNaN();
      } else {
        assertThat(kurt[i]).as("kurt row %d", i).isCloseTo(k, within(1e-9 * Math.max(1, Math.abs(k))));
      }
    }
  }

  @Test
  void timeWindowHoldsTheLastDaysUpToAndIncludingTheRow() {
    long t0 = Timestamps.of(LocalDate.of(2020, 1, 6));
    // business days: 5 a week, so a 7-day window holds 5 rows, a 365-day window about 261
    long[] times = new long[400];
    long day = t0 / DAY;
    for (int i = 0; i < times.length; i++) {
      times[i] = day * DAY;
      day = Timestamps.nextBusinessDay(day);
    }
    int[] starts = RollingMoments.timeWindowStarts(times, 7 * DAY);
    for (int i = 0; i < times.length; i++) {
      assertThat(times[starts[i]]).as("row %d", i).isGreaterThan(times[i] - 7 * DAY);
      if (starts[i] > 0) {
        assertThat(times[starts[i] - 1]).as("row %d", i).isLessThanOrEqualTo(times[i] - 7 * DAY);
      }
    }
    // row 10 is a Monday: its window goes back to the Tuesday before (rows 6 to 10)
    assertThat(starts[10]).isEqualTo(6);
    double[] x = returns(times.length, 2);
    double[] viaSeries = TimeSeries.of(times, x).rollingSkewOverTime(365 * DAY).values();
    int[] yearStarts = RollingMoments.timeWindowStarts(times, 365 * DAY);
    for (int i = 0; i < times.length; i++) {
      double s = naiveSkew(x, yearStarts[i], i);
      if (Double.isNaN(s)) {
        assertThat(viaSeries[i]).isNaN();
      } else {
        assertThat(viaSeries[i]).as("row %d", i).isCloseTo(s, within(1e-9 * Math.max(1, Math.abs(s))));
      }
    }
  }

  @Test
  void pandasSpecialCases() {
    int[] all5 = fixedStarts(5, 5);
    // fewer than 3 (skew) or 4 (kurtosis) observations: NaN
    double[] two = RollingMoments.skew(new double[] {1, Double.NaN, 2, Double.NaN, Double.NaN}, all5, 1);
    assertThat(two).containsOnly(Double.NaN);
    double[] three = RollingMoments.kurt(new double[] {1, 2, 5, Double.NaN, Double.NaN}, all5, 1);
    assertThat(three).containsOnly(Double.NaN);
    // one repeated value: 0 and -3, not NaN
    double[] flat = {0.5, 0.5, 0.5, 0.5, 0.5};
    assertThat(RollingMoments.skew(flat, all5, 1)[4]).isZero();
    assertThat(RollingMoments.kurt(flat, all5, 1)[4]).isEqualTo(-3.0);
    // a variance at rounding level (not one repeated value): NaN
    double[] tiny = {1e-9, 2e-9, 1e-9, 3e-9, 1e-9};
    assertThat(RollingMoments.skew(tiny, all5, 1)[4]).isNaN();
    // infinite values are missing
    double[] withInf = {1, 2, Double.POSITIVE_INFINITY, 3, 10};
    double[] withNaN = {1, 2, Double.NaN, 3, 10};
    assertThat(RollingMoments.skew(withInf, all5, 1)).containsExactly(RollingMoments.skew(withNaN, all5, 1));
    // min_periods above the floor
    assertThat(RollingMoments.skew(new double[] {1, 2, 3, 4, 10}, all5, 5)).containsExactly(Double.NaN,
        Double.NaN, Double.NaN, Double.NaN, RollingMoments.skew(new double[] {1, 2, 3, 4, 10}, all5, 1)[4]);
    assertThat(RollingMoments.skew(new double[0], new int[0], 1)).isEmpty();
    assertThatThrownBy(() -> RollingMoments.timeWindowStarts(new long[] {1}, 0))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("window");
  }

  @Test
  void largeValuesAreCentredByTheRoundedMeanAsPandasDoes() {
    // prices around 1e4: pandas takes off round(mean) first, which keeps the third powers accurate
    double[] x = returns(300, 3);
    double[] shifted = new double[x.length];
    for (int i = 0; i < x.length; i++) {
      shifted[i] = 10_000 + 100 * x[i];
    }
    int[] starts = fixedStarts(x.length, 50);
    double[] a = RollingMoments.skew(x, starts, 1);
    double[] b = RollingMoments.skew(shifted, starts, 1);
    for (int i = 0; i < x.length; i++) {
      if (Double.isNaN(a[i])) {
        assertThat(b[i]).isNaN();
      } else {
        assertThat(b[i]).as("row %d", i).isCloseTo(a[i], within(1e-6));
      }
    }
  }
}
