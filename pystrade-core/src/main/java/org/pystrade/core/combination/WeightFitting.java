package org.pystrade.core.combination;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.pystrade.core.series.BusinessDays;
import org.pystrade.core.series.Ewm;
import org.pystrade.core.series.Kernels;
import org.pystrade.core.series.SeriesFrame;

/**
 * How pysystemtrade turns target weights (of forecasts or of instruments) into daily weights: zero the weight of
 * anything without data yet, smooth, and renormalise. Shared by forecast combination and the portfolio stage.
 */
public final class WeightFitting {

  /** Rows normalised at a time: a block of every column stays in the cache. */
  private static final int ROW_BLOCK = 512;
  /** Rows normalised by one task of a parallel map. */
  private static final int ROWS_PER_PART = 8 * ROW_BLOCK;
  /** Columns fitted and smoothed together (their smoothings stepped in one loop, see {@link Kernels#ewmMeans}). */
  private static final int COLUMN_GROUP = 4;

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
    SeriesFrame avail = availability.ffill();
    int firstAny = firstRowWithAny(avail);
    double[][] out = new double[names.size()][];
    for (int c = 0; c < names.size(); c++) {
      out[c] = fitColumn(rawWeights, avail, c, firstAny);
    }
    return SeriesFrame.ofOwned(idx, names, out);
  }

  /** The first row where any column of a forward-filled frame has a value, or its row count. */
  private static int firstRowWithAny(SeriesFrame avail) {
    int rows = avail.rowCount();
    int cols = avail.names().size();
    for (int r = 0; r < rows; r++) {
      for (int c = 0; c < cols; c++) {
        double v = avail.get(r, c);
        if (v == v) {
          return r;
        }
      }
    }
    return rows;
  }

  /** One column of {@link #fitToAvailability}: the raw weight padded onto the index, 0 where nothing is available. */
  private static double[] fitColumn(SeriesFrame rawWeights, SeriesFrame avail, int c, int firstAny) {
    double[] w = rawWeights.column(avail.names().get(c)).padValuesOn(avail.timesView());
    for (int r = firstAny; r < w.length; r++) {
      double v = avail.get(r, c);
      if (v != v) {
        w[r] = 0.0;
      }
    }
    return w;
  }

  /**
   * {@link #fitToAvailability}, {@link #toBusinessDays} and {@link #smoothAndNormalise} in one: the same frame, each
   * column fitted, moved onto business days and smoothed in one go (a few columns at a time, their smoothings
   * stepped together), the groups of columns and then the blocks of rows normalised shared among the threads of
   * {@code mapper}.
   *
   * @param rawWeights raw weights (columns in the same order as {@code availability}), any index
   * @param availability forecasts or positions, one column per weight
   * @param span the smoothing span, in rows (business days)
   * @param mapper how the work of the groups of columns and of the blocks of rows is run
   * @return smoothed normalised weights on business days
   */
  public static SeriesFrame fitSmoothAndNormalise(SeriesFrame rawWeights, SeriesFrame availability, double span,
      SeriesFrame.Mapper mapper) {
    List<String> names = availability.names();
    SeriesFrame avail = availability.ffill();
    int firstAny = firstRowWithAny(avail);
    BusinessDays buckets = BusinessDays.of(avail.timesView());
    Ewm ewm = Ewm.span(span);
    List<int[]> groups = new ArrayList<>();
    for (int c = 0; c < names.size(); c += COLUMN_GROUP) {
      groups.add(new int[] {c, Math.min(names.size(), c + COLUMN_GROUP)});
    }
    List<double[][]> smoothed = mapper.map(groups, g -> {
      double[][] daily = new double[g[1] - g[0]][];
      Ewm[] ewms = new Ewm[daily.length];
      for (int c = g[0]; c < g[1]; c++) {
        // each step's array is its own, handed on: one array per column from the fit to the smoothing
        daily[c - g[0]] = buckets.meanOwned(fitColumn(rawWeights, avail, c, firstAny));
        ewms[c - g[0]] = ewm;
      }
      Kernels.ewmMeansInPlace(daily, ewms);
      return daily;
    });
    double[][] sm = new double[names.size()][];
    int c = 0;
    for (double[][] group : smoothed) {
      for (double[] col : group) {
        sm[c++] = col;
      }
    }
    normaliseRows(sm, mapper);
    return SeriesFrame.ofOwned(buckets.days(), names, sm);
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
    BusinessDays buckets = BusinessDays.of(weights.timesView());
    double[][] cols = new double[weights.names().size()][];
    for (int c = 0; c < cols.length; c++) {
      cols[c] = buckets.mean(weights.column(c).valuesView());
    }
    return SeriesFrame.ofOwned(buckets.days(), weights.names(), cols);
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
    double[][] in = new double[cols][];
    Ewm[] ewms = new Ewm[cols];
    Ewm ewm = Ewm.span(span);
    for (int c = 0; c < cols; c++) {
      in[c] = weights.column(c).valuesView();
      ewms[c] = ewm;
    }
    // the columns' means stepped a few at a time (their divisions overlap), each the same bits as alone
    double[][] sm = Kernels.ewmMeans(in, ewms);
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
    normaliseRows(cols, SeriesFrame.Mapper.SEQUENTIAL);
  }

  /**
   * {@link #normaliseRows(double[][])} with blocks of rows shared among the threads of {@code mapper} (each row is
   * normalised alone: the same bits whatever the mapper).
   *
   * @param cols the columns
   * @param mapper how the work of the blocks of rows is run
   */
  public static void normaliseRows(double[][] cols, SeriesFrame.Mapper mapper) {
    if (cols.length == 0) {
      return;
    }
    int rows = cols[0].length;
    List<Integer> parts = new ArrayList<>();
    for (int from = 0; from < rows; from += ROWS_PER_PART) {
      parts.add(from);
    }
    mapper.map(parts, from -> {
      normaliseRows(cols, from, Math.min(rows, from + ROWS_PER_PART));
      return null;
    });
  }

  private static void normaliseRows(double[][] cols, int fromRow, int toRow) {
    // a block of rows at a time, column by column (the columns are separate arrays): each row's sum still adds the
    // columns in their order, so the same bits as a row at a time
    double[] sum = new double[Math.min(toRow - fromRow, ROW_BLOCK)];
    for (int from = fromRow; from < toRow; from += ROW_BLOCK) {
      int to = Math.min(toRow, from + ROW_BLOCK);
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
