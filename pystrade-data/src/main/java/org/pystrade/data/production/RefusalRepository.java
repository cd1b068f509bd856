package org.pystrade.data.production;

import java.time.Instant;
import java.util.List;
import org.pystrade.core.domain.InstrumentCode;
import org.pystrade.core.domain.Quantity;
import org.pystrade.core.domain.trading.OrderRefusal;
import org.pystrade.core.domain.trading.StrategyName;
import org.pystrade.core.util.ArgChecker;

/** The record of trades that the checks refused or cut, with their reasons. */
public final class RefusalRepository {

  private static final String COLUMNS = "strategy, instrument, ts, wanted, allowed, reasons";

  private final Db db;

  RefusalRepository(Db db) {
    this.db = db;
  }

  /**
   * Records a refusal.
   *
   * @param refusal the refusal
   */
  public void add(OrderRefusal refusal) {
    ArgChecker.notNull(refusal, "refusal");
    db.write("record refusal of " + refusal.strategy() + " in " + refusal.instrument(), c -> Db.update(c,
        "INSERT INTO prod_order_refusal (" + COLUMNS + ") VALUES (?, ?, ?, ?, ?, ?)", refusal.strategy().value(),
        refusal.instrument().value(), refusal.time().toEpochMilli(), refusal.wanted().longValueExact(),
        refusal.allowed().longValueExact(), refusal.reasons()));
  }

  /**
   * The refusals recorded at or after a time, oldest first.
   *
   * @param from the earliest time
   * @return the refusals
   */
  public List<OrderRefusal> since(Instant from) {
    ArgChecker.notNull(from, "from");
    return db.read("refusals", c -> Db.query(c, "SELECT " + COLUMNS + " FROM prod_order_refusal WHERE ts >= ?"
        + " ORDER BY ts, id", rs -> new OrderRefusal(StrategyName.of(rs.getString(1)),
            InstrumentCode.of(rs.getString(2)), Instant.ofEpochMilli(rs.getLong(3)),
            Quantity.ofWhole(rs.getLong(4)), Quantity.ofWhole(rs.getLong(5)), rs.getString(6)),
        from.toEpochMilli()));
  }
}
