package org.pystrade.data.production;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.pystrade.core.util.ArgChecker;

/**
 * The control of scheduled processes (table {@code prod_process_control}): go / stop / pause, the last start, end
 * and completed day, and a run lock with an expiry that its holder renews (a heartbeat), so that one instance runs
 * at a time and a crashed holder's lock lapses.
 */
public final class ProcessControlRepository {

  private static final String COLUMNS = "name, control, last_start_ms, last_end_ms, last_day, last_outcome,"
      + " lock_owner, lock_expires_ms";

  private final Db db;

  ProcessControlRepository(Db db) {
    this.db = db;
  }

  /**
   * Registers a process with {@link ProcessControl#GO} unless it is known.
   *
   * @param process its name
   * @param now the time
   */
  public void register(String process, Instant now) {
    ArgChecker.notBlank(process, "process");
    ArgChecker.notNull(now, "now");
    db.write("register process " + process, c -> Db.update(c, "INSERT INTO prod_process_control (name, control,"
        + " last_outcome, updated_ms) VALUES (?, ?, '', ?) ON CONFLICT (name) DO NOTHING", process,
        ProcessControl.GO.name(), now.toEpochMilli()));
  }

  /**
   * Tells a process what to do (registering it if needed).
   *
   * @param process its name
   * @param control go, stop or pause
   * @param now the time
   */
  public void setControl(String process, ProcessControl control, Instant now) {
    ArgChecker.notBlank(process, "process");
    ArgChecker.notNull(control, "control");
    ArgChecker.notNull(now, "now");
    db.write("set control of " + process, c -> Db.update(c, "INSERT INTO prod_process_control (name, control,"
        + " last_outcome, updated_ms) VALUES (?, ?, '', ?) ON CONFLICT (name) DO UPDATE SET control ="
        + " excluded.control, updated_ms = excluded.updated_ms", process, control.name(), now.toEpochMilli()));
  }

  /**
   * A process's record.
   *
   * @param process its name
   * @return the record, or empty if the process is not registered
   */
  public Optional<ProcessRun> get(String process) {
    ArgChecker.notBlank(process, "process");
    return db.read("control of " + process, c -> Db.query(c, "SELECT " + COLUMNS
        + " FROM prod_process_control WHERE name = ?", ProcessControlRepository::row, process)).stream().findFirst();
  }

  /**
   * Every process's record, by name.
   *
   * @return the records
   */
  public List<ProcessRun> all() {
    return db.read("process controls", c -> Db.query(c, "SELECT " + COLUMNS
        + " FROM prod_process_control ORDER BY name", ProcessControlRepository::row));
  }

  /**
   * Takes a process's run lock if nobody holds it (or its holder let it expire, or the owner holds it already), and
   * records the start.
   *
   * @param process its name (registered)
   * @param owner who takes it (a daemon's id)
   * @param now the time
   * @param expires when the lock lapses unless renewed
   * @return true if taken, false if another owner holds it
   */
  public boolean tryStart(String process, String owner, Instant now, Instant expires) {
    ArgChecker.notBlank(process, "process");
    ArgChecker.notBlank(owner, "owner");
    ArgChecker.isTrue(expires.isAfter(now), "the lock must expire after now");
    long t = now.toEpochMilli();
    return db.write("lock " + process, c -> Db.update(c, "UPDATE prod_process_control SET lock_owner = ?,"
        + " lock_expires_ms = ?, last_start_ms = ?, updated_ms = ? WHERE name = ? AND (lock_owner IS NULL OR"
        + " lock_expires_ms <= ? OR lock_owner = ?)", owner, expires.toEpochMilli(), t, t, process, t, owner)) == 1;
  }

  /**
   * Renews a held lock (the heartbeat).
   *
   * @param process its name
   * @param owner the holder
   * @param expires the new expiry
   * @return true if the owner still held it, false if it had lapsed to another owner or was released
   */
  public boolean heartbeat(String process, String owner, Instant expires) {
    ArgChecker.notBlank(process, "process");
    ArgChecker.notBlank(owner, "owner");
    ArgChecker.notNull(expires, "expires");
    return db.write("renew lock of " + process, c -> Db.update(c, "UPDATE prod_process_control SET"
        + " lock_expires_ms = ? WHERE name = ? AND lock_owner = ?", expires.toEpochMilli(), process, owner)) == 1;
  }

  /**
   * Records the end of a run and releases the lock.
   *
   * @param process its name
   * @param owner the holder
   * @param now the time
   * @param completedDay the day the run completed, or empty if it did not complete one
   * @param outcome what happened (free text)
   * @return true if the owner held the lock
   */
  public boolean end(String process, String owner, Instant now, Optional<LocalDate> completedDay, String outcome) {
    ArgChecker.notBlank(process, "process");
    ArgChecker.notBlank(owner, "owner");
    ArgChecker.notNull(now, "now");
    ArgChecker.notNull(completedDay, "completedDay");
    ArgChecker.notNull(outcome, "outcome");
    long t = now.toEpochMilli();
    return db.write("end run of " + process, c -> completedDay.isPresent()
        ? Db.update(c, "UPDATE prod_process_control SET lock_owner = NULL, lock_expires_ms = NULL, last_end_ms = ?,"
            + " last_day = ?, last_outcome = ?, updated_ms = ? WHERE name = ? AND lock_owner = ?", t,
            completedDay.get().toString(), outcome, t, process, owner)
        : Db.update(c, "UPDATE prod_process_control SET lock_owner = NULL, lock_expires_ms = NULL, last_end_ms = ?,"
            + " last_outcome = ?, updated_ms = ? WHERE name = ? AND lock_owner = ?", t, outcome, t, process,
            owner)) == 1;
  }

  /**
   * Gives up a held lock without recording an end (an abandoned run: the next run resumes it).
   *
   * @param process its name
   * @param owner the holder
   * @return true if the owner held the lock
   */
  public boolean release(String process, String owner) {
    ArgChecker.notBlank(process, "process");
    ArgChecker.notBlank(owner, "owner");
    return db.write("release lock of " + process, c -> Db.update(c, "UPDATE prod_process_control SET lock_owner ="
        + " NULL, lock_expires_ms = NULL WHERE name = ? AND lock_owner = ?", process, owner)) == 1;
  }

  private static ProcessRun row(ResultSet rs) throws SQLException {
    String day = rs.getString(5);
    String owner = rs.getString(7);
    return new ProcessRun(rs.getString(1), ProcessControl.valueOf(rs.getString(2)), instant(rs, 3),
        instant(rs, 4), Optional.ofNullable(day).map(LocalDate::parse), rs.getString(6) == null ? ""
            : rs.getString(6), Optional.ofNullable(owner), instant(rs, 8));
  }

  private static Optional<Instant> instant(ResultSet rs, int column) throws SQLException {
    long ms = rs.getLong(column);
    return rs.wasNull() ? Optional.empty() : Optional.of(Instant.ofEpochMilli(ms));
  }
}
