package org.pystrade.data.production;

import java.util.List;
import java.util.Optional;
import org.pystrade.core.domain.trading.Strategy;
import org.pystrade.core.domain.trading.StrategyName;
import org.pystrade.core.util.ArgChecker;

/** The strategies in production, with their capital weights and configs. */
public final class StrategyRepository {

  private final Db db;

  StrategyRepository(Db db) {
    this.db = db;
  }

  /**
   * Adds a strategy or replaces the one of that name.
   *
   * @param strategy the strategy
   */
  public void put(Strategy strategy) {
    ArgChecker.notNull(strategy, "strategy");
    db.write("put strategy " + strategy.name(), c -> Db.update(c,
        "INSERT INTO prod_strategy (name, capital_weight, config) VALUES (?, ?, ?) ON CONFLICT (name) DO UPDATE"
            + " SET capital_weight = excluded.capital_weight, config = excluded.config",
        strategy.name().value(), strategy.capitalWeight(), strategy.config()));
  }

  /**
   * A strategy.
   *
   * @param name its name
   * @return the strategy or empty if there is none of that name
   */
  public Optional<Strategy> get(StrategyName name) {
    ArgChecker.notNull(name, "name");
    return db.read("strategy " + name, c -> Db.query(c,
        "SELECT name, capital_weight, config FROM prod_strategy WHERE name = ?", StrategyRepository::row,
        name.value())).stream().findFirst();
  }

  /**
   * All strategies, by name.
   *
   * @return the strategies
   */
  public List<Strategy> all() {
    return db.read("strategies", c -> Db.query(c,
        "SELECT name, capital_weight, config FROM prod_strategy ORDER BY name", StrategyRepository::row));
  }

  /**
   * Removes a strategy (its positions, orders and history stay).
   *
   * @param name its name
   * @return whether there was one
   */
  public boolean remove(StrategyName name) {
    ArgChecker.notNull(name, "name");
    return db.write("remove strategy " + name,
        c -> Db.update(c, "DELETE FROM prod_strategy WHERE name = ?", name.value())) > 0;
  }

  private static Strategy row(java.sql.ResultSet rs) throws java.sql.SQLException {
    return new Strategy(StrategyName.of(rs.getString(1)), rs.getDouble(2), rs.getString(3));
  }
}
