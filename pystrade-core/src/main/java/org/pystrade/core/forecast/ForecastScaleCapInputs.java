package org.pystrade.core.forecast;

import java.util.Optional;
import org.pystrade.core.calc.StageContext;
import org.pystrade.core.rawdata.RawData;
import org.pystrade.core.rules.RuleVariations;
import org.pystrade.core.rules.Rules;
import org.pystrade.core.util.ArgChecker;

/**
 * What the forecast scaling and capping stage is built from: the system's context, the raw-data stage (whose
 * percentage volatility the vol attenuation reads), the rules stage beneath it, its parameters, which instruments
 * trade which rules (for pooled estimates) and the scalar estimator used when {@link ScaleCapParams#useEstimates()}.
 * A replacement stage takes the same record; an estimator receives it too.
 *
 * @param context the system's context
 * @param rawData the raw-data stage
 * @param rules the rules stage
 * @param params the parameters
 * @param ruleVariations the rule variations each instrument combines
 * @param estimator the forecast scalar estimator, if any
 */
public record ForecastScaleCapInputs(StageContext context, RawData rawData, Rules rules, ScaleCapParams params,
    RuleVariations ruleVariations, Optional<ForecastScalarEstimator> estimator) {

  /**
   * Validates.
   *
   * @param context the system's context
   * @param rawData the raw-data stage
   * @param rules the rules stage
   * @param params the parameters
   * @param ruleVariations the rule variations each instrument combines
   * @param estimator the forecast scalar estimator, if any
   */
  public ForecastScaleCapInputs {
    ArgChecker.notNull(context, "context");
    ArgChecker.notNull(rawData, "rawData");
    ArgChecker.notNull(rules, "rules");
    ArgChecker.notNull(params, "params");
    ArgChecker.notNull(ruleVariations, "ruleVariations");
    ArgChecker.notNull(estimator, "estimator");
  }
}
