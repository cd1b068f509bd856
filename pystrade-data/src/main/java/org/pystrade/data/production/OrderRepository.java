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
import org.pystrade.core.domain.trading.FillRecord;
import org.pystrade.core.domain.trading.OrderLevel;
import org.pystrade.core.domain.trading.OrderStatus;
import org.pystrade.core.domain.trading.StrategyName;
import org.pystrade.core.domain.trading.TradingOrder;
import org.pystrade.core.util.ArgChecker;

/**
 * The orders of the three stacks (instrument, contract, broker) with their parent-child links. An order is
 * inserted open with nothing filled; its fills change it only through {@link ProductionStore#bookFill} and, for a
 * fill that comes after its broker order was ended, {@link ProductionStore#bookLateFill}; how a fill changed an
 * order otherwise than a fill of an open order within its quantity is kept ({@link #amendments}).
 */
public final class OrderRepository {

  private static final String COLUMNS = "id, level, parent_id, strategy, instrument, contract_date, quantity,"
      + " filled, status, client_ref, created_ms, comment";
  private static final String AMENDMENT_COLUMNS = "fill_id, order_id, cause, status_before, status_after,"
      + " filled_before, filled_after, beyond";

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

  /**
   * How fills changed an order otherwise than a fill of an open order within its quantity: late fills booked on it
   * ({@link ProductionStore#bookLateFill}), fills that went beyond its quantity.
   *
   * @param orderId the order's id
   * @return its amendments, in the order booked; empty if none
   */
  public List<OrderAmendment> amendments(long orderId) {
    return db.read("amendments of order " + orderId, c -> amendments(c, "order_id", orderId));
  }

  static List<OrderAmendment> amendments(Connection c, String column, long id) throws SQLException {
    return Db.query(c, "SELECT " + AMENDMENT_COLUMNS + " FROM prod_order_amendment WHERE " + column + " = ?"
        + " ORDER BY id", OrderRepository::amendment, id);
  }

  /**
   * Books a fill's quantity on an order: what of it fits the order's quantity is added to its filled quantity,
   * what does not is beyond it; the order's status is then what its fills say (completed when nothing remains, a
   * rejected order with something filled cancelled, else as it was). An order's amendment is kept for a late fill
   * (its broker order, or the order, had been ended) and for a fill that goes beyond the order's quantity.
   *
   * @return the order's amendment, if kept
   * @throws DataException ({@link ReasonCode#BAD_VALUE}) if the fill is of the other sign than the order
   */
  static Optional<OrderAmendment> fill(Connection c, TradingOrder o, FillRecord fill, boolean late)
      throws SQLException {
    Quantity q = fill.quantity();
    if (q.signum() != o.quantity().signum()) {
      throw new DataException(ReasonCode.BAD_VALUE, "fill " + fill.executionId() + " of " + q + " does not fit "
          + o.level() + " order " + o.id() + " of " + o.quantity() + ": the other sign");
    }
    Quantity taken = q.abs().compareTo(o.remaining().abs()) <= 0 ? q : o.remaining();
    Quantity filled = o.filled().plus(taken);
    OrderStatus status = filled.equals(o.quantity()) ? OrderStatus.COMPLETED
        : o.status() == OrderStatus.REJECTED && !filled.isZero() ? OrderStatus.CANCELLED : o.status();
    saveFilled(c, new TradingOrder(o.id(), o.level(), o.parentId(), o.strategy(), o.instrument(), o.contract(),
        o.quantity(), filled, status, o.clientRef(), o.created(), o.comment()));
    Quantity beyond = q.minus(taken);
    OrderAmendment.Cause cause = late || beyond.isZero() && !o.status().isActive() ? OrderAmendment.Cause.LATE_FILL
        : beyond.isZero() ? null : OrderAmendment.Cause.BEYOND_QUANTITY;
    if (cause == null) {
      return Optional.empty();
    }
    OrderAmendment a = new OrderAmendment(fill.id(), o.id(), cause, o.status(), status, o.filled(), filled, beyond);
    Db.update(c, "INSERT INTO prod_order_amendment (" + AMENDMENT_COLUMNS + ") VALUES (?, ?, ?, ?, ?, ?, ?, ?)",
        a.fillId(), a.orderId(), a.cause().name(), a.statusBefore().name(), a.statusAfter().name(),
        a.filledBefore().longValueExact(), a.filledAfter().longValueExact(), a.beyond().longValueExact());
    return Optional.of(a);
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

  private static OrderAmendment amendment(ResultSet rs) throws SQLException {
    return new OrderAmendment(rs.getLong(1), rs.getLong(2), OrderAmendment.Cause.valueOf(rs.getString(3)),
        OrderStatus.valueOf(rs.getString(4)), OrderStatus.valueOf(rs.getString(5)), Quantity.ofWhole(rs.getLong(6)),
        Quantity.ofWhole(rs.getLong(7)), Quantity.ofWhole(rs.getLong(8)));
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
