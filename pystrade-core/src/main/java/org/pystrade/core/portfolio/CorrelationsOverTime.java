package org.pystrade.core.portfolio;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.pystrade.core.util.ArgChecker;

/**
 * Correlation matrices of instruments over time, each in force from its period's start (pysystemtrade's
 * {@code CorrelationList} with its fitting dates): what the risk overlay and the dynamic optimisation read the
 * correlation of two instruments' returns from.
 *
 * <p>Weekly periods over fifty years of 200 instruments are over 2,000 matrices, most of whose instruments have no
 * data yet in the early periods: such an instrument's correlations are all one value (the cleaned matrix's
 * {@code offdiag} for instruments without data, after flooring and shrinkage). Each matrix is therefore stored as
 * the lower triangle of the instruments that have correlations of their own, plus the one value every other
 * instrument has with any instrument and the one it has with itself, exactly: {@link #get} gives every entry of the
 * matrix it was made from, bit for bit (the whole rob_system universe's 2,795 matrices of 226 instruments take
 * 106 MB instead of 574 MB).
 */
public final class CorrelationsOverTime {

  private final List<String> names;
  private final Map<String, Integer> position;
  private final long[] periodStarts;
  /** Per period: each instrument's position in the period's triangle, -1 if its correlations are the fill. */
  private final int[][] slots;
  /** Per period: the lower triangle of the instruments with a slot. */
  private final double[][] triangles;
  /** Per period: the correlation of an instrument without a slot with any other instrument. */
  private final double[] fill;
  /** Per period: the correlation of an instrument without a slot with itself. */
  private final double[] selfFill;
  private final boolean[] allFinite;

  private CorrelationsOverTime(Builder b) {
    this.names = b.names;
    this.periodStarts = b.starts.length == b.count ? b.starts : Arrays.copyOf(b.starts, b.count);
    this.slots = b.slots.toArray(new int[0][]);
    this.triangles = b.triangles.toArray(new double[0][]);
    this.fill = Arrays.copyOf(b.fill, b.count);
    this.selfFill = Arrays.copyOf(b.selfFill, b.count);
    this.allFinite = Arrays.copyOf(b.allFinite, b.count);
    this.position = new HashMap<>();
    for (int i = 0; i < this.names.size(); i++) {
      position.put(this.names.get(i), i);
    }
  }

  /**
   * A builder taking one period at a time, so that the full matrices of all periods are never held at once.
   *
   * @param names the instruments, the rows and columns of every matrix
   * @return the builder
   */
  public static Builder builder(List<String> names) {
    return new Builder(names);
  }

  /**
   * Correlations from full square matrices (the lower triangle is kept).
   *
   * @param names the instruments, the rows and columns of every matrix
   * @param periodStarts when each matrix comes into force, epoch seconds, ascending
   * @param matrices one square matrix per period
   * @return the correlations
   */
  public static CorrelationsOverTime of(List<String> names, long[] periodStarts, double[][][] matrices) {
    ArgChecker.isTrue(matrices.length == periodStarts.length, "{} matrices for {} periods", matrices.length,
        periodStarts.length);
    int n = names.size();
    Builder b = builder(names);
    for (int p = 0; p < matrices.length; p++) {
      ArgChecker.isTrue(matrices[p].length == n, "matrix {} has {} rows for {} names", p, matrices[p].length, n);
      double[] packed = new double[n * (n + 1) / 2];
      for (int i = 0; i < n; i++) {
        ArgChecker.isTrue(matrices[p][i].length == n, "matrix {} row {} has {} columns", p, i, matrices[p][i].length);
        for (int j = 0; j <= i; j++) {
          packed[index(i, j)] = matrices[p][i][j];
        }
      }
      b.add(periodStarts[p], packed);
    }
    return b.build();
  }

