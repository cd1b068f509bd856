package org.pystrade.core.rules;

import java.util.Arrays;
import java.util.Map;
import java.util.OptionalDouble;
import org.pystrade.core.math.RuleMath;
import org.pystrade.core.series.Ewm;
import org.pystrade.core.series.Kernels;
import org.pystrade.core.series.TimeSeries;
import org.pystrade.core.util.ArgChecker;

/**
 * The trading rules pysystemtrade provides ({@code systems.provided.rules.*}), as Java implementations with the
 * same inputs, parameters and defaults. Each is registered under its pysystemtrade path and its short name.
 *
 * <p>Every rule has two forms: the registered {@link TradingRule} form taking {@link RuleInputs} (data inputs by
 * position, {@code other_args} by their pysystemtrade names; a missing required argument, a wrong number of data
 * inputs or an argument the function does not take is an {@link IllegalArgumentException} naming it, as Python
 * would raise a {@code TypeError}), and public static overloads over {@link TimeSeries} for direct use from Java.
 *
 * <p>Semantics follow pysystemtrade 1.80 on pandas: binary operations align on the union of the inputs' indexes;
 * NaN means missing and propagates; exponentially weighted and rolling windows skip missing values and, as pandas
 * does, read infinite values as missing; nothing throws on NaN, leading NaN or short input.
 */
public final class ProvidedRules {

  private static final String PREFIX = "systems.provided.rules.";

  /** pysystemtrade's default {@code average_absolute_forecast}. */
  private static final double AVERAGE_ABSOLUTE_FORECAST = 10.0;

  private ProvidedRules() {
  }

  /** The signatures of the provided rules, as pysystemtrade's functions declare them. */
  static final RuleSignature EWMAC = RuleSignature.of("price", "vol").required("Lfast", "Lslow")
      .atLeast(1, "Lfast", "Lslow");
  static final RuleSignature CARRY = RuleSignature.of("raw_carry").optional("smooth_days", 90)
      .atLeast(1, "smooth_days");
  static final RuleSignature EWMAC_CALC_VOL = RuleSignature.of("price").required("Lfast", "Lslow")
      .optional("vol_days", 35).atLeast(1, "Lfast", "Lslow", "vol_days");
  static final RuleSignature EWMAC_WITH_DEFAULTS = RuleSignature.of("price").optional("Lfast", 32)
      .optional("Lslow", 128).atLeast(1, "Lfast", "Lslow");
  static final RuleSignature EWMAC_WITH_DEFAULTS_NO_VOL = RuleSignature.of("price", "vol").optional("Lfast", 16)
      .optional("Lslow", 32).atLeast(1, "Lfast", "Lslow");
  static final RuleSignature ACCEL = RuleSignature.of("price", "vol").optional("Lfast", 4).atLeast(1, "Lfast");
  static final RuleSignature MR_WINGS = RuleSignature.of("price", "vol").optional("Lfast", 4)
      .atLeast(1, "Lfast");
  static final RuleSignature RELATIVE_CARRY = RuleSignature.of("smoothed_carry_this_instrument",
      "median_carry_for_asset_class");
  static final RuleSignature BREAKOUT = RuleSignature.of("price").optional("lookback", 10).optional("smooth", null)
      .atLeast(1, "lookback", "smooth");
  static final RuleSignature FACTOR = RuleSignature.of("demean_factor_value").optional("smooth", 90)
      .atLeast(1, "smooth");
  static final RuleSignature CONDITIONED_FACTOR = RuleSignature.of("demean_factor_value",
      "condition_demean_factor_value").optional("smooth", 90).atLeast(1, "smooth");
  static final RuleSignature RELATIVE_MOMENTUM = RuleSignature.of("normalised_price_this_instrument",
      "normalised_price_for_asset_class").optional("horizon", 250).optional("ewma_span", null)
      .atLeast(1, "horizon", "ewma_span");
  static final RuleSignature BIAS = RuleSignature.of("price");

