package org.pystrade.data.production;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.pystrade.core.data.DataException;
import org.pystrade.core.domain.ReasonCode;
import org.pystrade.core.domain.Result;
import org.pystrade.core.domain.trading.FillRecord;
import org.pystrade.core.domain.trading.OrderLevel;
import org.pystrade.core.domain.trading.TradingOrder;
import org.pystrade.core.util.ArgChecker;
import org.pystrade.data.jdbc.JdbcStore;

/**
 * The state of production trading in a relational database: SQLite in a data folder (the embedded default,
 * {@link #openIn}) or PostgreSQL ({@link #open} with {@code jdbc:postgresql://...}). Opening it applies the
 * production schema's Flyway migrations ({@code classpath:org/pystrade/data/production/migration/VENDOR}, history
 * in {@code pystrade_production_schema_history}, so the production state may share a database with a
 * {@link JdbcStore} of prices).
 *
 * <p>Its repositories read and write each kind of state. Every write is one transaction; {@link #inTransaction}
 * makes several writes (of any repositories) one transaction. Fills are booked by {@link #bookFill} (a fill of an
 * open broker order) and {@link #bookLateFill} (a fill that came after its broker order was ended), which change
 * the fill's broker order, that order's ancestors and the contract and instrument positions in the same
 * transaction, so that every position is the sum of its fills. One writer at a time; reads run on several threads
 * at once and see what was committed before or after a write, never part of one.
 */
public final class ProductionStore implements AutoCloseable {

  /** The file of the embedded store in a data folder. */
  public static final String FILE_NAME = "production.db";

  private final Db db;
  private final WriteListener listener;
  private final StrategyRepository strategies;
  private final CapitalRepository capital;
  private final PositionRepository positions;
  private final OrderRepository orders;
  private final FillRepository fills;
  private final RollStateRepository rollStates;
  private final OverrideRepository overrides;
  private final LimitRepository limits;
  private final LockRepository locks;
  private final ProcessRepository processes;
  private final OptimalPositionRepository optimalPositions;
  private final RefusalRepository refusals;
  private final ExecutionRepository executions;
  private final ProcessControlRepository processControls;
  private final AlertRepository alerts;

  private ProductionStore(String url, WriteListener listener) {
    this.db = new Db(url, JdbcStore.displayUrl(url));
    this.listener = listener;
    strategies = new StrategyRepository(db);
    capital = new CapitalRepository(db);
    positions = new PositionRepository(db);
    orders = new OrderRepository(db);
    fills = new FillRepository(db);
    rollStates = new RollStateRepository(db);
    overrides = new OverrideRepository(db);
    limits = new LimitRepository(db);
    locks = new LockRepository(db);
    processes = new ProcessRepository(db);
    optimalPositions = new OptimalPositionRepository(db);
    refusals = new RefusalRepository(db);
    executions = new ExecutionRepository(db);
    processControls = new ProcessControlRepository(db);
    alerts = new AlertRepository(db);
  }

  /**
   * Opens the production state in a database, creating or upgrading its schema.
   *
   * @param jdbcUrl {@code jdbc:sqlite:FILE} or {@code jdbc:postgresql://...} (user and password as parameters)
   * @return the store; close it to release its connections
   * @throws DataException if the database cannot be reached or migrated
   */
  public static ProductionStore open(String jdbcUrl) {
    return open(jdbcUrl, WriteListener.NONE);
  }

  /**
   * Opens the production state with a listener of writes.
   *
   * @param jdbcUrl the URL
   * @param listener told of each part written, inside its transaction
   * @return the store
   * @throws DataException if the database cannot be reached or migrated
   */
  public static ProductionStore open(String jdbcUrl, WriteListener listener) {
    ArgChecker.notBlank(jdbcUrl, "jdbcUrl");
    ArgChecker.notNull(listener, "listener");
    return new ProductionStore(jdbcUrl, listener);
  }

  /**
   * Opens (creating if needed) the embedded production state in a data folder: SQLite in {@value #FILE_NAME}.
   *
   * @param folder the data folder, created if missing
   * @param listener told of each part written, inside its transaction
   * @return the store
   * @throws DataException if the folder or the database cannot be created
   */
  public static ProductionStore openIn(Path folder, WriteListener listener) {
    ArgChecker.notNull(folder, "folder");
    try {
      Files.createDirectories(folder);
    } catch (IOException ex) {
      throw new DataException(ReasonCode.CONFIG_ERROR, "cannot create the data folder " + folder + ": " + ex, ex);
    }
    return open("jdbc:sqlite:" + folder.resolve(FILE_NAME), listener);
  }

  /**
   * Where the state is, as shown in messages (no password).
   *
   * @return the URL shown
   */
  public String location() {
    return db.shownUrl();
  }

  /**
   * The strategies.
   *
   * @return the repository
   */
  public StrategyRepository strategies() {
    return strategies;
  }

  /**
   * The capital history.
   *
   * @return the repository
   */
  public CapitalRepository capital() {
    return capital;
  }

