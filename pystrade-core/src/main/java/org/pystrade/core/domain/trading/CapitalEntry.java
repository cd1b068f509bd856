package org.pystrade.core.domain.trading;

import java.time.Instant;
import org.pystrade.core.domain.Money;
import org.pystrade.core.util.ArgChecker;

/**
 * One entry of pysystemtrade's capital history: the total capital the strategies trade, the maximum capital (the
 * high-water mark that half compounding does not go beyond), the broker's account value it was computed from and
 * the profit and loss accumulated from the account value's changes. All four amounts in the account's base
 * currency.
 *
 * @param time when it was recorded
 * @param totalCapital the total capital
 * @param maximumCapital the maximum capital
 * @param brokerAccountValue the broker's account value
 * @param accumulatedPandl the accumulated profit and loss
 */
public record CapitalEntry(Instant time, Money totalCapital, Money maximumCapital, Money brokerAccountValue,
    Money accumulatedPandl) {

  /**
   * Checks the arguments: all four amounts in one currency.
   *
   * @param time when it was recorded
   * @param totalCapital the total capital
   * @param maximumCapital the maximum capital
   * @param brokerAccountValue the broker's account value
   * @param accumulatedPandl the accumulated profit and loss
   */
  public CapitalEntry {
    ArgChecker.notNull(time, "time");
    ArgChecker.notNull(totalCapital, "totalCapital");
    ArgChecker.notNull(maximumCapital, "maximumCapital");
    ArgChecker.notNull(brokerAccountValue, "brokerAccountValue");
    ArgChecker.notNull(accumulatedPandl, "accumulatedPandl");
    ArgChecker.isTrue(totalCapital.currency().equals(maximumCapital.currency())
        && totalCapital.currency().equals(brokerAccountValue.currency())
        && totalCapital.currency().equals(accumulatedPandl.currency()),
        "capital amounts must be in one currency: {}, {}, {}, {}", totalCapital, maximumCapital,
        brokerAccountValue, accumulatedPandl);
  }
}
