package org.pystrade.data.store;

import java.io.IOException;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.DirectoryStream;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.UUID;
import org.pystrade.core.data.DataException;
import org.pystrade.core.domain.FuturesContract;
import org.pystrade.core.domain.FxPair;
import org.pystrade.core.domain.InstrumentCode;
import org.pystrade.core.domain.ReasonCode;
import org.pystrade.core.util.ArgChecker;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A store keeping one file per series under a root folder, one folder per {@link SeriesKind}, and its configuration
 * tables as files through a {@link ConfigCodec}. Subclasses say how files are named and how a series is read from
 * and written to one.
 *
 * <h2>Updates</h2>
 * An update ({@link #apply}) is all or nothing: every file is first written in full to a temporary file beside its
 * target (names starting with {@code .}, which listings skip); then each target is kept as a hard link (a backup)
 * and replaced by an atomic rename, so that a reader always finds a whole file, old or new. If anything fails, the
 * files already replaced are put back from their backups and the temporary files deleted: the store holds what it
 * held. Updates through one store object are serialised; several processes writing one folder are not coordinated.
 */
public abstract class FileStore implements DataStore {

  private static final Logger LOG = LoggerFactory.getLogger(FileStore.class);

  private final Path root;
  private final ConfigCodec config;
  private final StoreListener listener;
  private final Object writeLock = new Object();

  /**
   * Creates the store.
   *
   * @param root the root folder (created by the first write if it does not exist)
   * @param config how configuration tables are kept
   * @param listener told of each part written by an update
   */
  protected FileStore(Path root, ConfigCodec config, StoreListener listener) {
    this.root = ArgChecker.notNull(root, "root");
    this.config = ArgChecker.notNull(config, "config");
    this.listener = ArgChecker.notNull(listener, "listener");
  }

  /**
   * The root folder.
   *
   * @return the folder
   */
  public Path root() {
    return root;
  }

  /**
   * The folder holding a kind's files.
   *
   * @param kind the kind
   * @return the folder
   */
  protected abstract Path directory(SeriesKind kind);

  /**
   * The name a new file of a series gets.
   *
   * @param key the series
   * @return the file name
   */
  protected abstract String fileName(SeriesKey key);

  /**
   * The id of the series a file holds ({@link SeriesKey#id()}), or empty if the file is not one of the kind's.
   *
   * @param kind the kind of the folder it is in
   * @param fileName the file's name (not starting with {@code .})
   * @return the id
   */
  protected abstract Optional<String> idOf(SeriesKind kind, String fileName);

  /**
   * Reads a series from its file.
   *
   * @param key the series
   * @param file its file
   * @return the rows
   * @throws DataException naming the file if it cannot be read
   */
  protected abstract SeriesColumns readFile(SeriesKey key, Path file);

  /**
   * Writes a whole series to a file.
   *
   * @param key the series
   * @param data its rows
   * @param target the file to write (a temporary file)
   * @param finalFile the file it will become
   * @throws IOException if it cannot be written
   */
  protected abstract void writeFile(SeriesKey key, SeriesColumns data, Path target, Path finalFile)
      throws IOException;

  /**
   * The folder holding the configuration tables.
   *
   * @return the folder
   */
  protected abstract Path configDirectory();

  /**
   * The file of a series, if it exists: by default the folder's file of {@link #fileName}.
   *
   * @param key the series
   * @return the file
   */
  protected Optional<Path> existingFile(SeriesKey key) {
    Path p = directory(key.kind()).resolve(fileName(key));
    return Files.isRegularFile(p) ? Optional.of(p) : Optional.empty();
  }

  // ------------------------------------------------------------------ reads

  @Override
  public StoreContents contents() {
    Map<SeriesKind, List<String>> ids = new TreeMap<>();
    for (SeriesKind kind : SeriesKind.values()) {
      ids.put(kind, list(kind));
    }
    Set<ConfigKind> tables = EnumSet.noneOf(ConfigKind.class);
    for (ConfigKind k : ConfigKind.values()) {
      if (Files.isRegularFile(configFile(k))) {
        tables.add(k);
      }
    }
    return new StoreContents(instruments(ids.get(SeriesKind.ADJUSTED_PRICES)),
        instruments(ids.get(SeriesKind.MULTIPLE_PRICES)), instruments(ids.get(SeriesKind.ROLL_CALENDAR)),
        ids.get(SeriesKind.CONTRACT_PRICES).stream().map(FuturesContract::parse).toList(),
        ids.get(SeriesKind.FX_PRICES).stream().map(FxPair::of).toList(), tables);
  }

  private static List<InstrumentCode> instruments(List<String> ids) {
    return ids.stream().map(InstrumentCode::of).toList();
  }

  private List<String> list(SeriesKind kind) {
    Path dir = directory(kind);
    if (!Files.isDirectory(dir)) {
      return List.of();
    }
    List<String> out = new ArrayList<>();
    try (DirectoryStream<Path> stream = Files.newDirectoryStream(dir)) {
      for (Path p : stream) {
        String name = p.getFileName().toString();
        if (name.startsWith(".") || !Files.isRegularFile(p)) {
          continue;
        }
        try {
          idOf(kind, name).filter(id -> !out.contains(id)).ifPresent(out::add);
        } catch (IllegalArgumentException ex) {
          LOG.warn("{}: not a {} file name ({}), skipped", p, kind.label(), ex.getMessage());
        }
      }
    } catch (IOException ex) {
      throw new DataException(ReasonCode.MISSING_DATA, "cannot list " + dir + " of " + location() + ": " + ex, ex);
    }
    out.sort(null);
    return out;
  }

  @Override
  public SeriesColumns read(SeriesKey key) {
    ArgChecker.notNull(key, "key");
    Path file = existingFile(key).orElseThrow(() -> new DataException(ReasonCode.MISSING_DATA,
        "no " + key + " in " + location() + ": no file " + directory(key.kind()).resolve(fileName(key))));
    return readFile(key, file);
  }

  private Path configFile(ConfigKind kind) {
    return configDirectory().resolve(config.fileName(kind));
  }

  @Override
  public List<InstrumentConfig> instrumentConfig() {
    Path f = configFile(ConfigKind.INSTRUMENT_CONFIG);
    return Files.isRegularFile(f) ? config.readInstrumentConfig(f) : List.of();
  }

  @Override
  public List<RollConfig> rollConfig() {
    Path f = configFile(ConfigKind.ROLL_CONFIG);
    return Files.isRegularFile(f) ? config.readRollConfig(f) : List.of();
  }

  @Override
  public List<SpreadCost> spreadCosts() {
    Path f = configFile(ConfigKind.SPREAD_COSTS);
    return Files.isRegularFile(f) ? config.readSpreadCosts(f) : List.of();
  }

  // ------------------------------------------------------------------ writes

  /** A file written to a temporary file, to be renamed onto its target. */
  private static final class Staged {
    final String item;
    final Path target;
    final Path temp;
    Path backup;
    boolean replaced;

    Staged(String item, Path target, Path temp) {
      this.item = item;
      this.target = target;
      this.temp = temp;
    }
  }

  @Override
  public void apply(StoreUpdate update) {
    ArgChecker.notNull(update, "update");
    if (update.isEmpty()) {
      return;
    }
    synchronized (writeLock) {
      List<Staged> staged = new ArrayList<>();
      try {
        stage(update, staged);
        commit(staged);
      } catch (RuntimeException | IOException | Error ex) {
        rollback(staged);
        throw failed(update, ex);
      } finally {
        for (Staged s : staged) {
          deleteQuietly(s.temp);
          if (s.backup != null) {
            deleteQuietly(s.backup);
          }
        }
      }
    }
  }

  private void stage(StoreUpdate update, List<Staged> staged) throws IOException {
    for (StoreUpdate.SeriesWrite w : update.seriesWrites()) {
      SeriesKey key = w.key();
      Optional<Path> existing = existingFile(key);
      Path target = existing.orElse(directory(key.kind()).resolve(fileName(key)));
      SeriesColumns data = w.data();
      if (w.mode() == StoreUpdate.Mode.APPEND && existing.isPresent()) {
        SeriesColumns old = readFile(key, existing.get());
        try {
          data = old.append(data);
        } catch (IllegalArgumentException ex) {
          throw new DataException(ReasonCode.BAD_VALUE, "cannot append to " + key + " in " + location() + ": "
              + ex.getMessage(), ex);
        }
      }
      Path temp = tempFile(target);
      staged.add(new Staged(key.toString(), target, temp));
      writeFile(key, data, temp, target);
    }
    for (ConfigKind kind : update.configWrites()) {
      Path target = configFile(kind);
      Path temp = tempFile(target);
      staged.add(new Staged(kind.baseName(), target, temp));
      List<?> rows = switch (kind) {
        case INSTRUMENT_CONFIG -> update.instrumentConfig().orElseThrow();
        case ROLL_CONFIG -> update.rollConfig().orElseThrow();
        case SPREAD_COSTS -> update.spreadCosts().orElseThrow();
      };
      config.write(kind, rows, temp);
    }
  }

  private static Path tempFile(Path target) throws IOException {
    Files.createDirectories(target.getParent());
    return target.resolveSibling("." + target.getFileName() + ".tmp-" + UUID.randomUUID());
  }

  private void commit(List<Staged> staged) throws IOException {
    for (Staged s : staged) {
      if (Files.exists(s.target)) {
        Path backup = s.target.resolveSibling("." + s.target.getFileName() + ".bak-" + UUID.randomUUID());
        try {
          Files.createLink(backup, s.target);
        } catch (UnsupportedOperationException | FileSystemException ex) {
          Files.copy(s.target, backup, StandardCopyOption.COPY_ATTRIBUTES);
        }
        s.backup = backup;
      }
      move(s.temp, s.target);
      s.replaced = true;
      listener.written(s.item);
    }
  }

  private static void move(Path from, Path to) throws IOException {
    try {
      Files.move(from, to, StandardCopyOption.ATOMIC_MOVE);
    } catch (AtomicMoveNotSupportedException ex) {
      Files.move(from, to, StandardCopyOption.REPLACE_EXISTING);
    }
  }

  private void rollback(List<Staged> staged) {
    for (int i = staged.size() - 1; i >= 0; i--) {
      Staged s = staged.get(i);
      if (!s.replaced) {
        continue;
      }
      try {
        if (s.backup != null) {
          move(s.backup, s.target);
          s.backup = null;
        } else {
          Files.deleteIfExists(s.target);
        }
      } catch (IOException ex) {
        LOG.error("could not restore {} of {} after a failed update: {}", s.target, location(), ex.toString());
      }
    }
  }

  private DataException failed(StoreUpdate update, Throwable ex) {
    String what = "update of " + location() + " failed, nothing written (" + update + "): ";
    if (ex instanceof DataException d) {
      return new DataException(d.code(), what + d.getMessage(), d);
    }
    if (ex instanceof NoSuchFileException || ex instanceof IOException) {
      return new DataException(ReasonCode.UNKNOWN, what + ex, ex);
    }
    return new DataException(ReasonCode.UNKNOWN, what + ex, ex);
  }

  private static void deleteQuietly(Path p) {
    try {
      Files.deleteIfExists(p);
    } catch (IOException ex) {
      LOG.warn("could not delete {}: {}", p, ex.toString());
    }
  }

  @Override
  public void close() {
    // nothing held open
  }

  @Override
  public String toString() {
    return getClass().getSimpleName() + "[" + location() + "]";
  }
}
