package org.pystrade.core.rules;

import java.time.LocalDate;
import java.util.Arrays;
import org.pystrade.core.series.Index;
import org.pystrade.core.series.TimeSeries;
import org.pystrade.core.series.Timestamps;

/**
 * Straightforward, deliberately slow re-implementations of the pandas operations the rules use, written from their
 * definitions (explicit weighted sums, explicit window scans), to check the production code independently.
 */
final class Explicit {

  static final long DAY = Timestamps.SECONDS_PER_DAY;
  static final long START = Timestamps.of(LocalDate.of(2022, 3, 1));

  private Explicit() {
  }

  /** Day i after the start. */
  static long day(int i) {
    return START + i * DAY;
  }

  /** A daily series starting at day {@code first}. */
  static TimeSeries daily(int first, double... values) {
    long[] t = new long[values.length];
    for (int i = 0; i < t.length; i++) {
      t[i] = day(first + i);
    }
    return TimeSeries.of(t, values);
  }

  /** A series on the given days. */
  static TimeSeries onDays(int[] days, double... values) {
    long[] t = new long[days.length];
    for (int i = 0; i < t.length; i++) {
      t[i] = day(days[i]);
    }
    return TimeSeries.of(t, values);
  }

  /**
   * pandas' adjusted ewm mean with {@code ignore_na=False}: at row t, the mean of the valid x_j (j <= t) with
   * weights (1 - alpha)^(t - j), NaN until {@code minPeriods} valid values were seen.
   */
  static double[] ewmMean(double[] x, double alpha, int minPeriods) {
    double[] out = new double[x.length];
    for (int t = 0; t < x.length; t++) {
      double num = 0;
      double den = 0;
      int seen = 0;
      for (int j = 0; j <= t; j++) {
        if (!Double.isNaN(x[j])) {
          double w = Math.pow(1 - alpha, t - j);
          num += w * x[j];
          den += w;
          seen++;
        }
      }
      out[t] = seen >= Math.max(1, minPeriods) ? num / den : Double.NaN;
    }
    return out;
  }

  /** {@link #ewmMean(double[], double, int)} with a span. */
  static double[] ewmSpan(double[] x, double span, int minPeriods) {
    return ewmMean(x, 2 / (span + 1), minPeriods);
  }

  /**
   * pandas' adjusted, bias-corrected ewm standard deviation: weighted variance of the valid values times
   * {@code (sum w)^2 / ((sum w)^2 - sum w^2)}.
   */
  static double[] ewmStdSpan(double[] x, double span, int minPeriods) {
    double alpha = 2 / (span + 1);
    double[] out = new double[x.length];
    for (int t = 0; t < x.length; t++) {
      double sw = 0;
      double sw2 = 0;
      double swx = 0;
      int seen = 0;
      for (int j = 0; j <= t; j++) {
        if (!Double.isNaN(x[j])) {
          double w = Math.pow(1 - alpha, t - j);
          sw += w;
          sw2 += w * w;
          swx += w * x[j];
          seen++;
        }
      }
      if (seen < Math.max(1, minPeriods) || seen < 2) {
        out[t] = Double.NaN;
        continue;
      }
      double mean = swx / sw;
      double ss = 0;
      for (int j = 0; j <= t; j++) {
        if (!Double.isNaN(x[j])) {
          double w = Math.pow(1 - alpha, t - j);
          ss += w * (x[j] - mean) * (x[j] - mean);
        }
      }
      double biased = ss / sw;
      out[t] = Math.sqrt(biased * sw * sw / (sw * sw - sw2));
    }
    return out;
  }

  /** The valid values of the window of {@code window} rows ending at row i, sorted. */
  static double[] window(double[] x, int i, int window) {
    return Arrays.stream(Arrays.copyOfRange(x, Math.max(0, i - window + 1), i + 1))
        .filter(v -> !Double.isNaN(v)).sorted().toArray();
  }

  /** Rolling quantile with linear interpolation by explicit window scan. */
  static double[] rollingQuantile(double[] x, int window, int minPeriods, double q) {
    double[] out = new double[x.length];
    for (int i = 0; i < x.length; i++) {
      double[] w = window(x, i, window);
      if (w.length < Math.max(1, minPeriods)) {
        out[i] = Double.NaN;
        continue;
      }
      double pos = q * (w.length - 1);
      int lo = (int) Math.floor(pos);
      int hi = Math.min(lo + 1, w.length - 1);
      out[i] = w[lo] + (w[hi] - w[lo]) * (pos - lo);
    }
    return out;
  }

  /** Rolling sample standard deviation by explicit window scan (two passes). */
  static double[] rollingStd(double[] x, int window, int minPeriods) {
    double[] out = new double[x.length];
    for (int i = 0; i < x.length; i++) {
      double[] w = window(x, i, window);
      if (w.length < Math.max(1, minPeriods) || w.length < 2) {
        out[i] = Double.NaN;
        continue;
      }
      double mean = Arrays.stream(w).sum() / w.length;
      double ss = Arrays.stream(w).map(v -> (v - mean) * (v - mean)).sum();
      out[i] = Math.sqrt(ss / (w.length - 1));
    }
    return out;
  }

  /** Rolling mean by explicit window scan. */
  static double[] rollingMean(double[] x, int window, int minPeriods) {
    double[] out = new double[x.length];
    for (int i = 0; i < x.length; i++) {
      double[] w = window(x, i, window);
      out[i] = w.length >= Math.max(1, minPeriods) ? Arrays.stream(w).sum() / w.length : Double.NaN;
    }
    return out;
  }

  /** Forward fill. */
  static double[] ffill(double[] x) {
    double[] out = x.clone();
    for (int i = 1; i < out.length; i++) {
      if (Double.isNaN(out[i])) {
        out[i] = out[i - 1];
      }
    }
    return out;
  }

  /** Values of a series at each of the given times, NaN where absent. */
  static double[] at(TimeSeries s, long[] times) {
    double[] out = new double[times.length];
    for (int i = 0; i < times.length; i++) {
      out[i] = s.valueAt(times[i]);
    }
    return out;
  }

  /**
   * EWMAC by its definition: fast minus slow ewm mean of the price on the price's rows, divided by the volatility
   * forward filled on the volatility's rows, both then read on the union of the indexes.
   */
  static TimeSeries ewmac(TimeSeries price, TimeSeries vol, double fast, double slow) {
    double[] p = price.values();
    double[] f = ewmSpan(p, fast, 1);
    double[] s = ewmSpan(p, slow, 1);
    double[] raw = new double[p.length];
    for (int i = 0; i < p.length; i++) {
      raw[i] = f[i] - s[i];
    }
    TimeSeries rawS = TimeSeries.of(price.timestamps(), raw);
    TimeSeries volF = TimeSeries.of(vol.timestamps(), ffill(vol.values()));
    long[] u = Index.union(price.timestamps(), vol.timestamps());
    double[] a = at(rawS, u);
    double[] b = at(volF, u);
    double[] out = new double[u.length];
    for (int i = 0; i < u.length; i++) {
      out[i] = a[i] / b[i];
    }
    return TimeSeries.of(u, out);
  }
}
