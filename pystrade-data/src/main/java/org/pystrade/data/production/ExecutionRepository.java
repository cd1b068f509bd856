package org.pystrade.data.production;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.pystrade.core.domain.Quantity;
import org.pystrade.core.domain.trading.ExecutionReport;
import org.pystrade.core.domain.trading.FillRecord;
import org.pystrade.core.domain.trading.OrderStatus;
import org.pystrade.core.util.ArgChecker;

/**
 * The archive of broker orders that are done: the execution algorithm, the mid at submission, what filled and the
 * slippage against that mid.
 */
public final class ExecutionRepository {

  private static final String COLUMNS = "order_id, algorithm, mid_at_submission, filled, average_price, slippage,"
      + " status, archived_ms";

  private final Db db;

  ExecutionRepository(Db db) {
    this.db = db;
  }

  /**
   * Archives a done broker order.
   *
   * @param report the report
   * @throws org.pystrade.core.data.DataException if the order is archived already or does not exist
   */
  public void archive(ExecutionReport report) {
    ArgChecker.notNull(report, "report");
    db.write("archive broker order " + report.brokerOrderId(), c -> Db.update(c, "INSERT INTO prod_execution_report"
        + " (" + COLUMNS + ") VALUES (?, ?, ?, ?, ?, ?, ?, ?)", report.brokerOrderId(), report.algorithm(),
        report.midAtSubmission(), report.filled().longValueExact(), nullIfNaN(report.averagePrice()),
        nullIfNaN(report.slippage()), report.status().name(), report.archived().toEpochMilli()));
  }

  /**
   * The archive of a broker order.
   *
   * @param brokerOrderId the order
   * @return its report, or empty if it is not archived
   */
  public Optional<ExecutionReport> of(long brokerOrderId) {
    return db.read("execution report of " + brokerOrderId, c -> Db.query(c, "SELECT " + COLUMNS
        + " FROM prod_execution_report WHERE order_id = ?", ExecutionRepository::row, brokerOrderId))
        .stream().findFirst();
  }

  /**
   * The reports archived at or after a time, oldest first.
   *
   * @param from the earliest time
   * @return the reports
   */
  public List<ExecutionReport> since(Instant from) {
    ArgChecker.notNull(from, "from");
    return db.read("execution reports", c -> Db.query(c, "SELECT " + COLUMNS + " FROM prod_execution_report"
        + " WHERE archived_ms >= ? ORDER BY archived_ms, order_id", ExecutionRepository::row, from.toEpochMilli()));
  }

  /**
   * Amends the archive of a broker order, if it is archived, to the order's fills now (a late fill was booked on
   * it): what filled, the average price, the slippage against the mid at submission, and the status.
   *
   * @return the archive amended, empty if the order is not archived
   */
  static Optional<ExecutionReport> amend(Connection c, long brokerOrderId, OrderStatus status) throws SQLException {
    Optional<ExecutionReport> archived = Db.query(c, "SELECT " + COLUMNS + " FROM prod_execution_report"
        + " WHERE order_id = ?", ExecutionRepository::row, brokerOrderId).stream().findFirst();
    if (archived.isEmpty()) {
      return archived;
    }
    long filled = 0;
    double value = 0;
    for (FillRecord f : FillRepository.ofOrder(c, brokerOrderId)) {
      filled += f.quantity().longValueExact();
      value += f.quantity().value() * f.price();
    }
    ExecutionReport was = archived.get();
    ExecutionReport now = ExecutionReport.of(brokerOrderId, was.algorithm(), was.midAtSubmission(),
        Quantity.ofWhole(filled), value / filled, status, was.archived());
    Db.update(c, "UPDATE prod_execution_report SET filled = ?, average_price = ?, slippage = ?, status = ?"
        + " WHERE order_id = ?", filled, nullIfNaN(now.averagePrice()), nullIfNaN(now.slippage()), status.name(),
        brokerOrderId);
    return Optional.of(now);
  }

  private static Double nullIfNaN(double v) {
    return Double.isNaN(v) ? null : v;
  }

  private static double orNaN(ResultSet rs, int column) throws SQLException {
    double v = rs.getDouble(column);
    return rs.wasNull() ? Double.NaN : v;
  }

  private static ExecutionReport row(ResultSet rs) throws SQLException {
    return new ExecutionReport(rs.getLong(1), rs.getString(2), rs.getDouble(3), Quantity.ofWhole(rs.getLong(4)),
        orNaN(rs, 5), orNaN(rs, 6), OrderStatus.valueOf(rs.getString(7)), Instant.ofEpochMilli(rs.getLong(8)));
  }
}
