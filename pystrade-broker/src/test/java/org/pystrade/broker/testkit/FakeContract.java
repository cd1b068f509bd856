package org.pystrade.broker.testkit;

/**
 * A futures contract the fake TWS server knows, with its market, in IB's own units.
 *
 * @param conId IB's contract id
 * @param symbol IB's symbol ({@code "SOFR3"})
 * @param exchange IB's exchange ({@code "CME"})
 * @param currency the currency code
 * @param multiplier the multiplier as IB writes it ({@code "2500"})
 * @param contractMonth {@code yyyyMM}
 * @param lastTradeDate {@code yyyyMMdd}
 * @param localSymbol IB's local symbol ({@code "SR3H5"})
 * @param priceMagnifier IB's price magnifier
 * @param bid the bid
 * @param ask the ask
 * @param size the size at bid and ask
 */
public record FakeContract(long conId, String symbol, String exchange, String currency, String multiplier,
    String contractMonth, String lastTradeDate, String localSymbol, int priceMagnifier, double bid, double ask,
    double size) {

  /**
   * The mid price, the base of the generated history.
   *
   * @return (bid + ask) / 2
   */
  public double mid() {
    return (bid + ask) / 2;
  }
}
