package org.pystrade.data.production;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.pystrade.core.data.DataException;
import org.pystrade.core.domain.ContractDate;
import org.pystrade.core.domain.FuturesContract;
import org.pystrade.core.domain.InstrumentCode;
import org.pystrade.core.domain.Quantity;
import org.pystrade.core.domain.ReasonCode;
import org.pystrade.core.domain.trading.OrderLevel;
import org.pystrade.core.domain.trading.OrderStatus;
import org.pystrade.core.domain.trading.StrategyName;
import org.pystrade.core.domain.trading.TradingOrder;
import org.pystrade.core.util.ArgChecker;

/**
 * The orders of the three stacks (instrument, contract, broker) with their parent-child links. An order is
 * inserted open with nothing filled; its fills change it only through {@link ProductionStore#bookFill}.
 */
public final class OrderRepository {

  private static final String COLUMNS = "id, level, parent_id, strategy, instrument, contract_date, quantity,"
      + " filled, status, client_ref, created_ms, comment";

  private final Db db;

  OrderRepository(Db db) {
    this.db = db;
  }

  /**
   * Stores a new order. A contract or broker order's parent must exist, be on the level above, be open and be of
   * the same strategy and instrument; a broker order's client reference must be new.
   *
   * @param order the order, with id 0 and nothing filled
   * @return the order with its id
   * @throws DataException ({@link ReasonCode#BAD_VALUE}) if a link or the client reference is wrong
   */
  public TradingOrder insert(TradingOrder order) {
    ArgChecker.notNull(order, "order");
    ArgChecker.isTrue(order.id() == 0 && order.filled().isZero() && order.status() == OrderStatus.OPEN,
        "a new order must have id 0, nothing filled and be open: {}", order);
    return db.write("insert " + order.level() + " order of " + order.strategy() + " in " + order.instrument(),
        c -> {
          if (order.level() != OrderLevel.INSTRUMENT) {
            TradingOrder parent = find(c, order.parentId()).orElseThrow(() -> new DataException(
                ReasonCode.BAD_VALUE, "parent order " + order.parentId() + " does not exist"));
            if (parent.level() != order.level().parentLevel() || !parent.status().isActive()
                || !parent.strategy().equals(order.strategy()) || !parent.instrument().equals(order.instrument())) {
              throw new DataException(ReasonCode.BAD_VALUE, "order " + parent.id() + " (" + parent.level() + ", "
                  + parent.status() + ", " + parent.strategy() + ", " + parent.instrument()
                  + ") cannot be the parent of a " + order.level() + " order of " + order.strategy() + " in "
                  + order.instrument());
            }
          }
          if (!order.clientRef().isEmpty() && byClientRef(c, order.clientRef()).isPresent()) {
            throw new DataException(ReasonCode.BAD_VALUE, "client order reference " + order.clientRef()
                + " is already used");
          }
          long id = Db.insertReturningId(c, "INSERT INTO prod_order (level, parent_id, strategy, instrument,"
              + " contract_date, quantity, filled, status, client_ref, created_ms, comment)"
              + " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
              order.level().name(), order.parentId() == 0 ? null : order.parentId(), order.strategy().value(),
              order.instrument().value(), order.contractIfAny().map(k -> k.date().asId()).orElse(null),
              order.quantity().longValueExact(), 0L, OrderStatus.OPEN.name(),
              order.clientRef().isEmpty() ? null : order.clientRef(), order.created().toEpochMilli(),
              order.comment());
          return order.withId(id);
        });
  }

  /**
   * An order.
   *
   * @param id its id
   * @return the order or empty if there is none
   */
  public Optional<TradingOrder> get(long id) {
    return db.read("order " + id, c -> find(c, id));
  }

  /**
   * An order's children, by id.
   *
   * @param parentId the parent's id
   * @return the children
   */
  public List<TradingOrder> children(long parentId) {
    return db.read("children of order " + parentId, c -> Db.query(c,
        "SELECT " + COLUMNS + " FROM prod_order WHERE parent_id = ? ORDER BY id", OrderRepository::row, parentId));
  }

  /**
   * The orders of a level in a status, by id.
   *
   * @param level the level
   * @param status the status
   * @return the orders
   */
  public List<TradingOrder> withStatus(OrderLevel level, OrderStatus status) {
    ArgChecker.notNull(level, "level");
    ArgChecker.notNull(status, "status");
    return db.read(status + " " + level + " orders", c -> Db.query(c, "SELECT " + COLUMNS
        + " FROM prod_order WHERE level = ? AND status = ? ORDER BY id", OrderRepository::row, level.name(),
        status.name()));
  }

  /**
   * The broker order with a client order reference.
   *
   * @param clientRef the reference
   * @return the order or empty
   */
  public Optional<TradingOrder> byClientRef(String clientRef) {
    ArgChecker.notBlank(clientRef, "clientRef");
    return db.read("order " + clientRef, c -> byClientRef(c, clientRef));
  }

  /**
   * Ends an open order that did not fill completely: cancelled or rejected.
   *
   * @param id the order's id
   * @param status {@link OrderStatus#CANCELLED} or {@link OrderStatus#REJECTED}
   * @throws DataException ({@link ReasonCode#BAD_VALUE}) if there is no such open order
   */
  public void end(long id, OrderStatus status) {
    ArgChecker.isTrue(status == OrderStatus.CANCELLED || status == OrderStatus.REJECTED,
        "an order ends cancelled or rejected, not {}", status);
    db.write("end order " + id, c -> {
      int n = Db.update(c, "UPDATE prod_order SET status = ? WHERE id = ? AND status = ?", status.name(), id,
          OrderStatus.OPEN.name());
      if (n != 1) {
        throw new DataException(ReasonCode.BAD_VALUE, "there is no open order " + id);
      }
      return n;
    });
  }

  static Optional<TradingOrder> find(Connection c, long id) throws SQLException {
    return Db.query(c, "SELECT " + COLUMNS + " FROM prod_order WHERE id = ?", OrderRepository::row, id)
        .stream().findFirst();
  }

  private static Optional<TradingOrder> byClientRef(Connection c, String ref) throws SQLException {
    return Db.query(c, "SELECT " + COLUMNS + " FROM prod_order WHERE client_ref = ?", OrderRepository::row, ref)
        .stream().findFirst();
  }

  static void saveFilled(Connection c, TradingOrder order) throws SQLException {
    Db.update(c, "UPDATE prod_order SET filled = ?, status = ? WHERE id = ?", order.filled().longValueExact(),
        order.status().name(), order.id());
  }

  private static TradingOrder row(ResultSet rs) throws SQLException {
    InstrumentCode instrument = InstrumentCode.of(rs.getString(5));
    String date = rs.getString(6);
    String ref = rs.getString(10);
    return new TradingOrder(rs.getLong(1), OrderLevel.valueOf(rs.getString(2)), rs.getLong(3),
        StrategyName.of(rs.getString(4)), instrument,
        date == null ? null : FuturesContract.of(instrument, ContractDate.of(date)),
        Quantity.ofWhole(rs.getLong(7)), Quantity.ofWhole(rs.getLong(8)), OrderStatus.valueOf(rs.getString(9)),
        ref == null ? "" : ref, Instant.ofEpochMilli(rs.getLong(11)), rs.getString(12));
  }
}
