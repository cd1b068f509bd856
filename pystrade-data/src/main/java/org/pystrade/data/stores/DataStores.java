package org.pystrade.data.stores;

import java.nio.file.Path;
import java.util.List;
import java.util.function.Consumer;
import org.pystrade.core.data.DataException;
import org.pystrade.core.domain.FuturesContract;
import org.pystrade.core.domain.InstrumentCode;
import org.pystrade.core.domain.ReasonCode;
import org.pystrade.core.util.ArgChecker;
import org.pystrade.data.arrow.ArrowStore;
import org.pystrade.data.csv.CsvStore;
import org.pystrade.data.jdbc.JdbcStore;
import org.pystrade.data.parquet.ParquetStore;
import org.pystrade.data.store.DataStore;
import org.pystrade.data.store.SeriesKey;
import org.pystrade.data.store.StoreContents;
import org.pystrade.data.store.StoreListener;
import org.pystrade.data.store.StoreUpdate;

/**
 * Opens stores from their specs and copies whole stores.
 *
 * <p>A spec is {@code csv:DIR} (pysystemtrade's CSV tree), {@code parquet:DIR}, {@code arrow:DIR} or
 * {@code jdbc:URL} ({@code jdbc:sqlite:FILE}, {@code jdbc:postgresql://HOST/DB?user=U&password=P}); anything
 * else is the folder of a CSV tree.
 */
public final class DataStores {

  /** The kinds of store a spec can name. */
  public enum Backend {
    /** pysystemtrade's CSV tree. */
    CSV,
    /** Parquet files. */
    PARQUET,
    /** Arrow IPC files. */
    ARROW,
    /** A JDBC database. */
    JDBC
  }

  /**
   * A parsed store spec.
   *
   * @param backend the kind of store
   * @param location the folder, or the whole JDBC URL ({@code jdbc:...})
   */
  public record Spec(Backend backend, String location) {

    /**
     * Checks the parts.
     *
     * @param backend the kind of store
     * @param location the folder, or the whole JDBC URL ({@code jdbc:...})
     */
    public Spec {
      ArgChecker.notNull(backend, "backend");
      ArgChecker.notBlank(location, "location");
    }

    /**
     * Parses a spec: {@code csv:DIR}, {@code parquet:DIR}, {@code arrow:DIR}, {@code jdbc:URL}, or a plain folder
     * (a CSV tree).
     *
     * @param text the spec
     * @return the spec
     * @throws IllegalArgumentException if it is blank or names no location
     */
    public static Spec parse(String text) {
      ArgChecker.notBlank(text, "store spec");
      for (Backend b : List.of(Backend.CSV, Backend.PARQUET, Backend.ARROW)) {
        String prefix = b.name().toLowerCase(java.util.Locale.ROOT) + ":";
        if (text.startsWith(prefix)) {
          String dir = text.substring(prefix.length());
          ArgChecker.isTrue(!dir.isBlank(), "store spec '{}' names no folder (expected {}DIR)", text, prefix);
          return new Spec(b, dir);
        }
      }
      if (text.startsWith("jdbc:")) {
        ArgChecker.isTrue(text.length() > "jdbc:".length() && text.indexOf(':', 5) > 5,
            "store spec '{}' is not a JDBC URL (expected jdbc:sqlite:FILE or jdbc:postgresql://HOST/DB)", text);
        return new Spec(Backend.JDBC, text);
      }
      return new Spec(Backend.CSV, text);
    }

    /**
     * Whether the spec names a store other than a plain folder or {@code csv:} tree.
     *
     * @return true for Parquet, Arrow and JDBC
     */
    public boolean isCsv() {
      return backend == Backend.CSV;
    }

    /**
     * The folder of a file store.
     *
     * @return the folder
     * @throws IllegalArgumentException for a JDBC store
     */
    public Path folder() {
      ArgChecker.isTrue(backend != Backend.JDBC, "a JDBC store has no folder");
      return Path.of(location);
    }

    @Override
    public String toString() {
      return backend == Backend.JDBC ? JdbcStore.displayUrl(location)
          : backend.name().toLowerCase(java.util.Locale.ROOT) + ":" + location;
    }
  }

  private DataStores() {
  }

  /**
   * Opens a store.
   *
   * @param spec the spec (see the class comment)
   * @return the store; close it when done
   * @throws DataException if it cannot be opened
   */
  public static DataStore open(String spec) {
    return open(Spec.parse(spec), StoreListener.NONE);
  }

