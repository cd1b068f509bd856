package org.pystrade.broker.api;

import org.pystrade.core.util.ArgChecker;

/** A change to an order: its status, or a fill. */
public sealed interface OrderEvent permits OrderEvent.StatusChanged, OrderEvent.Filled {

  /**
   * The caller's reference of the order.
   *
   * @return the reference
   */
  ClientOrderRef ref();

  /**
   * The order's state changed.
   *
   * @param state the new state
   */
  record StatusChanged(OrderState state) implements OrderEvent {
    /**
     * Checks the state.
     *
     * @param state the new state
     */
    public StatusChanged {
      ArgChecker.notNull(state, "state");
    }

    @Override
    public ClientOrderRef ref() {
      return state.ref();
    }
  }

  /**
   * An execution, with its commission; reported once per execution id.
   *
   * @param fill the fill
   */
  record Filled(Fill fill) implements OrderEvent {
    /**
     * Checks the fill.
     *
     * @param fill the fill
     */
    public Filled {
      ArgChecker.notNull(fill, "fill");
    }

    @Override
    public ClientOrderRef ref() {
      return fill.ref();
    }
  }
}
