package org.pystrade.optimisation.weights;

import java.util.Map;
import org.pystrade.core.series.SeriesFrame;
import org.pystrade.optimisation.optimisers.SrAdjustment;

/**
 * pysystemtrade's {@code adjust_dataframe_of_weights_for_SR_costs} ({@code apply_cost_weight}): every row of weights
 * is adjusted for the columns' cost Sharpe ratios as if they were Sharpe ratios, with a pseudo correlation of 0.5
 * and 100 years of data.
 */
final class CostWeighting {

  private CostWeighting() {
  }

  static SeriesFrame apply(SeriesFrame weights, Map<String, Double> costSR) {
    int nc = weights.names().size();
    double[] sr = new double[nc];
    for (int c = 0; c < nc; c++) {
      sr[c] = costSR.get(weights.names().get(c));
    }
    double[][] cols = new double[nc][weights.rowCount()];
    for (int r = 0; r < weights.rowCount(); r++) {
      double[] row = new double[nc];
      for (int c = 0; c < nc; c++) {
        row[c] = weights.get(r, c);
      }
      double[] adj = SrAdjustment.adjust(row, sr, 0.5, 100);
      for (int c = 0; c < nc; c++) {
        cols[c][r] = adj[c];
      }
    }
    return SeriesFrame.of(weights.timestamps(), weights.names(), cols);
  }
}
