package org.pystrade.broker.ib;

import java.util.List;

/** The decoded messages pystrade acts on (package-private values of the protocol layer). */
final class Messages {

  private Messages() {
  }

  /** The contract fields most messages carry. */
  record Contract(long conId, String symbol, String secType, String lastTradeDate, String multiplier,
      String exchange, String currency, String localSymbol, String tradingClass) {

    /** Reads the 11 fields from {@code i}: conId, symbol, secType, lastTradeDate, strike, right, multiplier, exchange,
     *  currency, localSymbol, tradingClass. */
    static Contract read(Fields f, int i) {
      return new Contract(f.longValue(i), f.str(i + 1), f.str(i + 2), f.str(i + 3), f.str(i + 6), f.str(i + 7),
          f.str(i + 8), f.str(i + 9), f.str(i + 10));
    }
  }

  record OrderStatus(long orderId, String status, double filled, double remaining, double avgFillPrice) {
  }

  record OpenOrder(long orderId, Contract contract, String action, double totalQuantity, String orderType,
      double limitPrice, String orderRef) {
  }

  record Execution(int reqId, long orderId, Contract contract, String execId, String time, String side,
      double shares, double price, String orderRef) {
  }

  /** A completed order (filled, cancelled or inactive): no order id, only IB's permanent id and the order ref. */
  record CompletedOrder(Contract contract, String action, double totalQuantity, String orderType, double limitPrice,
      String orderRef, String status) {
  }

  record Commission(String execId, double commission, String currency) {
  }

  record ContractDetails(int reqId, Contract contract, int priceMagnifier, String contractMonth) {
  }

  record RawBar(String date, double open, double high, double low, double close, double volume) {
  }

  record History(int reqId, List<RawBar> bars) {
  }

  record Position(String account, Contract contract, double position) {
  }

  record AccountValue(int reqId, String account, String tag, String value, String currency) {
  }

  record Error(long id, int code, String message) {
  }
}