  static void registerAll(Map<String, RuleRegistry.Entry> m) {
    register(m, "ewmac.ewmac", ProvidedRules::ewmac, EWMAC);
    register(m, "ewmac.ewmac_calc_vol", ProvidedRules::ewmacCalcVol, EWMAC_CALC_VOL);
    register(m, "ewmac.ewmac_forecast_with_defaults", ProvidedRules::ewmacForecastWithDefaults, EWMAC_WITH_DEFAULTS);
    register(m, "ewmac.ewmac_forecast_with_defaults_no_vol", ProvidedRules::ewmacForecastWithDefaultsNoVol, EWMAC_WITH_DEFAULTS_NO_VOL);
    register(m, "carry.carry", ProvidedRules::carry, CARRY);
    register(m, "carry.relative_carry", ProvidedRules::relativeCarry, RELATIVE_CARRY);
    register(m, "breakout.breakout", ProvidedRules::breakout, BREAKOUT);
    register(m, "accel.accel", ProvidedRules::accel, ACCEL);
    register(m, "mr_wings.mr_wings", ProvidedRules::mrWings, MR_WINGS);
    register(m, "factors.factor_trading_rule", ProvidedRules::factorTradingRule, FACTOR);
    register(m, "factors.conditioned_factor_trading_rule", ProvidedRules::conditionedFactorTradingRule, CONDITIONED_FACTOR);
    register(m, "rel_mom.relative_momentum", ProvidedRules::relativeMomentum, RELATIVE_MOMENTUM);
    register(m, "cs_mr.cross_sectional_mean_reversion", ProvidedRules::crossSectionalMeanReversion, RELATIVE_MOMENTUM);
    // the legacy module still shipped in systems/provided/rules: same functions, plus the bias rules
    register(m, "_TO_DELETE_OLD.breakout", ProvidedRules::breakout, BREAKOUT);
    register(m, "_TO_DELETE_OLD.relative_carry", ProvidedRules::relativeCarry, RELATIVE_CARRY);
    register(m, "_TO_DELETE_OLD.cross_sectional_mean_reversion", ProvidedRules::crossSectionalMeanReversion, RELATIVE_MOMENTUM);
    register(m, "_TO_DELETE_OLD.short_bias", ProvidedRules::shortBias, BIAS);
    register(m, "_TO_DELETE_OLD.long_bias", ProvidedRules::longBias, BIAS);
  }

  private static void register(Map<String, RuleRegistry.Entry> m, String path, TradingRule rule,
      RuleSignature signature) {
    RuleRegistry.Entry e = new RuleRegistry.Entry(rule, signature);
    m.put(PREFIX + path, e);
    m.put(path.substring(path.lastIndexOf('.') + 1), e);
  }

  /**
   * pysystemtrade's {@code ewmac(price, vol, Lfast, Lslow)}: the difference of a fast and a slow exponentially
   * weighted mean of the price (spans {@code Lfast}, {@code Lslow}, {@code min_periods=1}), divided by the
   * forward-filled daily price volatility.
   *
   * <p>Inputs: 0 = daily price, 1 = daily returns volatility. Arguments: {@code Lfast} and {@code Lslow}, both
   * required, as in pysystemtrade. Warm-up: a value from the first price on, NaN until the volatility exists.
   *
   * <p>Alignment: the volatility is forward filled on its own index before the division aligns both on the union
   * of their indexes, so a price date absent from the volatility's index is NaN, and a volatility date absent from
   * the price's index is NaN. A NaN price row keeps the last ewm values (pandas' {@code ignore_na=False} ageing).
   * A missing argument or one the function does not take is an {@link IllegalArgumentException} naming it (a
   * {@code TypeError} in Python). The calculation is bit-identical to pysystemtrade's on its chapter 15 CORN
   * output.
   *
   * @param in the inputs
   * @return the raw forecast
   */
  public static TimeSeries ewmac(RuleInputs in) {
    RuleArgs a = EWMAC.bind("ewmac", in.data().size(), in.args());
    return ewmac(in.data(0), in.data(1), a.getDouble("Lfast"), a.getDouble("Lslow"));
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
    double[] p = price.valuesView();
    // the two means stepped together (their divisions overlap), each the same bits as alone
    double[][] means = Kernels.ewmMeans(new double[][] {p, p},
        new Ewm[] {Ewm.span(lfast).withMinPeriods(1), Ewm.span(lslow).withMinPeriods(1)});
    double[] fast = means[0];
    double[] slow = means[1];
    for (int i = 0; i < fast.length; i++) {
      fast[i] -= slow[i];
    }
    return price.withValuesOwned(fast);
  }

  /**
   * pysystemtrade's {@code carry(raw_carry, smooth_days=90)}: the raw carry (annualised roll yield over annualised
   * volatility) smoothed by an exponentially weighted mean. pysystemtrade passes {@code smooth_days} to pandas
   * positionally, which pandas reads as the centre of mass: {@code alpha = 1 / (1 + smooth_days)}.
   *
   * <p>Input: 0 = raw carry. Argument: {@code smooth_days} (default 90). Warm-up: none ({@code min_periods=0}); a
   * NaN row keeps the last mean.
   *
   * <p>pysystemtrade calls {@code raw_carry.ewm(smooth_days).mean()}, where pandas reads the positional argument as
   * the centre of mass ({@code alpha = 1 / (1 + smooth_days)}), not the span; the golden chapter-15 outputs confirm
   * it.
   *
   * @param in the inputs
   * @return the raw forecast
   */
  public static TimeSeries carry(RuleInputs in) {
    RuleArgs a = CARRY.bind("carry", in.data().size(), in.args());
    return carry(in.data(0), a.getDouble("smooth_days"));
  }

