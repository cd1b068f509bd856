package org.pystrade.data.csv;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.Optional;
import org.pystrade.core.data.DataException;
import org.pystrade.core.domain.FuturesContract;
import org.pystrade.core.domain.ReasonCode;
import org.pystrade.core.util.ArgChecker;
import org.pystrade.data.store.FileStore;
import org.pystrade.data.store.SeriesColumns;
import org.pystrade.data.store.SeriesKey;
import org.pystrade.data.store.SeriesKind;
import org.pystrade.data.store.StoreListener;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * pysystemtrade's CSV tree as a {@link org.pystrade.data.store.DataStore}:
 *
 * <pre>
 * DIR/adjusted_prices_csv/INSTRUMENT.csv[.gz]          DATETIME,price
 * DIR/multiple_prices_csv/INSTRUMENT.csv[.gz]          DATETIME,CARRY,CARRY_CONTRACT,PRICE,PRICE_CONTRACT,FORWARD,FORWARD_CONTRACT
 * DIR/fx_prices_csv/XXXYYY.csv[.gz]                    DATETIME,PRICE
 * DIR/roll_calendars_csv/INSTRUMENT.csv[.gz]           DATE_TIME,current_contract,next_contract,carry_contract
 * DIR/contract_prices_csv/INSTRUMENT_YYYYMMDD.csv[.gz] DATETIME,OPEN,HIGH,LOW,FINAL,VOLUME
 * DIR/csvconfig/instrumentconfig.csv, rollconfig.csv, spreadcosts.csv
 * </pre>
 *
 * Files are read with the parser of {@link CsvFuturesSimData} (numbers and dates exactly as pandas reads them; rows
 * put in order as pysystemtrade does, see {@code RowOrder}) and written as pandas' {@code to_csv} writes them in
 * pysystemtrade (see {@code CsvWriting}): a file read and written back is the same bytes. A file is written where it
 * is ({@code NAME.csv.gz} stays gzipped), a new file as plain {@code NAME.csv}, atomically (see {@link FileStore}).
 * Per-contract prices are kept as pysystemtrade's {@code csvFuturesContractPriceData} keeps them,
 * {@code INSTRUMENT_YYYYMMDD.csv}, in {@code contract_prices_csv}.
 */
public final class CsvStore extends FileStore {

  private static final Logger LOG = LoggerFactory.getLogger(CsvStore.class);

  /** The folder of per-contract prices. */
  public static final String CONTRACT_DIR = "contract_prices_csv";
  /** The folder of roll calendars. */
  public static final String ROLL_CALENDAR_DIR = "roll_calendars_csv";

  private final Map<SeriesKey, List<String>> repairs = new ConcurrentHashMap<>();

  private CsvStore(Path root, StoreListener listener) {
    super(root, CsvConfig.codec(), listener);
  }

  /**
   * Opens (or, on the first write, creates) a CSV tree.
   *
   * @param root the folder
   * @return the store
   */
  public static CsvStore open(Path root) {
    return open(root, StoreListener.NONE);
  }

  /**
   * Opens a CSV tree with a listener of updates.
   *
   * @param root the folder
   * @param listener told of each part written
   * @return the store
   */
  public static CsvStore open(Path root, StoreListener listener) {
    ArgChecker.notNull(root, "root");
    return new CsvStore(root, listener);
  }

  @Override
  public String location() {
    return "csv:" + root();
  }

  @Override
  protected Path directory(SeriesKind kind) {
    return root().resolve(switch (kind) {
      case ADJUSTED_PRICES -> CsvFuturesSimData.ADJUSTED_DIR;
      case MULTIPLE_PRICES -> CsvFuturesSimData.MULTIPLE_DIR;
      case FX_PRICES -> CsvFuturesSimData.FX_DIR;
      case ROLL_CALENDAR -> ROLL_CALENDAR_DIR;
      case CONTRACT_PRICES -> CONTRACT_DIR;
    });
  }

  @Override
  protected Path configDirectory() {
    return root().resolve(CsvFuturesSimData.CONFIG_DIR);
  }

  private static String baseName(SeriesKey key) {
    if (key.kind() == SeriesKind.CONTRACT_PRICES) {
      FuturesContract c = key.contract();
      return c.instrument().value() + "_" + c.date().asId();
    }
    return key.id();
  }

  @Override
  protected String fileName(SeriesKey key) {
    return baseName(key) + CsvFiles.CSV;
  }

  @Override
  protected Optional<Path> existingFile(SeriesKey key) {
    return CsvFiles.find(directory(key.kind()), baseName(key));
  }

  @Override
  protected Optional<String> idOf(SeriesKind kind, String fileName) {
    String base = CsvFiles.baseName(fileName);
    if (base == null || base.isBlank() || !base.equals(base.strip())) {
      return Optional.empty();
    }
    if (kind == SeriesKind.CONTRACT_PRICES) {
      int us = base.lastIndexOf('_');
      if (us <= 0) {
        return Optional.empty();
      }
      return Optional.of(FuturesContract.of(base.substring(0, us), base.substring(us + 1)).id());
    }
    return Optional.of(base);
  }

  @Override
  protected SeriesColumns readFile(SeriesKey key, Path file) {
    SeriesKind kind = key.kind();
    List<String> wanted = kind == SeriesKind.ADJUSTED_PRICES ? null : kind.columns();
    RowOrder order = switch (kind) {
      case ADJUSTED_PRICES, CONTRACT_PRICES -> RowOrder.GROUP_LAST;
      case FX_PRICES -> RowOrder.SORT_COLLAPSE_IDENTICAL;
      default -> RowOrder.REJECT_UNORDERED;
    };
    CsvFiles.Content content = CsvFiles.inflate(file, CsvFiles.readRaw(file));
    PriceTable t = order.apply(PriceCsvParser.parse(file, content.data(), content.length(), kind.indexName(),
        wanted));
    t.warnings().forEach(LOG::warn);
    if (t.warnings().isEmpty()) {
      repairs.remove(key);
    } else {
      repairs.put(key, List.copyOf(t.warnings()));
    }
    if (t.columns().size() != kind.columns().size()) {
      throw new DataException(ReasonCode.MALFORMED_DATA, kind.label() + " file " + file + " must have "
          + (kind.columns().size() + 1) + " columns (" + kind.indexName() + " and " + kind.columns()
          + ") but has columns " + kind.indexName() + " and " + t.columns());
    }
    double[][] columns = new double[t.columns().size()][];
    for (int c = 0; c < columns.length; c++) {
      columns[c] = t.column(c);
    }
    return new SeriesColumns(t.timesArray(), columns);
  }

  /**
   * What the last read of a series repaired: rows sorted, repeated timestamps merged (see {@code RowOrder}), each
   * naming the file, line and timestamp.
   *
   * @param key the series
   * @return the messages, empty if none
   */
  @Override
  public List<String> repairs(SeriesKey key) {
    return repairs.getOrDefault(key, List.of());
  }

  @Override
  protected void writeFile(SeriesKey key, SeriesColumns data, Path target, Path finalFile) throws IOException {
    CsvWriting.writeSeries(key.kind(), data, target, finalFile.getFileName().toString().endsWith(CsvFiles.CSV_GZ));
  }
}
