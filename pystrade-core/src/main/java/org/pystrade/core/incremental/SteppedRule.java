package org.pystrade.core.incremental;

import java.util.List;
import java.util.Optional;
import org.pystrade.core.rules.DataSourceRegistry;
import org.pystrade.core.rules.RuleArgs;
import org.pystrade.core.rules.RuleRegistry;
import org.pystrade.core.rules.RuleSpec;
import org.pystrade.core.rules.TradingRule;
import org.pystrade.core.series.Ewm;
import org.pystrade.core.series.EwmMeanStep;

/**
 * A trading rule the incremental computation can step one day at a time: pysystemtrade's {@code ewmac} on the
 * daily price and its volatility, and {@code carry} on the raw carry (its chapter-15 forms included), each as the
 * standard registry has it and reading the standard data sources. Its raw forecast is on the daily price's days
 * ({@code ewmac}) or on the union of the price's and the multiple prices' days ({@code carry}).
 *
 * @param kind which rule
 * @param first {@code Lfast}, or the carry's {@code smooth_days}
 * @param second {@code Lslow} (unused for carry)
 */
record SteppedRule(Kind kind, double first, double second) {

  /** The rules that can be stepped. */
  enum Kind {
    /** {@code ewmac(price, vol, Lfast, Lslow)}: on the price's days. */
    EWMAC,
    /** {@code carry(raw_carry, smooth_days)}: on the union of the price's and the multiple prices' days. */
    CARRY
  }

  private static final String CH15 = "systems.provided.futures_chapter15.rules.";
  private static final String PRICE = "rawdata.get_daily_prices";
  private static final String PRICE_ALIAS = "rawdata.daily_prices";
  private static final String VOL = "rawdata.daily_returns_volatility";
  private static final String RAW_CARRY = "rawdata.raw_carry";
  private static final String DAILY_ROLL = "rawdata.daily_annualised_roll";

  /**
   * The stepped form of a rule variation, if it has one.
   *
   * @param spec the variation
   * @param sources the system's data sources
   * @return the stepped rule, or empty if the rule or its data cannot be stepped
   */
  static Optional<SteppedRule> of(RuleSpec spec, DataSourceRegistry sources) {
    for (String source : spec.data()) {
      if (!sources.isStandard(source)) {
        return Optional.empty();
      }
    }
    for (RuleArgs args : spec.dataArgs()) {
      if (!args.names().isEmpty()) {
        return Optional.empty();
      }
    }
    TradingRule rule = spec.rule();
    List<String> data = spec.data();
    if ((is(rule, "ewmac") || is(rule, CH15 + "ewmac")) && data.size() == 2
        && (data.get(0).equals(PRICE) || data.get(0).equals(PRICE_ALIAS)) && data.get(1).equals(VOL)) {
      RuleArgs a = spec.boundArgs();
      return Optional.of(new SteppedRule(Kind.EWMAC, a.getDouble("Lfast"), a.getDouble("Lslow")));
    }
    if ((is(rule, "carry") || is(rule, CH15 + "carry2")) && data.equals(List.of(RAW_CARRY))) {
      return Optional.of(new SteppedRule(Kind.CARRY, spec.boundArgs().getDouble("smooth_days"), 0));
    }
    if (is(rule, CH15 + "carry") && data.equals(List.of(DAILY_ROLL, VOL))) {
      // the roll over the annualised volatility, smoothed: carry2 of the raw carry, bit for bit
      return Optional.of(new SteppedRule(Kind.CARRY, spec.boundArgs().getDouble("smooth_days"), 0));
    }
    return Optional.empty();
  }

  private static boolean is(TradingRule rule, String standardName) {
    return RuleRegistry.standard().find(standardName).map(e -> e.rule() == rule).orElse(false);
  }

  /** Whether the raw forecast is on the union of the price's and the multiple prices' days. */
  boolean onUnion() {
    return kind == Kind.CARRY;
  }

  /** The running means of a new state: fast and slow for ewmac, the smoothing for carry. */
  EwmMeanStep[] newMeans() {
    if (kind == Kind.EWMAC) {
      return new EwmMeanStep[] {new EwmMeanStep(Ewm.span(first).withMinPeriods(1)),
          new EwmMeanStep(Ewm.span(second).withMinPeriods(1))};
    }
    return new EwmMeanStep[] {new EwmMeanStep(Ewm.com(first))};
  }

  /**
   * The raw forecast of a row, before zeros are read as missing.
   *
   * @param means the rule's running means (stepped)
   * @param price the day's price (ewmac)
   * @param volFilled the volatility forward filled to the day (ewmac)
   * @param rawCarry the day's raw carry (carry)
   * @return the raw forecast
   */
  static double step(SteppedRule rule, EwmMeanStep[] means, double price, double volFilled, double rawCarry) {
    if (rule.kind == Kind.EWMAC) {
      double fast = means[0].next(price);
      double slow = means[1].next(price);
      return (fast - slow) / volFilled;
    }
    return means[0].next(rawCarry);
  }
}
