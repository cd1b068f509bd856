package org.pystrade.core.portfolio;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.pystrade.core.util.ArgChecker;

/**
 * Correlation matrices of instruments over time, each in force from its period's start (pysystemtrade's
 * {@code CorrelationList} with its fitting dates): what the risk overlay and the dynamic optimisation read the
 * correlation of two instruments' returns from. Each matrix is symmetric and stored as its lower triangle (weekly
 * periods over fifty years of 200 instruments are over 2,000 matrices).
 */
public final class CorrelationsOverTime {

  private final List<String> names;
  private final Map<String, Integer> position;
  private final long[] periodStarts;
  private final double[][] packed;
  private final boolean[] allFinite;

  private CorrelationsOverTime(List<String> names, long[] periodStarts, double[][] packed) {
    this.names = List.copyOf(ArgChecker.notNull(names, "names"));
    this.periodStarts = ArgChecker.notNull(periodStarts, "periodStarts");
    this.packed = ArgChecker.notNull(packed, "packed");
    ArgChecker.isTrue(packed.length == periodStarts.length, "{} matrices for {} periods", packed.length,
        periodStarts.length);
    int size = names.size() * (names.size() + 1) / 2;
    for (int p = 0; p < packed.length; p++) {
      ArgChecker.isTrue(packed[p].length == size, "matrix {} has {} values, not {}", p, packed[p].length, size);
      if (p > 0) {
        ArgChecker.isTrue(periodStarts[p] >= periodStarts[p - 1], "period starts not ascending at {}", p);
      }
    }
    this.allFinite = new boolean[packed.length];
    for (int p = 0; p < packed.length; p++) {
      boolean ok = true;
      for (double v : packed[p]) {
        ok &= Double.isFinite(v);
      }
      allFinite[p] = ok;
    }
    this.position = new HashMap<>();
    for (int i = 0; i < this.names.size(); i++) {
      position.put(this.names.get(i), i);
    }
  }

  /**
   * Correlations from full square matrices (copied; the lower triangle is kept).
   *
   * @param names the instruments, the rows and columns of every matrix
   * @param periodStarts when each matrix comes into force, epoch seconds, ascending
   * @param matrices one square matrix per period
   * @return the correlations
   */
  public static CorrelationsOverTime of(List<String> names, long[] periodStarts, double[][][] matrices) {
    int n = names.size();
    double[][] packed = new double[matrices.length][];
    for (int p = 0; p < matrices.length; p++) {
      ArgChecker.isTrue(matrices[p].length == n, "matrix {} has {} rows for {} names", p, matrices[p].length, n);
      packed[p] = new double[n * (n + 1) / 2];
      for (int i = 0; i < n; i++) {
        ArgChecker.isTrue(matrices[p][i].length == n, "matrix {} row {} has {} columns", p, i, matrices[p][i].length);
        for (int j = 0; j <= i; j++) {
          packed[p][index(i, j)] = matrices[p][i][j];
        }
      }
    }
    return new CorrelationsOverTime(names, periodStarts.clone(), packed);
  }

  /**
   * Correlations from lower triangles, taking ownership of the arrays (for estimators that have just built them):
   * entry {@code (i, j)}, {@code j <= i}, of period {@code p} is {@code packed[p][i * (i + 1) / 2 + j]}.
   *
   * @param names the instruments
   * @param periodStarts when each matrix comes into force, epoch seconds, ascending (not copied)
   * @param packed one lower triangle per period (not copied)
   * @return the correlations
   */
  public static CorrelationsOverTime ofLowerTriangles(List<String> names, long[] periodStarts, double[][] packed) {
    return new CorrelationsOverTime(names, periodStarts, packed);
  }

  /**
   * The position of entry {@code (i, j)} in a lower triangle.
   *
   * @param i row
   * @param j column
   * @return the position
   */
  public static int index(int i, int j) {
    return i >= j ? i * (i + 1) / 2 + j : j * (j + 1) / 2 + i;
  }

  /**
   * The instruments.
   *
   * @return names, the rows and columns of every matrix
   */
  public List<String> names() {
    return names;
  }

  /**
   * The position of an instrument among the names.
   *
   * @param name the instrument
   * @return the position, -1 if absent
   */
  public int indexOf(String name) {
    Integer at = position.get(name);
    return at == null ? -1 : at;
  }

  /**
   * How many periods.
   *
   * @return the count
   */
  public int periods() {
    return periodStarts.length;
  }

  /**
   * When a period's matrix comes into force.
   *
   * @param period the index
   * @return epoch seconds
   */
  public long periodStart(int period) {
    return periodStarts[period];
  }

  /**
   * A correlation of a period.
   *
   * @param period the period
   * @param i a row
   * @param j a column
   * @return the correlation, NaN if unknown
   */
  public double get(int period, int i, int j) {
    return packed[period][index(i, j)];
  }

  /**
   * Whether every correlation of a period is known and finite (then a missing volatility is the only thing that
   * makes a covariance missing).
   *
   * @param period the period
   * @return true if so
   */
  public boolean allFinite(int period) {
    return allFinite[period];
  }

  /**
   * A period's full matrix (a new array).
   *
   * @param period the period
   * @return the matrix
   */
  public double[][] matrix(int period) {
    int n = names.size();
    double[][] out = new double[n][n];
    for (int i = 0; i < n; i++) {
      for (int j = 0; j < n; j++) {
        out[i][j] = get(period, i, j);
      }
    }
    return out;
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
}
