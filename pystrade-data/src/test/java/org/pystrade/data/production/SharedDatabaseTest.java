package org.pystrade.data.production;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.pystrade.core.data.DataException;
import org.pystrade.core.domain.InstrumentCode;
import org.pystrade.core.domain.trading.RollState;
import org.pystrade.data.jdbc.JdbcStore;

/**
 * The production state beside a price store in one SQLite database: the production schema baselines an existing
 * database, so it can be added to a price store's. (The price store's own migrations do not baseline yet, so a
 * price store cannot be added to a database that holds the production state: that order is refused, as checked.)
 */
class SharedDatabaseTest {

  @TempDir
  Path folder;

  @Test
  void theProductionSchemaSitsBesideAPriceStore() {
    String pricesFirst = "jdbc:sqlite:" + folder.resolve("a.db");
    try (JdbcStore prices = JdbcStore.open(pricesFirst);
        ProductionStore state = ProductionStore.open(pricesFirst)) {
      state.rollStates().set(InstrumentCode.of("GOLD"), RollState.PASSIVE);
      assertThat(prices.contents().seriesKeys()).isEmpty();
    }
    try (ProductionStore state = ProductionStore.open(pricesFirst)) {
      assertThat(state.rollStates().get(InstrumentCode.of("GOLD"))).isEqualTo(RollState.PASSIVE);
    }
    String stateFirst = "jdbc:sqlite:" + folder.resolve("b.db");
    try (ProductionStore state = ProductionStore.open(stateFirst)) {
      assertThatThrownBy(() -> JdbcStore.open(stateFirst)).isInstanceOf(DataException.class)
          .hasMessageContaining("no schema history table");
      assertThat(state.capital().latestTotal()).isEmpty();
    }
  }
}
