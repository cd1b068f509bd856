package org.pystrade.core.portfolio;

import java.util.List;
import org.pystrade.core.util.ArgChecker;

/**
 * Correlation matrices of instruments over time, each in force from its period's start (pysystemtrade's
 * {@code CorrelationList} with its fitting dates): what the risk overlay and the dynamic optimisation read the
 * correlation of two instruments' returns from.
 *
 * @param names the instruments, the rows and columns of every matrix
 * @param periodStarts when each matrix comes into force, epoch seconds, ascending
 * @param matrices one square matrix per period
 */
public record CorrelationsOverTime(List<String> names, long[] periodStarts, double[][][] matrices) {

  /** Validates and copies. */
  public CorrelationsOverTime {
    names = List.copyOf(ArgChecker.notNull(names, "names"));
    periodStarts = ArgChecker.notNull(periodStarts, "periodStarts").clone();
    ArgChecker.notNull(matrices, "matrices");
    ArgChecker.isTrue(matrices.length == periodStarts.length, "{} matrices for {} periods", matrices.length,
        periodStarts.length);
    double[][][] copy = new double[matrices.length][][];
    for (int p = 0; p < matrices.length; p++) {
      ArgChecker.isTrue(matrices[p].length == names.size(), "matrix {} has {} rows for {} names", p,
          matrices[p].length, names.size());
      copy[p] = new double[names.size()][];
      for (int i = 0; i < names.size(); i++) {
        ArgChecker.isTrue(matrices[p][i].length == names.size(), "matrix {} row {} has {} columns for {} names", p,
            i, matrices[p][i].length, names.size());
        copy[p][i] = matrices[p][i].clone();
      }
      if (p > 0) {
        ArgChecker.isTrue(periodStarts[p] >= periodStarts[p - 1], "period starts not ascending at {}", p);
      }
    }
    matrices = copy;
  }

  /**
   * The index of the matrix in force at a time, as pysystemtrade's {@code most_recent_correlation_before_date}: the
   * last period starting at or before it.
   *
   * @param time epoch seconds
   * @return the index, -1 before the first period (pysystemtrade then uses an identity matrix)
   */
  public int periodAt(long time) {
    int lo = 0;
    int hi = periodStarts.length - 1;
    int found = -1;
    while (lo <= hi) {
      int mid = (lo + hi) >>> 1;
      if (periodStarts[mid] <= time) {
        found = mid;
        lo = mid + 1;
      } else {
        hi = mid - 1;
      }
    }
    return found;
  }

  /**
   * The matrix of a period (not copied: callers must not modify it).
   *
   * @param period the index
   * @return the matrix
   */
  double[][] matrixView(int period) {
    return matrices[period];
  }

  @Override
  public double[][][] matrices() {
    double[][][] out = new double[matrices.length][][];
    for (int p = 0; p < matrices.length; p++) {
      out[p] = new double[matrices[p].length][];
      for (int i = 0; i < matrices[p].length; i++) {
        out[p][i] = matrices[p][i].clone();
      }
    }
    return out;
  }

  @Override
  public long[] periodStarts() {
    return periodStarts.clone();
  }
}
