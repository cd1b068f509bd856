package org.pystrade.core.testing.stages;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;

import java.util.Collection;
import java.util.Map;
import java.util.function.DoublePredicate;
import org.pystrade.core.pandl.PandlCurve;
import org.pystrade.core.series.SeriesFrame;
import org.pystrade.core.series.TimeSeries;
import org.pystrade.core.series.Timestamps;

/** The assertions the stage contracts share, on series, frames and P&amp;L curves. */
final class SeriesChecks {

  /** Relative tolerance of a value computed again from its definition. */
  static final double TOLERANCE = 1e-9;

  private SeriesChecks() {
  }

  /** Whether two values are equal within {@link #TOLERANCE}, or both NaN. */
  static boolean close(double actual, double expected) {
    if (actual != actual || expected != expected) {
      return actual != actual && expected != expected;
    }
    return Math.abs(actual - expected) <= TOLERANCE * Math.max(Math.abs(actual), Math.abs(expected)) + 1e-12;
  }

  /**
   * A stage result is well formed: not null; a series (or each column of a frame, each curve of a P&amp;L) on
   * strictly increasing timestamps, without infinite values and with at least one value; a number finite.
   */
  static void assertWellFormed(String what, Object result) {
    assertThat(result).as(what + " must not be null").isNotNull();
    if (result instanceof TimeSeries) {
      assertSeries(what, (TimeSeries) result);
    } else if (result instanceof SeriesFrame) {
      SeriesFrame f = (SeriesFrame) result;
      assertIncreasing(what, f.timesView());
      assertThat(f.names()).as(what + " columns").isNotEmpty();
      for (String name : f.names()) {
        assertSeries(what + " column " + name, f.column(name));
      }
    } else if (result instanceof PandlCurve) {
      PandlCurve c = (PandlCurve) result;
      assertSeries(what + " gross", c.gross());
      assertSeries(what + " net", c.net());
      assertIncreasing(what + " costs", c.costs().timesView());
      assertFinite(what + " costs", c.costs());
      assertThat(c.capital()).as(what + " capital").isPositive().isFinite();
    } else if (result instanceof Double) {
      assertThat((Double) result).as(what).isFinite();
    } else if (result instanceof Collection || result instanceof Map || result instanceof Number) {
      return;
    } else {
      fail(what + " returned an unexpected type " + result.getClass().getName());
    }
  }

  private static void assertSeries(String what, TimeSeries s) {
    assertIncreasing(what, s.timesView());
    assertFinite(what, s);
    assertThat(s.countValid()).as(what + " must have values on the fixture's data").isPositive();
  }

  private static void assertIncreasing(String what, long[] t) {
    for (int i = 1; i < t.length; i++) {
      if (t[i] <= t[i - 1]) {
        fail(what + ": timestamps not strictly increasing at row " + i + " (" + Timestamps.format(t[i - 1])
            + ", " + Timestamps.format(t[i]) + ")");
      }
    }
  }

  private static void assertFinite(String what, TimeSeries s) {
    assertAll(what, s, v -> !Double.isInfinite(v), "is infinite");
  }

  /** Every valid (non-NaN) value satisfies a condition. */
  static void assertAll(String what, TimeSeries s, DoublePredicate ok, String problem) {
    double[] v = s.valuesView();
    for (int i = 0; i < v.length; i++) {
      if (v[i] == v[i] && !ok.test(v[i])) {
        fail(what + " " + problem + " on " + Timestamps.format(s.time(i)) + ": " + v[i]);
      }
    }
  }

  /** Every valid value is within {@code [-bound, bound]}. */
  static void assertWithinBound(String what, TimeSeries s, double bound) {
    assertAll(what, s, v -> Math.abs(v) <= bound * (1 + TOLERANCE), "is outside +-" + bound);
  }

  /**
   * Two series have the same values: the same timestamps with a value, and values equal within
   * {@link #TOLERANCE}. Rows where a series has NaN are not compared.
   */
  static void assertSameValues(String what, TimeSeries actual, TimeSeries expected) {
    TimeSeries a = actual.dropNaN();
    TimeSeries e = expected.dropNaN();
    assertThat(e.size()).as(what + ": nothing to compare (the definition gives no value)").isPositive();
    for (int i = 0, j = 0; i < a.size() || j < e.size();) {
      long ta = i < a.size() ? a.time(i) : Long.MAX_VALUE;
      long te = j < e.size() ? e.time(j) : Long.MAX_VALUE;
      if (ta < te) {
        fail(what + " has a value on " + Timestamps.format(ta) + " where its definition has none: " + a.value(i));
      } else if (te < ta) {
        fail(what + " has no value on " + Timestamps.format(te) + " where its definition gives " + e.value(j));
      } else {
        if (!close(a.value(i), e.value(j))) {
          fail(what + " is " + a.value(i) + " on " + Timestamps.format(ta) + " but its definition gives "
              + e.value(j));
        }
        i++;
        j++;
      }
    }
  }

  /**
   * Two series agree on every timestamp where both have a value (at least one), within {@link #TOLERANCE}: for
   * results whose index their definition leaves open.
   */
  static void assertAgreeWhereBothDefined(String what, TimeSeries actual, TimeSeries expected) {
    int compared = 0;
    for (int i = 0; i < actual.size(); i++) {
      double a = actual.value(i);
      double e = expected.valueAt(actual.time(i));
      if (a == a && e == e) {
        compared++;
        if (!close(a, e)) {
          fail(what + " is " + a + " on " + Timestamps.format(actual.time(i)) + " but its definition gives " + e);
        }
      }
    }
    assertThat(compared).as(what + ": days with a value and a definition").isPositive();
  }

  /** Each row of a frame with any value sums to one, and no value is negative. */
  static void assertWeights(String what, SeriesFrame weights) {
    int rows = weights.rowCount();
    int cols = weights.names().size();
    int summed = 0;
    for (int r = 0; r < rows; r++) {
      double sum = 0;
      boolean any = false;
      for (int c = 0; c < cols; c++) {
        double w = weights.get(r, c);
        if (w == w) {
          any = true;
          sum += w;
          if (w < 0) {
            fail(what + " has a negative weight " + w + " for " + weights.names().get(c) + " on "
                + Timestamps.format(weights.timesView()[r]));
          }
        }
      }
      if (any) {
        summed++;
        if (Math.abs(sum - 1.0) > 1e-9) {
          fail(what + " sum to " + sum + ", not 1, on " + Timestamps.format(weights.timesView()[r]));
        }
      }
    }
    assertThat(summed).as(what + ": rows with a weight").isPositive();
  }

  /** Net P&amp;L is gross plus costs (a missing one counting as 0) on every day, and costs are never positive. */
  static void assertPandlAddsUp(String what, PandlCurve curve) {
    TimeSeries net = curve.net();
    TimeSeries gross = curve.gross();
    TimeSeries costs = curve.costs();
    assertAll(what + " costs", costs, v -> v <= 0, "are positive");
    for (int i = 0; i < net.size(); i++) {
      long t = net.time(i);
      double g = gross.valueAt(t);
      double c = costs.valueAt(t);
      double expected = (g == g ? g : 0.0) + (c == c ? c : 0.0);
      double n = net.value(i);
      if (n == n && Math.abs(n - expected) > TOLERANCE * Math.max(Math.abs(g), Math.abs(c)) + 1e-9) {
        fail(what + ": net " + n + " is not gross " + g + " plus costs " + c + " on " + Timestamps.format(t));
      }
    }
  }
}
