package org.pystrade.broker.ib;

/** What the decoder calls, one method per message pystrade acts on; called on the reader thread. */
interface IbEvents {

  void nextValidId(long orderId);

  void managedAccounts(String accounts);

  void error(Messages.Error e);

  void orderStatus(Messages.OrderStatus s);

  void openOrder(Messages.OpenOrder o);

  void openOrderEnd();

  void completedOrder(Messages.CompletedOrder o);

  void completedOrdersEnd();

  void execution(Messages.Execution e);

  void executionsEnd(int reqId);

  void commission(Messages.Commission c);

  void contractDetails(Messages.ContractDetails d);

  void contractDetailsEnd(int reqId);

  void history(Messages.History h);

  void tickPrice(int reqId, int tickType, double price, double size);

  void tickSize(int reqId, int tickType, double size);

  void tickSnapshotEnd(int reqId);

  void position(Messages.Position p);

  void positionEnd();

  void accountValue(Messages.AccountValue v);

  void accountSummaryEnd(int reqId);

  void currentTime(long epochSeconds);
}
