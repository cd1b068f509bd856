package org.pystrade.optimisation.weights;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.pystrade.core.config.SystemConfig;
import org.pystrade.core.domain.InstrumentCode;
import org.pystrade.core.pandl.PandlCurve;
import org.pystrade.core.portfolio.InstrumentWeightEstimator;
import org.pystrade.core.portfolio.Portfolio;
import org.pystrade.core.portfolio.PortfolioInputs;
import org.pystrade.core.series.SeriesFrame;
import org.pystrade.core.series.TimeSeries;
import org.pystrade.core.util.ArgChecker;
import org.pystrade.optimisation.fitting.EstimationProgress;

/**
 * pysystemtrade's estimated instrument weights ({@code get_raw_estimated_instrument_weights} with
 * {@code instrument_weight_estimate}): the subsystem P&amp;L of every instrument as one account curve (so never
 * pooled, costs each instrument's own Sharpe-ratio cost times {@code cost_multiplier}), optimised over fitting
 * periods; instruments that never hold a position, or listed under
 * {@code allocate_zero_instrument_weights_to_these_instruments}, are left out of the optimisation and get zero weight.
 */
public final class EstimatedInstrumentWeights implements InstrumentWeightEstimator {

  private static final String P = "instrument_weight_estimate";
  private static final String SINGLE = "asset";

  private final EstimationProgress progress;
  private final ReturnsPreProcessor.Settings returnsSettings;
  private final OptimiseOverTime.Settings optimiseSettings;

  /**
   * Creates the estimator with the parameters of a config ({@code instrument_weight_estimate}).
   *
   * @param config the config
   * @param progress receives one step per fitting period
   */
  public EstimatedInstrumentWeights(SystemConfig config, EstimationProgress progress) {
    this.progress = ArgChecker.notNull(progress, "progress");
    this.returnsSettings = ReturnsPreProcessor.Settings.fromConfig(config, P, null);
    this.optimiseSettings = OptimiseOverTime.Settings.fromConfig(config, P);
  }

  @Override
  public SeriesFrame estimate(PortfolioInputs inputs, Portfolio portfolio) {
    return inputs.context().memo("optimisation", "rawInstrumentWeights", null, null, () -> {
      List<InstrumentCode> codes = new ArrayList<>(portfolio.instruments());
      codes.sort(null);
      List<InstrumentCode> withPositions = new ArrayList<>();
      for (InstrumentCode c : codes) {
        if (hasPositions(inputs.sizing().subsystemPosition(c)) && !inputs.params().zeroWeighted().contains(c)) {
          withPositions.add(c);
        }
      }
      Map<String, PandlCurve> curves = new LinkedHashMap<>();
      for (InstrumentCode c : withPositions) {
        curves.put(c.value(), inputs.subsystemPandl().pandl(c));
      }
      ReturnsPreProcessor pre = new ReturnsPreProcessor(Map.of(SINGLE, AssetReturns.of(curves)), Map.of(),
          returnsSettings);
      SeriesFrame w = new OptimiseOverTime(pre.netReturns(SINGLE), 1, optimiseSettings)
          .weights(inputs.context().parallel(), progress, "instrument weights");
      List<String> names = new ArrayList<>();
      double[][] cols = new double[codes.size()][];
      for (int i = 0; i < codes.size(); i++) {
        String n = codes.get(i).value();
        names.add(n);
        cols[i] = w.names().contains(n) ? w.column(n).values() : new double[w.rowCount()];
      }
      return SeriesFrame.of(w.timestamps(), names, cols);
    });
  }

  private static boolean hasPositions(TimeSeries positions) {
    for (double v : positions.values()) {
      if (v == v && v != 0.0) {
        return true;
      }
    }
    return false;
  }
}
