package org.pystrade.broker.ib;

import java.util.concurrent.CompletableFuture;
import org.pystrade.broker.api.BrokerContract;
import org.pystrade.broker.api.OrderRequest;
import org.pystrade.broker.api.OrderState;
import org.pystrade.core.domain.Result;

/** An order the client knows, with the answers it waits for; guarded by the broker's lock. */
final class IbOrder {

  OrderState state;
  /** The futures contract, null for FX. */
  final BrokerContract contract;
  /** The placement's acknowledgement, while awaited. */
  CompletableFuture<Result<OrderState>> ack;
  /** A modification sent and not yet acknowledged, and its answer. */
  OrderRequest pendingModify;
  CompletableFuture<Result<OrderState>> modifyAck;
  CompletableFuture<Result<OrderState>> cancelAck;
  /** Sent, then the connection was lost before the acknowledgement: the server may or may not have it. */
  boolean unconfirmed;
  /** Seen in the open orders or executions of the re-synchronisation under way. */
  boolean seenInSync;
  /** Quantity and value of the distinct executions reported, unsigned. */
  double executedQuantity;
  double executedValue;

  IbOrder(OrderState state, BrokerContract contract) {
    this.state = state;
    this.contract = contract;
  }

  /** IB's price to pystrade's. */
  double price(double ibPrice) {
    return contract == null ? ibPrice : contract.toPystradePrice(ibPrice);
  }
}
