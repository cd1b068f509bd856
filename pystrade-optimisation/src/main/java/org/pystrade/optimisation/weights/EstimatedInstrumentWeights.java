package org.pystrade.optimisation.weights;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.pystrade.core.pandl.PandlCurve;
import org.pystrade.core.data.InstrumentCode;
import org.pystrade.core.estimation.InstrumentWeightEstimator;
import org.pystrade.core.series.SeriesFrame;
import org.pystrade.core.series.TimeSeries;
import org.pystrade.core.calc.StageKey;
import org.pystrade.core.system.TradingSystem;
import org.pystrade.core.util.ArgChecker;
import org.pystrade.optimisation.EstimationProgress;
import org.pystrade.optimisation.returns.SubsystemPandl;

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

  private static final String ZERO_KEY = "allocate_zero_instrument_weights_to_these_instruments";

  private final EstimationProgress progress;

  /**
   * Creates the estimator (parameters come from each system's config).
   *
   * @param progress receives one step per fitting period
   */
  public EstimatedInstrumentWeights(EstimationProgress progress) {
    this.progress = ArgChecker.notNull(progress, "progress");
  }

  @Override
  public SeriesFrame estimate(TradingSystem system) {
    return system.memo().get(new StageKey("optimisation", "rawInstrumentWeights", null, null), () -> {
      List<InstrumentCode> codes = new ArrayList<>(system.instruments());
      codes.sort(null);
      List<String> zeroAllocated = system.config().has(ZERO_KEY) ? system.config().getStringList(ZERO_KEY) : List.of();
      List<InstrumentCode> withPositions = new ArrayList<>();
      for (InstrumentCode c : codes) {
        if (hasPositions(system.positionSizing().subsystemPosition(c)) && !zeroAllocated.contains(c.value())) {
          withPositions.add(c);
        }
      }
      Map<String, PandlCurve> curves = new LinkedHashMap<>();
      for (InstrumentCode c : withPositions) {
        curves.put(c.value(), SubsystemPandl.pandl(system, c));
      }
      ReturnsPreProcessor pre = new ReturnsPreProcessor(Map.of(SINGLE, AssetReturns.of(curves)), Map.of(),
          ReturnsPreProcessor.Settings.fromConfig(system.config(), P, null));
      SeriesFrame w = new OptimiseOverTime(pre.netReturns(SINGLE), 1,
          OptimiseOverTime.Settings.fromConfig(system.config(), P)).weights(progress, "instrument weights");
      List<String> names = new ArrayList<>();
      double[][] cols = new double[codes.size()][];
      for (int i = 0; i < codes.size(); i++) {
        String n = codes.get(i).value();
        names.add(n);
        cols[i] = w.names().contains(n) ? w.column(n).values() : new double[w.rowCount()];
      }
      return SeriesFrame.of(w.times(), names, cols);
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
