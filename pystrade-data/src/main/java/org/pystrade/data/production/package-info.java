/**
 * The state of production trading in a relational database through JDBC ({@link
 * org.pystrade.data.production.ProductionStore}): SQLite in a data folder (the embedded default) or PostgreSQL,
 * its schema created and upgraded by Flyway migrations of its own. One repository per kind of state (strategies,
 * capital, positions, orders of the three stacks, fills, roll states, overrides, limits, locks, process status,
 * optimal positions, refused trades); the values are pystrade-core's {@code org.pystrade.core.domain.trading}. Every write is a
 * transaction, and a fill changes its orders and the positions in the same transaction. No JDBC or Flyway type
 * appears in a public signature.
 */
package org.pystrade.data.production;
