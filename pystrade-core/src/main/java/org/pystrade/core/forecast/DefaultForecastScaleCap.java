package org.pystrade.core.forecast;

import java.util.List;
import java.util.Map;
import org.pystrade.core.calc.Retention;
import org.pystrade.core.calc.StageContext;
import org.pystrade.core.config.ConfigException;
import org.pystrade.core.domain.InstrumentCode;
import org.pystrade.core.rawdata.RawData;
import org.pystrade.core.rules.RuleName;
import org.pystrade.core.rules.RuleSpec;
import org.pystrade.core.rules.Rules;
import org.pystrade.core.series.TimeSeries;
import org.pystrade.core.util.ArgChecker;

/**
 * Fixed or estimated forecast scalars, vol attenuation and capping, as pysystemtrade's {@code ForecastScaleCap}
 * (with {@code use_attenuation}, its {@code volAttenForecastScaleCap}). Every result goes through the overridable
 * method it depends on: the capped forecast is the {@link #scaledForecast}, which is the {@link #rawForecast} (the
 * rules' raw forecast, times the {@link #volAttenuation} for the attenuated rules) times the
 * {@link #forecastScalar}, clipped to {@link #forecastFloor} and {@link #forecastCap}; a subclass that overrides any
 * of them changes every forecast computed from it.
 */
public class DefaultForecastScaleCap implements ForecastScaleCap {

  private static final String CAPPED = "cappedForecast";

  private final ForecastScaleCapInputs inputs;
  private final StageContext context;
  private final Rules rules;
  private final RawData rawData;
  private final ScaleCapParams params;

  /**
   * Creates the stage.
   *
   * @param inputs the context, the rules stage, the parameters and the estimator
   */
  public DefaultForecastScaleCap(ForecastScaleCapInputs inputs) {
    this.inputs = ArgChecker.notNull(inputs, "inputs");
    this.context = inputs.context();
    this.rules = inputs.rules();
    this.rawData = inputs.rawData();
    this.params = inputs.params();
  }

  @Override
  public TimeSeries rawForecast(InstrumentCode code, RuleName rule) {
    boolean attenuated = params.attenuated(rule);
    if (!attenuated && !params.useEstimates()) {
      return rules.rawForecast(code, rule);
    }
    // read once, by the scaled forecast, unless the scalars are estimated: the pooled estimate reads every
    // instrument's raw forecasts of a rule before any of them is scaled, so they are kept for the scaling
    return context.memo("forecastScaleCap", "rawForecast", code, rule,
        params.useEstimates() ? Retention.KEEP : Retention.IN_USE, () -> {
          TimeSeries raw = rules.rawForecast(code, rule);
          return attenuated ? raw.times(volAttenuation(code).reindexPad(raw)) : raw;
        });
  }

  /**
   * The vol attenuation of an instrument (pysystemtrade's {@code get_vol_attenuation}): from 2 when its percentage
   * volatility is the lowest of its history so far, down towards 0.5 when it is the highest; see
   * {@link VolAttenuation}.
   *
   * @param code the instrument
   * @return the attenuation, on the index of the percentage volatility
   */
  public TimeSeries volAttenuation(InstrumentCode code) {
    return context.memo("forecastScaleCap", "volAttenuation", code, null,
        () -> VolAttenuation.attenuation(rawData.dailyPercentageVolatility(code)));
  }

  @Override
  public TimeSeries forecastScalar(InstrumentCode code, RuleName rule) {
    if (!params.useEstimates()) {
      // a constant on the raw forecast's index: not memoised, as large as the forecast and cheap to make
      return TimeSeries.constant(rawForecast(code, rule).timesView(), params.fixedScalar(rule));
    }
    return context.memo("forecastScaleCap", "forecastScalar", code, rule, () -> {
      ForecastScalarEstimator est = inputs.estimator().orElseThrow(() -> new ConfigException(
          "use_forecast_scale_estimates is true but no forecast scalar estimator is available: add "
              + "pystrade-optimisation to the class path or set one on the system builder"));
      return est.estimate(estimatorInputs(), code, rule).reindexPad(rawForecast(code, rule));
    });
  }

  /**
   * The inputs an estimator gets: this stage's, with the rules stage seen through this stage's
   * {@link #rawForecast}, so that scalars are estimated from the vol-attenuated forecasts of attenuated rules, as
   * pysystemtrade estimates them from its scaling stage's {@code get_raw_forecast}, and from the raw forecasts this
   * stage keeps for their scaling (the rules stage keeps its own only while in use).
   */
  private ForecastScaleCapInputs estimatorInputs() {
    Rules attenuated = new Rules() {
      @Override
      public Map<RuleName, RuleSpec> tradingRules() {
        return rules.tradingRules();
      }

      @Override
      public TimeSeries rawForecast(InstrumentCode code, RuleName rule) {
        return DefaultForecastScaleCap.this.rawForecast(code, rule);
      }
    };
    return new ForecastScaleCapInputs(context, rawData, attenuated, params, inputs.ruleVariations(),
        inputs.estimator());
  }

  @Override
  public double forecastCap() {
    return params.forecastCap();
  }

  @Override
  public double forecastFloor() {
    double floor = params.forecastFloor();
    return floor == floor ? floor : -forecastCap();
  }

  @Override
  public TimeSeries scaledForecast(InstrumentCode code, RuleName rule) {
    // not memoised: one multiplication of the memoised raw forecast; the capped forecast is memoised
    return rawForecast(code, rule).times(forecastScalar(code, rule));
  }

  @Override
  public TimeSeries cappedForecast(InstrumentCode code, RuleName rule) {
    // kept: the costs read every instrument's capped forecasts (their turnover) before the combination reads them
    return context.memo("forecastScaleCap", CAPPED, code, rule, () -> {
      if (!params.useEstimates() && getClass() == DefaultForecastScaleCap.class) {
        // a fixed scalar: the raw forecast times it, capped, in one pass (the same products and comparisons as
        // through the constant scalar series; a subclass may scale otherwise, and goes through its methods)
        return rawForecast(code, rule).timesThenClip(params.fixedScalar(rule), forecastFloor(), forecastCap());
      }
      return scaledForecast(code, rule).clip(forecastFloor(), forecastCap());
    });
  }

  /**
   * {@inheritDoc}
   *
   * <p>Releases the capped forecasts ({@link StageContext#release}): the costs have read their turnover and length,
   * the combination has combined them; a whole-universe system keeps its combined forecasts, not forty forecasts
   * per instrument.
   */
  @Override
  public void forecastsCombined(InstrumentCode code, List<RuleName> combinedRules) {
    for (RuleName rule : combinedRules) {
      context.release("forecastScaleCap", CAPPED, code, rule);
    }
  }
}
