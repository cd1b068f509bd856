package org.pystrade.examples.cli;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.pystrade.core.data.DataException;
import org.pystrade.core.data.FuturesSimData;
import org.pystrade.core.data.RollCalendar;
import org.pystrade.core.domain.ContractDate;
import org.pystrade.core.domain.Currency;
import org.pystrade.core.domain.FxPair;
import org.pystrade.core.domain.InstrumentCode;
import org.pystrade.core.series.TimeSeries;
import org.pystrade.data.csv.CsvFuturesSimData;
import org.pystrade.data.pipeline.Check;
import org.pystrade.data.pipeline.CsvFolderPriceSource;
import org.pystrade.data.pipeline.CsvFolderStateWriter;
import org.pystrade.data.pipeline.InstrumentState;
import org.pystrade.data.pipeline.InstrumentStateWriter;
import org.pystrade.data.pipeline.InstrumentStates;
import org.pystrade.data.pipeline.Outcome;
import org.pystrade.data.pipeline.PriceSource;
import org.pystrade.data.pipeline.Problem;
import org.pystrade.data.pipeline.PysystemtradeCsv;
import org.pystrade.data.pipeline.StorePriceSource;
import org.pystrade.data.pipeline.StoreStateWriter;
import org.pystrade.data.store.DataStore;
import org.pystrade.data.store.StoreSimData;
import org.pystrade.data.stores.DataStores;

/**
 * What the pipeline commands read from and write to: a folder in pysystemtrade's CSV layout (read with the binary
 * cache's reader, written file by file with {@link CsvFolderStateWriter}) or any other store ({@code parquet:DIR},
 * {@code arrow:DIR}, {@code jdbc:URL}: read and written through {@link DataStore}). {@link #open} is the one place
 * that opens one.
 */
interface PipelineStore extends AutoCloseable {

  /**
   * Opens a store.
   *
   * @param spec the {@code --data} value: {@code DIR}, {@code csv:DIR}, {@code parquet:DIR}, {@code arrow:DIR} or
   *     {@code jdbc:URL}
   * @return the store; close it when done
   * @throws IllegalArgumentException for a folder that is not one (exit code {@value Commands#DATA_ERROR})
   * @throws DataException for a store that cannot be opened
   */
  static PipelineStore open(String spec) {
    DataStores.Spec parsed = DataStores.Spec.parse(spec);
    if (parsed.isCsv()) {
      Path root = parsed.folder();
      Locations.dataFolder(root);
      return new CsvFolder(root, CsvFuturesSimData.open(root), new CsvFolderStateWriter(root));
    }
    if (parsed.backend() != DataStores.Backend.JDBC) {
      Locations.dataFolder(parsed.folder());
    }
    DataStore store = DataStores.open(spec);
    return new Store(store, StoreSimData.of(store), new StoreStateWriter(store));
  }

  /** Where the store is, for messages. */
  String location();

  /** Its multiple and adjusted prices, FX and configuration. */
  FuturesSimData prices();

  /** Writes an instrument's new state atomically. */
  InstrumentStateWriter writer();

  /** The instruments with multiple prices, sorted. */
  List<InstrumentCode> instruments();

  /** The codes of the stored FX series ({@code GBPUSD}, ...). */
  List<String> fxCodes();

  /** The stored roll calendar of an instrument, or a refusal naming what is missing. */
  Outcome<RollCalendar> rollCalendar(InstrumentCode code);

  /** The store's per-contract prices as a source, or null when it has none. */
  PriceSource contractPrices() throws IOException;

  /** Where per-contract prices are looked for, for messages. */
  String contractPricesPlace();

  /**
   * An instrument's stored state.
   *
   * @param code the instrument
   * @param contracts the contracts with new bars (a store may then read only those and the current ones), or null
   *     for all of them
   * @return the state or a refusal
   */
  Outcome<InstrumentState> state(InstrumentCode code, Collection<ContractDate> contracts);

  /** Every stored FX series by code. */
  default Map<String, TimeSeries> fx() {
    Map<String, TimeSeries> out = new TreeMap<>();
    for (String code : fxCodes()) {
      out.put(code, prices().fxRate(Currency.of(code.substring(0, 3)), Currency.of(code.substring(3))));
    }
    return out;
  }

  @Override
  void close();

  /** A folder in pysystemtrade's CSV layout. */
  record CsvFolder(Path root, CsvFuturesSimData prices, InstrumentStateWriter writer) implements PipelineStore {

    @Override
    public String location() {
      return root.toString();
    }

    @Override
    public List<InstrumentCode> instruments() {
      return prices.instrumentsWithMultiplePrices();
    }

    @Override
    public List<String> fxCodes() {
      return prices.fxCodes();
    }

    @Override
    public Outcome<RollCalendar> rollCalendar(InstrumentCode code) {
      Path dir = root.resolve("roll_calendars_csv");
      Path plain = dir.resolve(code.value() + ".csv");
      Path file = Files.exists(plain) ? plain : dir.resolve(code.value() + ".csv.gz");
      if (!Files.exists(file)) {
        return Outcome.refused(List.of(Problem.error(Check.MISSING_CONTRACT, code.value(),
            "no roll calendar " + plain + "[.gz]")));
      }
      return PysystemtradeCsv.readRollCalendar(file);
    }

    private Path contractFolder() {
      Path dir = root.resolve(CsvFolderStateWriter.CONTRACT_DIR);
      return Files.isDirectory(dir) ? dir : null;
    }

    @Override
    public PriceSource contractPrices() throws IOException {
      Path dir = contractFolder();
      return dir == null ? null : CsvFolderPriceSource.open(dir);
    }

    @Override
    public String contractPricesPlace() {
      return root.resolve(CsvFolderStateWriter.CONTRACT_DIR).toString();
    }

    @Override
    public Outcome<InstrumentState> state(InstrumentCode code, Collection<ContractDate> contracts) {
      return InstrumentStates.read(prices, contractFolder(), code);
    }

    @Override
    public void close() {
      // the CSV reader holds nothing open
    }
  }

  /** Any {@link DataStore}. */
  record Store(DataStore store, StoreSimData prices, InstrumentStateWriter writer) implements PipelineStore {

    @Override
    public String location() {
      return store.location();
    }

    @Override
    public List<InstrumentCode> instruments() {
      return store.contents().multiple();
    }

    @Override
    public List<String> fxCodes() {
      return store.contents().fx().stream().map(FxPair::code).toList();
    }

    @Override
    public Outcome<RollCalendar> rollCalendar(InstrumentCode code) {
      try {
        return Outcome.of(store.rollCalendar(code), List.of());
      } catch (DataException ex) {
        return Outcome.refused(List.of(Problem.error(Check.MISSING_CONTRACT, code.value(), ex.getMessage())));
      }
    }

    @Override
    public PriceSource contractPrices() {
      StorePriceSource source = new StorePriceSource(store);
      return source.isEmpty() ? null : source;
    }

    @Override
    public String contractPricesPlace() {
      return "the contract prices of " + store.location();
    }

    @Override
    public Outcome<InstrumentState> state(InstrumentCode code, Collection<ContractDate> contracts) {
      return InstrumentStates.read(store, code, contracts);
    }

    @Override
    public void close() {
      store.close();
    }
  }
}
