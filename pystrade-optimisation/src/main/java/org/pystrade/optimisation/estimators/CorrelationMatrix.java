package org.pystrade.optimisation.estimators;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.pystrade.core.math.PairwiseSum;
import org.pystrade.core.util.ArgChecker;

/**
 * A correlation matrix with named assets, as pysystemtrade's {@code correlationEstimate}; values may be NaN where
 * no estimate exists. Immutable: every operation returns a new matrix.
 *
 * @param names the asset names
 * @param values the square matrix (copied)
 */
public record CorrelationMatrix(List<String> names, double[][] values) {

  /**
   * Validates and copies.
   *
   * @param names the asset names
   * @param values the square matrix (copied)
   */
  public CorrelationMatrix {
    names = List.copyOf(names);
    ArgChecker.isTrue(values.length == names.size(), "matrix has {} rows for {} names", values.length,
        names.size());
    double[][] copy = new double[values.length][];
    for (int i = 0; i < values.length; i++) {
      ArgChecker.isTrue(values[i].length == names.size(), "matrix is not square");
      copy[i] = values[i].clone();
    }
    values = copy;
  }

  /**
   * A matrix with {@code diag} on the diagonal and {@code offdiag} elsewhere ({@code create_boring_corr_matrix}).
   *
   * @param names the asset names
   * @param offdiag the off-diagonal value
   * @return the matrix
   */
  public static CorrelationMatrix boring(List<String> names, double offdiag) {
    int n = names.size();
    double[][] v = new double[n][n];
    for (int i = 0; i < n; i++) {
      Arrays.fill(v[i], offdiag);
      v[i][i] = 1.0;
    }
    return new CorrelationMatrix(names, v);
  }

  /**
   * Size.
   *
   * @return the number of assets
   */
  public int size() {
    return names.size();
  }

  /**
   * One value.
   *
   * @param i row
   * @param j column
   * @return the correlation (NaN if unknown)
   */
  public double get(int i, int j) {
    return values[i][j];
  }

  /**
   * A copy of the values.
   *
   * @return the matrix
   */
  public double[][] toArray() {
    double[][] out = new double[values.length][];
    for (int i = 0; i < values.length; i++) {
      out[i] = values[i].clone();
    }
    return out;
  }

  /**
   * Whether every value is present.
   *
   * @return true if no NaN
   */
  public boolean allValuesPresent() {
    for (double[] row : values) {
      for (double v : row) {
        if (v != v) {
          return false;
        }
      }
    }
    return true;
  }

  /**
   * Whether every value is missing.
   *
   * @return true if all NaN
   */
  public boolean noValuesPresent() {
    for (double[] row : values) {
      for (double v : row) {
        if (v == v) {
          return false;
        }
      }
    }
    return true;
  }

  /**
   * The mean of the non-NaN off-diagonal values ({@code np.nanmean} after blanking the diagonal), NaN if none.
   *
   * @return the average correlation
   */
  public double averageCorrelation() {
    int size = values.length;
    double[] flat = new double[size * size];
    int n = 0;
    for (int i = 0; i < size; i++) {
      for (int j = 0; j < size; j++) {
        double v = values[i][j];
        if (i != j && v == v) {
          flat[i * size + j] = v;
          n++;
        }
      }
    }
    // numpy's nanmean: missing values (here also the diagonal) become 0 and the flattened matrix is summed in
    // numpy's pairwise order, which differs from a plain loop from nine values on
    return n == 0 ? Double.NaN : PairwiseSum.sum(flat) / n;
  }

  /**
   * pysystemtrade's {@code clean_correlation}: a complete matrix is returned as is; an all-missing one becomes the
   * boring matrix with {@code offdiag}; otherwise each missing off-diagonal value becomes the average correlation
   * where both assets must have a value, else {@code offdiag}; the diagonal becomes 1.
   *
   * @param mustHaves per asset, whether it has data in the fitting period
   * @param offdiag the value used for assets without data
   * @return the cleaned matrix
   */
  public CorrelationMatrix clean(boolean[] mustHaves, double offdiag) {
    ArgChecker.isTrue(mustHaves.length == size(), "mustHaves has wrong length");
    if (allValuesPresent()) {
      return this;
    }
    if (noValuesPresent()) {
      return boring(names, offdiag);
    }
    double avg = averageCorrelation();
    int n = size();
    double[][] v = new double[n][n];
    for (int i = 0; i < n; i++) {
      for (int j = 0; j < n; j++) {
        double x = values[i][j];
        if (i == j) {
          v[i][j] = 1.0;
        } else if (x != x) {
          v[i][j] = mustHaves[i] && mustHaves[j] ? avg : offdiag;
        } else {
          v[i][j] = x;
        }
      }
    }
    return new CorrelationMatrix(names, v);
  }

