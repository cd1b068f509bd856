package org.pystrade.data.production;

import java.util.List;
import org.pystrade.core.domain.InstrumentCode;
import org.pystrade.core.domain.trading.PositionLimit;
import org.pystrade.core.domain.trading.StrategyName;
import org.pystrade.core.domain.trading.TradeLimit;
import org.pystrade.core.util.ArgChecker;

/** Position limits and trade limits, per instrument, for one strategy or for all strategies together. */
public final class LimitRepository {

  private static final String ANY = "";

  private final Db db;

  LimitRepository(Db db) {
    this.db = db;
  }

  /**
   * Sets a position limit (replacing the one for the same strategy and instrument).
   *
   * @param limit the limit
   */
  public void putPositionLimit(PositionLimit limit) {
    ArgChecker.notNull(limit, "limit");
    db.write("set position limit of " + limit.instrument(), c -> Db.update(c, "INSERT INTO prod_position_limit"
        + " (strategy, instrument, max_abs_position) VALUES (?, ?, ?) ON CONFLICT (strategy, instrument)"
        + " DO UPDATE SET max_abs_position = excluded.max_abs_position", name(limit.strategy()),
        limit.instrument().value(), limit.maxAbsPosition()));
  }

  /**
   * The position limits on an instrument: all strategies' and each strategy's.
   *
   * @param instrument the instrument
   * @return the limits, the one for all strategies first
   */
  public List<PositionLimit> positionLimits(InstrumentCode instrument) {
    ArgChecker.notNull(instrument, "instrument");
    return db.read("position limits of " + instrument, c -> Db.query(c, "SELECT strategy, max_abs_position"
        + " FROM prod_position_limit WHERE instrument = ? ORDER BY strategy", rs -> new PositionLimit(
            strategy(rs.getString(1)), instrument, rs.getLong(2)), instrument.value()));
  }

  /**
   * Sets a trade limit (replacing the one for the same strategy, instrument and period).
   *
   * @param limit the limit
   */
  public void putTradeLimit(TradeLimit limit) {
    ArgChecker.notNull(limit, "limit");
    db.write("set trade limit of " + limit.instrument(), c -> Db.update(c, "INSERT INTO prod_trade_limit"
        + " (strategy, instrument, period_days, max_contracts) VALUES (?, ?, ?, ?)"
        + " ON CONFLICT (strategy, instrument, period_days) DO UPDATE SET max_contracts = excluded.max_contracts",
        name(limit.strategy()), limit.instrument().value(), limit.periodDays(), limit.maxContracts()));
  }

  /**
   * The trade limits on an instrument.
   *
   * @param instrument the instrument
   * @return the limits, the ones for all strategies first, then by period
   */
  public List<TradeLimit> tradeLimits(InstrumentCode instrument) {
    ArgChecker.notNull(instrument, "instrument");
    return db.read("trade limits of " + instrument, c -> Db.query(c, "SELECT strategy, period_days, max_contracts"
        + " FROM prod_trade_limit WHERE instrument = ? ORDER BY strategy, period_days", rs -> new TradeLimit(
            strategy(rs.getString(1)), instrument, rs.getInt(2), rs.getLong(3)), instrument.value()));
  }

  private static String name(StrategyName s) {
    return s == null ? ANY : s.value();
  }

  private static StrategyName strategy(String s) {
    return s.isEmpty() ? null : StrategyName.of(s);
  }
}
