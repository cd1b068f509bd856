package org.pystrade.core.domain.trading;

import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.OptionalDouble;
import org.pystrade.core.domain.Money;
import org.pystrade.core.util.ArgChecker;

/**
 * pysystemtrade's arithmetic of the total capital ({@code sysproduction/data/capital.py}'s
 * {@code totalCapitalUpdater}) and of its allocation to strategies by weight ({@code weighted_strategy_allocation}).
 *
 * <p>With the profit and loss {@code pandl = newAccountValue - previousAccountValue}:
 * <ul>
 *   <li>{@link CapitalMode#FULL}: total = max(0, previous total + pandl); maximum = total;</li>
 *   <li>{@link CapitalMode#HALF}: total = max(0, min(previous total + pandl, previous maximum)); maximum
 *       unchanged;</li>
 *   <li>{@link CapitalMode#FIXED}: total = previous total; maximum = total;</li>
 * </ul>
 * and in every mode the accumulated profit and loss grows by {@code pandl} and the account value is the new one.
 */
public final class CapitalCalculation {

  /** pysystemtrade's default limit on the relative change of the account value before a manual check: 10%. */
  public static final double DEFAULT_CHECK_LIMIT = 0.1;

  private CapitalCalculation() {
  }

  /**
   * The first capital entry from an account value (pysystemtrade's {@code create_initial_capital} without
   * overrides): total and maximum capital equal to the account value, no accumulated profit and loss.
   *
   * @param time the time
   * @param accountValue the broker's account value
   * @return the entry
   */
  public static CapitalEntry initial(Instant time, Money accountValue) {
    ArgChecker.notNull(accountValue, "accountValue");
    return new CapitalEntry(time, accountValue, accountValue, accountValue, Money.of(0, accountValue.currency()));
  }

  /**
   * The relative change of the account value if it goes beyond a limit (pysystemtrade's
   * {@code check_pandl_size}: {@code |pandl / previous account value| > limit}); such an update needs a manual
   * check before it is applied.
   *
   * @param previous the previous entry
   * @param newAccountValue the new account value
   * @param checkLimit the limit, such as {@link #DEFAULT_CHECK_LIMIT}
   * @return the absolute relative change if beyond the limit, else empty
   */
  public static OptionalDouble largeChange(CapitalEntry previous, Money newAccountValue, double checkLimit) {
    ArgChecker.notNull(previous, "previous");
    ArgChecker.notNull(newAccountValue, "newAccountValue");
    ArgChecker.notNegative(checkLimit, "checkLimit");
    double change = Math.abs(newAccountValue.minus(previous.brokerAccountValue()).amount()
        / previous.brokerAccountValue().amount());
    return change > checkLimit ? OptionalDouble.of(change) : OptionalDouble.empty();
  }

  /**
   * The next capital entry from a new account value.
   *
   * @param previous the previous entry
   * @param newAccountValue the new account value, in the previous entry's currency
   * @param time the time of the new entry
   * @param mode the capital mode
   * @return the new entry
   */
  public static CapitalEntry next(CapitalEntry previous, Money newAccountValue, Instant time, CapitalMode mode) {
    ArgChecker.notNull(previous, "previous");
    ArgChecker.notNull(newAccountValue, "newAccountValue");
    ArgChecker.notNull(mode, "mode");
    Money pandl = newAccountValue.minus(previous.brokerAccountValue());
    double prevTotal = previous.totalCapital().amount();
    double total;
    double maximum;
    switch (mode) {
      case FULL -> {
        total = Math.max(0, prevTotal + pandl.amount());
        maximum = total;
      }
      case HALF -> {
        total = Math.max(0, Math.min(prevTotal + pandl.amount(), previous.maximumCapital().amount()));
        maximum = previous.maximumCapital().amount();
      }
      case FIXED -> {
        total = prevTotal;
        maximum = total;
      }
      default -> throw new IllegalStateException(mode.name());
    }
    return new CapitalEntry(time, Money.of(total, newAccountValue.currency()),
        Money.of(maximum, newAccountValue.currency()), newAccountValue, previous.accumulatedPandl().plus(pandl));
  }

  /**
   * The capital of each strategy: the total capital times the strategy's weight over the sum of the weights
   * (pysystemtrade's {@code weighted_strategy_allocation}: {@code (weight / sum_of_weights) * total_capital}).
   *
   * @param totalCapital the total capital
   * @param weights each strategy's weight, not negative, their sum positive
   * @return each strategy's capital, in the order of the weights
   */
  public static Map<StrategyName, Money> allocate(Money totalCapital, Map<StrategyName, Double> weights) {
    ArgChecker.notNull(totalCapital, "totalCapital");
    ArgChecker.notEmpty(weights, "weights");
    double sum = 0;
    for (double w : weights.values()) {
      ArgChecker.notNegative(w, "weight");
      sum += w;
    }
    ArgChecker.isTrue(sum > 0, "the strategies' weights must not sum to zero: {}", weights);
    Map<StrategyName, Money> out = new LinkedHashMap<>();
    for (Map.Entry<StrategyName, Double> e : weights.entrySet()) {
      out.put(e.getKey(), Money.of((e.getValue() / sum) * totalCapital.amount(), totalCapital.currency()));
    }
    return out;
  }
}
