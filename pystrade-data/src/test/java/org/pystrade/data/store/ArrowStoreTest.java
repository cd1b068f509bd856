package org.pystrade.data.store;

import java.nio.file.Path;
import org.pystrade.data.arrow.ArrowStore;
import org.pystrade.data.testing.StoreContract;

/** The store contract on Arrow IPC files. */
class ArrowStoreTest extends StoreContract {

  @Override
  protected DataStore open(Path dir, StoreListener listener) {
    return ArrowStore.open(dir, listener);
  }
}
