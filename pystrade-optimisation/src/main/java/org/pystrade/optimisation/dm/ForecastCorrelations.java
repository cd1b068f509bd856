package org.pystrade.optimisation.dm;

import java.util.ArrayList;
import java.util.List;
import org.pystrade.core.config.SystemConfig;
import org.pystrade.core.data.InstrumentCode;
import org.pystrade.core.rules.RuleName;
import org.pystrade.core.series.SeriesFrame;
import org.pystrade.core.calc.Pools;
import org.pystrade.core.calc.StageKey;
import org.pystrade.core.system.TradingSystem;
import org.pystrade.optimisation.EstimationProgress;
import org.pystrade.optimisation.estimators.CorrelationEstimator;
import org.pystrade.optimisation.estimators.CorrelationList;
import org.pystrade.optimisation.estimators.CorrelationParams;
import org.pystrade.optimisation.estimators.Resampling;
import org.pystrade.optimisation.estimators.TimedData;
import org.pystrade.optimisation.fitting.DateMethod;

/**
 * Forecast correlations as pysystemtrade's {@code get_forecast_correlation_matrices} with
 * {@code pooled_correlation_estimator}: the capped forecasts of the instrument (or, with {@code pool_instruments},
 * of every configured instrument with the same rule variations, or with estimated forecast weights the same cheap
 * rules), forward-filled, resampled to
 * {@code frequency}, stacked, and correlated over fitting periods with the span and minimum periods multiplied by
 * the number of instruments pooled.
 */
public final class ForecastCorrelations {

  private ForecastCorrelations() {
  }

  /**
   * The instruments whose forecast correlations are pooled with this one's.
   *
   * @param system the system
   * @param code the instrument
   * @return sorted instrument codes
   */
  public static List<InstrumentCode> pooledInstruments(TradingSystem system, InstrumentCode code) {
    if (!system.config().getBoolean("forecast_correlation_estimate.pool_instruments")) {
      return List.of(code);
    }
    if (system.config().getBoolean("use_forecast_weight_estimates")) {
      // with estimated weights pysystemtrade pools the instruments with the same cheap rules
      return org.pystrade.optimisation.weights.EstimatedForecastWeights.sameCheapRules(system, code,
          c -> system.combine().allForecasts(c));
    }
    List<RuleName> mine = system.combine().ruleVariations(code);
    List<InstrumentCode> out = new ArrayList<>();
    for (InstrumentCode c : system.configuredInstruments()) {
      if (system.combine().ruleVariations(c).equals(mine)) {
        out.add(c);
      }
    }
    out = Pools.withData(system, out, code, c -> system.combine().allForecasts(c));
    out.sort(null);
    return out;
  }

  /**
   * The correlation list for an instrument (memoised per pool of instruments).
   *
   * @param system the system
   * @param code the instrument
   * @param progress receives progress
   * @return the correlations over time
   */
  public static CorrelationList forInstrument(TradingSystem system, InstrumentCode code,
      EstimationProgress progress) {
    List<InstrumentCode> codes = pooledInstruments(system, code);
    return system.memo().get(new StageKey("optimisation", "forecastCorrelations", codes, null), () -> {
      SystemConfig c = system.config();
      String p = "forecast_correlation_estimate";
      String freq = c.getString(p + ".frequency");
      boolean ffill = !c.has(p + ".forward_fill_data") || c.getBoolean(p + ".forward_fill_data");
      List<TimedData> items = new ArrayList<>();
      for (InstrumentCode ic : codes) {
        SeriesFrame f = system.combine().allForecasts(ic);
        items.add(Resampling.resampleLast(ffill ? f.ffill() : f, freq));
      }
      TimedData stacked = Resampling.stack(items);
      return CorrelationEstimator.overTime(stacked, CorrelationParams.fromConfig(c, p), codes.size(),
          DateMethod.parse(c.getString(p + ".date_method"), p + ".date_method"), c.getInt(p + ".rollyears"), progress,
          "forecast correlations " + codes);
    });
  }
}
