package org.pystrade.core.domain.trading;

import java.util.Optional;
import org.pystrade.core.domain.InstrumentCode;
import org.pystrade.core.util.ArgChecker;

/**
 * A limit on the contracts traded in an instrument over a period of days, for one strategy or for all
 * (pysystemtrade's trade limits).
 *
 * @param strategy the strategy, null for a limit on all strategies together
 * @param instrument the instrument
 * @param periodDays the period in days, positive
 * @param maxContracts the most contracts (absolute, summed) traded in the period, not negative
 */
public record TradeLimit(StrategyName strategy, InstrumentCode instrument, int periodDays, long maxContracts) {

  /**
   * Checks the arguments.
   *
   * @param strategy the strategy, null for a limit on all strategies together
   * @param instrument the instrument
   * @param periodDays the period in days, positive
   * @param maxContracts the most contracts (absolute, summed) traded in the period, not negative
   */
  public TradeLimit {
    ArgChecker.notNull(instrument, "instrument");
    ArgChecker.positive(periodDays, "periodDays");
    ArgChecker.isTrue(maxContracts >= 0, "maxContracts must not be negative but was {}", maxContracts);
  }

  /**
   * The strategy, if the limit is for one.
   *
   * @return the strategy or empty for all strategies
   */
  public Optional<StrategyName> strategyIfAny() {
    return Optional.ofNullable(strategy);
  }
}
