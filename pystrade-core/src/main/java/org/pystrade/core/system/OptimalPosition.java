package org.pystrade.core.system;

import java.time.LocalDateTime;
import org.pystrade.core.domain.InstrumentCode;
import org.pystrade.core.domain.Quantity;
import org.pystrade.core.domain.Trade;
import org.pystrade.core.util.ArgChecker;

/**
 * What a production run asks a system every day for each instrument: the latest optimal (notional) position, the
 * buffer around it, and the position the system would hold there, whole contracts. pysystemtrade's strategy run
 * turns the gap between the held position and this buffer into an order.
 *
 * @param instrument the instrument
 * @param time the moment of the latest position (naive local time, as the data's timestamps)
 * @param optimal the optimal position, contracts (fractional)
 * @param lowerBuffer the lower edge of the buffer, contracts (fractional)
 * @param upperBuffer the upper edge of the buffer, contracts (fractional)
 * @param bufferedPosition the position the backtest holds at that moment: buffered and rounded to whole contracts
 * @param tradeToEdge whether a position outside the buffer is traded to the nearest edge (true) or to the optimum
 */
public record OptimalPosition(InstrumentCode instrument, LocalDateTime time, double optimal, double lowerBuffer,
    double upperBuffer, Quantity bufferedPosition, boolean tradeToEdge) {

  /**
   * Validates.
   *
   * @param instrument the instrument
   * @param time the moment of the latest position (naive local time, as the data's timestamps)
   * @param optimal the optimal position, contracts (fractional)
   * @param lowerBuffer the lower edge of the buffer, contracts (fractional)
   * @param upperBuffer the upper edge of the buffer, contracts (fractional)
   * @param bufferedPosition the position the backtest holds at that moment: buffered and rounded to whole contracts
   * @param tradeToEdge whether a position outside the buffer is traded to the nearest edge (true) or to the optimum
   */
  public OptimalPosition {
    ArgChecker.notNull(instrument, "instrument");
    ArgChecker.notNull(time, "time");
    ArgChecker.isTrue(Double.isFinite(optimal) && Double.isFinite(lowerBuffer) && Double.isFinite(upperBuffer),
        "optimal position and buffers of {} must be finite but were {}, {}, {}", instrument, optimal, lowerBuffer,
        upperBuffer);
    ArgChecker.isTrue(lowerBuffer <= upperBuffer, "lower buffer {} of {} must not be above the upper buffer {}",
        lowerBuffer, instrument, upperBuffer);
    ArgChecker.notNull(bufferedPosition, "bufferedPosition");
  }

  /**
   * The whole-contract position to hold given the position held now, as the backtest buffers: the buffer edges and
   * the optimum are rounded (half to even); a held position inside the rounded buffer is kept, one outside is moved
   * to the nearest edge (or to the optimum).
   *
   * @param held the position held now
   * @return the position to hold
   */
  public Quantity target(Quantity held) {
    ArgChecker.notNull(held, "held");
    double top = Math.rint(upperBuffer);
    double bottom = Math.rint(lowerBuffer);
    double current = held.value();
    if (current > top) {
      return Quantity.of(tradeToEdge ? top : Math.rint(optimal));
    }
    if (current < bottom) {
      return Quantity.of(tradeToEdge ? bottom : Math.rint(optimal));
    }
    return held;
  }

  /**
   * The trade that brings the position held now to the {@link #target} (zero inside the buffer): what a production
   * strategy run turns into an order.
   *
   * @param held the position held now
   * @return the trade, target minus held
   */
  public Trade tradeFrom(Quantity held) {
    return Trade.between(instrument, held, target(held));
  }
}
