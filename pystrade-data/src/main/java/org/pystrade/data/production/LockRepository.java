package org.pystrade.data.production;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.pystrade.core.domain.InstrumentCode;
import org.pystrade.core.domain.trading.InstrumentLock;
import org.pystrade.core.util.ArgChecker;

/** Locks on trading instruments (reconciliation breaks, manual locks). */
public final class LockRepository {

  private final Db db;

  LockRepository(Db db) {
    this.db = db;
  }

  /**
   * Locks an instrument; a lock already there is kept with its reason and time.
   *
   * @param lock the lock
   * @return whether the instrument was not locked before
   */
  public boolean lock(InstrumentLock lock) {
    ArgChecker.notNull(lock, "lock");
    return db.write("lock " + lock.instrument(), c -> Db.update(c, "INSERT INTO prod_lock (instrument, reason,"
        + " since_ms) VALUES (?, ?, ?) ON CONFLICT (instrument) DO NOTHING", lock.instrument().value(),
        lock.reason(), lock.since().toEpochMilli())) > 0;
  }

  /**
   * Unlocks an instrument.
   *
   * @param instrument the instrument
   * @return whether it was locked
   */
  public boolean unlock(InstrumentCode instrument) {
    ArgChecker.notNull(instrument, "instrument");
    return db.write("unlock " + instrument,
        c -> Db.update(c, "DELETE FROM prod_lock WHERE instrument = ?", instrument.value())) > 0;
  }

  /**
   * The lock on an instrument.
   *
   * @param instrument the instrument
   * @return the lock or empty if it is not locked
   */
  public Optional<InstrumentLock> lockOn(InstrumentCode instrument) {
    ArgChecker.notNull(instrument, "instrument");
    return db.read("lock on " + instrument, c -> Db.query(c, "SELECT instrument, reason, since_ms FROM prod_lock"
        + " WHERE instrument = ?", LockRepository::row, instrument.value())).stream().findFirst();
  }

  /**
   * All locks, by instrument.
   *
   * @return the locks
   */
  public List<InstrumentLock> all() {
    return db.read("locks", c -> Db.query(c, "SELECT instrument, reason, since_ms FROM prod_lock ORDER BY"
        + " instrument", LockRepository::row));
  }

  private static InstrumentLock row(java.sql.ResultSet rs) throws java.sql.SQLException {
    return new InstrumentLock(InstrumentCode.of(rs.getString(1)), rs.getString(2),
        Instant.ofEpochMilli(rs.getLong(3)));
  }
}
