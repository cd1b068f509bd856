package org.pystrade.core.rules;

import java.util.Map;
import org.pystrade.core.series.Ewm;
import org.pystrade.core.series.TimeSeries;

/**
 * The trading rules pysystemtrade provides ({@code systems.provided.rules.*}), as Java implementations with the
 * same inputs, parameters and defaults. Each is registered under its pysystemtrade path and its short name.
 */
public final class ProvidedRules {

  private static final String PREFIX = "systems.provided.rules.";

  private ProvidedRules() {
  }

  static void registerAll(Map<String, TradingRule> m) {
    register(m, "ewmac.ewmac", ProvidedRules::ewmac);
    register(m, "carry.carry", ProvidedRules::carry);
  }

  private static void register(Map<String, TradingRule> m, String path, TradingRule rule) {
    m.put(PREFIX + path, rule);
    m.put(path.substring(path.lastIndexOf('.') + 1), rule);
  }

  /**
   * pysystemtrade's {@code ewmac(price, vol, Lfast, Lslow)}: the difference of a fast and a slow exponentially
   * weighted mean of the price (spans {@code Lfast}, {@code Lslow}, {@code min_periods=1}), divided by the
   * forward-filled daily price volatility.
   *
   * <p>Inputs: 0 = daily price, 1 = daily returns volatility. Arguments: {@code Lfast} (default 32),
   * {@code Lslow} (default 128). Warm-up: a value from the first price on, NaN until the volatility exists.
   *
   * @param in the inputs
   * @return the raw forecast
   */
  public static TimeSeries ewmac(RuleInputs in) {
    TimeSeries price = in.data(0);
    TimeSeries vol = in.data(1);
    double lfast = in.args().getDouble("Lfast", 32);
    double lslow = in.args().getDouble("Lslow", 128);
    return ewmacRaw(price, lfast, lslow).dividedBy(vol.ffill());
  }

  /**
   * The unnormalised EWMAC: fast minus slow exponentially weighted mean of the price ({@code min_periods=1}).
   *
   * @param price the price
   * @param lfast fast span
   * @param lslow slow span
   * @return fast minus slow
   */
  public static TimeSeries ewmacRaw(TimeSeries price, double lfast, double lslow) {
    TimeSeries fast = price.ewmMean(Ewm.span(lfast).withMinPeriods(1));
    TimeSeries slow = price.ewmMean(Ewm.span(lslow).withMinPeriods(1));
    return fast.minus(slow);
  }

  /**
   * pysystemtrade's {@code carry(raw_carry, smooth_days=90)}: the raw carry (annualised roll yield over annualised
   * volatility) smoothed by an exponentially weighted mean. pysystemtrade passes {@code smooth_days} to pandas
   * positionally, which pandas reads as the centre of mass: {@code alpha = 1 / (1 + smooth_days)}.
   *
   * <p>Input: 0 = raw carry. Argument: {@code smooth_days} (default 90).
   *
   * @param in the inputs
   * @return the raw forecast
   */
  public static TimeSeries carry(RuleInputs in) {
    TimeSeries rawCarry = in.data(0);
    double smooth = in.args().getDouble("smooth_days", 90);
    return rawCarry.ewmMean(Ewm.com(smooth));
  }
}