  /**
   * The Java form of {@code carry}, identical to {@link #carry(RuleInputs)}: an exponentially weighted mean of the
   * raw carry with centre of mass {@code smoothDays} and no minimum number of observations.
   *
   * @param rawCarry the raw carry
   * @param smoothDays the centre of mass (pysystemtrade's positional {@code ewm} argument)
   * @return the raw forecast, on the index of {@code rawCarry}
   */
  public static TimeSeries carry(TimeSeries rawCarry, double smoothDays) {
    return rawCarry.ewmMean(Ewm.com(smoothDays));
  }

  // ------------------------------------------------------------------ ewmac family

  /**
   * The Java form of pysystemtrade's {@code ewmac(price, vol, Lfast, Lslow)}, identical to
   * {@link #ewmac(RuleInputs)}: {@link #ewmacRaw} divided by the volatility forward filled on its own index, then
   * aligned on the union of both indexes (so a price date absent from {@code vol} gives NaN).
   *
   * @param price the daily price
   * @param vol the daily price volatility
   * @param lfast fast span
   * @param lslow slow span
   * @return the raw forecast
   */
  public static TimeSeries ewmac(TimeSeries price, TimeSeries vol, double lfast, double lslow) {
    return ewmacRaw(price, lfast, lslow).dividedBy(vol.ffill());
  }

  /**
   * pysystemtrade's {@code ewmac.ewmac_calc_vol(price, Lfast, Lslow, vol_days=35)}: {@link #ewmac} with a
   * volatility the rule computes itself as {@code robust_vol_calc(price, vol_days)}.
   *
   * <p>Note that pysystemtrade passes the price itself, not its differences, to {@code robust_vol_calc}: the
   * divisor is the exponentially weighted standard deviation of the price level (span {@code vol_days},
   * {@code min_periods=10}), floored at 1e-10 and at its rolling 5% quantile over 500 rows (from 100
   * observations on). This is reproduced as is.
   *
   * <p>Input: 0 = price. Arguments: {@code Lfast} (required), {@code Lslow} (required), {@code vol_days} (default
   * 35). Warm-up: NaN until 10 prices have been seen (the volatility's {@code min_periods}); afterwards a NaN price
   * row is not NaN: both the ewm means and the volatility keep their last values there.
   *
   * @param in the inputs
   * @return the raw forecast, on the index of the price
   */
  public static TimeSeries ewmacCalcVol(RuleInputs in) {
    RuleArgs a = EWMAC_CALC_VOL.bind("ewmac_calc_vol", in.data().size(), in.args());
    return ewmacCalcVol(in.data(0), a.getDouble("Lfast"), a.getDouble("Lslow"), a.getDouble("vol_days"));
  }

  /**
   * {@code ewmac_calc_vol(price, Lfast, Lslow)} with {@code vol_days=35}.
   *
   * @param price the daily price
   * @param lfast fast span
   * @param lslow slow span
   * @return the raw forecast
   */
  public static TimeSeries ewmacCalcVol(TimeSeries price, double lfast, double lslow) {
    return ewmacCalcVol(price, lfast, lslow, 35);
  }

  /**
   * {@code ewmac_calc_vol(price, Lfast, Lslow, vol_days)}: see {@link #ewmacCalcVol(RuleInputs)}.
   *
   * @param price the daily price
   * @param lfast fast span
   * @param lslow slow span
   * @param volDays span of the price volatility
   * @return the raw forecast
   */
  public static TimeSeries ewmacCalcVol(TimeSeries price, double lfast, double lslow, double volDays) {
    ArgChecker.notNull(price, "price");
    TimeSeries vol = RuleMath.robustVolCalc(price, volDays);
    return ewmac(price, vol, lfast, lslow);
  }

  /**
   * pysystemtrade's {@code ewmac.ewmac_forecast_with_defaults(price, Lfast=32, Lslow=128)}: exactly
   * {@code ewmac_calc_vol(price, Lfast, Lslow)} (so with {@code vol_days=35}); see
   * {@link #ewmacCalcVol(RuleInputs)}.
   *
   * <p>Input: 0 = price. Arguments: {@code Lfast} (default 32), {@code Lslow} (default 128).
   *
   * @param in the inputs
   * @return the raw forecast, on the index of the price
   */
  public static TimeSeries ewmacForecastWithDefaults(RuleInputs in) {
    RuleArgs a = EWMAC_WITH_DEFAULTS.bind("ewmac_forecast_with_defaults", in.data().size(), in.args());
    return ewmacCalcVol(in.data(0), a.getDouble("Lfast"), a.getDouble("Lslow"));
  }

