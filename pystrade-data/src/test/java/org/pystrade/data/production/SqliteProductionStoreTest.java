package org.pystrade.data.production;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.pystrade.core.data.DataException;
import org.pystrade.core.domain.ReasonCode;
import org.pystrade.data.testing.ProductionStoreContract;

/** The production store contract on the embedded store: SQLite in a file of the data folder. */
class SqliteProductionStoreTest extends ProductionStoreContract {

  @Override
  protected ProductionStore open(Path dir, WriteListener listener) {
    return ProductionStore.openIn(dir, listener);
  }

  @Test
  void theEmbeddedStoreIsAFileInTheDataFolder() {
    Path dir = folder.resolve("state");
    try (ProductionStore s = ProductionStore.openIn(dir, WriteListener.NONE)) {
      assertThat(s.location()).isEqualTo("jdbc:sqlite:" + dir.resolve(ProductionStore.FILE_NAME));
    }
    assertThat(Files.isRegularFile(dir.resolve(ProductionStore.FILE_NAME))).isTrue();
  }

  @Test
  void anUnsupportedUrlIsAConfigError() {
    assertThatThrownBy(() -> ProductionStore.open("jdbc:h2:mem:x")).isInstanceOf(DataException.class)
        .satisfies(e -> assertThat(((DataException) e).code()).isEqualTo(ReasonCode.CONFIG_ERROR));
  }
}
