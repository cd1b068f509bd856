package org.pystrade.core.pandl;

import org.pystrade.core.series.Kernels;
import org.pystrade.core.series.TimeSeries;

/**
 * Position buffering (pysystemtrade's {@code buffer_position}): hold the position while it stays inside the buffer;
 * when it leaves, trade to the nearest edge (or to the optimal position).
 */
public final class Buffering {

  private Buffering() {
  }

  /**
   * Applies buffers.
   *
   * @param optimal the optimal (notional) position
   * @param upper the upper edge
   * @param lower the lower edge
   * @param tradeToEdge trade to the edge (true) or to the optimum (false)
   * @param round round optimum and edges to whole contracts first (half to even, as numpy)
   * @return the buffered position on the optimal position's index, starting from the first optimum or 0
   */
  public static TimeSeries apply(TimeSeries optimal, TimeSeries upper, TimeSeries lower, boolean tradeToEdge,
      boolean round) {
    long[] idx = optimal.timesView();
    double[] opt = Kernels.ffill(optimal.valuesView());
    double[] top = Kernels.ffill(upper.reindex(idx).valuesView());
    double[] bot = Kernels.ffill(lower.reindex(idx).valuesView());
    int n = idx.length;
    if (round) {
      for (int i = 0; i < n; i++) {
        opt[i] = Math.rint(opt[i]);
        top[i] = Math.rint(top[i]);
        bot[i] = Math.rint(bot[i]);
      }
    }
    double[] out = new double[n];
    if (n == 0) {
      return TimeSeries.ofOwned(idx, out);
    }
    double current = opt[0] == opt[0] ? opt[0] : 0.0;
    out[0] = current;
    for (int i = 1; i < n; i++) {
      double t = top[i];
      double b = bot[i];
      double o = opt[i];
      if (t == t && b == b && o == o) {
        if (current > t) {
          current = tradeToEdge ? t : o;
        } else if (current < b) {
          current = tradeToEdge ? b : o;
        }
      }
      out[i] = current;
    }
    return TimeSeries.ofOwned(idx, out);
  }
}