  /**
   * {@code ewmac_forecast_with_defaults(price)}: {@code ewmac_calc_vol(price, 32, 128)}.
   *
   * @param price the daily price
   * @return the raw forecast
   */
  public static TimeSeries ewmacForecastWithDefaults(TimeSeries price) {
    return ewmacCalcVol(price, 32, 128);
  }

  /**
   * pysystemtrade's {@code ewmac.ewmac_forecast_with_defaults_no_vol(price, vol, Lfast=16, Lslow=32)}: exactly
   * {@code ewmac(price, vol, Lfast, Lslow)} with those defaults.
   *
   * <p>Inputs: 0 = price, 1 = daily price volatility. Arguments: {@code Lfast} (default 16), {@code Lslow}
   * (default 32). Warm-up and alignment as {@link #ewmac(TimeSeries, TimeSeries, double, double)}.
   *
   * @param in the inputs
   * @return the raw forecast, on the union of both indexes
   */
  public static TimeSeries ewmacForecastWithDefaultsNoVol(RuleInputs in) {
    RuleArgs a = EWMAC_WITH_DEFAULTS_NO_VOL.bind("ewmac_forecast_with_defaults_no_vol", in.data().size(),
        in.args());
    return ewmac(in.data(0), in.data(1), a.getDouble("Lfast"), a.getDouble("Lslow"));
  }

  /**
   * {@code ewmac_forecast_with_defaults_no_vol(price, vol)}: {@code ewmac(price, vol, 16, 32)}.
   *
   * @param price the daily price
   * @param vol the daily price volatility
   * @return the raw forecast
   */
  public static TimeSeries ewmacForecastWithDefaultsNoVol(TimeSeries price, TimeSeries vol) {
    return ewmac(price, vol, 16, 32);
  }

  /**
   * pysystemtrade's {@code accel.accel(price, vol, Lfast=4)}: the change of an EWMAC signal over {@code Lfast}
   * rows, {@code s - s.shift(Lfast)} with {@code s = ewmac(price, vol, Lfast, 4 * Lfast)}.
   *
   * <p>Inputs: 0 = price, 1 = daily price volatility. Argument: {@code Lfast} (default 4; a whole number, as
   * pandas' {@code shift} needs). The shift is by rows of the union index of price and volatility. Warm-up: NaN
   * for the first {@code Lfast} rows and wherever either end of the difference is NaN.
   *
   * @param in the inputs
   * @return the raw forecast, on the union of both indexes
   */
  public static TimeSeries accel(RuleInputs in) {
    RuleArgs a = ACCEL.bind("accel", in.data().size(), in.args());
    return accel(in.data(0), in.data(1), a.getInt("Lfast"));
  }

  /**
   * {@code accel(price, vol)} with {@code Lfast=4}.
   *
   * @param price the daily price
   * @param vol the daily price volatility
   * @return the raw forecast
   */
  public static TimeSeries accel(TimeSeries price, TimeSeries vol) {
    return accel(price, vol, 4);
  }

  /**
   * {@code accel(price, vol, Lfast)}: see {@link #accel(RuleInputs)}.
   *
   * @param price the daily price
   * @param vol the daily price volatility
   * @param lfast the fast span and the shift in rows
   * @return the raw forecast
   */
  public static TimeSeries accel(TimeSeries price, TimeSeries vol, int lfast) {
    ArgChecker.positive(lfast, "Lfast");
    TimeSeries signal = ewmac(price, vol, lfast, lfast * 4.0);
    return signal.minus(signal.shift(lfast));
  }

  /**
   * pysystemtrade's {@code mr_wings.mr_wings(price, vol, Lfast=4)}: mean reversion in the wings. With
   * {@code s = ewmac(price, vol, Lfast, 4 * Lfast)} and {@code sd} its rolling standard deviation over 5000 rows
   * ({@code min_periods=3}), values with {@code |s| < 3 sd} are set to zero and the result is {@code -s}.
   *
   * <p>Inputs: 0 = price, 1 = daily price volatility. Argument: {@code Lfast} (default 4). Warm-up: NaN where
   * {@code s} is NaN; while {@code sd} is NaN (fewer than 3 signals) the comparison is false and {@code -s} is
   * kept. Zeroed values are {@code -0.0}, as pandas' negation gives.
   *
   * @param in the inputs
   * @return the raw forecast, on the union of both indexes
   */
  public static TimeSeries mrWings(RuleInputs in) {
    RuleArgs a = MR_WINGS.bind("mr_wings", in.data().size(), in.args());
    return mrWings(in.data(0), in.data(1), a.getDouble("Lfast"));
  }

  /**
   * {@code mr_wings(price, vol)} with {@code Lfast=4}.
   *
   * @param price the daily price
   * @param vol the daily price volatility
   * @return the raw forecast
   */
  public static TimeSeries mrWings(TimeSeries price, TimeSeries vol) {
    return mrWings(price, vol, 4);
  }

