/**
 * A {@link org.pystrade.data.store.DataStore} in a relational database through JDBC
 * ({@link org.pystrade.data.jdbc.JdbcStore}): SQLite in a file (the embedded default, nothing to install) or
 * PostgreSQL, with its schema created and upgraded by Flyway migrations. No JDBC driver or Flyway type appears in
 * this package's public signatures.
 */
package org.pystrade.data.jdbc;
