package org.pystrade.production.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.pystrade.core.data.ContractPrices;
import org.pystrade.core.domain.FuturesContract;
import org.pystrade.core.series.TimeSeries;
import org.pystrade.data.store.DataStore;
import org.pystrade.data.store.StoreUpdate;
import org.pystrade.data.stores.DataStores;

/** Contract volumes read from a price store's per-contract prices. */
class ContractVolumesTest {

  @Test
  void theVolumeColumnOfAStoredContractAndNoneForAContractWithoutPrices(@TempDir Path dir) {
    FuturesContract corn = FuturesContract.parse("CORN/20231200");
    long[] t = {1_690_000_000L, 1_690_086_400L, 1_690_172_800L};
    TimeSeries volume = TimeSeries.of(t, new double[] {120, Double.NaN, 340});
    TimeSeries price = TimeSeries.of(t, new double[] {500, 501, 502});
    try (DataStore store = DataStores.open("csv:" + dir)) {
      store.apply(StoreUpdate.builder().contractPrices(new ContractPrices(corn, price, price, price, price, volume))
          .build());
      ContractVolumes volumes = ContractVolumes.of(store);
      assertThat(volumes.daily(corn)).hasValueSatisfying(v -> {
        assertThat(v.timestamps()).containsExactly(t);
        assertThat(v.values()).containsExactly(120, Double.NaN, 340);
      });
      assertThat(volumes.daily(FuturesContract.parse("CORN/20240300"))).isEmpty();
    }
  }
}
