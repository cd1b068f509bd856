package org.pystrade.production.execution;

import org.pystrade.core.domain.FuturesContract;
import org.pystrade.core.domain.InstrumentCode;
import org.pystrade.core.domain.Quantity;
import org.pystrade.core.domain.trading.OrderLevel;
import org.pystrade.core.util.ArgChecker;

/**
 * A fill that went beyond the quantity of a contract or instrument order: the broker traded more than was ordered
 * (two broker orders of one contract order filled, one of them late). The fill is booked (the positions are the
 * broker's) and the order kept the excess as its amendment
 * ({@link org.pystrade.data.production.OrderAmendment.Cause#BEYOND_QUANTITY}); the execution reports it as a
 * failure as well, so that the day's cycle is not complete.
 *
 * @param executionId the broker's execution id of the fill
 * @param clientRef the client order reference of the broker order filled
 * @param orderId the id of the order whose quantity the fill went beyond
 * @param level the level of that order: contract or instrument
 * @param contract the contract traded
 * @param ordered the signed quantity of that order
 * @param filledBefore what of that order was filled before the fill
 * @param beyond the signed quantity traded beyond that order's quantity
 */
public record OverFill(String executionId, String clientRef, long orderId, OrderLevel level,
    FuturesContract contract, Quantity ordered, Quantity filledBefore, Quantity beyond) {

  /**
   * Checks the arguments.
   *
   * @param executionId the broker's execution id of the fill
   * @param clientRef the client order reference of the broker order filled
   * @param orderId the id of the order whose quantity the fill went beyond
   * @param level the level of that order: contract or instrument
   * @param contract the contract traded
   * @param ordered the signed quantity of that order
   * @param filledBefore what of that order was filled before the fill
   * @param beyond the signed quantity traded beyond that order's quantity
   */
  public OverFill {
    ArgChecker.notBlank(executionId, "executionId");
    ArgChecker.notBlank(clientRef, "clientRef");
    ArgChecker.isTrue(orderId > 0, "order id must be positive: {}", orderId);
    ArgChecker.notNull(level, "level");
    ArgChecker.isTrue(level != OrderLevel.BROKER, "a fill never goes beyond its broker order's quantity");
    ArgChecker.notNull(contract, "contract");
    ArgChecker.notNull(ordered, "ordered");
    ArgChecker.notNull(filledBefore, "filledBefore");
    ArgChecker.notNull(beyond, "beyond");
    ArgChecker.isTrue(!beyond.isZero() && beyond.signum() == ordered.signum(),
        "what went beyond {} must be of the order's sign, not zero: {}", ordered, beyond);
  }

  /**
   * The instrument traded.
   *
   * @return the contract's instrument
   */
  public InstrumentCode instrument() {
    return contract.instrument();
  }
}
