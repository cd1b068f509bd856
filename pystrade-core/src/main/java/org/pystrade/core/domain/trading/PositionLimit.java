package org.pystrade.core.domain.trading;

import java.util.Optional;
import org.pystrade.core.domain.InstrumentCode;
import org.pystrade.core.util.ArgChecker;

/**
 * The largest absolute position in an instrument, for one strategy or for all strategies together
 * (pysystemtrade's position limits).
 *
 * @param strategy the strategy, null for the limit of all strategies together
 * @param instrument the instrument
 * @param maxAbsPosition the largest absolute position in contracts, not negative
 */
public record PositionLimit(StrategyName strategy, InstrumentCode instrument, long maxAbsPosition) {

  /**
   * Checks the arguments.
   *
   * @param strategy the strategy, null for the limit of all strategies together
   * @param instrument the instrument
   * @param maxAbsPosition the largest absolute position in contracts, not negative
   */
  public PositionLimit {
    ArgChecker.notNull(instrument, "instrument");
    ArgChecker.isTrue(maxAbsPosition >= 0, "maxAbsPosition must not be negative but was {}", maxAbsPosition);
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