  /**
   * {@code mr_wings(price, vol, Lfast)}: see {@link #mrWings(RuleInputs)}.
   *
   * @param price the daily price
   * @param vol the daily price volatility
   * @param lfast the fast span
   * @return the raw forecast
   */
  public static TimeSeries mrWings(TimeSeries price, TimeSeries vol, double lfast) {
    TimeSeries signal = ewmac(price, vol, lfast, lfast * 4);
    double[] s = signal.values();
    double[] sd = RuleMath.rollingStd(s, 5000, 3);
    for (int i = 0; i < s.length; i++) {
      if (Math.abs(s[i]) < sd[i] * 3) {
        s[i] = 0.0;
      }
      s[i] = -s[i];
    }
    return TimeSeries.ofOwned(signal.timesView(), s);
  }

  // ------------------------------------------------------------------ carry family

  /**
   * pysystemtrade's {@code carry.relative_carry(smoothed_carry_this_instrument, median_carry_for_asset_class)}:
   * the instrument's smoothed carry minus the median smoothed carry of its asset class.
   *
   * <p>Inputs: 0 = smoothed carry of the instrument, 1 = median carry of the asset class. No arguments. The
   * difference is aligned on the union of both indexes (NaN where either is missing); no warm-up of its own.
   *
   * @param in the inputs
   * @return the raw forecast
   */
  public static TimeSeries relativeCarry(RuleInputs in) {
    RELATIVE_CARRY.bind("relative_carry", in.data().size(), in.args());
    return relativeCarry(in.data(0), in.data(1));
  }

  /**
   * {@code relative_carry}: see {@link #relativeCarry(RuleInputs)}.
   *
   * @param smoothedCarry the instrument's smoothed carry
   * @param medianCarry the asset class median carry
   * @return the difference on the union index
   */
  public static TimeSeries relativeCarry(TimeSeries smoothedCarry, TimeSeries medianCarry) {
    ArgChecker.notNull(smoothedCarry, "smoothed_carry_this_instrument");
    ArgChecker.notNull(medianCarry, "median_carry_for_asset_class");
    return smoothedCarry.minus(medianCarry);
  }

  // ------------------------------------------------------------------ breakout

  /**
   * pysystemtrade's {@code breakout.breakout(price, lookback=10, smooth=None)}: where the price sits in its recent
   * range, {@code 40 * (price - mid) / (max - min)} with {@code max}, {@code min} rolling over {@code lookback}
   * rows and {@code mid = (max + min) / 2}, then smoothed by an exponentially weighted mean.
   *
   * <p>Input: 0 = price. Arguments: {@code lookback} (default 10, a whole number of rows), {@code smooth}
   * (default: {@code max(int(lookback / 4), 1)}; must be below {@code lookback}, as pysystemtrade asserts).
   *
   * <p>Windows: the rolling max and min need {@code min(len(price), ceil(lookback / 2))} non-missing prices
   * (rows of the series, NaN rows included in {@code len}); the smoothing is an ewm with span {@code smooth} and
   * {@code min_periods=ceil(smooth / 2)}. A flat window ({@code max == min}) gives 0/0 = NaN, which the smoothing
   * skips. Values lie in [-20, 20] before smoothing.
   *
   * @param in the inputs
   * @return the raw forecast, on the index of the price
   */
  public static TimeSeries breakout(RuleInputs in) {
    RuleArgs a = BREAKOUT.bind("breakout", in.data().size(), in.args());
    OptionalDouble smooth = a.has("smooth") ? OptionalDouble.of(a.getDouble("smooth")) : OptionalDouble.empty();
    return breakout(in.data(0), a.getInt("lookback"), smooth);
  }

  /**
   * {@code breakout(price)}: lookback 10, smooth 2.
   *
   * @param price the price
   * @return the raw forecast
   */
  public static TimeSeries breakout(TimeSeries price) {
    return breakout(price, 10, OptionalDouble.empty());
  }

