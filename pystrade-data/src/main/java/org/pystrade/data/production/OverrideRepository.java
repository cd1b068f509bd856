package org.pystrade.data.production;

import org.pystrade.core.domain.InstrumentCode;
import org.pystrade.core.domain.trading.StrategyName;
import org.pystrade.core.domain.trading.TradingOverride;
import org.pystrade.core.util.ArgChecker;

/**
 * Trading overrides, as pysystemtrade's: for a strategy (all its instruments), for an instrument (all
 * strategies) or for a strategy's instrument. The override in force is the most restrictive that applies.
 */
public final class OverrideRepository {

  private static final String ANY = "";

  private final Db db;

  OverrideRepository(Db db) {
    this.db = db;
  }

  /**
   * Sets an override for a strategy's instrument; {@link TradingOverride#NONE} removes it.
   *
   * @param strategy the strategy, null for all strategies
   * @param instrument the instrument, null for all instruments of the strategy
   * @param override the override
   */
  public void set(StrategyName strategy, InstrumentCode instrument, TradingOverride override) {
    ArgChecker.isTrue(strategy != null || instrument != null, "an override needs a strategy or an instrument");
    ArgChecker.notNull(override, "override");
    String s = strategy == null ? ANY : strategy.value();
    String i = instrument == null ? ANY : instrument.value();
    db.write("set override of " + s + "/" + i, c -> override == TradingOverride.NONE
        ? Db.update(c, "DELETE FROM prod_override WHERE strategy = ? AND instrument = ?", s, i)
        : Db.update(c, "INSERT INTO prod_override (strategy, instrument, override) VALUES (?, ?, ?)"
            + " ON CONFLICT (strategy, instrument) DO UPDATE SET override = excluded.override", s, i,
            override.name()));
  }

  /**
   * The override in force for a strategy's instrument: the most restrictive of the strategy's, the
   * instrument's and the strategy's instrument's.
   *
   * @param strategy the strategy
   * @param instrument the instrument
   * @return the override, {@link TradingOverride#NONE} if none applies
   */
  public TradingOverride inForce(StrategyName strategy, InstrumentCode instrument) {
    ArgChecker.notNull(strategy, "strategy");
    ArgChecker.notNull(instrument, "instrument");
    return db.read("overrides of " + strategy + "/" + instrument, c -> Db.query(c,
        "SELECT override FROM prod_override WHERE (strategy = ? AND instrument IN (?, ?))"
            + " OR (strategy = ? AND instrument = ?)", rs -> TradingOverride.valueOf(rs.getString(1)),
        strategy.value(), ANY, instrument.value(), ANY, instrument.value()))
        .stream().reduce(TradingOverride.NONE, TradingOverride::combinedWith);
  }
}
