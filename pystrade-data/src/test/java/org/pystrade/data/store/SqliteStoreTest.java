package org.pystrade.data.store;

import java.nio.file.Path;
import org.pystrade.data.jdbc.JdbcStore;
import org.pystrade.data.testing.StoreContract;

/** The store contract on SQLite in a file, the embedded database. */
class SqliteStoreTest extends StoreContract {

  @Override
  protected DataStore open(Path dir, StoreListener listener) {
    dir.toFile().mkdirs();
    return JdbcStore.open("jdbc:sqlite:" + dir.resolve("store.db"), listener);
  }
}
