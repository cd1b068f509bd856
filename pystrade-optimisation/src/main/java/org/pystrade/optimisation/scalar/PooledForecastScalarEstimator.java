package org.pystrade.optimisation.scalar;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.pystrade.core.data.InstrumentCode;
import org.pystrade.core.estimation.ForecastScalarEstimator;
import org.pystrade.core.rules.RuleName;
import org.pystrade.core.series.SeriesFrame;
import org.pystrade.core.series.TimeSeries;
import org.pystrade.core.calc.Pools;
import org.pystrade.core.calc.StageKey;
import org.pystrade.core.system.TradingSystem;
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

  /** Creates the estimator (parameters are read from each system's config). */
  public PooledForecastScalarEstimator() {
  }

  @Override
  public TimeSeries estimate(TradingSystem system, InstrumentCode code, RuleName rule) {
    ForecastScalarParams params = ForecastScalarParams.fromConfig(system.config());
    String key = params.poolInstruments() ? POOLED : code.value();
    return system.memo().get(new StageKey("optimisation", "forecastScalar:" + key, rule, null), () -> {
      // pooled: the instruments trading the rule whose raw forecast can be computed (the pool is the same whichever
      // instrument asks, so nobody is kept for being the one asking)
      List<InstrumentCode> instruments = params.poolInstruments()
          ? Pools.withData(system, instrumentsTrading(system, rule), null, c -> system.rules().rawForecast(c, rule))
          : List.of(code);
      LOG.debug("estimating forecast scalar of {} over {}", rule, instruments);
      Map<String, TimeSeries> forecasts = new LinkedHashMap<>();
      for (InstrumentCode c : instruments) {
        forecasts.put(c.value(), system.rules().rawForecast(c, rule));
      }
      return ForecastScalars.estimate(SeriesFrame.concat(forecasts), params);
    });
  }

  /**
   * The configured instruments whose forecast combination uses a rule, or all of them if none does.
   *
   * @param system the system
   * @param rule the rule variation
   * @return the instruments
   */
  static List<InstrumentCode> instrumentsTrading(TradingSystem system, RuleName rule) {
    List<InstrumentCode> all = system.configuredInstruments();
    List<InstrumentCode> out = new ArrayList<>();
    for (InstrumentCode c : all) {
      if (system.combine().ruleVariations(c).contains(rule)) {
        out.add(c);
      }
    }
    return out.isEmpty() ? all : out;
  }
}
