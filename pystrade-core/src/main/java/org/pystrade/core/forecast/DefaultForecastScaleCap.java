package org.pystrade.core.forecast;

import java.util.Map;
import org.pystrade.core.config.ConfigException;
import org.pystrade.core.config.SystemConfig;
import org.pystrade.core.data.InstrumentCode;
import org.pystrade.core.estimation.ForecastScalarEstimator;
import org.pystrade.core.rules.RuleName;
import org.pystrade.core.rules.RuleSpec;
import org.pystrade.core.series.TimeSeries;
import org.pystrade.core.calc.StageKey;
import org.pystrade.core.system.TradingSystem;

/**
 * Fixed or estimated forecast scalars and capping, as pysystemtrade's {@code ForecastScaleCap}. A fixed scalar is
 * taken from the rule's own {@code forecast_scalar}, else the {@code forecast_scalars:} block, else the global
 * {@code forecast_scalar} (default 1.0).
 */
public class DefaultForecastScaleCap implements ForecastScaleCap {

  private final TradingSystem system;

  /**
   * Creates the stage.
   *
   * @param system the system
   */
  public DefaultForecastScaleCap(TradingSystem system) {
    this.system = system;
  }

  @Override
  public TimeSeries forecastScalar(InstrumentCode code, RuleName rule) {
    return system.memo().get(new StageKey("forecastScaleCap", "forecastScalar", code, rule), () -> {
      TimeSeries raw = system.rules().rawForecast(code, rule);
      SystemConfig c = system.config();
      if (c.getBoolean("use_forecast_scale_estimates")) {
        ForecastScalarEstimator est = system.estimators().forecastScalar().orElseThrow(() -> new ConfigException(
            "use_forecast_scale_estimates is true but no forecast scalar estimator is available: add "
                + "pystrade-optimisation to the class path or set one on the system builder"));
        return est.estimate(system, code, rule).reindexPad(raw);
      }
      return TimeSeries.constant(raw.timesView(), fixedScalar(rule));
    });
  }

  /**
   * The fixed scalar of a rule variation.
   *
   * @param rule the rule variation
   * @return the scalar
   */
  public double fixedScalar(RuleName rule) {
    RuleSpec spec = system.tradingRules().get(rule);
    if (spec != null && spec.forecastScalar().isPresent()) {
      return spec.forecastScalar().getAsDouble();
    }
    SystemConfig c = system.config();
    Map<String, Double> block = c.getDoubleMap("forecast_scalars");
    Double v = block.get(rule.value());
    if (v != null) {
      return v;
    }
    return c.getDouble("forecast_scalar");
  }

  @Override
  public double forecastCap() {
    double cap = system.config().getDouble("forecast_cap");
    if (!(cap > 0)) {
      throw new ConfigException("config key 'forecast_cap' must be > 0 but was " + cap);
    }
    return cap;
  }

  @Override
  public TimeSeries scaledForecast(InstrumentCode code, RuleName rule) {
    // not memoised: one multiplication of the memoised raw forecast; the capped forecast is memoised
    TimeSeries raw = system.rules().rawForecast(code, rule);
    if (!system.config().getBoolean("use_forecast_scale_estimates")) {
      return raw.times(fixedScalar(rule));
    }
    return raw.times(forecastScalar(code, rule));
  }

  @Override
  public TimeSeries cappedForecast(InstrumentCode code, RuleName rule) {
    return system.memo().get(new StageKey("forecastScaleCap", "cappedForecast", code, rule), () -> {
      double cap = forecastCap();
      if (!system.config().getBoolean("use_forecast_scale_estimates")) {
        // scale and cap in one pass (the same arithmetic as scaledForecast(...).clip(...))
        TimeSeries raw = system.rules().rawForecast(code, rule);
        double scalar = fixedScalar(rule);
        double[] x = raw.valuesView();
        double[] out = new double[x.length];
        for (int i = 0; i < out.length; i++) {
          double v = x[i] * scalar;
          out[i] = v < -cap ? -cap : (v > cap ? cap : v);
        }
        return raw.withValuesOwned(out);
      }
      return scaledForecast(code, rule).clip(-cap, cap);
    });
  }
}