  /**
   * Values below {@code floor} are raised to it and the diagonal set to 1 (NaN stays NaN).
   *
   * @param floor the floor
   * @return the floored matrix
   */
  public CorrelationMatrix floor(double floor) {
    double[][] v = toArray();
    for (int i = 0; i < v.length; i++) {
      for (int j = 0; j < v.length; j++) {
        if (v[i][j] < floor) {
          v[i][j] = floor;
        }
      }
      v[i][i] = 1.0;
    }
    return new CorrelationMatrix(names, v);
  }

  /**
   * Values above {@code ceil} are lowered to it and the diagonal set to 1.
   *
   * @param ceil the ceiling
   * @return the capped matrix
   */
  public CorrelationMatrix ceil(double ceil) {
    double[][] v = toArray();
    for (int i = 0; i < v.length; i++) {
      for (int j = 0; j < v.length; j++) {
        if (v[i][j] > ceil) {
          v[i][j] = ceil;
        }
      }
      v[i][i] = 1.0;
    }
    return new CorrelationMatrix(names, v);
  }

  /**
   * Shrinks towards a prior: {@code s * prior + (1 - s) * this}; s = 1 gives the prior, s = 0 this matrix.
   *
   * @param prior the prior
   * @param shrinkage the shrinkage in [0, 1]
   * @return the shrunk matrix
   */
  public CorrelationMatrix shrink(CorrelationMatrix prior, double shrinkage) {
    if (shrinkage == 1.0) {
      return prior;
    }
    if (shrinkage == 0.0) {
      return this;
    }
    int n = size();
    double[][] v = new double[n][n];
    for (int i = 0; i < n; i++) {
      for (int j = 0; j < n; j++) {
        v[i][j] = shrinkage * prior.values[i][j] + (1 - shrinkage) * values[i][j];
      }
    }
    return new CorrelationMatrix(names, v);
  }

  /**
   * Shrinks towards the boring matrix with the average correlation off the diagonal.
   *
   * @param shrinkage the shrinkage in [0, 1]
   * @return the shrunk matrix
   */
  public CorrelationMatrix shrinkToAverage(double shrinkage) {
    return shrink(boring(names, averageCorrelation()), shrinkage);
  }

  /**
   * pysystemtrade's {@code modify_correlation}: optional floor at zero, optional symmetric clip, optional
   * shrinkage to the average.
   *
   * @param floorAtZero whether to floor at 0
   * @param shrinkage shrinkage to the average (0 = none)
   * @param clip absolute clip (NaN = none)
   * @return the modified matrix
   */
  public CorrelationMatrix modify(boolean floorAtZero, double shrinkage, double clip) {
    CorrelationMatrix m = this;
    if (floorAtZero) {
      m = m.floor(0.0);
    }
    if (clip == clip) {
      double c = Math.abs(clip);
      m = m.floor(-c).ceil(c);
    }
    if (shrinkage > 0) {
      m = m.shrinkToAverage(shrinkage);
    }
    return m;
  }

  /**
   * Assets with at least two non-NaN values in their column ({@code assets_with_data}).
   *
   * @return the names, in matrix order
   */
  public List<String> assetsWithData() {
    List<String> out = new ArrayList<>();
    for (int j = 0; j < size(); j++) {
      int count = 0;
      for (int i = 0; i < size(); i++) {
        if (values[i][j] == values[i][j]) {
          count++;
        }
      }
      if (count >= 2) {
        out.add(names.get(j));
      }
    }
    return out;
  }

  /**
   * The sub-matrix of some assets, in the given order.
   *
   * @param subset asset names
   * @return the sub-matrix
   */
  public CorrelationMatrix subset(List<String> subset) {
    int n = subset.size();
    int[] idx = new int[n];
    for (int i = 0; i < n; i++) {
      idx[i] = names.indexOf(subset.get(i));
      ArgChecker.isTrue(idx[i] >= 0, "unknown asset {}", subset.get(i));
    }
    double[][] v = new double[n][n];
    for (int i = 0; i < n; i++) {
      for (int j = 0; j < n; j++) {
        v[i][j] = values[idx[i]][idx[j]];
      }
    }
    return new CorrelationMatrix(subset, v);
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof CorrelationMatrix && ((CorrelationMatrix) o).names.equals(names)
        && Arrays.deepEquals(((CorrelationMatrix) o).values, values);
  }

  @Override
  public int hashCode() {
    return names.hashCode() * 31 + Arrays.deepHashCode(values);
  }

  @Override
  public String toString() {
    return "CorrelationMatrix" + names + Arrays.deepToString(values);
  }
}
