package org.pystrade.data.production;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.pystrade.core.domain.Currency;
import org.pystrade.core.domain.InstrumentCode;
import org.pystrade.core.domain.Money;
import org.pystrade.core.domain.Quantity;
import org.pystrade.core.domain.trading.FillRecord;
import org.pystrade.core.domain.trading.StrategyName;
import org.pystrade.core.util.ArgChecker;

/**
 * The fills booked ({@link ProductionStore#bookFill}, {@link ProductionStore#bookLateFill}), each of a broker
 * order, and how they changed orders otherwise than a fill of open orders ({@link #amendments}).
 */
public final class FillRepository {

  static final String COLUMNS = "id, order_id, execution_id, quantity, price, ts, commission, commission_currency";

  private final Db db;

  FillRepository(Db db) {
    this.db = db;
  }

  /**
   * The fills of a broker order, in the order booked.
   *
   * @param brokerOrderId the order's id
   * @return the fills
   */
  public List<FillRecord> ofOrder(long brokerOrderId) {
    return db.read("fills of order " + brokerOrderId, c -> ofOrder(c, brokerOrderId));
  }

  /**
   * All fills, in the order booked.
   *
   * @return the fills
   */
  public List<FillRecord> all() {
    return db.read("fills", c -> Db.query(c, "SELECT " + COLUMNS + " FROM prod_fill ORDER BY id",
        FillRepository::row));
  }

  /**
   * The fill of an execution id.
   *
   * @param executionId the broker's execution id
   * @return the fill or empty if it was not booked
   */
  public Optional<FillRecord> byExecutionId(String executionId) {
    ArgChecker.notBlank(executionId, "executionId");
    return db.read("fill " + executionId, c -> find(c, executionId));
  }

  /**
   * How a fill changed its orders otherwise than a fill of open orders within their quantities: every order of a
   * late fill ({@link ProductionStore#bookLateFill}), an order a fill went beyond ({@link ProductionStore#bookFill}).
   *
   * @param fillId the fill's id
   * @return the amendments, its broker order's first, then up its ancestors; empty for a plain fill
   */
  public List<OrderAmendment> amendments(long fillId) {
    return db.read("amendments by fill " + fillId, c -> OrderRepository.amendments(c, "fill_id", fillId));
  }

  /**
   * The contracts traded (absolute fill quantities summed) in an instrument since a time: what a trade limit over
   * a period has used.
   *
   * @param strategy the strategy, null for all strategies together
   * @param instrument the instrument
   * @param since the start of the period (fills at or after it count)
   * @return the contracts traded
   */
  public long contractsTraded(StrategyName strategy, InstrumentCode instrument, Instant since) {
    ArgChecker.notNull(instrument, "instrument");
    ArgChecker.notNull(since, "since");
    String sql = "SELECT COALESCE(SUM(ABS(f.quantity)), 0) FROM prod_fill f JOIN prod_order o ON o.id = f.order_id"
        + " WHERE o.instrument = ? AND f.ts >= ?" + (strategy == null ? "" : " AND o.strategy = ?");
    Object[] params = strategy == null ? new Object[] {instrument.value(), since.toEpochMilli()}
        : new Object[] {instrument.value(), since.toEpochMilli(), strategy.value()};
    return db.read("contracts traded in " + instrument, c -> Db.query(c, sql, rs -> rs.getLong(1), params)).get(0);
  }

  static Optional<FillRecord> find(Connection c, String executionId) throws SQLException {
    return Db.query(c, "SELECT " + COLUMNS + " FROM prod_fill WHERE execution_id = ?", FillRepository::row,
        executionId).stream().findFirst();
  }

  /** The fills of a broker order, in the order booked. */
  static List<FillRecord> ofOrder(Connection c, long brokerOrderId) throws SQLException {
    return Db.query(c, "SELECT " + COLUMNS + " FROM prod_fill WHERE order_id = ? ORDER BY id", FillRepository::row,
        brokerOrderId);
  }

  static FillRecord row(ResultSet rs) throws SQLException {
    return new FillRecord(rs.getLong(1), rs.getLong(2), rs.getString(3), Quantity.ofWhole(rs.getLong(4)),
        rs.getDouble(5), Instant.ofEpochMilli(rs.getLong(6)),
        Money.of(rs.getDouble(7), Currency.of(rs.getString(8))));
  }
}
