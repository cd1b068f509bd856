package org.pystrade.core.domain.trading;

import java.time.Instant;
import java.util.Optional;
import org.pystrade.core.domain.FuturesContract;
import org.pystrade.core.domain.InstrumentCode;
import org.pystrade.core.domain.Quantity;
import org.pystrade.core.util.ArgChecker;

/**
 * An order on one of the three stacks ({@link OrderLevel}): an instrument order of a strategy, a contract order
 * (child of an instrument order) or a broker order (child of a contract order, with the client order reference
 * sent to the broker).
 *
 * @param id the store's id, 0 for an order not stored yet
 * @param level the stack
 * @param parentId the parent order's id, 0 for an instrument order
 * @param strategy the strategy it trades for
 * @param instrument the instrument
 * @param contract the contract for contract and broker orders, null for instrument orders
 * @param quantity the signed quantity ordered, whole and not zero
 * @param filled the signed quantity filled so far, same sign as {@code quantity} and not beyond it (or zero)
 * @param status the status
 * @param clientRef the client order reference of a broker order (unique in the store), empty otherwise
 * @param created when it was created
 * @param comment free text (why it was created), may be empty
 */
public record TradingOrder(long id, OrderLevel level, long parentId, StrategyName strategy,
    InstrumentCode instrument, FuturesContract contract, Quantity quantity, Quantity filled, OrderStatus status,
    String clientRef, Instant created, String comment) {

  /**
   * Checks the arguments and the links a level implies.
   *
   * @param id the store's id, 0 for an order not stored yet
   * @param level the stack
   * @param parentId the parent order's id, 0 for an instrument order
   * @param strategy the strategy it trades for
   * @param instrument the instrument
   * @param contract the contract for contract and broker orders, null for instrument orders
   * @param quantity the signed quantity ordered, whole and not zero
   * @param filled the signed quantity filled so far, same sign as {@code quantity} and not beyond it (or zero)
   * @param status the status
   * @param clientRef the client order reference of a broker order (unique in the store), empty otherwise
   * @param created when it was created
   * @param comment free text (why it was created), may be empty
   */
  public TradingOrder {
    ArgChecker.isTrue(id >= 0, "order id must not be negative but was {}", id);
    ArgChecker.notNull(level, "level");
    ArgChecker.isTrue(parentId >= 0, "parent id must not be negative but was {}", parentId);
    ArgChecker.isTrue((level == OrderLevel.INSTRUMENT) == (parentId == 0),
        "{} order must {} a parent but parent id was {}", level,
        level == OrderLevel.INSTRUMENT ? "not have" : "have", parentId);
    ArgChecker.notNull(strategy, "strategy");
    ArgChecker.notNull(instrument, "instrument");
    ArgChecker.isTrue((level == OrderLevel.INSTRUMENT) == (contract == null),
        "{} order must {} a contract", level, level == OrderLevel.INSTRUMENT ? "not have" : "have");
    ArgChecker.isTrue(contract == null || contract.instrument().equals(instrument),
        "contract {} is not of instrument {}", contract, instrument);
    ArgChecker.notNull(quantity, "quantity");
    ArgChecker.isTrue(quantity.isWhole() && !quantity.isZero(), "order quantity must be whole, not zero: {}",
        quantity);
    ArgChecker.notNull(filled, "filled");
    ArgChecker.isTrue(filled.isWhole() && (filled.isZero() || filled.signum() == quantity.signum())
        && filled.abs().compareTo(quantity.abs()) <= 0,
        "filled {} must be whole, of the order's sign and not beyond its quantity {}", filled, quantity);
    ArgChecker.notNull(status, "status");
    ArgChecker.notNull(clientRef, "clientRef");
    ArgChecker.isTrue((level == OrderLevel.BROKER) == !clientRef.isEmpty(),
        "a client order reference is required on broker orders only ({} order, ref '{}')", level, clientRef);
    ArgChecker.notNull(created, "created");
    ArgChecker.notNull(comment, "comment");
  }

  /**
   * A builder of a new order (id 0, nothing filled, open).
   *
   * @param level the stack
   * @param strategy the strategy
   * @param instrument the instrument
   * @param quantity the signed quantity
   * @return the builder
   */
  public static Builder builder(OrderLevel level, StrategyName strategy, InstrumentCode instrument,
      Quantity quantity) {
    return new Builder(level, strategy, instrument, quantity);
  }

  /**
   * The contract, for contract and broker orders.
   *
   * @return the contract or empty for an instrument order
   */
  public Optional<FuturesContract> contractIfAny() {
    return Optional.ofNullable(contract);
  }

  /**
   * The quantity still to fill.
   *
   * @return the signed quantity minus what filled
   */
  public Quantity remaining() {
    return quantity.minus(filled);
  }

  /**
   * This order with its id.
   *
   * @param newId the id given by the store
   * @return the order with that id
   */
  public TradingOrder withId(long newId) {
    return new TradingOrder(newId, level, parentId, strategy, instrument, contract, quantity, filled, status,
        clientRef, created, comment);
  }

  /**
   * This order after more filled: completed when nothing remains.
   *
   * @param fill the signed quantity of a fill
   * @return the order after the fill
   * @throws IllegalArgumentException if the order is not open, the fill is of the other sign or goes beyond the
   *     order's quantity
   */
  public TradingOrder afterFill(Quantity fill) {
    ArgChecker.isTrue(status.isActive(), "order {} is {}, it cannot fill", id, status);
    ArgChecker.isTrue(fill.signum() == quantity.signum(), "a fill of {} cannot fill order {} of {}", fill, id,
        quantity);
    Quantity total = filled.plus(fill);
    return new TradingOrder(id, level, parentId, strategy, instrument, contract, quantity, total,
        total.equals(quantity) ? OrderStatus.COMPLETED : status, clientRef, created, comment);
  }

  /**
   * This order with another status.
   *
   * @param newStatus the status
   * @return the order
   */
  public TradingOrder withStatus(OrderStatus newStatus) {
    return new TradingOrder(id, level, parentId, strategy, instrument, contract, quantity, filled, newStatus,
        clientRef, created, comment);
  }

  /** Builds a new order. */
  public static final class Builder {
    private final OrderLevel level;
    private final StrategyName strategy;
    private final InstrumentCode instrument;
    private final Quantity quantity;
    private long parentId;
    private FuturesContract contract;
    private String clientRef = "";
    private Instant created = Instant.EPOCH;
    private String comment = "";

    private Builder(OrderLevel level, StrategyName strategy, InstrumentCode instrument, Quantity quantity) {
      this.level = level;
      this.strategy = strategy;
      this.instrument = instrument;
      this.quantity = quantity;
    }

    /**
     * Sets the parent.
     *
     * @param id the parent's id
     * @return this builder
     */
    public Builder parent(long id) {
      this.parentId = id;
      return this;
    }

    /**
     * Sets the contract.
     *
     * @param value the contract
     * @return this builder
     */
    public Builder contract(FuturesContract value) {
      this.contract = value;
      return this;
    }

    /**
     * Sets the client order reference.
     *
     * @param value the reference
     * @return this builder
     */
    public Builder clientRef(String value) {
      this.clientRef = value;
      return this;
    }

    /**
     * Sets the creation time.
     *
     * @param value the time
     * @return this builder
     */
    public Builder created(Instant value) {
      this.created = value;
      return this;
    }

    /**
     * Sets the comment.
     *
     * @param value the comment
     * @return this builder
     */
    public Builder comment(String value) {
      this.comment = value;
      return this;
    }

    /**
     * Builds the order.
     *
     * @return the new order
     */
    public TradingOrder build() {
      return new TradingOrder(0, level, parentId, strategy, instrument, contract, quantity, Quantity.ZERO,
          OrderStatus.OPEN, clientRef, created, comment);
    }
  }
}
