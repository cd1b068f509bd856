package org.pystrade.core.domain.trading;

import java.time.Instant;
import org.pystrade.core.domain.Quantity;
import org.pystrade.core.util.ArgChecker;

/**
 * The archive of a broker order that is done: how it was worked, what filled at what average price, and its
 * slippage against the mid price when it was submitted (pysystemtrade's archived order with its
 * {@code mid_price} and fill price).
 *
 * @param brokerOrderId the broker order (its store id)
 * @param algorithm the execution algorithm's name, not blank
 * @param midAtSubmission the mid price when the order was submitted, finite
 * @param filled the signed quantity filled, whole (zero for an order that filled nothing)
 * @param averagePrice the average fill price, finite when something filled, NaN otherwise
 * @param slippage the price slippage per contract against the mid, positive when the fill was worse (a buy above
 *     or a sell below the mid); NaN when nothing filled
 * @param status how the broker order ended
 * @param archived when it was archived
 */
public record ExecutionReport(long brokerOrderId, String algorithm, double midAtSubmission, Quantity filled,
    double averagePrice, double slippage, OrderStatus status, Instant archived) {

  /**
   * Checks the arguments.
   *
   * @param brokerOrderId the broker order (its store id)
   * @param algorithm the execution algorithm's name, not blank
   * @param midAtSubmission the mid price when the order was submitted, finite
   * @param filled the signed quantity filled, whole (zero for an order that filled nothing)
   * @param averagePrice the average fill price, finite when something filled, NaN otherwise
   * @param slippage the price slippage per contract against the mid, positive when the fill was worse (a buy above
   *         or a sell below the mid); NaN when nothing filled
   * @param status how the broker order ended
   * @param archived when it was archived
   */
  public ExecutionReport {
    ArgChecker.isTrue(brokerOrderId > 0, "broker order id must be positive but was {}", brokerOrderId);
    ArgChecker.notBlank(algorithm, "algorithm");
    ArgChecker.isTrue(Double.isFinite(midAtSubmission), "mid at submission must be finite but was {}",
        midAtSubmission);
    ArgChecker.notNull(filled, "filled");
    ArgChecker.isTrue(filled.isWhole(), "filled quantity must be whole: {}", filled);
    ArgChecker.isTrue(filled.isZero() ? Double.isNaN(averagePrice) && Double.isNaN(slippage)
        : Double.isFinite(averagePrice) && Double.isFinite(slippage),
        "average price {} and slippage {} must be finite exactly when something filled ({})", averagePrice,
        slippage, filled);
    ArgChecker.notNull(status, "status");
    ArgChecker.isTrue(!status.isActive(), "only an order that is done is archived, not {}", status);
    ArgChecker.notNull(archived, "archived");
  }

  /**
   * The report of a done order: the slippage is worked out from the side, the average price and the mid.
   *
   * @param brokerOrderId the broker order
   * @param algorithm the algorithm
   * @param midAtSubmission the mid at submission
   * @param filled the quantity filled
   * @param averagePrice the average fill price (ignored when nothing filled)
   * @param status how it ended
   * @param archived when
   * @return the report
   */
  public static ExecutionReport of(long brokerOrderId, String algorithm, double midAtSubmission, Quantity filled,
      double averagePrice, OrderStatus status, Instant archived) {
    ArgChecker.notNull(filled, "filled");
    boolean none = filled.isZero();
    return new ExecutionReport(brokerOrderId, algorithm, midAtSubmission, filled, none ? Double.NaN : averagePrice,
        none ? Double.NaN : filled.signum() * (averagePrice - midAtSubmission), status, archived);
  }
}
