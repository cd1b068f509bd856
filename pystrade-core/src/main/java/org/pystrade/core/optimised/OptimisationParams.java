package org.pystrade.core.optimised;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.pystrade.core.accounts.AccountsParams;
import org.pystrade.core.config.ConfigException;
import org.pystrade.core.config.SystemConfig;
import org.pystrade.core.domain.InstrumentCode;

/**
 * The dynamic optimisation's parameters, pysystemtrade's {@code small_system} section, and the instruments it may only
 * reduce (pysystemtrade's markets not trading but with data: {@code exclude_instrument_lists.trading_restrictions}
 * and {@code bad_markets}).
 *
 * @param shadowCost {@code shadow_cost}: how many units of tracking error one unit of trading cost is worth
 * @param trackingErrorBuffer {@code tracking_error_buffer}: the tracking error, a fraction a year, under which the
 *     previous positions are kept
 * @param costMultiplier {@code cost_multiplier}: multiplies the trading costs
 * @param correlationShrinkage {@code shrink_instrument_returns_correlation}: shrinkage of the returns correlations
 *     towards zero, between 0 and 1
 * @param reduceOnly the instruments that may only reduce their positions
 * @param leaveOutDefective {@code leave_out_defective_instruments}: leave out of the optimisation the instruments
 *     whose trading cost is not finite, and out of the optimised portfolio those whose P&amp;L looks defective
 *     (pysystemtrade keeps both)
 */
public record OptimisationParams(double shadowCost, double trackingErrorBuffer, double costMultiplier,
    double correlationShrinkage, Set<InstrumentCode> reduceOnly, boolean leaveOutDefective) {

  /** The config section. */
  public static final String SECTION = "small_system";

  /** The config keys this record reads. */
  public static final List<String> KEYS = List.of(SECTION, SECTION + ".shadow_cost",
      SECTION + ".tracking_error_buffer", SECTION + ".cost_multiplier",
      SECTION + ".shrink_instrument_returns_correlation", "exclude_instrument_lists.trading_restrictions",
      "exclude_instrument_lists.bad_markets");

  /**
   * Validates and copies.
   *
   * @param shadowCost {@code shadow_cost}: how many units of tracking error one unit of trading cost is worth
   * @param trackingErrorBuffer {@code tracking_error_buffer}: the tracking error, a fraction a year, under which the
   *         previous positions are kept
   * @param costMultiplier {@code cost_multiplier}: multiplies the trading costs
   * @param correlationShrinkage {@code shrink_instrument_returns_correlation}: shrinkage of the returns correlations
   *         towards zero, between 0 and 1
   * @param reduceOnly the instruments that may only reduce their positions
   * @param leaveOutDefective {@code leave_out_defective_instruments}: leave out of the optimisation the instruments
   *         whose trading cost is not finite, and out of the optimised portfolio those whose P&amp;L looks defective
   *         (pysystemtrade keeps both)
   */
  public OptimisationParams {
    check(shadowCost >= 0 && Double.isFinite(shadowCost), "shadow_cost", shadowCost, "a number >= 0");
    check(trackingErrorBuffer >= 0 && Double.isFinite(trackingErrorBuffer), "tracking_error_buffer",
        trackingErrorBuffer, "a number >= 0");
    check(costMultiplier >= 0 && Double.isFinite(costMultiplier), "cost_multiplier", costMultiplier,
        "a number >= 0");
    check(correlationShrinkage >= 0 && correlationShrinkage <= 1, "shrink_instrument_returns_correlation",
        correlationShrinkage, "between 0 and 1");
    reduceOnly = Set.copyOf(reduceOnly);
  }

  private static void check(boolean ok, String key, double v, String what) {
    if (!ok) {
      throw new ConfigException("config key '" + SECTION + "." + key + "' must be " + what + " but was " + v);
    }
  }

  /**
   * The parameters of a config (pysystemtrade's defaults fill what it leaves out).
   *
   * @param config the config
   * @return the parameters
   */
  public static OptimisationParams fromConfig(SystemConfig config) {
    Set<InstrumentCode> reduce = new LinkedHashSet<>();
    for (String key : List.of("exclude_instrument_lists.trading_restrictions", "exclude_instrument_lists.bad_markets")) {
      if (config.has(key)) {
        config.getStringList(key).forEach(c -> reduce.add(InstrumentCode.of(c)));
      }
    }
    return new OptimisationParams(config.getDouble(SECTION + ".shadow_cost"),
        config.getDouble(SECTION + ".tracking_error_buffer"), config.getDouble(SECTION + ".cost_multiplier"),
        config.getDouble(SECTION + ".shrink_instrument_returns_correlation"), reduce,
        config.getBoolean(AccountsParams.LEAVE_OUT_KEY, false));
  }
}
