package org.pystrade.core.domain.trading;

import java.time.Instant;
import org.pystrade.core.domain.InstrumentCode;
import org.pystrade.core.util.ArgChecker;

/**
 * A strategy's optimal position in an instrument at a time, with its buffer edges (pysystemtrade's
 * {@code optimal_positions} of a buffered strategy).
 *
 * @param strategy the strategy
 * @param instrument the instrument
 * @param time when it was computed
 * @param optimal the unrounded optimal position, finite
 * @param lowerEdge the lower buffer edge, finite, not above {@code upperEdge}
 * @param upperEdge the upper buffer edge, finite
 */
public record OptimalPositionEntry(StrategyName strategy, InstrumentCode instrument, Instant time, double optimal,
    double lowerEdge, double upperEdge) {

  /**
   * Checks the arguments.
   *
   * @param strategy the strategy
   * @param instrument the instrument
   * @param time when it was computed
   * @param optimal the unrounded optimal position, finite
   * @param lowerEdge the lower buffer edge, finite, not above {@code upperEdge}
   * @param upperEdge the upper buffer edge, finite
   */
  public OptimalPositionEntry {
    ArgChecker.notNull(strategy, "strategy");
    ArgChecker.notNull(instrument, "instrument");
    ArgChecker.notNull(time, "time");
    ArgChecker.isTrue(Double.isFinite(optimal) && Double.isFinite(lowerEdge) && Double.isFinite(upperEdge)
        && lowerEdge <= upperEdge, "optimal {} and buffer edges [{}, {}] must be finite and ordered", optimal,
        lowerEdge, upperEdge);
  }
}
