package org.pystrade.data.production;

import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.concurrent.atomic.AtomicReference;
import org.pystrade.core.data.DataException;
import org.pystrade.core.domain.Money;
import org.pystrade.core.domain.ReasonCode;
import org.pystrade.core.domain.trading.CapitalCalculation;
import org.pystrade.core.domain.trading.CapitalEntry;
import org.pystrade.core.domain.trading.CapitalMode;
import org.pystrade.core.domain.trading.Strategy;
import org.pystrade.core.domain.trading.StrategyName;
import org.pystrade.core.util.ArgChecker;

/**
 * The capital of production trading, kept in a {@link ProductionStore}: the total capital updated from the
 * broker's account value in a {@link CapitalMode} (pysystemtrade's {@code update_total_capital}) or set by hand,
 * and its allocation to the strategies by their weights. Each operation is one transaction.
 */
public final class ProductionCapital {

  private final ProductionStore store;

  /**
   * The capital of a store.
   *
   * @param store the store
   */
  public ProductionCapital(ProductionStore store) {
    this.store = ArgChecker.notNull(store, "store");
  }

  /**
   * The latest total capital entry.
   *
   * @return the entry or empty if capital was never recorded
   */
  public Optional<CapitalEntry> current() {
    return store.capital().latestTotal();
  }

  /**
   * Records a new account value and the total capital it gives (pysystemtrade's
   * {@code get_total_capital_with_new_broker_account_value}): the first value sets the capital up
   * ({@link CapitalCalculation#initial}); afterwards the capital follows the mode ({@link CapitalCalculation#next}),
   * unless the account value moved by more than the check limit, which needs a manual check
   * ({@link #setByHand}) and records nothing.
   *
   * @param accountValue the broker's account value in the base currency
   * @param time the time
   * @param mode the capital mode
   * @param checkLimit the largest relative change of the account value applied without a check
   * @return the entry recorded
   * @throws DataException ({@link ReasonCode#BAD_VALUE}) if the change is beyond the limit or the currency is
   *     not the one of the capital so far
   */
  public CapitalEntry updateFromAccountValue(Money accountValue, Instant time, CapitalMode mode,
      double checkLimit) {
    ArgChecker.notNull(accountValue, "accountValue");
    ArgChecker.notNull(time, "time");
    ArgChecker.notNull(mode, "mode");
    ArgChecker.notNegative(checkLimit, "checkLimit");
    AtomicReference<CapitalEntry> out = new AtomicReference<>();
    store.inTransaction("capital update from the account value " + accountValue, () -> {
      Optional<CapitalEntry> previous = store.capital().latestTotal();
      CapitalEntry entry;
      if (previous.isEmpty()) {
        entry = CapitalCalculation.initial(time, accountValue);
      } else {
        CapitalEntry prev = previous.get();
        if (!prev.brokerAccountValue().currency().equals(accountValue.currency())) {
          throw new DataException(ReasonCode.BAD_VALUE, "account value " + accountValue + " is not in the"
              + " capital's currency " + prev.brokerAccountValue().currency());
        }
        OptionalDouble large = CapitalCalculation.largeChange(prev, accountValue, checkLimit);
        if (large.isPresent()) {
          throw new DataException(ReasonCode.BAD_VALUE, String.format(java.util.Locale.ROOT,
              "new account value %s is %.1f%% away from the previous %s, beyond the limit of %.1f%%:"
                  + " check it and set the capital by hand", accountValue, large.getAsDouble() * 100,
              prev.brokerAccountValue(), checkLimit * 100));
        }
        entry = CapitalCalculation.next(prev, accountValue, time, mode);
      }
      store.capital().addTotal(entry);
      out.set(entry);
    });
    return out.get();
  }

  /**
   * Sets the capital by hand (pysystemtrade's {@code create_initial_capital} and {@code modify_account_values}):
   * an omitted total is the account value, an omitted maximum the total, an omitted accumulated profit and loss
   * zero.
   *
   * @param time the time
   * @param accountValue the broker's account value
   * @param total the total capital, null for the account value
   * @param maximum the maximum capital, null for the total
   * @param accumulatedPandl the accumulated profit and loss, null for zero
   * @return the entry recorded
   */
  public CapitalEntry setByHand(Instant time, Money accountValue, Money total, Money maximum,
      Money accumulatedPandl) {
    ArgChecker.notNull(accountValue, "accountValue");
    Money t = total == null ? accountValue : total;
    Money m = maximum == null ? t : maximum;
    Money a = accumulatedPandl == null ? Money.of(0, accountValue.currency()) : accumulatedPandl;
    CapitalEntry entry = new CapitalEntry(time, t, m, accountValue, a);
    store.capital().addTotal(entry);
    return entry;
  }

  /**
   * Allocates the latest total capital to the strategies by their weights (pysystemtrade's
   * {@code weighted_strategy_allocation}) and records each strategy's capital, in one transaction.
   *
   * @param time the time of the allocation
   * @return each strategy's capital, by name
   * @throws DataException ({@link ReasonCode#MISSING_DATA}) if there is no capital or no strategy with a
   *     positive weight
   */
  public Map<StrategyName, Money> allocateToStrategies(Instant time) {
    ArgChecker.notNull(time, "time");
    AtomicReference<Map<StrategyName, Money>> out = new AtomicReference<>();
    store.inTransaction("allocation of capital to strategies", () -> {
      CapitalEntry total = store.capital().latestTotal().orElseThrow(() -> new DataException(
          ReasonCode.MISSING_DATA, "no capital to allocate in " + store.location()));
      Map<StrategyName, Double> weights = new LinkedHashMap<>();
      for (Strategy s : store.strategies().all()) {
        weights.put(s.name(), s.capitalWeight());
      }
      if (weights.values().stream().mapToDouble(Double::doubleValue).sum() <= 0) {
        throw new DataException(ReasonCode.MISSING_DATA, "no strategy with a positive capital weight in "
            + store.location());
      }
      Map<StrategyName, Money> allocation = CapitalCalculation.allocate(total.totalCapital(), weights);
      allocation.forEach((name, capital) -> store.capital().addStrategyCapital(name, time, capital));
      out.set(Map.copyOf(allocation));
    });
    return out.get();
  }
}
