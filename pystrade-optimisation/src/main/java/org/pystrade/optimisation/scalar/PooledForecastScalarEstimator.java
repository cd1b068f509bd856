package org.pystrade.optimisation.scalar;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.pystrade.core.domain.InstrumentCode;
import org.pystrade.core.forecast.ForecastScalarEstimator;
import org.pystrade.core.forecast.ForecastScaleCapInputs;
import org.pystrade.core.rules.RuleName;
import org.pystrade.core.series.SeriesFrame;
import org.pystrade.core.series.TimeSeries;
import org.pystrade.core.util.ArgChecker;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * pysystemtrade's estimated forecast scalar: with {@code pool_instruments} the raw forecasts of every configured
 * instrument whose combination uses the rule (all instruments if none does) are pooled; otherwise the instrument's
 * own forecasts are used. The pooled estimate is computed once per rule and shared by the instruments.
 */
public final class PooledForecastScalarEstimator implements ForecastScalarEstimator {

  private static final Logger LOG = LoggerFactory.getLogger(PooledForecastScalarEstimator.class);
  private static final String POOLED = "ALL";

  private final ForecastScalarParams params;

  /**
   * Creates the estimator.
   *
   * @param params the parameters ({@code forecast_scalar_estimate})
   */
  public PooledForecastScalarEstimator(ForecastScalarParams params) {
    this.params = ArgChecker.notNull(params, "params");
  }

  @Override
  public TimeSeries estimate(ForecastScaleCapInputs inputs, InstrumentCode code, RuleName rule) {
    String key = params.poolInstruments() ? POOLED : code.value();
    return inputs.context().memo("optimisation", "forecastScalar:" + key, rule, null, () -> {
      // pooled: the instruments trading the rule whose raw forecast can be computed (the pool is the same whichever
      // instrument asks, so nobody is kept for being the one asking)
      List<InstrumentCode> instruments = params.poolInstruments()
          ? inputs.context().pool(instrumentsTrading(inputs, rule), null, c -> inputs.rules().rawForecast(c, rule))
          : List.of(code);
      LOG.debug("estimating forecast scalar of {} over {}", rule, instruments);
      Map<String, TimeSeries> forecasts = new LinkedHashMap<>();
      for (InstrumentCode c : instruments) {
        forecasts.put(c.value(), inputs.rules().rawForecast(c, rule));
      }
      return ForecastScalars.estimate(SeriesFrame.concat(forecasts), params);
    });
  }

  /**
   * The configured instruments whose forecast combination uses a rule, or all of them if none does.
   *
   * @param inputs the forecast scaling stage's inputs
   * @param rule the rule variation
   * @return the instruments
   */
  static List<InstrumentCode> instrumentsTrading(ForecastScaleCapInputs inputs, RuleName rule) {
    List<InstrumentCode> out = inputs.ruleVariations().instrumentsTrading(rule);
    return out.isEmpty() ? inputs.context().configuredInstruments() : out;
  }
}
