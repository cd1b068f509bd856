package org.pystrade.data.pipeline;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.pystrade.core.data.ContractPrices;
import org.pystrade.core.data.MultiplePrices;
import org.pystrade.core.domain.ContractDate;
import org.pystrade.core.domain.FuturesContract;
import org.pystrade.core.domain.InstrumentCode;
import org.pystrade.core.series.TimeSeries;
import org.pystrade.data.SampleData;
import org.pystrade.data.csv.CsvFuturesSimData;

/** A whole instrument updated all or nothing, and written all or nothing. */
class InstrumentUpdaterTest {

  private static final CsvFuturesSimData DATA = SampleData.open();
  private static final InstrumentCode CORN = InstrumentCode.of("CORN");

  /** CORN's state cut 30 rows before its end, and the bars of its current contracts after the cut. */
  private static Object[] cornCut() {
    MultiplePrices full = DATA.multiplePrices(CORN);
    int cut = full.size() - 30;
    MultiplePrices stored = IncrementalUpdatesTest.head(full, cut);
    TimeSeries adjusted = PanamaStitch.stitch("CORN", stored).get();
    ContractFinals finals = ContractFinals.derivedFrom(CORN, full).get();
    long after = stored.price().time(cut - 1) + 1;
    Map<ContractDate, ContractPrices> bars = new TreeMap<>();
    for (double id : new double[] {stored.priceContract().value(cut - 1), stored.forwardContract().value(cut - 1),
        stored.carryContract().value(cut - 1)}) {
      ContractDate c = ContractDate.fromDouble(id);
      TimeSeries s = finals.get(c.asInt()).orElseThrow().slice(after, Long.MAX_VALUE);
      bars.put(c, ContractPrices.ofFinal(FuturesContract.of(CORN, c), s));
    }
    return new Object[] {InstrumentState.of(CORN, Map.of(), stored, adjusted), bars, full};
  }

  @Test
  @SuppressWarnings("unchecked")
  void newBarsGiveTheWholeNewStateOfTheInstrument() {
    Object[] cut = cornCut();
    InstrumentState stored = (InstrumentState) cut[0];
    Map<ContractDate, ContractPrices> bars = (Map<ContractDate, ContractPrices>) cut[1];
    MultiplePrices full = (MultiplePrices) cut[2];
    Outcome<InstrumentUpdater.Updated> out = new InstrumentUpdater(CleaningConfig.DEFAULTS).update(stored, bars,
        Long.MAX_VALUE);
    assertThat(out.errors()).isEmpty();
    InstrumentUpdater.Updated u = out.get();
    assertThat(u.state().multiple().price().timesView()).containsExactly(full.price().timesView());
    assertThat(u.multipleRowsAdded()).isEqualTo(30);
    assertThat(u.changedContracts()).hasSize(bars.size());
    assertThat(u.state().contractPrices()).containsOnlyKeys(u.changedContracts());
    assertThat(u.barsAdded()).isGreaterThan(0);
  }

  @Test
  @SuppressWarnings("unchecked")
  void aSpikeInOneContractRefusesTheWholeInstrument() {
    Object[] cut = cornCut();
    InstrumentState stored = (InstrumentState) cut[0];
    Map<ContractDate, ContractPrices> bars = new TreeMap<>((Map<ContractDate, ContractPrices>) cut[1]);
    ContractDate first = bars.keySet().iterator().next();
    ContractPrices p = bars.get(first);
    double[] v = p.fin().values();
    v[v.length - 1] = v[v.length - 1] * 3;
    bars.put(first, ContractPrices.ofFinal(p.contract(), p.fin().withValues(v)));
    Outcome<InstrumentUpdater.Updated> out = new InstrumentUpdater(CleaningConfig.DEFAULTS).update(stored, bars,
        Long.MAX_VALUE);
    assertThat(out.isRefused()).isTrue();
    assertThat(out.errors()).extracting(Problem::check).containsExactly(Check.SPIKE);
    assertThat(out.errors().get(0).where()).isEqualTo(p.contract().id());
  }

