package org.pystrade.data.store;

import java.nio.file.Path;
import org.pystrade.data.csv.CsvStore;
import org.pystrade.data.testing.StoreContract;

/** The store contract on pysystemtrade's CSV tree. */
class CsvStoreTest extends StoreContract {

  /**
   * pandas' C parser, which pysystemtrade reads CSV files with, reads some 16 and 17 digit numbers a unit off and
   * cannot reach every double: the synthetic series may come back a unit off (what is read from a CSV tree comes
   * back bit for bit: see the sample data case).
   */
  @Override
  protected int ulpTolerance() {
    return 1;
  }

  @Override
  protected DataStore open(Path dir, StoreListener listener) {
    return CsvStore.open(dir, listener);
  }
}
