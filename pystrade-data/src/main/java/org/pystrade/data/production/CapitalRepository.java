package org.pystrade.data.production;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.pystrade.core.domain.Currency;
import org.pystrade.core.domain.Money;
import org.pystrade.core.domain.trading.CapitalEntry;
import org.pystrade.core.domain.trading.StrategyName;
import org.pystrade.core.util.ArgChecker;

/** The history of the total capital (pysystemtrade's four capital series) and of each strategy's capital. */
public final class CapitalRepository {

  private static final String TOTAL_COLUMNS =
      "ts, currency, total_capital, maximum_capital, broker_account_value, accumulated_pandl";

  private final Db db;

  CapitalRepository(Db db) {
    this.db = db;
  }

  /**
   * Records an entry of the total capital; an entry at the same time is replaced.
   *
   * @param entry the entry
   */
  public void addTotal(CapitalEntry entry) {
    ArgChecker.notNull(entry, "entry");
    db.write("add total capital at " + entry.time(), c -> Db.update(c,
        "INSERT INTO prod_total_capital (" + TOTAL_COLUMNS + ") VALUES (?, ?, ?, ?, ?, ?) ON CONFLICT (ts)"
            + " DO UPDATE SET currency = excluded.currency, total_capital = excluded.total_capital,"
            + " maximum_capital = excluded.maximum_capital, broker_account_value = excluded.broker_account_value,"
            + " accumulated_pandl = excluded.accumulated_pandl",
        entry.time().toEpochMilli(), entry.totalCapital().currency().code(), entry.totalCapital().amount(),
        entry.maximumCapital().amount(), entry.brokerAccountValue().amount(), entry.accumulatedPandl().amount()));
  }

  /**
   * The latest entry of the total capital.
   *
   * @return the entry or empty if capital was never recorded
   */
  public Optional<CapitalEntry> latestTotal() {
    return db.read("latest total capital", c -> Db.query(c, "SELECT " + TOTAL_COLUMNS
        + " FROM prod_total_capital ORDER BY ts DESC LIMIT 1", CapitalRepository::totalRow)).stream().findFirst();
  }

  /**
   * The history of the total capital, oldest first.
   *
   * @return the entries
   */
  public List<CapitalEntry> totalHistory() {
    return db.read("total capital history", c -> Db.query(c, "SELECT " + TOTAL_COLUMNS
        + " FROM prod_total_capital ORDER BY ts", CapitalRepository::totalRow));
  }

  /**
   * Records a strategy's capital at a time; an entry at the same time is replaced.
   *
   * @param strategy the strategy
   * @param time the time
   * @param capital its capital
   */
  public void addStrategyCapital(StrategyName strategy, Instant time, Money capital) {
    ArgChecker.notNull(strategy, "strategy");
    ArgChecker.notNull(time, "time");
    ArgChecker.notNull(capital, "capital");
    db.write("add capital of " + strategy, c -> Db.update(c,
        "INSERT INTO prod_strategy_capital (strategy, ts, currency, capital) VALUES (?, ?, ?, ?)"
            + " ON CONFLICT (strategy, ts) DO UPDATE SET currency = excluded.currency, capital = excluded.capital",
        strategy.value(), time.toEpochMilli(), capital.currency().code(), capital.amount()));
  }

  /**
   * A strategy's latest capital.
   *
   * @param strategy the strategy
   * @return its capital or empty if none was recorded
   */
  public Optional<Money> latestStrategyCapital(StrategyName strategy) {
    ArgChecker.notNull(strategy, "strategy");
    return db.read("capital of " + strategy, c -> Db.query(c,
        "SELECT currency, capital FROM prod_strategy_capital WHERE strategy = ? ORDER BY ts DESC LIMIT 1",
        rs -> Money.of(rs.getDouble(2), Currency.of(rs.getString(1))), strategy.value())).stream().findFirst();
  }

  /**
   * The number of entries of a strategy's capital.
   *
   * @param strategy the strategy
   * @return how many were recorded
   */
  public int strategyCapitalEntries(StrategyName strategy) {
    ArgChecker.notNull(strategy, "strategy");
    return db.read("capital of " + strategy, c -> Db.query(c,
        "SELECT COUNT(*) FROM prod_strategy_capital WHERE strategy = ?", rs -> rs.getInt(1),
        strategy.value())).get(0);
  }

  private static CapitalEntry totalRow(ResultSet rs) throws SQLException {
    Currency ccy = Currency.of(rs.getString(2));
    return new CapitalEntry(Instant.ofEpochMilli(rs.getLong(1)), Money.of(rs.getDouble(3), ccy),
        Money.of(rs.getDouble(4), ccy), Money.of(rs.getDouble(5), ccy), Money.of(rs.getDouble(6), ccy));
  }
}
