package org.pystrade.broker.orders;

import java.util.ArrayList;
import java.util.List;
import org.pystrade.core.domain.FuturesContract;
import org.pystrade.core.domain.Quantity;
import org.pystrade.core.domain.trading.OrderLevel;
import org.pystrade.core.domain.trading.RollState;
import org.pystrade.core.domain.trading.TradingOrder;
import org.pystrade.core.util.ArgChecker;

/**
 * pysystemtrade's breakdown of an instrument order into contract orders
 * ({@code sysexecution/stack_handler/spawn_children_from_instrument_orders.py},
 * {@code get_required_contract_trade_for_instrument}), by the instrument's roll state:
 * <ul>
 *   <li>{@link RollState#NO_ROLL} and {@link RollState#CLOSE}: the whole trade in the priced contract;</li>
 *   <li>{@link RollState#PASSIVE}: in the forward contract when nothing is held in the priced one or the trade
 *       increases that position; in the priced contract when the trade reduces it without crossing zero; else
 *       split: the priced position closed there, the rest in the forward contract
 *       ({@code passive_trade_split_over_two_contracts});</li>
 *   <li>{@link RollState#FORCE}, {@link RollState#FORCE_OUTRIGHT}, {@link RollState#ROLL_ADJUSTED}: no contract
 *       order (the roll's own orders trade).</li>
 * </ul>
 * Every child has the sign of its parent, so that fills flow up a single chain.
 */
public final class ContractOrders {

  private ContractOrders() {
  }

  /**
   * The contract orders of a stored instrument order.
   *
   * @param parent the instrument order, stored (its id is the children's parent)
   * @param rollState the instrument's roll state
   * @param priced the priced (current) contract
   * @param forward the forward (next) contract
   * @param pricedPosition the position held in the priced contract, whole
   * @return the contract orders to store, empty when the roll state trades none
   */
  public static List<TradingOrder> children(TradingOrder parent, RollState rollState, FuturesContract priced,
      FuturesContract forward, Quantity pricedPosition) {
    ArgChecker.notNull(parent, "parent");
    ArgChecker.isTrue(parent.level() == OrderLevel.INSTRUMENT && parent.id() > 0,
        "contract orders are children of a stored instrument order, not {}", parent);
    ArgChecker.notNull(rollState, "rollState");
    ArgChecker.notNull(priced, "priced");
    ArgChecker.notNull(forward, "forward");
    ArgChecker.isTrue(priced.instrument().equals(parent.instrument())
        && forward.instrument().equals(parent.instrument()), "contracts {} and {} must be of {}", priced, forward,
        parent.instrument());
    ArgChecker.notNull(pricedPosition, "pricedPosition");
    long trade = parent.remaining().longValueExact();
    long held = pricedPosition.longValueExact();
    List<TradingOrder> out = new ArrayList<>();
    switch (rollState) {
      case NO_ROLL, CLOSE -> add(out, parent, priced, trade, "priced contract, " + rollState);
      case PASSIVE -> {
        long newPosition = held + trade;
        if (held == 0 || Long.signum(trade) == Long.signum(held)) {
          add(out, parent, forward, trade, "passive roll: forward contract");
        } else if (newPosition == 0 || Long.signum(newPosition) == Long.signum(held)) {
          add(out, parent, priced, trade, "passive roll: reducing in the priced contract");
        } else {
          add(out, parent, priced, -held, "passive roll: closing the priced contract");
          add(out, parent, forward, trade + held, "passive roll: rest in the forward contract");
        }
      }
      case FORCE, FORCE_OUTRIGHT, ROLL_ADJUSTED -> {
        // pysystemtrade: an active roll trades no instrument order
      }
      default -> throw new IllegalStateException(rollState.name());
    }
    return List.copyOf(out);
  }

  private static void add(List<TradingOrder> out, TradingOrder parent, FuturesContract contract, long qty,
      String why) {
    out.add(TradingOrder.builder(OrderLevel.CONTRACT, parent.strategy(), parent.instrument(), Quantity.ofWhole(qty))
        .parent(parent.id()).contract(contract).created(parent.created()).comment(why).build());
  }
}
