package org.pystrade.optimisation.dm;

import java.util.ArrayList;
import java.util.List;
import org.pystrade.core.combination.ForecastCombine;
import org.pystrade.core.combination.ForecastCombineInputs;
import org.pystrade.core.config.SystemConfig;
import org.pystrade.core.domain.InstrumentCode;
import org.pystrade.core.rules.RuleName;
import org.pystrade.core.series.SeriesFrame;
import org.pystrade.optimisation.estimators.CorrelationEstimator;
import org.pystrade.optimisation.estimators.CorrelationList;
import org.pystrade.optimisation.estimators.CorrelationParams;
import org.pystrade.optimisation.estimators.Resampling;
import org.pystrade.optimisation.estimators.TimedData;
import org.pystrade.optimisation.fitting.DateMethod;
import org.pystrade.optimisation.fitting.EstimationProgress;
import org.pystrade.optimisation.weights.EstimatedForecastWeights;

/**
 * Forecast correlations as pysystemtrade's {@code get_forecast_correlation_matrices} with
 * {@code pooled_correlation_estimator}: the capped forecasts of the instrument (or, with {@code pool_instruments},
 * of every configured instrument with the same rule variations, or with estimated forecast weights the same cheap
 * rules), forward-filled, resampled to
 * {@code frequency}, stacked, and correlated over fitting periods with the span and minimum periods multiplied by
 * the number of instruments pooled.
 */
public final class ForecastCorrelations {

  private static final String P = "forecast_correlation_estimate";

  private final boolean poolInstruments;
  private final boolean weightsEstimated;
  private final double cheapRulesCeiling;
  private final String frequency;
  private final boolean forwardFill;
  private final CorrelationParams correlation;
  private final DateMethod dateMethod;
  private final int rollYears;

  /**
   * Reads the parameters of a config ({@code forecast_correlation_estimate}, and whether forecast weights are
   * estimated, which decides the pool).
   *
   * @param config the config
   */
  public ForecastCorrelations(SystemConfig config) {
    this.poolInstruments = config.getBoolean(P + ".pool_instruments");
    this.weightsEstimated = config.getBoolean("use_forecast_weight_estimates");
    this.cheapRulesCeiling = EstimatedForecastWeights.ceilingCostSr(config);
    this.frequency = config.getString(P + ".frequency");
    this.forwardFill = config.getBoolean(P + ".forward_fill_data", true);
    this.correlation = CorrelationParams.fromConfig(config, P);
    this.dateMethod = DateMethod.parse(config.getString(P + ".date_method"), P + ".date_method");
    this.rollYears = config.getInt(P + ".rollyears");
  }

  /**
   * The instruments whose forecast correlations are pooled with this one's.
   *
   * @param inputs the combination stage's inputs
   * @param combine the combination stage
   * @param code the instrument
   * @return sorted instrument codes
   */
  public List<InstrumentCode> pooledInstruments(ForecastCombineInputs inputs, ForecastCombine combine,
      InstrumentCode code) {
    if (!poolInstruments) {
      return List.of(code);
    }
    if (weightsEstimated) {
      // with estimated weights pysystemtrade pools the instruments with the same cheap rules
      return EstimatedForecastWeights.sameCheapRules(inputs, code, cheapRulesCeiling, c -> combine.allForecasts(c));
    }
    List<RuleName> mine = combine.ruleVariations(code);
    List<InstrumentCode> out = new ArrayList<>();
    for (InstrumentCode c : inputs.context().configuredInstruments()) {
      if (combine.ruleVariations(c).equals(mine)) {
        out.add(c);
      }
    }
    out = inputs.context().pool(out, code, c -> combine.allForecasts(c));
    out.sort(null);
    return out;
  }

  /**
   * The correlation list for an instrument (memoised per pool of instruments).
   *
   * @param inputs the combination stage's inputs
   * @param combine the combination stage
   * @param code the instrument
   * @param progress receives progress
   * @return the correlations over time
   */
  public CorrelationList forInstrument(ForecastCombineInputs inputs, ForecastCombine combine, InstrumentCode code,
      EstimationProgress progress) {
    List<InstrumentCode> codes = pooledInstruments(inputs, combine, code);
    return inputs.context().memo("optimisation", "forecastCorrelations", codes, null, () -> {
      List<TimedData> items = new ArrayList<>();
      for (InstrumentCode ic : codes) {
        SeriesFrame f = combine.allForecasts(ic);
        items.add(Resampling.resampleLast(forwardFill ? f.ffill() : f, frequency));
      }
      TimedData stacked = Resampling.stack(items);
      return CorrelationEstimator.overTime(stacked, correlation, codes.size(), dateMethod, rollYears, 365,
          inputs.context().parallel(), progress, "forecast correlations " + codes);
    });
  }
}
