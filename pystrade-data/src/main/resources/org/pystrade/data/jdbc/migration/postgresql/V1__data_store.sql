-- pystrade data store, schema 1: pysystemtrade's futures data in tables.
-- Times are naive timestamps as seconds since 1970-01-01 (ts); a missing value (NaN) is NULL;
-- contract ids are YYYYMMDD numbers (20231200) as pysystemtrade's files hold them.

-- every series stored, also an empty one: kind is adjusted_prices, multiple_prices, contract_prices, fx_prices
-- or roll_calendar; id the instrument, INSTRUMENT/YYYYMMDD for a contract, or the FX pair (EURUSD)
CREATE TABLE stored_series (
  kind VARCHAR(32) NOT NULL,
  id VARCHAR(200) NOT NULL,
  PRIMARY KEY (kind, id)
);

CREATE TABLE adjusted_prices (
  instrument VARCHAR(100) NOT NULL,
  ts BIGINT NOT NULL,
  price DOUBLE PRECISION,
  PRIMARY KEY (instrument, ts)
);

CREATE TABLE multiple_prices (
  instrument VARCHAR(100) NOT NULL,
  ts BIGINT NOT NULL,
  carry DOUBLE PRECISION,
  carry_contract DOUBLE PRECISION,
  price DOUBLE PRECISION,
  price_contract DOUBLE PRECISION,
  forward DOUBLE PRECISION,
  forward_contract DOUBLE PRECISION,
  PRIMARY KEY (instrument, ts)
);

CREATE TABLE contract_prices (
  instrument VARCHAR(100) NOT NULL,
  contract_date VARCHAR(8) NOT NULL,
  ts BIGINT NOT NULL,
  open DOUBLE PRECISION,
  high DOUBLE PRECISION,
  low DOUBLE PRECISION,
  final DOUBLE PRECISION,
  volume DOUBLE PRECISION,
  PRIMARY KEY (instrument, contract_date, ts)
);

CREATE TABLE fx_prices (
  pair VARCHAR(6) NOT NULL,
  ts BIGINT NOT NULL,
  price DOUBLE PRECISION,
  PRIMARY KEY (pair, ts)
);

CREATE TABLE roll_calendars (
  instrument VARCHAR(100) NOT NULL,
  ts BIGINT NOT NULL,
  current_contract DOUBLE PRECISION,
  next_contract DOUBLE PRECISION,
  carry_contract DOUBLE PRECISION,
  PRIMARY KEY (instrument, ts)
);

-- the configuration tables written at least once (a table may be present and empty)
CREATE TABLE stored_config (
  name VARCHAR(32) NOT NULL PRIMARY KEY
);

-- instrumentconfig.csv
CREATE TABLE instrument_config (
  position INTEGER NOT NULL,
  instrument VARCHAR(100) NOT NULL PRIMARY KEY,
  description VARCHAR(1000) NOT NULL,
  point_size DOUBLE PRECISION,
  currency VARCHAR(3) NOT NULL,
  asset_class VARCHAR(100) NOT NULL,
  per_block DOUBLE PRECISION,
  percentage DOUBLE PRECISION,
  per_trade DOUBLE PRECISION,
  region VARCHAR(100) NOT NULL
);

-- rollconfig.csv
CREATE TABLE roll_config (
  position INTEGER NOT NULL,
  instrument VARCHAR(100) NOT NULL PRIMARY KEY,
  hold_roll_cycle VARCHAR(12) NOT NULL,
  roll_offset_days INTEGER NOT NULL,
  carry_offset INTEGER NOT NULL,
  priced_roll_cycle VARCHAR(12) NOT NULL,
  expiry_offset INTEGER NOT NULL
);

-- spreadcosts.csv
CREATE TABLE spread_costs (
  position INTEGER NOT NULL,
  instrument VARCHAR(100) NOT NULL PRIMARY KEY,
  spread_cost DOUBLE PRECISION
);
