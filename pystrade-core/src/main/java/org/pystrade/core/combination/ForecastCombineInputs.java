package org.pystrade.core.combination;

import java.util.Optional;
import org.pystrade.core.calc.StageContext;
import org.pystrade.core.forecast.ForecastScaleCap;
import org.pystrade.core.pandl.ForecastPandl;
import org.pystrade.core.pandl.SrCosts;
import org.pystrade.core.rules.RuleVariations;
import org.pystrade.core.util.ArgChecker;

/**
 * What the forecast combination stage is built from: the system's context, the forecast scaling stage beneath it,
 * the forecasts' costs and P&amp;L, which rules each instrument combines, its parameters and the estimators used when
 * weights or the FDM are estimated. A replacement stage takes the same record; the estimators receive it too.
 *
 * @param context the system's context
 * @param scaleCap the forecast scaling and capping stage
 * @param costs the Sharpe-ratio costs of forecasts
 * @param forecastPandl the P&amp;L of single forecasts (what forecast weights are estimated from)
 * @param ruleVariations the rule variations each instrument combines
 * @param params the parameters
 * @param weightEstimator the forecast weight estimator, if any
 * @param fdmEstimator the forecast diversification multiplier estimator, if any
 */
public record ForecastCombineInputs(StageContext context, ForecastScaleCap scaleCap, SrCosts costs,
    ForecastPandl forecastPandl, RuleVariations ruleVariations, CombinationParams params,
    Optional<ForecastWeightEstimator> weightEstimator, Optional<ForecastDivMultiplierEstimator> fdmEstimator) {

  /**
   * Validates.
   *
   * @param context the system's context
   * @param scaleCap the forecast scaling and capping stage
   * @param costs the Sharpe-ratio costs of forecasts
   * @param forecastPandl the P&amp;L of single forecasts (what forecast weights are estimated from)
   * @param ruleVariations the rule variations each instrument combines
   * @param params the parameters
   * @param weightEstimator the forecast weight estimator, if any
   * @param fdmEstimator the forecast diversification multiplier estimator, if any
   */
  public ForecastCombineInputs {
    ArgChecker.notNull(context, "context");
    ArgChecker.notNull(scaleCap, "scaleCap");
    ArgChecker.notNull(costs, "costs");
    ArgChecker.notNull(forecastPandl, "forecastPandl");
    ArgChecker.notNull(ruleVariations, "ruleVariations");
    ArgChecker.notNull(params, "params");
    ArgChecker.notNull(weightEstimator, "weightEstimator");
    ArgChecker.notNull(fdmEstimator, "fdmEstimator");
  }
}
