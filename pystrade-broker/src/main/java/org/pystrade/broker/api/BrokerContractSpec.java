package org.pystrade.broker.api;

import org.pystrade.core.domain.Currency;
import org.pystrade.core.domain.InstrumentCode;
import org.pystrade.core.util.ArgChecker;

/**
 * One row of the broker config table: how an instrument is named and sized at the broker, in the spirit of
 * pysystemtrade's {@code ib_config_futures.csv}.
 *
 * @param instrument pystrade's instrument
 * @param symbol the broker's symbol, non-blank
 * @param exchange the broker's exchange code, non-blank
 * @param currency the currency of the contract's prices
 * @param multiplier the broker's multiplier, &gt; 0
 * @param priceMagnifier the broker's price magnifier, &gt;= 1 (pystrade price = broker price x magnifier)
 */
public record BrokerContractSpec(InstrumentCode instrument, String symbol, String exchange, Currency currency,
    double multiplier, int priceMagnifier) {

  /**
   * Checks every part.
   *
   * @param instrument pystrade's instrument
   * @param symbol the broker's symbol, non-blank
   * @param exchange the broker's exchange code, non-blank
   * @param currency the currency of the contract's prices
   * @param multiplier the broker's multiplier, &gt; 0
   * @param priceMagnifier the broker's price magnifier, &gt;= 1 (pystrade price = broker price x magnifier)
   */
  public BrokerContractSpec {
    ArgChecker.notNull(instrument, "instrument");
    ArgChecker.notBlank(symbol, "symbol");
    ArgChecker.isTrue(symbol.equals(symbol.strip()) && symbol.indexOf('\0') < 0, "symbol of {} is not clean: '{}'",
        instrument, symbol);
    ArgChecker.notBlank(exchange, "exchange");
    ArgChecker.isTrue(exchange.equals(exchange.strip()) && exchange.indexOf('\0') < 0,
        "exchange of {} is not clean: '{}'", instrument, exchange);
    ArgChecker.notNull(currency, "currency");
    ArgChecker.isTrue(multiplier > 0 && Double.isFinite(multiplier), "multiplier of {} must be > 0 but was {}",
        instrument, multiplier);
    ArgChecker.isTrue(priceMagnifier >= 1, "price magnifier of {} must be >= 1 but was {}", instrument,
        priceMagnifier);
  }

  /**
   * The value of one point of pystrade's price: multiplier over magnifier.
   *
   * @return the point size
   */
  public double pointSize() {
    return multiplier / priceMagnifier;
  }
}
