package org.pystrade.data.pipeline;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.pystrade.core.data.ContractPrices;
import org.pystrade.core.data.MultiplePrices;
import org.pystrade.core.domain.ContractDate;
import org.pystrade.core.domain.FuturesContract;
import org.pystrade.core.domain.InstrumentCode;
import org.pystrade.data.SampleData;
import org.pystrade.data.store.DataStore;
import org.pystrade.data.store.SeriesColumns;
import org.pystrade.data.store.StoreUpdate;
import org.pystrade.data.stores.DataStores;

/** An instrument's new state written into a real store: appended where it only grew, replaced where it changed. */
class StoreStateWriterTest {

  private static final InstrumentCode CORN = InstrumentCode.of("CORN");

  /** What each update asked the store to write, then the store doing it. */
  private static DataStore recording(DataStore store, List<StoreUpdate> seen) {
    return (DataStore) java.lang.reflect.Proxy.newProxyInstance(DataStore.class.getClassLoader(),
        new Class<?>[] {DataStore.class}, (proxy, method, args) -> {
          if (method.getName().equals("apply")) {
            seen.add((StoreUpdate) args[0]);
          }
          try {
            return method.invoke(store, args);
          } catch (java.lang.reflect.InvocationTargetException ex) {
            throw ex.getCause();
          }
        });
  }

  @Test
  void aStateThatOnlyGrewIsAppendedAndARolledOneReplaced(@TempDir Path tmp) throws IOException {
    MultiplePrices full = SampleData.open().multiplePrices(CORN);
    int cut = full.size() - 30;
    MultiplePrices head = IncrementalUpdatesTest.head(full, cut);
    InstrumentState before = InstrumentState.of(CORN, Map.of(), head, PanamaStitch.stitch("CORN", head).get());
    InstrumentState after = InstrumentState.of(CORN, Map.of(), full, PanamaStitch.stitch("CORN", full).get());
    List<StoreUpdate> seen = new ArrayList<>();
    try (DataStore sqlite = DataStores.open("jdbc:sqlite:" + tmp.resolve("s.db"))) {
      DataStore store = recording(sqlite, seen);
      StoreStateWriter writer = new StoreStateWriter(store);
      writer.write(before, Set.of());
      assertThat(seen.get(0).seriesWrites()).allMatch(w -> w.mode() == StoreUpdate.Mode.REPLACE);

      writer.write(before, after, Set.of());
      // the stitch of a longer history is the same history plus new rows when no roll intervenes, else shifted
      boolean adjustedGrew = StoreStateWriter.prefixLength(SeriesColumns.of(before.adjusted()),
          SeriesColumns.of(after.adjusted())) >= 0;
      StoreUpdate grown = seen.get(1);
      assertThat(grown.seriesWrites().get(0).mode()).isEqualTo(StoreUpdate.Mode.APPEND);
      assertThat(grown.seriesWrites().get(0).data().size()).isEqualTo(30);
      assertThat(grown.seriesWrites().get(1).mode())
          .isEqualTo(adjustedGrew ? StoreUpdate.Mode.APPEND : StoreUpdate.Mode.REPLACE);
      assertThat(sqlite.multiplePrices(CORN)).isEqualTo(full);
      assertThat(sqlite.adjustedPrices(CORN)).isEqualTo(after.adjusted());

      // the same state again writes nothing
      writer.write(after, after, Set.of());
      assertThat(seen.get(2).isEmpty()).isTrue();

      // a shifted adjusted history (a roll) replaces it; a changed contract is written
      ContractDate c = full.priceContractAt(full.size() - 1);
      ContractPrices bars = ContractPrices.ofFinal(FuturesContract.of(CORN, c), full.price().slice(
          full.price().time(full.size() - 5), Long.MAX_VALUE));
      InstrumentState rolled = InstrumentState.of(CORN, Map.of(c, bars), full, after.adjusted().plus(1.0));
      writer.write(after, rolled, Set.of(c));
      StoreUpdate roll = seen.get(3);
      assertThat(roll.seriesWrites()).extracting(w -> w.key().kind().name() + " " + w.mode())
          .containsExactly("CONTRACT_PRICES REPLACE", "ADJUSTED_PRICES REPLACE");
      assertThat(sqlite.adjustedPrices(CORN)).isEqualTo(rolled.adjusted());
      assertThat(sqlite.contractPrices(FuturesContract.of(CORN, c)).fin()).isEqualTo(bars.fin());

      assertThatThrownBy(() -> writer.write(InstrumentState.of(InstrumentCode.of("US10"), Map.of(), head,
          before.adjusted()), after, Set.of())).hasMessageContaining("US10").hasMessageContaining("CORN");
    }
  }
}
