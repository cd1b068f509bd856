-- The daemon's control of its processes: go / stop / pause, the last start and end, the last day done, and the
-- run lock (owner and expiry, renewed by a heartbeat, so that a crashed daemon does not hold it for ever).
CREATE TABLE prod_process_control (
  name TEXT PRIMARY KEY,
  control TEXT NOT NULL,
  last_start_ms BIGINT,
  last_end_ms BIGINT,
  last_day TEXT,
  last_outcome TEXT,
  lock_owner TEXT,
  lock_expires_ms BIGINT,
  updated_ms BIGINT NOT NULL
);
-- Alerts raised and not yet resolved: each is sent once until resolved.
CREATE TABLE prod_alert (
  alert_key TEXT PRIMARY KEY,
  raised_ms BIGINT NOT NULL,
  message TEXT NOT NULL
);
