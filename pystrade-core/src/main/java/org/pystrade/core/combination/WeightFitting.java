package org.pystrade.core.combination;

import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.pystrade.core.series.Ewm;
import org.pystrade.core.series.Kernels;
import org.pystrade.core.series.SeriesFrame;
import org.pystrade.core.series.TimeSeries;

/**
 * How pysystemtrade turns target weights (of forecasts or of instruments) into daily weights: zero the weight of
 * anything without data yet, smooth, and renormalise. Shared by forecast combination and the portfolio stage.
 */
public final class WeightFitting {

  /** Rows normalised at a time: a block of every column stays in the cache. */
  private static final int ROW_BLOCK = 512;

  private WeightFitting() {
  }

  /**
   * Fits raw weights to availability: on the availability frame's index, each weight is its raw weight (the last raw
   * weight at or before the row) where the forward-filled availability column has a value, else 0. Rows before
   * anything is available keep all raw weights.
   *
   * @param rawWeights raw weights (columns in the same order as {@code availability}), any index
   * @param availability forecasts or positions, one column per weight
   * @return unnormalised fitted weights on the availability index
   */
  public static SeriesFrame fitToAvailability(SeriesFrame rawWeights, SeriesFrame availability) {
    List<String> names = availability.names();
    long[] idx = availability.timesView();
    int rows = idx.length;
    SeriesFrame avail = availability.ffill();
    int firstAny = rows;
    for (int r = 0; r < rows && firstAny == rows; r++) {
      for (int c = 0; c < names.size(); c++) {
        double v = avail.get(r, c);
        if (v == v) {
          firstAny = r;
          break;
        }
      }
    }
    double[][] out = new double[names.size()][];
    for (int c = 0; c < names.size(); c++) {
      double[] w = rawWeights.column(names.get(c)).padValuesOn(idx);
      for (int r = firstAny; r < rows; r++) {
        double v = avail.get(r, c);
        if (v != v) {
          w[r] = 0.0;
        }
      }
      out[c] = w;
    }
    return SeriesFrame.ofOwned(idx, names, out);
  }

  /**
   * Moves fitted weights onto business days as pysystemtrade does before smoothing ({@code resample("1B").mean()}):
   * a row for every business day from the first to the last, each the mean of the bucket's values (NaN where a
   * bucket has none), so that the smoothing span counts business days even where the data has gaps.
   *
   * @param weights fitted weights
   * @return the weights on business days
   */
  public static SeriesFrame toBusinessDays(SeriesFrame weights) {
    if (weights.rowCount() == 0) {
      return weights;
    }
    Map<String, TimeSeries> m = new LinkedHashMap<>();
    for (String name : weights.names()) {
      m.put(name, weights.column(name).resampleBusinessDayMean());
    }
    return SeriesFrame.concat(m);
  }

  /**
   * Smooths each weight column with an exponentially weighted mean (span in rows), then renormalises rows to sum
   * to one (rows summing to zero stay zero).
   *
   * @param weights unnormalised weights
   * @param span the smoothing span, in rows (business days)
   * @return smoothed normalised weights
   */
  public static SeriesFrame smoothAndNormalise(SeriesFrame weights, double span) {
    int cols = weights.names().size();
    double[][] sm = new double[cols][];
    Ewm ewm = Ewm.span(span);
    for (int c = 0; c < cols; c++) {
      sm[c] = Kernels.ewmMean(weights.column(weights.names().get(c)).valuesView(), ewm);
    }
    normaliseRows(sm);
    return SeriesFrame.ofOwned(weights.timesView(), weights.names(), sm);
  }

  /**
   * Normalises each row of column arrays in place so that its non-NaN values sum to one, as pysystemtrade does:
   * each weight is multiplied by {@code 1 / rowSum}; a row summing to zero stays zero; NaN stays NaN.
   *
   * @param cols the columns
   */
  public static void normaliseRows(double[][] cols) {
    if (cols.length == 0) {
      return;
    }
    int rows = cols[0].length;
    // a block of rows at a time, column by column (the columns are separate arrays): each row's sum still adds the
    // columns in their order, so the same bits as a row at a time
    double[] sum = new double[Math.min(rows, ROW_BLOCK)];
    for (int from = 0; from < rows; from += ROW_BLOCK) {
      int to = Math.min(rows, from + ROW_BLOCK);
      Arrays.fill(sum, 0.0);
      for (double[] col : cols) {
        for (int r = from; r < to; r++) {
          double v = col[r];
          if (v == v) {
            sum[r - from] += v;
          }
        }
      }
      for (int r = from; r < to; r++) {
        double s = sum[r - from];
        sum[r - from] = 1.0 / (s == 0.0 ? 0.0001 : s);
      }
      for (double[] col : cols) {
        for (int r = from; r < to; r++) {
          col[r] = sum[r - from] * col[r];
        }
      }
    }
  }

  /**
   * Normalises one row of weights in place as {@link #normaliseRows} does each row: each weight is multiplied by
   * {@code 1 / rowSum} (the sum of the non-NaN weights in column order); a row summing to zero stays zero; NaN stays
   * NaN.
   *
   * @param row the weights of one row, in column order
   */
  public static void normaliseRow(double[] row) {
    double sum = 0;
    for (double v : row) {
      if (v == v) {
        sum += v;
      }
    }
    double multiplier = 1.0 / (sum == 0.0 ? 0.0001 : sum);
    for (int c = 0; c < row.length; c++) {
      row[c] = multiplier * row[c];
    }
  }
}
