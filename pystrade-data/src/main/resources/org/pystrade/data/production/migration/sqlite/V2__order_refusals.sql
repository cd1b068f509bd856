-- Trades a strategy wanted that the checks refused or cut, with the reasons.
CREATE TABLE prod_order_refusal (
  id INTEGER PRIMARY KEY AUTOINCREMENT,
  strategy TEXT NOT NULL,
  instrument TEXT NOT NULL,
  ts BIGINT NOT NULL,
  wanted BIGINT NOT NULL,
  allowed BIGINT NOT NULL,
  reasons TEXT NOT NULL
);
CREATE INDEX prod_order_refusal_key ON prod_order_refusal (strategy, instrument, ts);
