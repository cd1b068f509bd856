package org.pystrade.optimisation.optimisers;

import java.util.ArrayList;
import java.util.List;
import org.pystrade.optimisation.estimators.CorrelationMatrix;

/**
 * pysystemtrade's {@code cluster_correlation_matrix}: splits assets into two clusters by complete-linkage
 * hierarchical clustering of the Euclidean distances between the rows of the correlation matrix (scipy's
 * {@code pdist}, {@code linkage(method="complete")} and {@code fcluster} at just below the last merge height).
 * When that does not give exactly two clusters (ties, missing values) or the matrix is a default ("boring") one,
 * the assets are split arbitrarily: the first half (rounded down) and the rest.
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
      int half = n / 2;
      for (int i = 0; i < n; i++) {
        labels[i] = i < half ? 1 : 2;
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
        if (dist != dist) {
          return null;
        }
        d[i][j] = dist;
        d[j][i] = dist;
      }
    }
    // agglomerate: clusters as member lists, distance = max pairwise distance
    List<List<Integer>> clusters = new ArrayList<>();
    for (int i = 0; i < n; i++) {
      clusters.add(new ArrayList<>(List.of(i)));
    }
    List<Double> heights = new ArrayList<>();
    while (clusters.size() > 1) {
      int bi = -1;
      int bj = -1;
      double best = Double.POSITIVE_INFINITY;
      for (int i = 0; i < clusters.size(); i++) {
        for (int j = i + 1; j < clusters.size(); j++) {
          double h = 0;
          for (int a : clusters.get(i)) {
            for (int b : clusters.get(j)) {
              h = Math.max(h, d[a][b]);
            }
          }
          if (h < best) {
            best = h;
            bi = i;
            bj = j;
          }
        }
      }
      if (clusters.size() == 2) {
        double cutoff = best - CUTOFF_OFFSET;
        for (double h : heights) {
          if (h > cutoff) {
            return null;
          }
        }
        int[] labels = new int[n];
        for (int a : clusters.get(0)) {
          labels[a] = 1;
        }
        for (int b : clusters.get(1)) {
          labels[b] = 2;
        }
        return labels;
      }
      heights.add(best);
      clusters.get(bi).addAll(clusters.get(bj));
      clusters.remove(bj);
    }
    return null;
  }
}
