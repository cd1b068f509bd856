package org.pystrade.examples.cli;

import java.nio.file.Path;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import org.pystrade.core.config.SystemConfig;
import org.pystrade.core.data.FuturesSimData;
import org.pystrade.data.csv.CacheOptions;
import org.pystrade.data.csv.CsvFuturesSimData;
import org.pystrade.data.csv.Retention;

/**
 * The config and data a backtest, export or compare command will read, started on other threads while the command
 * line is parsed: picocli's parse (the loading of its ~150 classes) costs ~50 ms of a 0.6 s backtest, and the config
 * and data do not wait for it. The command line is only glanced at here ({@code --config}, {@code --data},
 * {@code --cache}, or their defaults); picocli's parse decides: what it parses is used only if it names the same
 * files, and a file the glance got wrong is simply read again. Anything these reads throw is thrown where the
 * command would have read the file itself, so messages and exit codes are the same.
 */
final class Prefetch {

  private static final Prefetch NONE = new Prefetch(null, null, null, null, null);

  private final Path config;
  private final Path data;
  private final Path cache;
  private final CompletableFuture<SystemConfig> configRead;
  private final CompletableFuture<FuturesSimData> dataOpened;

  private Prefetch(Path config, Path data, Path cache, CompletableFuture<SystemConfig> configRead,
      CompletableFuture<FuturesSimData> dataOpened) {
    this.config = config;
    this.data = data;
    this.cache = cache;
    this.configRead = configRead;
    this.dataOpened = dataOpened;
  }

  /**
   * Starts reading what a command line's system command will read; nothing for another command.
   *
   * @param commandLine the command line
   * @return the reads under way
   */
  static Prefetch start(String[] commandLine) {
    String[] args = LogSettings.fromCommand(commandLine);
    if (args.length == 0 || !(args[0].equals(Commands.BACKTEST) || args[0].equals(Commands.EXPORT)
        || args[0].equals(Commands.COMPARE)
        || args[0].equals(ReportCommand.NAME))) {
      return NONE;
    }
    String configText = option(args, Commands.CONFIG, Commands.DEFAULT_CONFIG);
    String dataText = option(args, Commands.DATA, Commands.DEFAULT_DATA);
    String cacheText = option(args, Commands.CACHE, Commands.defaultCache().toString());
    if (configText == null || dataText == null || cacheText == null) {
      return NONE;
    }
    Path config;
    Path data;
    Path cache;
    try {
      config = Path.of(configText);
      data = Path.of(dataText);
      cache = cacheText.equals("none") ? null : Path.of(cacheText);
    } catch (RuntimeException ex) {
      return NONE;
    }
    CompletableFuture<FuturesSimData> opened = new CompletableFuture<>();
    Prefetch started = new Prefetch(config, data, cache,
        CompletableFuture.supplyAsync(() -> SystemConfig.fromYaml(config)), opened);
    CompletableFuture.runAsync(() -> openThenReadAhead(data, cache, opened));
    // after those two: the statistics' number formatting (java.util.Formatter and the default locale's decimal
    // symbols, ~10 ms of class initialisation on a cold JVM, measured) readied while the system computes, instead of
    // on the main thread between the last result and the printed statistics
    CompletableFuture.runAsync(Prefetch::readyFormatting);
    return started;
  }

  /**
   * Opens the data, then, on the same thread, reads ahead its instrument configuration: the configuration files
   * ({@code instrumentconfig.csv}, {@code spreadcosts.csv}, {@code rollconfig.csv}) are read and their number columns
   * typed at the first instrument's metadata, ~9 ms of a 0.3 s backtest that every computing thread would otherwise
   * wait for at its first instrument, done while the command line is parsed and the system built. What that read
   * throws is kept by the data and thrown where the system asks for the metadata, as without the read-ahead.
   */
  private static void openThenReadAhead(Path data, Path cache, CompletableFuture<FuturesSimData> opened) {
    FuturesSimData d;
    try {
      d = open(data, cache);
    } catch (RuntimeException | Error ex) {
      opened.completeExceptionally(ex);
      return;
    }
    opened.complete(d);
    try {
      if (!d.instruments().isEmpty()) {
        d.meta(d.instruments().get(0));
      }
    } catch (RuntimeException ex) {
      // kept by the data; reported where the system reads it
    }
  }

  private static void readyFormatting() {
    String.format("%,.0f %-24s %12s%n", 250_000.0, "", "");
  }

  /** The value of {@code --name V} or {@code --name=V}, the default if absent, null if it has no value. */
  private static String option(String[] args, String name, String defaultValue) {
    for (int i = 1; i < args.length; i++) {
      if (args[i].equals(name)) {
        return i + 1 < args.length ? args[i + 1] : null;
      }
      if (args[i].startsWith(name + "=")) {
        return args[i].substring(name.length() + 1);
      }
    }
    return defaultValue;
  }

  /**
   * Opens a data folder as the command line does: binary cache in {@code cache} (none if null), price files let go
   * once the system has derived its daily series from them. The folders are checked first ({@link Locations}), for
   * messages that say what is wrong with them.
   *
   * @param data the folder
   * @param cache the cache folder, or null for none
   * @return the data
   */
  static FuturesSimData open(Path dataOption, Path cache) {
    Optional<FuturesSimData> store = DataStoreCommands.openStore(dataOption);
    if (store.isPresent()) {
      return store.get();
    }
    Path data = DataStoreCommands.csvFolder(dataOption);
    Locations.dataFolder(data);
    Locations.cacheFolder(cache);
    return (cache == null ? CsvFuturesSimData.open(data) : CsvFuturesSimData.open(data, CacheOptions.in(cache)))
        .retaining(Retention.IN_USE);
  }

  /**
   * The config read ahead, if it is the requested file.
   *
   * @param requested the config file the command reads
   * @return the config (or what reading it threw), or empty if another file was read ahead
   */
  Optional<SystemConfig> config(Path requested) {
    return configRead != null && requested.equals(config) ? Optional.of(join(configRead)) : Optional.empty();
  }

  /**
   * The data opened ahead, if it is the requested folder with the requested cache.
   *
   * @param requestedData the data folder the command reads
   * @param requestedCache its cache folder, or null for none
   * @return the data being opened, or empty if another folder or cache was opened ahead
   */
  Optional<CompletableFuture<FuturesSimData>> data(Path requestedData, Path requestedCache) {
    boolean same = dataOpened != null && requestedData.equals(data)
        && (requestedCache == null ? cache == null : requestedCache.equals(cache));
    return same ? Optional.of(dataOpened) : Optional.empty();
  }

  /** The result, or what computing it threw, unwrapped. */
  static <T> T join(CompletableFuture<T> f) {
    try {
      return f.join();
    } catch (CompletionException ex) {
      if (ex.getCause() instanceof RuntimeException) {
        throw (RuntimeException) ex.getCause();
      }
      if (ex.getCause() instanceof Error) {
        throw (Error) ex.getCause();
      }
      throw ex;
    }
  }
}