  /**
   * {@code breakout(price, lookback, smooth)}: see {@link #breakout(RuleInputs)}.
   *
   * @param price the price
   * @param lookback the rolling window in rows
   * @param smooth the smoothing span, or empty for {@code max(int(lookback / 4), 1)}
   * @return the raw forecast
   */
  public static TimeSeries breakout(TimeSeries price, int lookback, OptionalDouble smooth) {
    ArgChecker.notNull(price, "price");
    ArgChecker.notNull(smooth, "smooth");
    ArgChecker.positive(lookback, "lookback");
    double sm = smooth.isPresent() ? smooth.getAsDouble() : Math.max(lookback / 4, 1);
    ArgChecker.isTrue(sm < lookback, "breakout smooth must be < lookback but smooth={} and lookback={}", sm,
        lookback);
    ArgChecker.isTrue(sm >= 1, "breakout smooth must be >= 1 but was {}", sm);
    double[] p = price.values();
    int n = p.length;
    int minPeriods = (int) Math.min(n, Math.ceil(lookback / 2.0));
    double[] clean = RuleMath.withoutInf(p);
    double[] max = Kernels.rollingMax(clean, lookback, minPeriods);
    double[] min = Kernels.rollingMin(clean, lookback, minPeriods);
    double[] raw = new double[n];
    for (int i = 0; i < n; i++) {
      double mid = (max[i] + min[i]) / 2.0;
      raw[i] = 40.0 * ((p[i] - mid) / (max[i] - min[i]));
    }
    Ewm ewm = Ewm.span(sm).withMinPeriods((int) Math.ceil(sm / 2.0));
    return TimeSeries.ofOwned(price.timesView(), RuleMath.ewmMean(raw, ewm));
  }

  // ------------------------------------------------------------------ factors

  /**
   * pysystemtrade's {@code factors.factor_trading_rule(demean_factor_value, smooth=90)}: the factor divided by its
   * own {@code robust_vol_calc} (all defaults: span 35, 10 observations, floors), then an exponentially weighted
   * mean with span {@code smooth} (no minimum number of observations).
   *
   * <p>Input: 0 = demeaned factor value. Argument: {@code smooth} (default 90). Warm-up: NaN until 10 factor
   * values have been seen (the volatility's warm-up); afterwards a NaN factor row keeps the last mean.
   *
   * @param in the inputs
   * @return the raw forecast, on the index of the factor
   */
  public static TimeSeries factorTradingRule(RuleInputs in) {
    RuleArgs a = FACTOR.bind("factor_trading_rule", in.data().size(), in.args());
    return factorTradingRule(in.data(0), a.getDouble("smooth"));
  }

  /**
   * {@code factor_trading_rule(demean_factor_value)} with {@code smooth=90}.
   *
   * @param demeanFactorValue the demeaned factor
   * @return the raw forecast
   */
  public static TimeSeries factorTradingRule(TimeSeries demeanFactorValue) {
    return factorTradingRule(demeanFactorValue, 90);
  }

  /**
   * {@code factor_trading_rule(demean_factor_value, smooth)}: see {@link #factorTradingRule(RuleInputs)}.
   *
   * @param demeanFactorValue the demeaned factor
   * @param smooth the smoothing span
   * @return the raw forecast
   */
  public static TimeSeries factorTradingRule(TimeSeries demeanFactorValue, double smooth) {
    ArgChecker.notNull(demeanFactorValue, "demean_factor_value");
    return RuleMath.ewmMean(normalisedFactor(demeanFactorValue), Ewm.span(smooth));
  }

  private static TimeSeries normalisedFactor(TimeSeries factor) {
    return factor.dividedBy(RuleMath.robustVolCalc(factor));
  }

  /**
   * pysystemtrade's {@code factors.conditioned_factor_trading_rule(demean_factor_value,
   * condition_demean_factor_value, smooth=90)}: the vol-normalised factor (as in
   * {@link #factorTradingRule(RuleInputs)}) multiplied by the sign (-1, 0, +1) of the condition factor, the sign
   * being reindexed onto the factor's index and forward filled; then an exponentially weighted mean with span
   * {@code smooth}.
   *
   * <p>Inputs: 0 = demeaned factor value, 1 = demeaned condition factor value. Argument: {@code smooth} (default
   * 90). Only condition values at the factor's own dates are used (reindex then forward fill), as in pandas.
   *
   * @param in the inputs
   * @return the raw forecast, on the index of the factor
   */
  public static TimeSeries conditionedFactorTradingRule(RuleInputs in) {
    RuleArgs a = CONDITIONED_FACTOR.bind("conditioned_factor_trading_rule", in.data().size(), in.args());
    return conditionedFactorTradingRule(in.data(0), in.data(1), a.getDouble("smooth"));
  }

  /**
   * {@code conditioned_factor_trading_rule}: see {@link #conditionedFactorTradingRule(RuleInputs)}.
   *
   * @param demeanFactorValue the demeaned factor
   * @param conditionDemeanFactorValue the demeaned condition factor
   * @param smooth the smoothing span
   * @return the raw forecast
   */
  public static TimeSeries conditionedFactorTradingRule(TimeSeries demeanFactorValue,
      TimeSeries conditionDemeanFactorValue, double smooth) {
    ArgChecker.notNull(demeanFactorValue, "demean_factor_value");
    ArgChecker.notNull(conditionDemeanFactorValue, "condition_demean_factor_value");
    TimeSeries normalised = normalisedFactor(demeanFactorValue);
    TimeSeries sign = conditionDemeanFactorValue.map(ProvidedRules::numpySign)
        .reindexThenFfill(normalised.timesView());
    return RuleMath.ewmMean(normalised.times(sign), Ewm.span(smooth));
  }

