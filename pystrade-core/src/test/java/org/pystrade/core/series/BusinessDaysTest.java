package org.pystrade.core.series;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Arrays;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

class BusinessDaysTest {

  private static final long DAY = Timestamps.SECONDS_PER_DAY;
  private static final double N = Double.NaN;

  /** Hourly-ish rows over 400 calendar days with gaps of days, weekend rows, NaN, signed zeros and infinities. */
  private static long[] intradayTimes(SplittableRandom rnd) {
    long[] t = new long[4000];
    long at = Timestamps.parse("2019-12-31 22:00");
    for (int i = 0; i < t.length; i++) {
      int kind = rnd.nextInt(50);
      at += kind == 0 ? 3 * DAY + 3600 : kind == 1 ? 9 * DAY : 600 + rnd.nextInt(7200);
      t[i] = at;
    }
    return t;
  }

  private static double[] values(SplittableRandom rnd, int n) {
    double[] v = new double[n];
    for (int i = 0; i < n; i++) {
      int kind = rnd.nextInt(40);
      v[i] = kind == 0 ? N : kind == 1 ? -0.0 : kind == 2 ? Double.POSITIVE_INFINITY : kind < 6 ? 0.1
          : rnd.nextGaussian() * 1e3;
    }
    return v;
  }

  /** The buckets of each row the plain way: the business day at or before its calendar day. */
  private static long[] bucketOfRows(long[] times) {
    long[] out = new long[times.length];
    for (int i = 0; i < times.length; i++) {
      out[i] = Timestamps.rollbackToBusinessDay(Timestamps.epochDay(times[i])) * DAY;
    }
    return out;
  }

  @Test
  void bucketsGiveTheLastTheMeanAndTheSumOfEachBusinessDayToTheBit() {
    SplittableRandom rnd = new SplittableRandom(3);
    long[] times = intradayTimes(rnd);
    double[] v = values(rnd, times.length);
    long[] rowBucket = bucketOfRows(times);
    BusinessDays b = BusinessDays.of(times);
    assertThat(b.isIdentity()).isFalse();
    assertThat(b.rows()).isEqualTo(times.length);
    long[] days = b.days();
    // every Monday to Friday from the first bucket to the last, at midnight
    assertThat(days[0]).isEqualTo(rowBucket[0]);
    assertThat(days[days.length - 1]).isEqualTo(rowBucket[times.length - 1]);
    for (int k = 1; k < days.length; k++) {
      assertThat(days[k]).isEqualTo(Timestamps.nextBusinessDay(days[k - 1] / DAY) * DAY);
    }
    // the reference: each row added to its bucket in row order, as pandas does (Kernels.kahanAdd for the sums)
    double[] last = new double[days.length];
    Arrays.fill(last, N);
    double[] sum = new double[days.length];
    double[] comp = new double[days.length];
    int[] count = new int[days.length];
    int emptyBuckets = 0;
    for (int i = 0; i < times.length; i++) {
      int k = Arrays.binarySearch(days, rowBucket[i]);
      if (v[i] == v[i]) {
        last[k] = v[i];
        Kernels.kahanAdd(sum, comp, k, v[i]);
        count[k]++;
      }
    }
    double[] mean = new double[days.length];
    for (int k = 0; k < days.length; k++) {
      mean[k] = count[k] > 0 ? sum[k] / count[k] : N;
      emptyBuckets += count[k] == 0 ? 1 : 0;
    }
    assertThat(emptyBuckets).as("buckets without a value (gaps, NaN rows)").isPositive();
    assertBits(b.last(v), last);
    assertBits(b.mean(v), mean);
    double[] given = v.clone();
    assertBits(b.meanOwned(given), mean);
    assertBits(b.sum(v), sum);
    // one array, one object: the series of an index share its buckets; an equal array gets buckets of its own
    assertThat(BusinessDays.of(times)).isSameAs(b);
    BusinessDays copy = BusinessDays.of(times.clone());
    assertThat(copy).isNotSameAs(b);
    assertThat(copy.days()).isEqualTo(days);
    // and the series' own resampling is these buckets
    TimeSeries s = TimeSeries.of(times, v);
    assertThat(s.resampleBusinessDayLast().timestamps()).isEqualTo(days);
    assertBits(s.resampleBusinessDayLast().values(), last);
    assertBits(s.resampleBusinessDayMean().values(), mean);
    assertBits(s.resampleBusinessDaySum().values(), sum);
  }

  @Test
  void anIndexOfEveryBusinessDayIsItsOwnBuckets() {
    long monday = Timestamps.parse("2024-01-01");
    long[] times = new long[12];
    times[0] = monday;
    for (int i = 1; i < times.length; i++) {
      times[i] = Timestamps.nextBusinessDay(times[i - 1] / DAY) * DAY;
    }
    double[] v = {1, N, -0.0, 4, 5, 6, 7, 8, 9, 10, 11, 12};
    BusinessDays b = BusinessDays.of(times);
    assertThat(b.isIdentity()).isTrue();
    assertThat(b.days()).isSameAs(times);
    assertThat(b.rows()).isEqualTo(12);
    assertThat(b.last(v)).containsExactly(v).isNotSameAs(v);
    // the mean of one value is (0 + v) / 1, the sum 0 + v: a negative zero becomes zero, a NaN row sums to 0
    assertBits(b.mean(v), new double[] {1, N, 0.0, 4, 5, 6, 7, 8, 9, 10, 11, 12});
    assertBits(b.sum(v), new double[] {1, 0, 0.0, 4, 5, 6, 7, 8, 9, 10, 11, 12});
    // given up by the caller: the mean written over the values
    double[] owned = v.clone();
    assertThat(b.meanOwned(owned)).isSameAs(owned);
    assertBits(owned, b.mean(v));
    TimeSeries s = TimeSeries.of(times, v);
    assertThat(s.resampleBusinessDayLast()).isSameAs(s);
    // not every business day: a missing Wednesday, a Saturday row, a row at noon
    long[] gap = {times[0], times[1], times[3]};
    assertThat(BusinessDays.of(gap).isIdentity()).isFalse();
    assertThat(BusinessDays.of(gap).days()).containsExactly(times[0], times[1], times[2], times[3]);
    assertThat(BusinessDays.of(new long[] {times[4] + DAY}).isIdentity()).isFalse();
    assertThat(BusinessDays.of(new long[] {times[0] + DAY / 2}).isIdentity()).isFalse();
    assertThat(BusinessDays.of(new long[] {times[0] + DAY / 2}).days()).containsExactly(times[0]);
  }

  @Test
  void anEmptyIndexHasNoBucketAndValuesMustMatchTheRows() {
    BusinessDays none = BusinessDays.of(new long[0]);
    assertThat(none.days()).isEmpty();
    assertThat(none.rows()).isZero();
    assertThat(none.mean(new double[0])).isEmpty();
    BusinessDays b = BusinessDays.of(new long[] {Timestamps.parse("2024-01-06 10:00"), Timestamps.parse("2024-01-08")});
    assertThat(b.toString()).isEqualTo("BusinessDays[2 rows into 2 business days]");
    assertThatThrownBy(() -> b.last(new double[3])).isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("must have 2 rows but had 3");
  }

  private static void assertBits(double[] actual, double[] expected) {
    assertThat(actual).hasSameSizeAs(expected);
    for (int i = 0; i < expected.length; i++) {
      assertThat(Double.doubleToRawLongBits(actual[i])).as("row %s: %s against %s", i, actual[i], expected[i])
          .isEqualTo(Double.doubleToRawLongBits(expected[i]));
    }
  }
}
