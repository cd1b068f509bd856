package org.pystrade.core.portfolio;

import java.util.List;
import java.util.Optional;
import org.pystrade.core.config.ConfigException;
import org.pystrade.core.config.SystemConfig;

/**
 * pysystemtrade's {@code risk_overlay} section: the limits beyond which every notional position is scaled down by
 * the same factor (the risk scalar). Each limit is a multiple of the percentage volatility target, except leverage.
 *
 * @param maxRiskFractionNormalRisk {@code max_risk_fraction_normal_risk}: the largest expected portfolio risk, as a
 *     multiple of the volatility target
 * @param maxRiskFractionStdevRisk {@code max_risk_fraction_stdev_risk}: the same with every instrument's volatility
 *     shocked to its 99th percentile over ten years
 * @param maxRiskLimitSumAbsRisk {@code max_risk_limit_sum_abs_risk}: the largest sum of absolute risks (every
 *     correlation 1), as a multiple of the volatility target
 * @param maxRiskLeverage {@code max_risk_leverage}: the largest sum of absolute notional weights
 * @param percentageVolTarget {@code percentage_vol_target}, percent a year (what the first three limits multiply)
 */
public record RiskOverlayParams(double maxRiskFractionNormalRisk, double maxRiskFractionStdevRisk,
    double maxRiskLimitSumAbsRisk, double maxRiskLeverage, double percentageVolTarget) {

  /** The config section. */
  public static final String SECTION = "risk_overlay";

  /** The config keys this record reads. */
  public static final List<String> KEYS = List.of(SECTION, SECTION + ".max_risk_fraction_normal_risk",
      SECTION + ".max_risk_fraction_stdev_risk", SECTION + ".max_risk_limit_sum_abs_risk",
      SECTION + ".max_risk_leverage");

  /**
   * Validates: every limit a positive number.
   *
   * @param maxRiskFractionNormalRisk {@code max_risk_fraction_normal_risk}: the largest expected portfolio risk, as a
   *         multiple of the volatility target
   * @param maxRiskFractionStdevRisk {@code max_risk_fraction_stdev_risk}: the same with every instrument's volatility
   *         shocked to its 99th percentile over ten years
   * @param maxRiskLimitSumAbsRisk {@code max_risk_limit_sum_abs_risk}: the largest sum of absolute risks (every
   *         correlation 1), as a multiple of the volatility target
   * @param maxRiskLeverage {@code max_risk_leverage}: the largest sum of absolute notional weights
   * @param percentageVolTarget {@code percentage_vol_target}, percent a year (what the first three limits multiply)
   */
  public RiskOverlayParams {
    positive(maxRiskFractionNormalRisk, "max_risk_fraction_normal_risk");
    positive(maxRiskFractionStdevRisk, "max_risk_fraction_stdev_risk");
    positive(maxRiskLimitSumAbsRisk, "max_risk_limit_sum_abs_risk");
    positive(maxRiskLeverage, "max_risk_leverage");
    if (!(percentageVolTarget > 0) || Double.isInfinite(percentageVolTarget)) {
      throw new ConfigException("config key 'percentage_vol_target' must be > 0 but was " + percentageVolTarget);
    }
  }

  private static void positive(double v, String key) {
    if (!(v > 0) || Double.isInfinite(v)) {
      throw new ConfigException("config key '" + SECTION + "." + key + "' must be a positive number but was " + v);
    }
  }

  /**
   * The limit on normal portfolio risk, a fraction a year: {@code max_risk_fraction_normal_risk} times the
   * percentage volatility target over 100, multiplied in pysystemtrade's order.
   *
   * @return the limit
   */
  public double normalRiskLimit() {
    return maxRiskFractionNormalRisk * percentageVolTarget / 100.0;
  }

  /**
   * The limit on portfolio risk with shocked volatility, a fraction a year.
   *
   * @return the limit
   */
  public double shockedRiskLimit() {
    return maxRiskFractionStdevRisk * percentageVolTarget / 100.0;
  }

  /**
   * The limit on the sum of absolute risks, a fraction a year.
   *
   * @return the limit
   */
  public double sumAbsRiskLimit() {
    return maxRiskLimitSumAbsRisk * percentageVolTarget / 100.0;
  }

  /**
   * The {@code risk_overlay} of a config, if it has one (pysystemtrade applies no risk scaling without it). Every
   * one of its four keys is required, as in pysystemtrade.
   *
   * @param config the config
   * @return the parameters, empty without a {@code risk_overlay} section
   * @throws ConfigException naming the key if one is missing or not a positive number
   */
  public static Optional<RiskOverlayParams> fromConfig(SystemConfig config) {
    if (!config.has(SECTION)) {
      return Optional.empty();
    }
    return Optional.of(new RiskOverlayParams(required(config, "max_risk_fraction_normal_risk"),
        required(config, "max_risk_fraction_stdev_risk"), required(config, "max_risk_limit_sum_abs_risk"),
        required(config, "max_risk_leverage"), config.getDouble("percentage_vol_target")));
  }

  private static double required(SystemConfig config, String key) {
    String path = SECTION + "." + key;
    if (!config.has(path)) {
      throw new ConfigException("config key '" + path + "' is missing: a risk_overlay section needs "
          + "max_risk_fraction_normal_risk, max_risk_fraction_stdev_risk, max_risk_limit_sum_abs_risk and "
          + "max_risk_leverage");
    }
    return config.getDouble(path);
  }
}
