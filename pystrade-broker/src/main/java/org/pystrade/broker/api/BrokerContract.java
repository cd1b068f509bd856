package org.pystrade.broker.api;

import java.time.LocalDate;
import org.pystrade.core.domain.Currency;
import org.pystrade.core.domain.FuturesContract;
import org.pystrade.core.util.ArgChecker;

/**
 * A futures contract as the broker knows it: pystrade's contract resolved through the broker config table (and, at
 * a real broker, the broker's contract details).
 *
 * <p>Prices: the broker quotes a price that is pystrade's (pysystemtrade's) price divided by the price magnifier.
 * Corn, for example, is quoted by IB in dollars per bushel with a multiplier of 5000 and a magnifier of 100, while
 * pysystemtrade keeps corn in cents with a point size of 50: {@link #toPystradePrice} and {@link #toBrokerPrice}
 * convert, and {@link #pointSize()} is {@code multiplier / priceMagnifier}.
 *
 * @param contract pystrade's contract
 * @param brokerId the broker's id of the contract (IB's conId), 0 when not known
 * @param symbol the broker's symbol ({@code "SOFR3"})
 * @param exchange the broker's exchange code ({@code "CME"})
 * @param currency the currency prices and P&amp;L are in
 * @param multiplier the broker's multiplier, &gt; 0
 * @param priceMagnifier the broker's price magnifier, &gt;= 1
 * @param lastTradeDate the last trading day
 */
public record BrokerContract(FuturesContract contract, long brokerId, String symbol, String exchange,
    Currency currency, double multiplier, int priceMagnifier, LocalDate lastTradeDate) {

  /**
   * Checks every part.
   *
   * @param contract pystrade's contract
   * @param brokerId the broker's id of the contract (IB's conId), 0 when not known
   * @param symbol the broker's symbol ({@code "SOFR3"})
   * @param exchange the broker's exchange code ({@code "CME"})
   * @param currency the currency prices and P&amp;L are in
   * @param multiplier the broker's multiplier, &gt; 0
   * @param priceMagnifier the broker's price magnifier, &gt;= 1
   * @param lastTradeDate the last trading day
   */
  public BrokerContract {
    ArgChecker.notNull(contract, "contract");
    ArgChecker.isTrue(brokerId >= 0, "broker id of {} must be >= 0 but was {}", contract, brokerId);
    ArgChecker.notBlank(symbol, "symbol");
    ArgChecker.notBlank(exchange, "exchange");
    ArgChecker.notNull(currency, "currency");
    ArgChecker.isTrue(multiplier > 0 && Double.isFinite(multiplier), "multiplier of {} must be > 0 but was {}",
        contract, multiplier);
    ArgChecker.isTrue(priceMagnifier >= 1, "price magnifier of {} must be >= 1 but was {}", contract,
        priceMagnifier);
    ArgChecker.notNull(lastTradeDate, "lastTradeDate");
  }

  /**
   * The value of one point of pystrade's price, in {@link #currency()}: the multiplier over the magnifier.
   *
   * @return the point size
   */
  public double pointSize() {
    return multiplier / priceMagnifier;
  }

  /**
   * Converts a broker price to pystrade's price.
   *
   * @param brokerPrice the price as the broker quotes it
   * @return the price as pysystemtrade keeps it
   */
  public double toPystradePrice(double brokerPrice) {
    return brokerPrice * priceMagnifier;
  }

  /**
   * Converts pystrade's price to the broker's.
   *
   * @param price the price as pysystemtrade keeps it
   * @return the price as the broker quotes it
   */
  public double toBrokerPrice(double price) {
    return price / priceMagnifier;
  }

  /**
   * The same contract with the broker's id and last trade date learnt from the broker.
   *
   * @param id the broker's id
   * @param lastTrade the last trading day
   * @return the contract
   */
  public BrokerContract withBrokerDetails(long id, LocalDate lastTrade) {
    return new BrokerContract(contract, id, symbol, exchange, currency, multiplier, priceMagnifier, lastTrade);
  }
}
