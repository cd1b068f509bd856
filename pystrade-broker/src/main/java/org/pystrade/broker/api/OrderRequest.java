package org.pystrade.broker.api;

import org.pystrade.core.domain.FuturesContract;
import org.pystrade.core.domain.FxPair;
import org.pystrade.core.domain.Quantity;
import org.pystrade.core.util.ArgChecker;

/**
 * An order to send: what to trade, how much, how, under the caller's reference.
 *
 * <p>The quantity is signed: positive buys, negative sells. For a futures contract it is a whole number of
 * contracts; for a currency pair it is a whole number of units of the base currency. A limit price is in pystrade's
 * price units (the broker client divides by the contract's price magnifier).
 *
 * @param ref the caller's reference, unique per order (see {@link ClientOrderRef})
 * @param tradable what to trade
 * @param quantity signed, whole, not zero
 * @param type market or limit
 * @param limitPrice the limit price for a LIMIT order (finite); NaN for a MARKET order
 */
public record OrderRequest(ClientOrderRef ref, Tradable tradable, Quantity quantity, OrderType type,
    double limitPrice) {

  /**
   * Checks every part, and that a limit price is given exactly for a limit order.
   *
   * @param ref the caller's reference, unique per order (see {@link ClientOrderRef})
   * @param tradable what to trade
   * @param quantity signed, whole, not zero
   * @param type market or limit
   * @param limitPrice the limit price for a LIMIT order (finite); NaN for a MARKET order
   */
  public OrderRequest {
    ArgChecker.notNull(ref, "ref");
    ArgChecker.notNull(tradable, "tradable");
    ArgChecker.notNull(quantity, "quantity");
    ArgChecker.notNull(type, "type");
    ArgChecker.isTrue(quantity.isWhole() && !quantity.isZero(),
        "order quantity must be a whole non-zero number but was {} for {}", quantity, ref);
    if (type == OrderType.LIMIT) {
      ArgChecker.isTrue(Double.isFinite(limitPrice), "limit order {} needs a finite limit price but had {}", ref,
          limitPrice);
    } else {
      ArgChecker.isTrue(Double.isNaN(limitPrice), "market order {} must not have a limit price but had {}", ref,
          limitPrice);
    }
  }

  /**
   * A market order for a futures contract.
   *
   * @param ref the reference
   * @param contract the contract
   * @param quantity signed whole number of contracts
   * @return the request
   */
  public static OrderRequest market(ClientOrderRef ref, FuturesContract contract, Quantity quantity) {
    return builder().ref(ref).future(contract).quantity(quantity).build();
  }

  /**
   * A limit order for a futures contract.
   *
   * @param ref the reference
   * @param contract the contract
   * @param quantity signed whole number of contracts
   * @param limitPrice the limit, in pystrade's price units
   * @return the request
   */
  public static OrderRequest limit(ClientOrderRef ref, FuturesContract contract, Quantity quantity,
      double limitPrice) {
    return builder().ref(ref).future(contract).quantity(quantity).limit(limitPrice).build();
  }

  /**
   * A market order for a currency pair (an FX trade).
   *
   * @param ref the reference
   * @param pair the pair
   * @param baseUnits signed whole number of units of the base currency to buy or sell
   * @return the request
   */
  public static OrderRequest fx(ClientOrderRef ref, FxPair pair, Quantity baseUnits) {
    return builder().ref(ref).fx(pair).quantity(baseUnits).build();
  }

  /**
   * A new builder: a market order unless {@link Builder#limit(double)} is called.
   *
   * @return the builder
   */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * The same order with another quantity and limit price, as a modification sends it.
   *
   * @param newQuantity the new signed quantity
   * @param newLimitPrice the new limit (NaN for a market order)
   * @return the modified request, same reference
   */
  public OrderRequest modified(Quantity newQuantity, double newLimitPrice) {
    return new OrderRequest(ref, tradable, newQuantity, type, newLimitPrice);
  }

  /**
   * Whether this buys.
   *
   * @return true for a positive quantity
   */
  public boolean isBuy() {
    return quantity.signum() > 0;
  }

  /** Builds an {@link OrderRequest}. */
  public static final class Builder {
    private ClientOrderRef ref;
    private Tradable tradable;
    private Quantity quantity;
    private OrderType type = OrderType.MARKET;
    private double limitPrice = Double.NaN;

    private Builder() {
    }

    /**
     * Sets the reference.
     *
     * @param value the reference
     * @return this builder
     */
    public Builder ref(ClientOrderRef value) {
      this.ref = value;
      return this;
    }

    /**
     * Trades a futures contract.
     *
     * @param contract the contract
     * @return this builder
     */
    public Builder future(FuturesContract contract) {
      this.tradable = Tradable.future(contract);
      return this;
    }

    /**
     * Trades a currency pair.
     *
     * @param pair the pair
     * @return this builder
     */
    public Builder fx(FxPair pair) {
      this.tradable = Tradable.fx(pair);
      return this;
    }

    /**
     * Sets the signed quantity.
     *
     * @param value positive buys, negative sells
     * @return this builder
     */
    public Builder quantity(Quantity value) {
      this.quantity = value;
      return this;
    }

    /**
     * Makes this a limit order.
     *
     * @param price the limit, in pystrade's price units
     * @return this builder
     */
    public Builder limit(double price) {
      this.type = OrderType.LIMIT;
      this.limitPrice = price;
      return this;
    }

    /**
     * Builds the request.
     *
     * @return the request
     */
    public OrderRequest build() {
      return new OrderRequest(ref, tradable, quantity, type, limitPrice);
    }
  }
}
