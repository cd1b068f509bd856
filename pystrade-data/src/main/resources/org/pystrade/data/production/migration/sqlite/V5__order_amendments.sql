-- The orders a fill changed otherwise than a fill of open orders within their quantities: a late fill (it came after
-- its broker order was ended) is booked on that order and its contract and instrument orders, each of which then has
-- the status its fills say (a cancelled order filled completely is completed); and a fill that goes beyond the
-- quantity of a contract or instrument order (another broker order of it filled as well) fills that order up to its
-- quantity only. One row for each order such a fill changed: its status and filled quantity before and after the
-- fill, and what of the fill went beyond the order's quantity (not counted in its filled quantity).
CREATE TABLE prod_order_amendment (
  id INTEGER PRIMARY KEY AUTOINCREMENT,
  fill_id BIGINT NOT NULL REFERENCES prod_fill (id),
  order_id BIGINT NOT NULL REFERENCES prod_order (id),
  cause TEXT NOT NULL,
  status_before TEXT NOT NULL,
  status_after TEXT NOT NULL,
  filled_before BIGINT NOT NULL,
  filled_after BIGINT NOT NULL,
  beyond BIGINT NOT NULL
);
CREATE INDEX prod_order_amendment_fill ON prod_order_amendment (fill_id);
CREATE INDEX prod_order_amendment_order ON prod_order_amendment (order_id);