  /**
   * Correlations from lower triangles: entry {@code (i, j)}, {@code j <= i}, of period {@code p} is
   * {@code packed[p][i * (i + 1) / 2 + j]}.
   *
   * @param names the instruments
   * @param periodStarts when each matrix comes into force, epoch seconds, ascending
   * @param packed one lower triangle per period (not modified; kept when no instrument's correlations are uniform)
   * @return the correlations
   */
  public static CorrelationsOverTime ofLowerTriangles(List<String> names, long[] periodStarts, double[][] packed) {
    ArgChecker.isTrue(packed.length == periodStarts.length, "{} matrices for {} periods", packed.length,
        periodStarts.length);
    Builder b = builder(names);
    for (int p = 0; p < packed.length; p++) {
      b.add(periodStarts[p], packed[p]);
    }
    return b.build();
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
    int[] slot = slots[period];
    int a = slot[i];
    int b = slot[j];
    if (a < 0 || b < 0) {
      return i == j ? selfFill[period] : fill[period];
    }
    return triangles[period][index(a, b)];
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

  /** How many values a period's matrix is stored as (its triangle of instruments with correlations of their own). */
  int storedValues(int period) {
    return triangles[period].length;
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

  /** One period's matrix stored compactly ({@link Builder#compact}), to be added to its builder. */
  public static final class Compact {
    private final int[] slot;
    private final double[] triangle;
    private final double fill;
    private final double selfFill;
    private final boolean allFinite;

    private Compact(int[] slot, double[] triangle, double fill, double selfFill, boolean allFinite) {
      this.slot = slot;
      this.triangle = triangle;
      this.fill = fill;
      this.selfFill = selfFill;
      this.allFinite = allFinite;
    }
  }

  /**
   * Builds correlations over time one period at a time, storing each matrix compactly as it comes (see the class
   * description).
   */
  public static final class Builder {

    private final List<String> names;
    private final int n;
    private final int[] allSlots;
    private final List<int[]> slots = new ArrayList<>();
    private final List<double[]> triangles = new ArrayList<>();
    private long[] starts = new long[16];
    private double[] fill = new double[16];
    private double[] selfFill = new double[16];
    private boolean[] allFinite = new boolean[16];
    private int count;

    private Builder(List<String> names) {
      this.names = List.copyOf(ArgChecker.notNull(names, "names"));
      this.n = this.names.size();
      this.allSlots = new int[n];
      for (int i = 0; i < n; i++) {
        allSlots[i] = i;
      }
    }

    /**
     * Adds the next period's matrix.
     *
     * @param start when it comes into force, epoch seconds, at or after the previous period's start
     * @param lowerTriangle its lower triangle: entry {@code (i, j)}, {@code j <= i}, at {@link #index}
     *     {@code (i, j)} (read, not modified; kept as it is when no instrument's correlations are uniform)
     * @return this builder
     */
    public Builder add(long start, double[] lowerTriangle) {
      return add(start, compact(lowerTriangle));
    }

    /**
     * Adds the next period's matrix, already stored compactly ({@link #compact}).
     *
     * @param start when it comes into force, epoch seconds, at or after the previous period's start
     * @param matrix the matrix, compacted by this builder
     * @return this builder
     */
    public Builder add(long start, Compact matrix) {
      ArgChecker.notNull(matrix, "matrix");
      ArgChecker.isTrue(matrix.slot.length == n, "matrix {} is of {} instruments, not {}", count, matrix.slot.length,
          n);
      if (count > 0) {
        ArgChecker.isTrue(start >= starts[count - 1], "period starts not ascending at {}", count);
      }
      if (count == starts.length) {
        int grown = count * 2;
        starts = Arrays.copyOf(starts, grown);
        fill = Arrays.copyOf(fill, grown);
        selfFill = Arrays.copyOf(selfFill, grown);
        allFinite = Arrays.copyOf(allFinite, grown);
      }
      starts[count] = start;
      // consecutive periods mostly have the same instruments with data: one array for them
      int[] previous = slots.isEmpty() ? null : slots.get(slots.size() - 1);
      slots.add(previous != null && matrix.slot != previous && Arrays.equals(previous, matrix.slot) ? previous
          : matrix.slot);
      triangles.add(matrix.triangle);
      fill[count] = matrix.fill;
      selfFill[count] = matrix.selfFill;
      allFinite[count] = matrix.allFinite;
      count++;
      return this;
    }

    /**
     * The correlations of the periods added.
     *
     * @return the correlations
     */
    public CorrelationsOverTime build() {
      return new CorrelationsOverTime(this);
    }

    /**
     * Stores a matrix as the triangle of the instruments whose correlations are not all the one value that the
     * most instruments have with every other (with the same value with themselves). Safe to call from several
     * threads at once (it reads only the number of instruments), so that the periods of an estimate can be
     * compacted where they are computed and added in order.
     *
     * @param t the lower triangle: entry {@code (i, j)}, {@code j <= i}, at {@link #index} {@code (i, j)} (read,
     *     not modified; kept as it is when no instrument's correlations are uniform)
     * @return the compact matrix
     */
    public Compact compact(double[] t) {
      ArgChecker.notNull(t, "lowerTriangle");
      int size = n * (n + 1) / 2;
      ArgChecker.isTrue(t.length == size, "matrix has {} values, not {}", t.length, size);
      // each row whose off-diagonal entries are all the same bits: that value and its diagonal
      long[] value = new long[n];
      long[] self = new long[n];
      boolean[] uniform = new boolean[n];
      for (int i = 0; i < n; i++) {
        uniform[i] = uniformRow(t, i, value);
        self[i] = Double.doubleToRawLongBits(t[index(i, i)]);
      }
      // the (value, self) shared by the most uniform rows
      int best = -1;
      int bestCount = 0;
      for (int i = 0; i < n; i++) {
        if (!uniform[i] || (best >= 0 && value[i] == value[best] && self[i] == self[best])) {
          continue;
        }
        int c = 0;
        for (int k = i; k < n; k++) {
          if (uniform[k] && value[k] == value[i] && self[k] == self[i]) {
            c++;
          }
        }
        if (c > bestCount) {
          best = i;
          bestCount = c;
        }
      }
      if (best < 0) {
        return new Compact(allSlots, t, Double.NaN, Double.NaN, allFinite(t));
      }
      int[] slot = new int[n];
      int kept = 0;
      for (int i = 0; i < n; i++) {
        boolean filled = uniform[i] && value[i] == value[best] && self[i] == self[best];
        slot[i] = filled ? -1 : kept++;
      }
      double[] triangle = new double[kept * (kept + 1) / 2];
      for (int i = 0; i < n; i++) {
        if (slot[i] < 0) {
          continue;
        }
        for (int j = 0; j <= i; j++) {
          if (slot[j] >= 0) {
            triangle[index(slot[i], slot[j])] = t[index(i, j)];
          }
        }
      }
      double f = Double.longBitsToDouble(value[best]);
      double d = Double.longBitsToDouble(self[best]);
      return new Compact(slot, triangle, f, d, allFinite(triangle) && Double.isFinite(f) && Double.isFinite(d));
    }

    /** Whether row {@code i}'s off-diagonal entries all have the same bits (then written to {@code value[i]}). */
    private boolean uniformRow(double[] t, int i, long[] value) {
      if (n < 2) {
        return false;
      }
      long first = Double.doubleToRawLongBits(t[index(i, i == 0 ? 1 : 0)]);
      for (int j = 0; j < n; j++) {
        if (j != i && Double.doubleToRawLongBits(t[index(i, j)]) != first) {
          return false;
        }
      }
      value[i] = first;
      return true;
    }

    private static boolean allFinite(double[] values) {
      for (double v : values) {
        if (!Double.isFinite(v)) {
          return false;
        }
      }
      return true;
    }
  }
}
