package org.pystrade.broker.ib;

/** Decoder events that do nothing: tests override the ones they look at. */
class IgnoringEvents implements IbEvents {

  @Override
  public void nextValidId(long orderId) {
  }

  @Override
  public void managedAccounts(String accounts) {
  }

  @Override
  public void error(Messages.Error e) {
  }

  @Override
  public void orderStatus(Messages.OrderStatus s) {
  }

  @Override
  public void openOrder(Messages.OpenOrder o) {
  }

  @Override
  public void openOrderEnd() {
  }

  @Override
  public void completedOrder(Messages.CompletedOrder o) {
  }

  @Override
  public void completedOrdersEnd() {
  }

  @Override
  public void execution(Messages.Execution e) {
  }

  @Override
  public void executionsEnd(int reqId) {
  }

  @Override
  public void commission(Messages.Commission c) {
  }

  @Override
  public void contractDetails(Messages.ContractDetails d) {
  }

  @Override
  public void contractDetailsEnd(int reqId) {
  }

  @Override
  public void history(Messages.History h) {
  }

  @Override
  public void tickPrice(int reqId, int tickType, double price, double size) {
  }

  @Override
  public void tickSize(int reqId, int tickType, double size) {
  }

  @Override
  public void tickSnapshotEnd(int reqId) {
  }

  @Override
  public void position(Messages.Position p) {
  }

  @Override
  public void positionEnd() {
  }

  @Override
  public void accountValue(Messages.AccountValue v) {
  }

  @Override
  public void accountSummaryEnd(int reqId) {
  }

  @Override
  public void currentTime(long epochSeconds) {
  }
}