  @Test
  void noNewBarsLeaveTheStateAsItIs() {
    InstrumentState stored = (InstrumentState) cornCut()[0];
    Outcome<InstrumentUpdater.Updated> out = new InstrumentUpdater(CleaningConfig.DEFAULTS).update(stored, Map.of(),
        Long.MAX_VALUE);
    assertThat(out.get().state()).isSameAs(stored);
    assertThat(out.get().changedContracts()).isEmpty();
  }

  @Test
  @SuppressWarnings("unchecked")
  void theWriterReplacesEveryFileOrNone(@TempDir Path tmp) throws IOException {
    Object[] cut = cornCut();
    InstrumentUpdater.Updated u = new InstrumentUpdater(CleaningConfig.DEFAULTS).update((InstrumentState) cut[0],
        (Map<ContractDate, ContractPrices>) cut[1], Long.MAX_VALUE).get();
    Path store = tmp.resolve("store");
    Files.createDirectories(store.resolve("multiple_prices_csv"));
    Files.createDirectories(store.resolve("adjusted_prices_csv"));
    Files.writeString(store.resolve("multiple_prices_csv/CORN.csv"), "old multiple\n");
    Files.writeString(store.resolve("adjusted_prices_csv/CORN.csv"), "old adjusted\n");
    // the third rename fails: the two files already replaced are put back, the temporary files removed
    int[] moves = {0};
    CsvFolderStateWriter failing = new CsvFolderStateWriter(store, new CsvFolderStateWriter.FileOps() {
      @Override
      public void move(Path from, Path to) throws IOException {
        if (from.getFileName().toString().endsWith(".tmp") && ++moves[0] == 3) {
          throw new IOException("disk full (test)");
        }
        CsvFolderStateWriter.FileOps.super.move(from, to);
      }
    });
    assertThatThrownBy(() -> failing.write(u.state(), u.changedContracts())).hasMessageContaining("disk full");
    assertThat(Files.readString(store.resolve("multiple_prices_csv/CORN.csv"))).isEqualTo("old multiple\n");
    assertThat(Files.readString(store.resolve("adjusted_prices_csv/CORN.csv"))).isEqualTo("old adjusted\n");
    assertThat(listAll(store)).allSatisfy(f -> assertThat(f).doesNotEndWith(".tmp").doesNotEndWith(".old"));
    assertThat(listAll(store)).noneMatch(f -> f.contains("contract_prices_csv/CORN_"));
    // a failing write of a temporary file changes nothing either
    CsvFolderStateWriter failingWrite = new CsvFolderStateWriter(store, new CsvFolderStateWriter.FileOps() {
      @Override
      public void write(Path file, byte[] bytes) throws IOException {
        if (file.toString().contains("adjusted")) {
          throw new IOException("read-only (test)");
        }
        CsvFolderStateWriter.FileOps.super.write(file, bytes);
      }
    });
    assertThatThrownBy(() -> failingWrite.write(u.state(), u.changedContracts())).hasMessageContaining("read-only");
    assertThat(Files.readString(store.resolve("multiple_prices_csv/CORN.csv"))).isEqualTo("old multiple\n");
    assertThat(listAll(store)).allSatisfy(f -> assertThat(f).doesNotEndWith(".tmp"));

    new CsvFolderStateWriter(store).write(u.state(), u.changedContracts());
    CsvFuturesSimData written = CsvFuturesSimData.open(store);
    assertThat(written.multiplePrices(CORN).price()).isEqualTo(u.state().multiple().price());
    assertThat(written.adjustedPrices(CORN)).isEqualTo(u.state().adjusted());
    Outcome<InstrumentState> back = InstrumentStates.read(written, store.resolve("contract_prices_csv"), CORN);
    assertThat(back.get().contractPrices().keySet()).isEqualTo(Set.copyOf(u.changedContracts()));
  }

  private static List<String> listAll(Path root) throws IOException {
    try (Stream<Path> s = Files.walk(root)) {
      return s.filter(Files::isRegularFile).map(p -> root.relativize(p).toString()).toList();
    }
  }
}