  /**
   * Opens a store with a listener of its updates.
   *
   * @param spec the spec
   * @param listener told of each part an update writes
   * @return the store; close it when done
   * @throws DataException if it cannot be opened
   */
  public static DataStore open(Spec spec, StoreListener listener) {
    ArgChecker.notNull(spec, "spec");
    return switch (spec.backend()) {
      case CSV -> CsvStore.open(spec.folder(), listener);
      case PARQUET -> ParquetStore.open(spec.folder(), listener);
      case ARROW -> ArrowStore.open(spec.folder(), listener);
      case JDBC -> JdbcStore.open(spec.location(), listener);
    };
  }

  /**
   * What a copy did.
   *
   * @param instruments instruments copied (their adjusted, multiple, roll calendar and contract series)
   * @param series series copied in all
   * @param rows rows copied in all
   * @param skipped the series that could not be read, each with the reason (not copied)
   */
  public record CopySummary(int instruments, int series, long rows, List<String> skipped) {

    /**
     * Copies the list.
     *
     * @param instruments instruments copied (their adjusted, multiple, roll calendar and contract series)
     * @param series series copied in all
     * @param rows rows copied in all
     * @param skipped the series that could not be read, each with the reason (not copied)
     */
    public CopySummary {
      skipped = List.copyOf(skipped);
    }
  }

  /**
   * Copies every series and configuration table of one store into another: the configuration and FX prices in one
   * update, then one update per instrument (its adjusted and multiple prices, roll calendar and contract prices),
   * each all or nothing. Series of the target that the source lacks are left alone. A series the source cannot read
   * (a malformed file) is not copied, and is listed with the reason in {@link CopySummary#skipped()}.
   *
   * @param from the source
   * @param to the target
   * @param progress told of each instrument copied ({@code "CORN"}), for a progress display
   * @return what was copied
   * @throws DataException if a configuration table cannot be read or a write fails (instruments copied before stay
   *     copied)
   */
  public static CopySummary copy(DataStore from, DataStore to, Consumer<String> progress) {
    ArgChecker.notNull(from, "from");
    ArgChecker.notNull(to, "to");
    ArgChecker.notNull(progress, "progress");
    StoreContents contents = from.contents();
    long rows = 0;
    int series = 0;
    StoreUpdate.Builder first = StoreUpdate.builder();
    var tables = contents.configTables();
    if (tables.contains(org.pystrade.data.store.ConfigKind.INSTRUMENT_CONFIG)) {
      first.instrumentConfig(from.instrumentConfig());
    }
    if (tables.contains(org.pystrade.data.store.ConfigKind.ROLL_CONFIG)) {
      first.rollConfig(from.rollConfig());
    }
    if (tables.contains(org.pystrade.data.store.ConfigKind.SPREAD_COSTS)) {
      first.spreadCosts(from.spreadCosts());
    }
    List<String> skipped = new java.util.ArrayList<>();
    for (var pair : contents.fx()) {
      SeriesKey key = SeriesKey.fx(pair);
      var data = readOrSkip(from, key, skipped);
      if (data != null) {
        first.series(key, data, StoreUpdate.Mode.REPLACE);
        rows += data.size();
        series++;
      }
    }
    to.apply(first.build());
    progress.accept("configuration and FX");
    List<InstrumentCode> instruments = contents.instruments();
    for (InstrumentCode code : instruments) {
      StoreUpdate.Builder b = StoreUpdate.builder();
      List<SeriesKey> keys = new java.util.ArrayList<>();
      if (contents.adjusted().contains(code)) {
        keys.add(SeriesKey.adjusted(code));
      }
      if (contents.multiple().contains(code)) {
        keys.add(SeriesKey.multiple(code));
      }
      if (contents.rollCalendars().contains(code)) {
        keys.add(SeriesKey.rollCalendar(code));
      }
      for (FuturesContract c : contents.contracts()) {
        if (c.instrument().equals(code)) {
          keys.add(SeriesKey.contract(c));
        }
      }
      for (SeriesKey key : keys) {
        var data = readOrSkip(from, key, skipped);
        if (data != null) {
          b.series(key, data, StoreUpdate.Mode.REPLACE);
          rows += data.size();
          series++;
        }
      }
      to.apply(b.build());
      progress.accept(code.value());
    }
    return new CopySummary(instruments.size(), series, rows, skipped);
  }

  private static org.pystrade.data.store.SeriesColumns readOrSkip(DataStore from, SeriesKey key,
      List<String> skipped) {
    try {
      return from.read(key);
    } catch (DataException ex) {
      skipped.add(key + ": " + ex.getMessage());
      return null;
    }
  }

}
