package org.pystrade.data.production;

import java.time.Instant;
import java.util.List;
import org.pystrade.core.util.ArgChecker;

/** Alerts raised and not resolved (table {@code prod_alert}), so that each is sent once until resolved. */
public final class AlertRepository {

  private final Db db;

  AlertRepository(Db db) {
    this.db = db;
  }

  /**
   * Raises an alert unless one with the key is open.
   *
   * @param key what it is about
   * @param message what it says
   * @param now the time
   * @return true if it is new (to be sent), false if it was open already
   */
  public boolean raise(String key, String message, Instant now) {
    ArgChecker.notBlank(key, "key");
    ArgChecker.notNull(message, "message");
    ArgChecker.notNull(now, "now");
    return db.write("raise alert " + key, c -> Db.update(c, "INSERT INTO prod_alert (alert_key, raised_ms, message)"
        + " VALUES (?, ?, ?) ON CONFLICT (alert_key) DO NOTHING", key, now.toEpochMilli(), message)) == 1;
  }

  /**
   * Resolves an alert.
   *
   * @param key what it is about
   * @return true if it was open
   */
  public boolean resolve(String key) {
    ArgChecker.notBlank(key, "key");
    return db.write("resolve alert " + key, c -> Db.update(c, "DELETE FROM prod_alert WHERE alert_key = ?",
        key)) == 1;
  }

  /**
   * The open alerts, by key.
   *
   * @return the alerts
   */
  public List<OpenAlert> open() {
    return db.read("open alerts", c -> Db.query(c, "SELECT alert_key, raised_ms, message FROM prod_alert ORDER BY"
        + " alert_key", rs -> new OpenAlert(rs.getString(1), Instant.ofEpochMilli(rs.getLong(2)),
            rs.getString(3))));
  }
}