  /**
   * The positions.
   *
   * @return the repository
   */
  public PositionRepository positions() {
    return positions;
  }

  /**
   * The orders.
   *
   * @return the repository
   */
  public OrderRepository orders() {
    return orders;
  }

  /**
   * The fills.
   *
   * @return the repository
   */
  public FillRepository fills() {
    return fills;
  }

  /**
   * The roll states.
   *
   * @return the repository
   */
  public RollStateRepository rollStates() {
    return rollStates;
  }

  /**
   * The trading overrides.
   *
   * @return the repository
   */
  public OverrideRepository overrides() {
    return overrides;
  }

  /**
   * The position and trade limits.
   *
   * @return the repository
   */
  public LimitRepository limits() {
    return limits;
  }

  /**
   * The locks on instruments.
   *
   * @return the repository
   */
  public LockRepository locks() {
    return locks;
  }

  /**
   * The status of processes.
   *
   * @return the repository
   */
  public ProcessRepository processes() {
    return processes;
  }

  /**
   * The history of optimal positions.
   *
   * @return the repository
   */
  public OptimalPositionRepository optimalPositions() {
    return optimalPositions;
  }

  /**
   * The record of refused or cut trades.
   *
   * @return the repository
   */
  public RefusalRepository refusals() {
    return refusals;
  }

  /**
   * The archive of done broker orders with their slippage.
   *
   * @return the repository
   */
  public ExecutionRepository executions() {
    return executions;
  }

  /**
   * The control of scheduled processes: go / stop / pause, last runs and run locks.
   *
   * @return the repository
   */
  public ProcessControlRepository processControls() {
    return processControls;
  }

  /**
   * The alerts raised and not resolved.
   *
   * @return the repository
   */
  public AlertRepository alerts() {
    return alerts;
  }

  /**
   * Runs writes (of any repositories, {@link #bookFill} included) as one transaction: committed when the work
   * returns, rolled back if it throws. Reads inside see the writes before them.
   *
   * @param what what the work does, for messages
   * @param work the work
   * @throws DataException if the work fails (nothing is written); a {@link RuntimeException} of the work other
   *     than a {@link DataException} or {@link IllegalArgumentException} is rethrown as is
   */
  public void inTransaction(String what, Runnable work) {
    ArgChecker.notBlank(what, "what");
    ArgChecker.notNull(work, "work");
    db.write(what, c -> {
      work.run();
      return null;
    });
  }

  /**
   * Books a fill of an open broker order in one transaction: the fill, the filled quantity and status of the broker
   * order and of its contract and instrument orders, the contract position and the strategy's instrument position.
   * A contract or instrument order takes what of the fill fits its quantity: what goes beyond it (another broker
   * order of the contract order filled as well, late) is kept as the order's {@link OrderAmendment}, as is the
   * change of an order ended before.
   *
   * @param fill the fill, with id 0
   * @return the fill with its id
   * @throws DataException ({@link ReasonCode#BAD_VALUE}) if the order is not an open broker order (a fill of an
   *     ended one is booked with {@link #bookLateFill}), the fill's execution id was booked before, or the fill is
   *     of the other sign than an order or goes beyond the broker order's quantity; nothing is written then
   */
  public FillRecord bookFill(FillRecord fill) {
    checkNew(fill);
    return db.write("booking fill " + fill.executionId() + " of order " + fill.brokerOrderId(), c -> {
      TradingOrder broker = OrderRepository.find(c, fill.brokerOrderId()).orElseThrow(() -> new DataException(
          ReasonCode.BAD_VALUE, "there is no order " + fill.brokerOrderId()));
      Optional<String> refused = notABrokerOrder(broker).or(() -> broker.status().isActive() ? Optional.empty()
          : Optional.of("broker order " + broker.id() + " is " + broker.status() + ": a fill of an ended order is a"
              + " late fill"));
      if (refused.isEmpty() && FillRepository.find(c, fill.executionId()).isPresent()) {
        refused = Optional.of("execution " + fill.executionId() + " was booked before");
      }
      refused = refused.or(() -> misfit(broker, fill));
      if (refused.isPresent()) {
        throw new DataException(ReasonCode.BAD_VALUE, refused.get());
      }
      return book(c, fill, broker, false).fill();
    });
  }