  /** numpy's {@code sign}: -1, 0 (also for -0.0) or +1, NaN for NaN. */
  private static double numpySign(double v) {
    return v > 0 ? 1.0 : (v < 0 ? -1.0 : (v == 0 ? 0.0 : v));
  }

  // ------------------------------------------------------------------ cross-sectional

  /**
   * pysystemtrade's {@code rel_mom.relative_momentum(normalised_price_this_instrument,
   * normalised_price_for_asset_class, horizon=250, ewma_span=None)}: the average outperformance per day over the
   * horizon, smoothed.
   *
   * <p>With {@code o = a.ffill() - b.ffill()} (each forward filled on its own index, then aligned on the union;
   * exact zeros of {@code o} set to NaN), the forecast is the ewm mean (span {@code ewma_span}, no minimum number
   * of observations) of {@code (o - o.shift(horizon)) / horizon}.
   *
   * <p>Inputs: 0 = normalised price of the instrument, 1 = normalised price of its asset class. Arguments:
   * {@code horizon} (default 250, whole number of rows, positive), {@code ewma_span} (default
   * {@code int(horizon / 4)}; in every case at least 2). Warm-up: NaN for the first {@code horizon} rows of the
   * union index and until both prices have started.
   *
   * @param in the inputs
   * @return the raw forecast, on the union of both indexes
   */
  public static TimeSeries relativeMomentum(RuleInputs in) {
    RuleArgs a = RELATIVE_MOMENTUM.bind("relative_momentum", in.data().size(), in.args());
    return relativeMomentum(in.data(0), in.data(1), a.getInt("horizon"), optional(a, "ewma_span"));
  }

  /**
   * {@code relative_momentum(a, b)} with {@code horizon=250} and the default span (62).
   *
   * @param instrument the instrument's normalised price
   * @param assetClass the asset class normalised price
   * @return the raw forecast
   */
  public static TimeSeries relativeMomentum(TimeSeries instrument, TimeSeries assetClass) {
    return relativeMomentum(instrument, assetClass, 250, OptionalDouble.empty());
  }

  /**
   * {@code relative_momentum(a, b, horizon, ewma_span)}: see {@link #relativeMomentum(RuleInputs)}.
   *
   * @param instrument the instrument's normalised price
   * @param assetClass the asset class normalised price
   * @param horizon the horizon in rows
   * @param ewmaSpan the smoothing span, or empty for {@code int(horizon / 4)}
   * @return the raw forecast
   */
  public static TimeSeries relativeMomentum(TimeSeries instrument, TimeSeries assetClass, int horizon,
      OptionalDouble ewmaSpan) {
    double span = crossSectionalSpan(horizon, ewmaSpan);
    TimeSeries outperformance = outperformance(instrument, assetClass);
    double[] o = outperformance.values();
    for (int i = 0; i < o.length; i++) {
      if (o[i] == 0) {
        o[i] = Double.NaN;
      }
    }
    double[] lagged = Kernels.shift(o, horizon);
    double[] avg = new double[o.length];
    for (int i = 0; i < o.length; i++) {
      avg[i] = (o[i] - lagged[i]) / horizon;
    }
    return TimeSeries.ofOwned(outperformance.timesView(), RuleMath.ewmMean(avg, Ewm.span(span)));
  }

  /**
   * pysystemtrade's {@code cs_mr.cross_sectional_mean_reversion(normalised_price_this_instrument,
   * normalised_price_for_asset_class, horizon=250, ewma_span=None)}: minus the smoothed average daily
   * outperformance over the horizon.
   *
   * <p>With {@code o = a.ffill() - b.ffill()} (each forward filled on its own index, then aligned on the union),
   * the forecast is minus the ewm mean (span {@code ewma_span}, no minimum number of observations) of
   * {@code o.diff().rolling(horizon).mean()}; the rolling mean needs all {@code horizon} rows of the window
   * present (pandas' default {@code min_periods = window}). So with inputs on unequal indexes, a date missing from
   * either input (NaN outperformance there, NaN differences on it and the next row) blanks every window over it.
   *
   * <p>Inputs: 0 = normalised price of the instrument, 1 = normalised price of its asset class. Arguments:
   * {@code horizon} (default 250, whole number of rows, positive), {@code ewma_span} (default
   * {@code int(horizon / 4)}; in every case at least 2). Warm-up: NaN for the first {@code horizon} rows of the
   * union index after both prices have started.
   *
   * @param in the inputs
   * @return the raw forecast, on the union of both indexes
   */
  public static TimeSeries crossSectionalMeanReversion(RuleInputs in) {
    RuleArgs a = RELATIVE_MOMENTUM.bind("cross_sectional_mean_reversion", in.data().size(), in.args());
    return crossSectionalMeanReversion(in.data(0), in.data(1), a.getInt("horizon"),
        optional(a, "ewma_span"));
  }

