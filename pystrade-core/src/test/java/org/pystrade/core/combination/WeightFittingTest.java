package org.pystrade.core.combination;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.pystrade.core.series.SeriesFrame;
import org.pystrade.core.testing.StageFixtures;

class WeightFittingTest {

  private static final double NAN = Double.NaN;
  private static final long[] T = StageFixtures.days(5);

  @Test
  void weightsOfWhatIsNotYetAvailableAreZeroAfterTheFirstAvailableRow() {
    // raw weights change on day 3; b's column is given first, the availability frame has a first
    SeriesFrame raw = SeriesFrame.of(new long[] {T[0], T[3]}, List.of("b", "a"),
        new double[][] {{0.4, 0.8}, {0.6, 0.2}});
    SeriesFrame availability = SeriesFrame.of(T, List.of("a", "b"),
        new double[][] {{NAN, 1, 2, NAN, 3}, {NAN, NAN, NAN, 6, 7}});
    SeriesFrame fitted = WeightFitting.fitToAvailability(raw, availability);
    assertThat(fitted.names()).containsExactly("a", "b");
    assertThat(fitted.timestamps()).containsExactly(T);
    // row 0: nothing available yet, raw weights kept; a's NaN on row 3 is forward filled, so a keeps its weight
    assertThat(fitted.column("a").values()).containsExactly(0.6, 0.6, 0.6, 0.2, 0.2);
    assertThat(fitted.column("b").values()).containsExactly(0.4, 0, 0, 0.8, 0.8);
  }

  @Test
  void rowsAreNormalisedToSumToOneSkippingNaNAndZeroRowsStayZero() {
    double[][] cols = {{1, 0, NAN, 2}, {3, 0, 2, 2}};
    WeightFitting.normaliseRows(cols);
    assertThat(cols[0]).containsExactly(0.25, 0, NAN, 0.5);
    assertThat(cols[1]).containsExactly(0.75, 0, 1, 0.5);
  }

  @Test
  void smoothingIsAnAdjustedEwmOfEachColumnThenRowsAreNormalised() {
    double[] a = {1, 0, 0, 1, 0.5};
    double[] b = {0, 1, 1, 1, 0.5};
    SeriesFrame w = SeriesFrame.of(T, List.of("a", "b"), new double[][] {a, b});
    SeriesFrame smoothed = WeightFitting.smoothAndNormalise(w, 3);
    double[] ea = handEwm(a, 3);
    double[] eb = handEwm(b, 3);
    for (int r = 0; r < T.length; r++) {
      double sum = ea[r] + eb[r];
      assertThat(smoothed.get(r, 0)).as("a row " + r).isCloseTo(ea[r] / sum, within(1e-15));
      assertThat(smoothed.get(r, 1)).as("b row " + r).isCloseTo(eb[r] / sum, within(1e-15));
    }
    // alpha 0.5, row 1 of a: (0.5 * 1 + 1 * 0) / 1.5
    assertThat(ea[1]).isCloseTo(1.0 / 3, within(1e-15));
  }

  /** pandas' ewm(span).mean() with adjust=True on a column without NaN: sum (1-a)^i x[t-i] / sum (1-a)^i. */
  private static double[] handEwm(double[] x, double span) {
    double decay = 1 - 2 / (span + 1);
    double[] out = new double[x.length];
    for (int t = 0; t < x.length; t++) {
      double num = 0;
      double den = 0;
      for (int i = 0; i <= t; i++) {
        num += Math.pow(decay, i) * x[t - i];
        den += Math.pow(decay, i);
      }
      out[t] = num / den;
    }
    return out;
  }

  @Test
  void weightsMoveOntoEveryBusinessDayAsBucketMeans() {
    // Friday 5 Jan, Saturday 6 Jan (into Friday's bucket), Tuesday 9 Jan: Monday 8 Jan has no value
    long day = 86_400L;
    long fri = T[4];
    SeriesFrame w = SeriesFrame.of(new long[] {fri, fri + day, fri + 4 * day}, List.of("a"),
        new double[][] {{0.2, 0.4, 0.9}});
    SeriesFrame daily = WeightFitting.toBusinessDays(w);
    assertThat(daily.timestamps()).containsExactly(fri, fri + 3 * day, fri + 4 * day);
    assertThat(daily.column("a").values()).containsExactly((0.2 + 0.4) / 2, NAN, 0.9);
  }

  @Test
  void fittingSmoothingAndNormalisingInOneGoIsTheThreeStepsToTheBit() {
    java.util.SplittableRandom rnd = new java.util.SplittableRandom(21);
    // calendar days (weekends fall into Fridays), columns becoming available at different rows, gaps
    int rows = 6000;
    long[] t = new long[rows];
    for (int r = 0; r < rows; r++) {
      t[r] = T[0] + r * 86_400L + (r % 3) * 3_600L;
    }
    List<String> names = new java.util.ArrayList<>();
    double[][] avail = new double[9][rows];
    double[][] weights = new double[9][2];
    for (int c = 0; c < 9; c++) {
      names.add("r" + c);
      int start = c == 0 ? 10 : rnd.nextInt(rows);
      for (int r = 0; r < rows; r++) {
        avail[c][r] = r < start || rnd.nextInt(50) == 0 ? NAN : rnd.nextGaussian();
      }
      weights[c][0] = rnd.nextDouble();
      weights[c][1] = c == 4 ? 0 : rnd.nextDouble();
    }
    SeriesFrame availability = SeriesFrame.of(t, names, avail);
    SeriesFrame raw = SeriesFrame.of(new long[] {t[0], t[rows / 2]}, names, weights);
    SeriesFrame steps = WeightFitting.smoothAndNormalise(
        WeightFitting.toBusinessDays(WeightFitting.fitToAvailability(raw, availability)), 125);
    SeriesFrame.Mapper backwards = new SeriesFrame.Mapper() {
      @Override
      public <A, B> List<B> map(List<A> items, java.util.function.Function<A, B> f) {
        List<B> out = new java.util.ArrayList<>(java.util.Collections.nCopies(items.size(), null));
        for (int i = items.size() - 1; i >= 0; i--) {
          out.set(i, f.apply(items.get(i)));
        }
        return out;
      }
    };
    for (SeriesFrame.Mapper mapper : List.of(SeriesFrame.Mapper.SEQUENTIAL, backwards)) {
      SeriesFrame once = WeightFitting.fitSmoothAndNormalise(raw, availability, 125, mapper);
      assertThat(once.names()).isEqualTo(names);
      assertThat(once.timestamps()).containsExactly(steps.timestamps());
      for (int c = 0; c < 9; c++) {
        double[] a = steps.column(c).values();
        double[] b = once.column(c).values();
        for (int r = 0; r < a.length; r++) {
          assertThat(Double.doubleToRawLongBits(b[r])).as("column %s row %s", c, r)
              .isEqualTo(Double.doubleToRawLongBits(a[r]));
        }
      }
    }
    // weekends in the index: fewer business days than rows
    assertThat(steps.rowCount()).isLessThan(rows);
  }
}
