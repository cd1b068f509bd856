-- Broker orders that are done, archived with the execution algorithm, the mid at submission and the slippage.
CREATE TABLE prod_execution_report (
  order_id BIGINT PRIMARY KEY REFERENCES prod_order (id),
  algorithm TEXT NOT NULL,
  mid_at_submission DOUBLE PRECISION NOT NULL,
  filled BIGINT NOT NULL,
  average_price DOUBLE PRECISION,
  slippage DOUBLE PRECISION,
  status TEXT NOT NULL,
  archived_ms BIGINT NOT NULL
);
CREATE INDEX prod_execution_report_time ON prod_execution_report (archived_ms);
