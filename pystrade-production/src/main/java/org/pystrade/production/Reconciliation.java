package org.pystrade.production;

import java.time.LocalDate;
import java.util.List;
import org.pystrade.broker.api.Broker;
import org.pystrade.core.domain.Failure;
import org.pystrade.data.production.ProductionStore;

/**
 * The last step of the daily cycle: our contract positions and open orders against the broker's (pysystemtrade's
 * {@code run_reconcile}). The reconciliation proper (a break locks the instrument) is a later step and plugs in
 * here.
 */
public interface Reconciliation {

  /** No reconciliation. */
  Reconciliation NONE = (store, broker, day) -> List.of();

  /**
   * Reconciles.
   *
   * @param store the state store
   * @param broker the broker
   * @param day the day
   * @return the breaks found, empty if none
   */
  List<Failure> reconcile(ProductionStore store, Broker broker, LocalDate day);
}
