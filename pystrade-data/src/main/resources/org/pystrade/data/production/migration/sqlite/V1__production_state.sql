-- The production state of pystrade (issue 15): strategies, capital, positions, orders, fills and controls.
-- Times are milliseconds since 1970 UTC; quantities whole numbers of contracts; '' stands for "all strategies".

CREATE TABLE prod_strategy (
  name TEXT PRIMARY KEY,
  capital_weight DOUBLE PRECISION NOT NULL,
  config TEXT NOT NULL
);

CREATE TABLE prod_total_capital (
  ts BIGINT PRIMARY KEY,
  currency TEXT NOT NULL,
  total_capital DOUBLE PRECISION NOT NULL,
  maximum_capital DOUBLE PRECISION NOT NULL,
  broker_account_value DOUBLE PRECISION NOT NULL,
  accumulated_pandl DOUBLE PRECISION NOT NULL
);

CREATE TABLE prod_strategy_capital (
  strategy TEXT NOT NULL,
  ts BIGINT NOT NULL,
  currency TEXT NOT NULL,
  capital DOUBLE PRECISION NOT NULL,
  PRIMARY KEY (strategy, ts)
);

CREATE TABLE prod_instrument_position (
  strategy TEXT NOT NULL,
  instrument TEXT NOT NULL,
  quantity BIGINT NOT NULL,
  PRIMARY KEY (strategy, instrument)
);

CREATE TABLE prod_contract_position (
  instrument TEXT NOT NULL,
  contract_date TEXT NOT NULL,
  quantity BIGINT NOT NULL,
  PRIMARY KEY (instrument, contract_date)
);

CREATE TABLE prod_order (
  id INTEGER PRIMARY KEY AUTOINCREMENT,
  level TEXT NOT NULL,
  parent_id BIGINT REFERENCES prod_order (id),
  strategy TEXT NOT NULL,
  instrument TEXT NOT NULL,
  contract_date TEXT,
  quantity BIGINT NOT NULL,
  filled BIGINT NOT NULL,
  status TEXT NOT NULL,
  client_ref TEXT UNIQUE,
  created_ms BIGINT NOT NULL,
  comment TEXT NOT NULL
);
CREATE INDEX prod_order_parent ON prod_order (parent_id);
CREATE INDEX prod_order_status ON prod_order (level, status);

CREATE TABLE prod_fill (
  id INTEGER PRIMARY KEY AUTOINCREMENT,
  order_id BIGINT NOT NULL REFERENCES prod_order (id),
  execution_id TEXT NOT NULL UNIQUE,
  quantity BIGINT NOT NULL,
  price DOUBLE PRECISION NOT NULL,
  ts BIGINT NOT NULL,
  commission DOUBLE PRECISION NOT NULL,
  commission_currency TEXT NOT NULL
);
CREATE INDEX prod_fill_order ON prod_fill (order_id);

CREATE TABLE prod_roll_state (
  instrument TEXT PRIMARY KEY,
  state TEXT NOT NULL
);

CREATE TABLE prod_override (
  strategy TEXT NOT NULL,
  instrument TEXT NOT NULL,
  override TEXT NOT NULL,
  PRIMARY KEY (strategy, instrument)
);

CREATE TABLE prod_position_limit (
  strategy TEXT NOT NULL,
  instrument TEXT NOT NULL,
  max_abs_position BIGINT NOT NULL,
  PRIMARY KEY (strategy, instrument)
);

CREATE TABLE prod_trade_limit (
  strategy TEXT NOT NULL,
  instrument TEXT NOT NULL,
  period_days INTEGER NOT NULL,
  max_contracts BIGINT NOT NULL,
  PRIMARY KEY (strategy, instrument, period_days)
);

CREATE TABLE prod_lock (
  instrument TEXT PRIMARY KEY,
  reason TEXT NOT NULL,
  since_ms BIGINT NOT NULL
);

CREATE TABLE prod_process (
  name TEXT PRIMARY KEY,
  state TEXT NOT NULL,
  pid BIGINT NOT NULL,
  updated_ms BIGINT NOT NULL,
  message TEXT NOT NULL
);

CREATE TABLE prod_optimal_position (
  strategy TEXT NOT NULL,
  instrument TEXT NOT NULL,
  ts BIGINT NOT NULL,
  optimal DOUBLE PRECISION NOT NULL,
  lower_edge DOUBLE PRECISION NOT NULL,
  upper_edge DOUBLE PRECISION NOT NULL,
  PRIMARY KEY (strategy, instrument, ts)
);
