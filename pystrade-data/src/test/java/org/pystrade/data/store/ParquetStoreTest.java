package org.pystrade.data.store;

import java.nio.file.Path;
import org.pystrade.data.parquet.ParquetStore;
import org.pystrade.data.testing.StoreContract;

/** The store contract on Parquet files through DuckDB. */
class ParquetStoreTest extends StoreContract {

  @Override
  protected DataStore open(Path dir, StoreListener listener) {
    return ParquetStore.open(dir, listener);
  }
}
