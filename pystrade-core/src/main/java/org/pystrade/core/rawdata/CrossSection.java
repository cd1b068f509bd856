package org.pystrade.core.rawdata;

import java.util.Arrays;
import org.pystrade.core.series.SeriesFrame;
import org.pystrade.core.series.TimeSeries;

/**
 * Cross-sectional (row-wise) statistics over frames of several instruments.
 */
final class CrossSection {

  private CrossSection() {
  }

  /**
   * The median of each row's non-NaN values (NaN when a row has none), as pandas' {@code median(axis=1)}.
   *
   * @param frame the frame
   * @return the row medians on the frame's index
   */
  public static TimeSeries rowMedian(SeriesFrame frame) {
    int rows = frame.rowCount();
    int cols = frame.names().size();
    double[] out = new double[rows];
    double[] buf = new double[cols];
    for (int r = 0; r < rows; r++) {
      int n = 0;
      for (int c = 0; c < cols; c++) {
        double v = frame.get(r, c);
        if (v == v) {
          buf[n++] = v;
        }
      }
      if (n == 0) {
        out[r] = Double.NaN;
      } else {
        Arrays.sort(buf, 0, n);
        out[r] = (n % 2 == 1) ? buf[n / 2] : (buf[n / 2 - 1] + buf[n / 2]) / 2.0;
      }
    }
    return TimeSeries.ofOwned(frame.timesView(), out);
  }
  /**
   * The mean of each row's non-NaN values (NaN when a row has none), as pandas' {@code mean(axis=1)}, summed in
   * column order. pysystemtrade sums its cross-sections in Python set order, which varies with the hash seed, so
   * its own results vary in the last bits from run to run: no order is more right than another.
   *
   * @param frame the frame
   * @return the row means on the frame's index
   */
  public static TimeSeries rowMean(SeriesFrame frame) {
    int rows = frame.rowCount();
    int cols = frame.names().size();
    double[] out = new double[rows];
    for (int r = 0; r < rows; r++) {
      double sum = 0;
      int n = 0;
      for (int c = 0; c < cols; c++) {
        double v = frame.get(r, c);
        if (v == v) {
          sum += v;
          n++;
        }
      }
      out[r] = n == 0 ? Double.NaN : sum / n;
    }
    return TimeSeries.ofOwned(frame.timesView(), out);
  }
}