  /**
   * {@code cross_sectional_mean_reversion(a, b)} with {@code horizon=250} and the default span (62).
   *
   * @param instrument the instrument's normalised price
   * @param assetClass the asset class normalised price
   * @return the raw forecast
   */
  public static TimeSeries crossSectionalMeanReversion(TimeSeries instrument, TimeSeries assetClass) {
    return crossSectionalMeanReversion(instrument, assetClass, 250, OptionalDouble.empty());
  }

  /**
   * {@code cross_sectional_mean_reversion(a, b, horizon, ewma_span)}: see
   * {@link #crossSectionalMeanReversion(RuleInputs)}.
   *
   * @param instrument the instrument's normalised price
   * @param assetClass the asset class normalised price
   * @param horizon the horizon in rows
   * @param ewmaSpan the smoothing span, or empty for {@code int(horizon / 4)}
   * @return the raw forecast
   */
  public static TimeSeries crossSectionalMeanReversion(TimeSeries instrument, TimeSeries assetClass, int horizon,
      OptionalDouble ewmaSpan) {
    double span = crossSectionalSpan(horizon, ewmaSpan);
    TimeSeries o = outperformance(instrument, assetClass);
    double[] rolled = RuleMath.rollingMean(Kernels.diff(o.values()), horizon, horizon);
    double[] smoothed = RuleMath.ewmMean(rolled, Ewm.span(span));
    for (int i = 0; i < smoothed.length; i++) {
      smoothed[i] = -smoothed[i];
    }
    return TimeSeries.ofOwned(o.timesView(), smoothed);
  }

  private static TimeSeries outperformance(TimeSeries instrument, TimeSeries assetClass) {
    ArgChecker.notNull(instrument, "normalised_price_this_instrument");
    ArgChecker.notNull(assetClass, "normalised_price_for_asset_class");
    return instrument.ffill().minus(assetClass.ffill());
  }

  private static double crossSectionalSpan(int horizon, OptionalDouble ewmaSpan) {
    ArgChecker.positive(horizon, "horizon");
    ArgChecker.notNull(ewmaSpan, "ewma_span");
    double span = ewmaSpan.isPresent() ? ewmaSpan.getAsDouble() : (double) (horizon / 4);
    return Math.max(span, 2);
  }

  private static OptionalDouble optional(RuleArgs a, String name) {
    return a.has(name) ? OptionalDouble.of(a.getDouble(name)) : OptionalDouble.empty();
  }

  // ------------------------------------------------------------------ bias

  /**
   * {@code short_bias(price)} of pysystemtrade's legacy {@code systems/provided/rules/_TO_DELETE_OLD.py}: a
   * constant forecast of minus the average absolute forecast (10) on every row of the price's index, NaN rows
   * included. (In pysystemtrade 1.80 the function refers to an undefined {@code system_defaults} and fails when
   * called; this is its evident intent, with the default {@code average_absolute_forecast: 10.0}.)
   *
   * <p>Input: 0 = price (only its index is used). No arguments.
   *
   * @param in the inputs
   * @return -10 on every row of the price index
   */
  public static TimeSeries shortBias(RuleInputs in) {
    BIAS.bind("short_bias", in.data().size(), in.args());
    return shortBias(in.data(0));
  }

  /**
   * {@code short_bias(price)}: see {@link #shortBias(RuleInputs)}.
   *
   * @param price the price (only its index is used)
   * @return -10 on every row
   */
  public static TimeSeries shortBias(TimeSeries price) {
    ArgChecker.notNull(price, "price");
    return TimeSeries.constant(price.timesView(), -1.0 * AVERAGE_ABSOLUTE_FORECAST);
  }

  /**
   * {@code long_bias(price)} of pysystemtrade's legacy {@code _TO_DELETE_OLD.py}: a constant forecast of the
   * average absolute forecast (+10) on every row of the price's index; see {@link #shortBias(RuleInputs)} for the
   * caveat.
   *
   * <p>Input: 0 = price (only its index is used). No arguments.
   *
   * @param in the inputs
   * @return +10 on every row of the price index
   */
  public static TimeSeries longBias(RuleInputs in) {
    BIAS.bind("long_bias", in.data().size(), in.args());
    return longBias(in.data(0));
  }

  /**
   * {@code long_bias(price)}: see {@link #longBias(RuleInputs)}.
   *
   * @param price the price (only its index is used)
   * @return +10 on every row
   */
  public static TimeSeries longBias(TimeSeries price) {
    ArgChecker.notNull(price, "price");
    return TimeSeries.constant(price.timesView(), AVERAGE_ABSOLUTE_FORECAST);
  }
}
