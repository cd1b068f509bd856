package org.pystrade.core.rules;

import java.util.Map;
import java.util.concurrent.atomic.AtomicBoolean;
import org.pystrade.core.series.TimeSeries;
import org.pystrade.core.util.ArgChecker;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The older trading rules of pysystemtrade's {@code systems.provided.futures_chapter15.rules} module, which configs
 * written for earlier versions still name: {@code ewmac}, {@code carry} (from the daily annualised roll and the
 * volatility) and {@code carry2} (from the raw carry). They are registered under their full paths only (their
 * short names would clash with {@code systems.provided.rules.ewmac.ewmac} and {@code .carry.carry}).
 *
 * <p>The arithmetic is pysystemtrade's, operation for operation, so the forecasts are bit-identical to those of
 * {@link ProvidedRules#ewmac(RuleInputs)} and {@link ProvidedRules#carry(RuleInputs)} on the same inputs. Unlike
 * those, these check their signature as Python would: every data input is required, {@code ewmac} needs
 * {@code Lfast} and {@code Lslow}, and an argument the function does not take is an
 * {@link IllegalArgumentException} naming it.
 */
public final class Chapter15Rules {

  private static final Logger LOG = LoggerFactory.getLogger(Chapter15Rules.class);

  private static final String PREFIX = "systems.provided.futures_chapter15.rules.";

  /** pysystemtrade's {@code ROOT_BDAYS_INYEAR}, the annualisation factor of a daily volatility. */
  private static final double ROOT_BDAYS_INYEAR = 16.0;

  /** pysystemtrade prints a deprecation notice on every call of {@code carry}; pystrade logs it once. */
  private static final AtomicBoolean CARRY_DEPRECATION_LOGGED = new AtomicBoolean();

  private Chapter15Rules() {
  }

  private static final RuleSignature EWMAC = RuleSignature.of("price", "vol").required("Lfast", "Lslow")
      .atLeast(1, "Lfast", "Lslow");
  private static final RuleSignature CARRY = RuleSignature.of("daily_ann_roll", "vol")
      .optional("smooth_days", 90).atLeast(1, "smooth_days");
  private static final RuleSignature CARRY2 = RuleSignature.of("raw_carry").optional("smooth_days", 90)
      .atLeast(1, "smooth_days");

  static void registerAll(Map<String, RuleRegistry.Entry> m) {
    m.put(PREFIX + "ewmac", new RuleRegistry.Entry(Chapter15Rules::ewmac, EWMAC));
    m.put(PREFIX + "carry", new RuleRegistry.Entry(Chapter15Rules::carry, CARRY));
    m.put(PREFIX + "carry2", new RuleRegistry.Entry(Chapter15Rules::carry2, CARRY2));
  }

  /**
   * {@code futures_chapter15.rules.ewmac(price, vol, Lfast, Lslow)}: the fast minus the slow exponentially weighted
   * mean of the price (spans {@code Lfast} and {@code Lslow}; pandas' default {@code min_periods=0} means a value
   * from the first price on), divided by the volatility forward filled on its own index, aligned on the union of
   * both indexes. The same arithmetic as {@link ProvidedRules#ewmac(TimeSeries, TimeSeries, double, double)}.
   *
   * <p>Inputs: 0 = daily price, 1 = daily price volatility. Arguments: {@code Lfast} and {@code Lslow}, both
   * required (the function has no defaults).
   *
   * @param in the inputs
   * @return the raw forecast, on the union of both indexes
   */
  public static TimeSeries ewmac(RuleInputs in) {
    RuleArgs a = EWMAC.bind("futures_chapter15.rules.ewmac", in.data().size(), in.args());
    return ProvidedRules.ewmac(in.data(0), in.data(1), a.getDouble("Lfast"), a.getDouble("Lslow"));
  }

  /**
   * {@code futures_chapter15.rules.carry(daily_ann_roll, vol, smooth_days=90)}, deprecated in pysystemtrade in
   * favour of {@code carry2}: the daily annualised roll divided by the annualised volatility ({@code vol * 16}),
   * aligned on the union of both indexes, then smoothed by an exponentially weighted mean whose centre of mass is
   * {@code smooth_days} (pandas reads the positional {@code ewm} argument as the centre of mass). With
   * {@code rawdata.daily_annualised_roll} and {@code rawdata.daily_returns_volatility} as inputs this is
   * {@code carry2} of {@code rawdata.raw_carry}, bit for bit.
   *
   * <p>Inputs: 0 = daily annualised roll, 1 = daily price volatility. Argument: {@code smooth_days} (default 90).
   * pysystemtrade prints "DEPRECATED: USE carry2" on every call; pystrade logs a warning the first time.
   *
   * @param in the inputs
   * @return the raw forecast, on the union of both indexes
   */
  public static TimeSeries carry(RuleInputs in) {
    RuleArgs a = CARRY.bind("futures_chapter15.rules.carry", in.data().size(), in.args());
    if (CARRY_DEPRECATION_LOGGED.compareAndSet(false, true)) {
      LOG.warn("trading rule function systems.provided.futures_chapter15.rules.carry is deprecated in "
          + "pysystemtrade: use carry2");
    }
    return carry(in.data(0), in.data(1), a.getDouble("smooth_days"));
  }

  /**
   * The Java form of {@link #carry(RuleInputs)}.
   *
   * @param dailyAnnualisedRoll the daily annualised roll
   * @param vol the daily price volatility
   * @param smoothDays the centre of mass of the smoothing
   * @return the raw forecast, on the union of both indexes
   */
  public static TimeSeries carry(TimeSeries dailyAnnualisedRoll, TimeSeries vol, double smoothDays) {
    ArgChecker.notNull(dailyAnnualisedRoll, "daily_ann_roll");
    ArgChecker.notNull(vol, "vol");
    TimeSeries annualisedStdev = vol.times(ROOT_BDAYS_INYEAR);
    return ProvidedRules.carry(dailyAnnualisedRoll.dividedBy(annualisedStdev), smoothDays);
  }

  /**
   * {@code futures_chapter15.rules.carry2(raw_carry, smooth_days=90)}: the raw carry smoothed by an exponentially
   * weighted mean whose centre of mass is {@code smooth_days}; the same arithmetic as
   * {@link ProvidedRules#carry(TimeSeries, double)}.
   *
   * <p>Input: 0 = raw carry. Argument: {@code smooth_days} (default 90).
   *
   * @param in the inputs
   * @return the raw forecast, on the index of the raw carry
   */
  public static TimeSeries carry2(RuleInputs in) {
    RuleArgs a = CARRY2.bind("futures_chapter15.rules.carry2", in.data().size(), in.args());
    return ProvidedRules.carry(in.data(0), a.getDouble("smooth_days"));
  }
}
