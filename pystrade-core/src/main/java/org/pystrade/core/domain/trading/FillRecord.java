package org.pystrade.core.domain.trading;

import java.time.Instant;
import org.pystrade.core.domain.Money;
import org.pystrade.core.domain.Quantity;
import org.pystrade.core.util.ArgChecker;

/**
 * A fill of a broker order as booked in the state store.
 *
 * @param id the store's id, 0 for a fill not booked yet
 * @param brokerOrderId the broker order filled (its store id)
 * @param executionId the broker's execution id, unique: booking it twice is refused
 * @param quantity the signed quantity filled, whole and not zero
 * @param price the price, finite
 * @param time when it filled
 * @param commission the commission paid
 */
public record FillRecord(long id, long brokerOrderId, String executionId, Quantity quantity, double price,
    Instant time, Money commission) {

  /**
   * Checks the arguments.
   *
   * @param id the store's id, 0 for a fill not booked yet
   * @param brokerOrderId the broker order filled (its store id)
   * @param executionId the broker's execution id, unique: booking it twice is refused
   * @param quantity the signed quantity filled, whole and not zero
   * @param price the price, finite
   * @param time when it filled
   * @param commission the commission paid
   */
  public FillRecord {
    ArgChecker.isTrue(id >= 0, "fill id must not be negative but was {}", id);
    ArgChecker.isTrue(brokerOrderId > 0, "broker order id must be positive but was {}", brokerOrderId);
    ArgChecker.notBlank(executionId, "executionId");
    ArgChecker.notNull(quantity, "quantity");
    ArgChecker.isTrue(quantity.isWhole() && !quantity.isZero(), "fill quantity must be whole, not zero: {}",
        quantity);
    ArgChecker.isTrue(Double.isFinite(price), "fill price must be finite but was {}", price);
    ArgChecker.notNull(time, "time");
    ArgChecker.notNull(commission, "commission");
  }

  /**
   * A fill not booked yet.
   *
   * @param brokerOrderId the broker order
   * @param executionId the execution id
   * @param quantity the signed quantity
   * @param price the price
   * @param time the time
   * @param commission the commission
   * @return the fill with id 0
   */
  public static FillRecord of(long brokerOrderId, String executionId, Quantity quantity, double price,
      Instant time, Money commission) {
    return new FillRecord(0, brokerOrderId, executionId, quantity, price, time, commission);
  }
}