  /**
   * Books a late fill: a fill of a broker order that had been ended (cancelled, rejected, or ended as never having
   * reached the broker) when the broker reported it. In one transaction, as {@link #bookFill} books a fill of an
   * open order: the fill, on the ended broker order itself, its filled quantity and the status its fills now say
   * (completed when nothing remains, else ended as it was, a rejected order with something filled cancelled), its
   * archive ({@link #executions()}: what filled, the average price, the slippage, the status) if it is archived,
   * its contract and instrument orders (each takes what of the fill fits its quantity and the status its fills
   * say), and the contract and strategy positions. Each order changed is kept as an {@link OrderAmendment} of the
   * fill ({@link OrderAmendment.Cause#LATE_FILL}), so that reports can tell a late fill.
   *
   * @param fill the fill of an ended broker order, with id 0
   * @return what was booked: the fill with its id and its amendments; with {@link LateFillBooking#bookedBefore()}
   *     (nothing booked) if its execution id was booked before; a {@link ReasonCode#RECONCILIATION_BREAK} failure
   *     (nothing booked) if the fill is of the other sign than its order or goes beyond the quantity it has left, a
   *     {@link ReasonCode#BAD_VALUE} one if its order is not an ended broker order of the store
   * @throws DataException if the database fails (nothing is written)
   */
  public Result<LateFillBooking> bookLateFill(FillRecord fill) {
    checkNew(fill);
    return db.write("booking late fill " + fill.executionId() + " of order " + fill.brokerOrderId(), c -> {
      Optional<FillRecord> before = FillRepository.find(c, fill.executionId());
      if (before.isPresent()) {
        return Result.ok(new LateFillBooking(before.get(), true,
            OrderRepository.amendments(c, "fill_id", before.get().id())));
      }
      Optional<TradingOrder> found = OrderRepository.find(c, fill.brokerOrderId());
      if (found.isEmpty()) {
        return Result.err(ReasonCode.BAD_VALUE, "there is no order " + fill.brokerOrderId());
      }
      TradingOrder broker = found.get();
      Optional<String> refused = notABrokerOrder(broker).or(() -> broker.status().isActive() ? Optional.of(
          "broker order " + broker.id() + " is open: its fills are not late") : Optional.empty());
      if (refused.isPresent()) {
        return Result.err(ReasonCode.BAD_VALUE, refused.get());
      }
      Optional<String> misfit = misfit(broker, fill);
      if (misfit.isPresent()) {
        return Result.err(ReasonCode.RECONCILIATION_BREAK, "late fill not booked: " + misfit.get());
      }
      Booked booked = book(c, fill, broker, true);
      if (ExecutionRepository.amend(c, broker.id(), booked.amendments().get(0).statusAfter()).isPresent()) {
        listener.written("execution report " + broker.id());
      }
      return Result.ok(new LateFillBooking(booked.fill(), false, booked.amendments()));
    });
  }

  private static void checkNew(FillRecord fill) {
    ArgChecker.notNull(fill, "fill");
    ArgChecker.isTrue(fill.id() == 0, "a fill to book must have id 0: {}", fill);
  }

  private static Optional<String> notABrokerOrder(TradingOrder order) {
    return order.level() == OrderLevel.BROKER ? Optional.empty() : Optional.of("order " + order.id() + " is a "
        + order.level() + " order, fills are of broker orders");
  }

  /** Why a fill does not fit what its broker order has left, if it does not. */
  private static Optional<String> misfit(TradingOrder broker, FillRecord fill) {
    if (fill.quantity().signum() == broker.quantity().signum()
        && fill.quantity().abs().compareTo(broker.remaining().abs()) <= 0) {
      return Optional.empty();
    }
    return Optional.of("fill " + fill.executionId() + " of " + fill.quantity() + " does not fit broker order "
        + broker.id() + " (" + broker.clientRef() + ", " + broker.status() + ", filled " + broker.filled() + " of "
        + broker.quantity() + ")");
  }

  /**
   * Writes a fill that fits its broker order: the fill, the orders from the broker order up (each takes what fits
   * its quantity, {@link OrderRepository#fill}) and the positions (the whole fill).
   */
  private Booked book(Connection c, FillRecord fill, TradingOrder broker, boolean late)
      throws SQLException {
    long id = Db.insertReturningId(c, "INSERT INTO prod_fill (order_id, execution_id, quantity, price, ts,"
        + " commission, commission_currency) VALUES (?, ?, ?, ?, ?, ?, ?)", fill.brokerOrderId(),
        fill.executionId(), fill.quantity().longValueExact(), fill.price(), fill.time().toEpochMilli(),
        fill.commission().amount(), fill.commission().currency().code());
    FillRecord booked = new FillRecord(id, fill.brokerOrderId(), fill.executionId(), fill.quantity(), fill.price(),
        fill.time(), fill.commission());
    listener.written("fill " + fill.executionId());
    List<OrderAmendment> amendments = new ArrayList<>();
    for (Optional<TradingOrder> order = Optional.of(broker); order.isPresent();
        order = order.get().parentId() == 0 ? Optional.empty() : OrderRepository.find(c, order.get().parentId())) {
      OrderRepository.fill(c, order.get(), booked, late).ifPresent(amendments::add);
      listener.written("order " + order.get().id());
    }
    long delta = fill.quantity().longValueExact();
    PositionRepository.addToContract(c, broker.contract(), delta);
    listener.written("contract position");
    PositionRepository.addToInstrument(c, broker.strategy(), broker.instrument(), delta);
    listener.written("instrument position");
    return new Booked(booked, amendments);
  }

  /** A fill written, and how it changed its orders. */
  private record Booked(FillRecord fill, List<OrderAmendment> amendments) {
  }

  @Override
  public void close() {
    db.close();
  }

  @Override
  public String toString() {
    return "ProductionStore[" + location() + "]";
  }
}
