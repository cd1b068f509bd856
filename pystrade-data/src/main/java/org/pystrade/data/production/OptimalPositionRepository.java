package org.pystrade.data.production;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.pystrade.core.domain.InstrumentCode;
import org.pystrade.core.domain.trading.OptimalPositionEntry;
import org.pystrade.core.domain.trading.StrategyName;
import org.pystrade.core.util.ArgChecker;

/** The history of each strategy's optimal positions with their buffer edges. */
public final class OptimalPositionRepository {

  private static final String COLUMNS = "strategy, instrument, ts, optimal, lower_edge, upper_edge";

  private final Db db;

  OptimalPositionRepository(Db db) {
    this.db = db;
  }

  /**
   * Records an optimal position; one at the same time for the same strategy and instrument is replaced.
   *
   * @param entry the optimal position
   */
  public void add(OptimalPositionEntry entry) {
    ArgChecker.notNull(entry, "entry");
    db.write("add optimal position of " + entry.strategy() + " in " + entry.instrument(), c -> Db.update(c,
        "INSERT INTO prod_optimal_position (" + COLUMNS + ") VALUES (?, ?, ?, ?, ?, ?)"
            + " ON CONFLICT (strategy, instrument, ts) DO UPDATE SET optimal = excluded.optimal,"
            + " lower_edge = excluded.lower_edge, upper_edge = excluded.upper_edge",
        entry.strategy().value(), entry.instrument().value(), entry.time().toEpochMilli(), entry.optimal(),
        entry.lowerEdge(), entry.upperEdge()));
  }

  /**
   * The latest optimal position of a strategy in an instrument.
   *
   * @param strategy the strategy
   * @param instrument the instrument
   * @return the latest or empty if none was recorded
   */
  public Optional<OptimalPositionEntry> latest(StrategyName strategy, InstrumentCode instrument) {
    return history(strategy, instrument, " DESC LIMIT 1").stream().findFirst();
  }

  /**
   * The optimal positions of a strategy in an instrument, oldest first.
   *
   * @param strategy the strategy
   * @param instrument the instrument
   * @return the history
   */
  public List<OptimalPositionEntry> history(StrategyName strategy, InstrumentCode instrument) {
    return history(strategy, instrument, "");
  }

  private List<OptimalPositionEntry> history(StrategyName strategy, InstrumentCode instrument, String order) {
    ArgChecker.notNull(strategy, "strategy");
    ArgChecker.notNull(instrument, "instrument");
    return db.read("optimal positions of " + strategy + " in " + instrument, c -> Db.query(c, "SELECT " + COLUMNS
        + " FROM prod_optimal_position WHERE strategy = ? AND instrument = ? ORDER BY ts" + order,
        rs -> new OptimalPositionEntry(strategy, instrument, Instant.ofEpochMilli(rs.getLong(3)),
            rs.getDouble(4), rs.getDouble(5), rs.getDouble(6)), strategy.value(), instrument.value()));
  }
}
