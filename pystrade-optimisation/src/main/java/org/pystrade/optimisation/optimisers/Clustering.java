package org.pystrade.optimisation.optimisers;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.pystrade.optimisation.estimators.CorrelationMatrix;

/**
 * pysystemtrade's {@code cluster_correlation_matrix}: splits assets into two clusters by complete-linkage
 * hierarchical clustering of the Euclidean distances between the rows of the correlation matrix (scipy's
 * {@code pdist}, {@code linkage(method="complete")} and {@code fcluster} at just below the last merge height).
 * The merges are those of scipy's nearest-neighbour-chain algorithm, which decides ties between equal distances
 * (frequent when correlations are floored at zero). When that does not give exactly two clusters (ties at the top,
 * missing values) or the matrix is a default ("boring") one, the assets are split arbitrarily as pysystemtrade
 * does: alternately into the first and the second cluster.
 */
public final class Clustering {

  private static final double CUTOFF_OFFSET = 0.000001;

  private Clustering() {
  }

  /**
   * The two clusters, each in the matrix's asset order.
   *
   * @param corr the correlation matrix (at least three assets)
   * @param boring whether the matrix is a default one
   * @return two lists of asset names
   */
  public static List<List<String>> twoClusters(CorrelationMatrix corr, boolean boring) {
    int n = corr.size();
    int[] labels = boring ? null : linkageLabels(corr);
    if (labels == null) {
      labels = new int[n];
      for (int i = 0; i < n; i++) {
        labels[i] = i % 2 + 1;
      }
    }
    List<String> first = new ArrayList<>();
    List<String> second = new ArrayList<>();
    int firstLabel = labels[0];
    for (int i = 0; i < n; i++) {
      (labels[i] == firstLabel ? first : second).add(corr.names().get(i));
    }
    return List.of(first, second);
  }

  /** Cluster labels from complete linkage, or null where pysystemtrade falls back to the arbitrary split. */
  private static int[] linkageLabels(CorrelationMatrix corr) {
    int n = corr.size();
    double[][] d = new double[n][n];
    for (int i = 0; i < n; i++) {
      for (int j = i + 1; j < n; j++) {
        double s = 0;
        for (int k = 0; k < n; k++) {
          double diff = corr.get(i, k) - corr.get(j, k);
          s += diff * diff;
        }
        double dist = Math.sqrt(s);
        if (!Double.isFinite(dist)) {
          // scipy's linkage refuses non-finite distances: pysystemtrade splits arbitrarily
          return null;
        }
        d[i][j] = dist;
        d[j][i] = dist;
      }
    }
    double[] heights = new double[n - 1];
    int[][] merged = nearestNeighbourChain(d, heights);
    double top = Double.NEGATIVE_INFINITY;
    for (double h : heights) {
      top = Math.max(top, h);
    }
    double cutoff = top - CUTOFF_OFFSET;
    // flat clusters: the merges at or below the cutoff (complete linkage is monotone, so a merge above it is never
    // followed by one below it that contains it)
    int[] parent = new int[n];
    for (int i = 0; i < n; i++) {
      parent[i] = i;
    }
    for (int k = 0; k < n - 1; k++) {
      if (heights[k] <= cutoff) {
        parent[find(parent, merged[k][0])] = find(parent, merged[k][1]);
      }
    }
    int[] labels = new int[n];
    int[] labelOfRoot = new int[n];
    int count = 0;
    for (int i = 0; i < n; i++) {
      int r = find(parent, i);
      if (labelOfRoot[r] == 0) {
        labelOfRoot[r] = ++count;
      }
      labels[i] = labelOfRoot[r];
    }
    return count == 2 ? labels : null;
  }

  private static int find(int[] parent, int i) {
    while (parent[i] != i) {
      i = parent[i];
    }
    return i;
  }

  /**
   * scipy's {@code nn_chain} for complete linkage: follows a chain of nearest neighbours (preferring the previous
   * element of the chain on ties, otherwise the lowest index) until two clusters are each other's nearest, merges
   * them (the merged cluster takes the higher slot) and updates distances as the maximum.
   *
   * @param dist the distances (copied)
   * @param heights receives the height of each merge, in merge order
   * @return for each merge, one original point of each merged cluster
   */
  private static int[][] nearestNeighbourChain(double[][] dist, double[] heights) {
    int n = dist.length;
    double[][] d = new double[n][];
    for (int i = 0; i < n; i++) {
      d[i] = dist[i].clone();
    }
    int[] size = new int[n];
    Arrays.fill(size, 1);
    int[] chain = new int[n];
    int chainLength = 0;
    int[][] merges = new int[n - 1][];
    for (int k = 0; k < n - 1; k++) {
      if (chainLength == 0) {
        chainLength = 1;
        for (int i = 0; i < n; i++) {
          if (size[i] > 0) {
            chain[0] = i;
            break;
          }
        }
      }
      int x;
      int y;
      double currentMin;
      while (true) {
        x = chain[chainLength - 1];
        if (chainLength > 1) {
          y = chain[chainLength - 2];
          currentMin = d[x][y];
        } else {
          y = -1;
          currentMin = Double.POSITIVE_INFINITY;
        }
        for (int i = 0; i < n; i++) {
          if (size[i] == 0 || i == x) {
            continue;
          }
          if (d[x][i] < currentMin) {
            currentMin = d[x][i];
            y = i;
          }
        }
        if (chainLength > 1 && y == chain[chainLength - 2]) {
          break;
        }
        chain[chainLength++] = y;
      }
      chainLength -= 2;
      if (x > y) {
        int t = x;
        x = y;
        y = t;
      }
      merges[k] = new int[] {x, y};
      heights[k] = currentMin;
      size[y] = size[x] + size[y];
      size[x] = 0;
      for (int i = 0; i < n; i++) {
        if (size[i] == 0 || i == y) {
          continue;
        }
        double nd = Math.max(d[i][x], d[i][y]);
        d[i][y] = nd;
        d[y][i] = nd;
      }
    }
    return merges;
  }
}
