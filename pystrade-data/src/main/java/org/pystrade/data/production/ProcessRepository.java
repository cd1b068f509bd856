package org.pystrade.data.production;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.pystrade.core.domain.trading.ProcessState;
import org.pystrade.core.domain.trading.ProcessStatus;
import org.pystrade.core.util.ArgChecker;

/** The last known status of each production process. */
public final class ProcessRepository {

  private final Db db;

  ProcessRepository(Db db) {
    this.db = db;
  }

  /**
   * Records a process's status, replacing the one before.
   *
   * @param status the status
   */
  public void put(ProcessStatus status) {
    ArgChecker.notNull(status, "status");
    db.write("set status of " + status.process(), c -> Db.update(c, "INSERT INTO prod_process (name, state, pid,"
        + " updated_ms, message) VALUES (?, ?, ?, ?, ?) ON CONFLICT (name) DO UPDATE SET state = excluded.state,"
        + " pid = excluded.pid, updated_ms = excluded.updated_ms, message = excluded.message", status.process(),
        status.state().name(), status.pid(), status.updated().toEpochMilli(), status.message()));
  }

  /**
   * A process's status.
   *
   * @param process its name
   * @return the status or empty if none was recorded
   */
  public Optional<ProcessStatus> get(String process) {
    ArgChecker.notBlank(process, "process");
    return db.read("status of " + process, c -> Db.query(c, "SELECT name, state, pid, updated_ms, message"
        + " FROM prod_process WHERE name = ?", ProcessRepository::row, process)).stream().findFirst();
  }

  /**
   * All processes' statuses, by name.
   *
   * @return the statuses
   */
  public List<ProcessStatus> all() {
    return db.read("process statuses", c -> Db.query(c, "SELECT name, state, pid, updated_ms, message"
        + " FROM prod_process ORDER BY name", ProcessRepository::row));
  }

  private static ProcessStatus row(java.sql.ResultSet rs) throws java.sql.SQLException {
    return new ProcessStatus(rs.getString(1), ProcessState.valueOf(rs.getString(2)), rs.getLong(3),
        Instant.ofEpochMilli(rs.getLong(4)), rs.getString(5));
  }
}
