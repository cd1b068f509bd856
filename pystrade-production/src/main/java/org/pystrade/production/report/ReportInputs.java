package org.pystrade.production.report;

import java.time.LocalDate;
import java.util.Map;
import java.util.Optional;
import org.pystrade.core.domain.FuturesContract;
import org.pystrade.core.domain.Quantity;
import org.pystrade.data.production.ProductionStore;
import org.pystrade.core.util.ArgChecker;

/**
 * What the reports read: the production state store, the day reported on, and optionally the market (prices,
 * volatilities, costs: needed by the P&amp;L, rolls, costs, risk, liquidity and minimum capital reports) and the
 * broker's contract positions (the reconcile report).
 *
 * @param store the production state store
 * @param day the day reported on (its end)
 * @param market the market on the day, if known
 * @param brokerPositions the broker's contract positions, if known
 * @param since the first day of the trades and costs reports
 * @param staleDays the age in calendar days beyond which data are reported stale, &gt; 0
 */
public record ReportInputs(ProductionStore store, LocalDate day, Optional<MarketSnapshot> market,
    Optional<Map<FuturesContract, Quantity>> brokerPositions, LocalDate since, int staleDays) {

  /** The default first day of the trades and costs reports: this many days before the day reported on. */
  public static final int DEFAULT_LOOKBACK_DAYS = 30;
  /** The default age beyond which data are stale (pysystemtrade flags prices not updated for days). */
  public static final int DEFAULT_STALE_DAYS = 3;

  /**
   * Checks the arguments.
   *
   * @param store the production state store
   * @param day the day reported on (its end)
   * @param market the market on the day, if known
   * @param brokerPositions the broker's contract positions, if known
   * @param since the first day of the trades and costs reports
   * @param staleDays the age in calendar days beyond which data are reported stale, &gt; 0
   */
  public ReportInputs {
    ArgChecker.notNull(store, "store");
    ArgChecker.notNull(day, "day");
    ArgChecker.notNull(market, "market");
    ArgChecker.notNull(brokerPositions, "brokerPositions");
    brokerPositions = brokerPositions.map(Map::copyOf);
    ArgChecker.notNull(since, "since");
    ArgChecker.isTrue(!since.isAfter(day), "the reports' first day {} is after their day {}", since, day);
    ArgChecker.positive(staleDays, "staleDays");
  }

  /**
   * Inputs with no market and no broker positions, trades since {@value #DEFAULT_LOOKBACK_DAYS} days before the
   * day, and data stale after {@value #DEFAULT_STALE_DAYS} days.
   *
   * @param store the store
   * @param day the day
   * @return the inputs
   */
  public static ReportInputs of(ProductionStore store, LocalDate day) {
    return new ReportInputs(store, day, Optional.empty(), Optional.empty(), day.minusDays(DEFAULT_LOOKBACK_DAYS),
        DEFAULT_STALE_DAYS);
  }

  /**
   * These inputs with a market.
   *
   * @param value the market
   * @return the inputs
   */
  public ReportInputs withMarket(MarketSnapshot value) {
    return new ReportInputs(store, day, Optional.of(value), brokerPositions, since, staleDays);
  }

  /**
   * These inputs with the broker's contract positions.
   *
   * @param value the positions (a contract missing is flat)
   * @return the inputs
   */
  public ReportInputs withBrokerPositions(Map<FuturesContract, Quantity> value) {
    return new ReportInputs(store, day, market, Optional.of(value), since, staleDays);
  }

  /**
   * These inputs with another first day of the trades and costs reports.
   *
   * @param value the first day
   * @return the inputs
   */
  public ReportInputs withSince(LocalDate value) {
    return new ReportInputs(store, day, market, brokerPositions, value, staleDays);
  }

  /**
   * These inputs with another stale-data threshold.
   *
   * @param days the age in calendar days
   * @return the inputs
   */
  public ReportInputs withStaleDays(int days) {
    return new ReportInputs(store, day, market, brokerPositions, since, days);
  }
}
