package org.pystrade.data.csv;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.PosixFileAttributes;
import java.nio.file.attribute.PosixFilePermission;
import java.nio.file.attribute.PosixFilePermissions;
import java.nio.file.attribute.UserPrincipal;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import org.pystrade.core.data.DataException;
import org.pystrade.core.domain.ReasonCode;
import org.pystrade.core.util.ArgChecker;
import org.pystrade.data.ipc.ArrowIpc;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The binary cache of parsed price tables behind {@link CacheOptions}.
 *
 * <p>One file per (source file, what was read): {@code <sha-256 of source path and variant>.arrow}. An entry holds
 * the {@link ContentKey} (length, XXH64 and CRC32C) of the source's raw bytes it was parsed from, and is served only
 * to a load whose source bytes have that same key. A load reads the source's bytes once ({@link CsvFiles#readRaw}),
 * hashes them and, on a miss, parses exactly those bytes and stores the table under their key: an entry's key and
 * content always describe the same bytes, however the source changes meanwhile. Time stamps and sizes play no part,
 * so a same-size edit that keeps the modification time ({@code touch -r}, {@code cp -p}, an unpacked archive) is a
 * miss like any other edit.
 *
 * <p>An entry is an Apache Arrow IPC file ({@code .arrow}, readable by {@code pyarrow}), written and read by
 * {@link ArrowIpc}: a time column ({@code time}, {@code timestamp[s]}) and the table's columns as {@code double}
 * (raw bits, NaN payloads kept), in one record batch; the schema's metadata holds the format version
 * ({@value #VERSION_KEY} = {@value #VERSION}), the source path, the variant, the content key and the table's
 * warnings, and the footer the checksum of the columns ({@link ArrowIpc}). Arrow replaced a hand-written binary
 * format of the same content (2026-12): the condition held (reading Arrow files is as fast as the
 * hand-written entries were, see docs/DATA.md), and an entry can now be opened by any Arrow reader. Entries of the
 * old format ({@code .ptc}) are deleted when a cache folder is opened. Entries are read without Arrow's vectors and
 * memory ({@link ArrowIpc}); writing them needs Arrow's memory and so the JVM flag
 * {@code --add-opens=java.base/java.nio=ALL-UNNAMED}: without it entries are read but not written (one warning),
 * with the same numbers.
 *
 * <p>A corrupt entry (truncated, damaged metadata or columns: the checksum, version, sizes and types are checked
 * by the reader, and what it allocates is bounded by the entry's size) is logged and the source parsed again and
 * cached anew, never an exception or an {@code OutOfMemoryError}.
 *
 * <p>Cost of content keys (measured with the hand-written format): a load reads and hashes the source file besides
 * reading the entry. Measured on the
 * 464 price files of pysystemtrade's data (238 adjusted, 226 multiple prices; 72.5 MB gzipped; entries 409 MB), one
 * thread, 2 cores (shared, so +-30%), OpenJDK 17, medians of 7 processes; "fresh JVM" is a process's first pass over
 * the files, "compiled" its sixth:
 * <pre>
 *                                         files in the page cache          files on disk (page cache dropped)
 *                                         fresh JVM        compiled        fresh JVM
 * read the sources once                    81 ms (0.9 GB/s) 28 ms (2.6 GB/s) 182 ms (0.4 GB/s)
 * read and hash the sources               182 ms (0.4 GB/s) 41 ms (1.8 GB/s) 319 ms
 * read the entries' bytes (no decoding)   182 ms (2.2 GB/s) 109 ms (3.8 GB/s) 669 ms (0.6 GB/s)
 * load all from the cache: content key    758 ms           180-310 ms       1331 ms
 *                  path, size, time key   503 ms           200-280 ms       1030 ms
 * header-only check ({@link #cachedColumns}): content key 466 / 74 ms, path, size, time key 227 / 26 ms
 * </pre>
 * Once compiled, hashing costs about a tenth of reading the entries and a load costs what it did; a fresh JVM pays
 * about 0.25 s more per 464 files loaded (the hash loop runs interpreted for its first megabytes, and reading goes
 * through code not yet compiled), and as much again for a header-only check of each.
 *
 * <p>Besides parsed tables, the cache keeps values derived from several source files ({@link #readDerived},
 * {@link #writeDerived}: the daily prices of {@link DailyEntries}), served only to a read whose key (the sources'
 * content keys and whatever else the derivation depends on) is the one they were stored under.
 *
 * <p>The cache directory is opened by {@link #open}: created owner-only ({@code rwx------}) on POSIX file systems,
 * and not used (with a warning; files are then parsed directly) if it belongs to another user or is writable by its
 * group or by everyone, so that no one else's files can decide a result.
 */
final class TableCache {

  private static final Logger LOG = LoggerFactory.getLogger(TableCache.class);
  /** The schema metadata key of the entry format's version. */
  static final String VERSION_KEY = "pystrade.cache";
  /** The entry format's version (the hand-written formats were 1 and 2). */
  static final String VERSION = "3";
  private static final String SUFFIX = ".arrow";
  private static final String OLD_SUFFIX = ".ptc";
  private static final String TIME = "time";
  private static final String SOURCE_KEY = "source";
  private static final String VARIANT_KEY = "variant";
  private static final String CONTENT_KEY = "content";
  private static final String NOTES_KEY = "notes";
  /** The largest table cached (in bytes of its columns). */
  private static final long MAX_ENTRY = 1L << 30;
  private static final Set<PosixFilePermission> OWNER_ONLY = PosixFilePermissions.fromString("rwx------");

  private final Path directory;
  private final ArrowIpc ipc;
  private final AtomicInteger hits = new AtomicInteger();
  private final AtomicInteger misses = new AtomicInteger();
  private final AtomicInteger writes = new AtomicInteger();
  private final AtomicBoolean oldEntriesSwept = new AtomicBoolean();

  private TableCache(Path directory, ArrowIpc ipc) {
    this.directory = directory;
    this.ipc = ipc;
  }

  /**
   * Opens a cache directory, creating it (owner-only on POSIX file systems) if needed.
   *
   * @param options the options
   * @return the cache, or empty (after a warning naming the folder and why) if the folder belongs to another user
   *     or is writable by its group or by everyone
   * @throws DataException naming the directory if it cannot be created
   */
  static Optional<TableCache> open(CacheOptions options) {
    Path dir = options.directory().toAbsolutePath().normalize();
    Optional<String> problem = prepare(dir);
    if (problem.isPresent()) {
      LOG.warn("not using the binary cache folder {}: {}; reading the data files without a cache", dir,
          problem.get());
      return Optional.empty();
    }
    return Optional.of(new TableCache(dir, SharedIpc.IPC));
  }

  /**
   * The Arrow files of every cache of the process. Entries are read without Arrow's memory; writing them needs it,
   * and so the JVM flag {@code --add-opens=java.base/java.nio=ALL-UNNAMED}: without it entries are read but not
   * written, said once.
   */
  private static final class SharedIpc {
    private static final ArrowIpc IPC = ArrowIpc.open("the binary cache");
  }

  /** Whether entries can be written, found on the first write (a run that only reads never starts Arrow's memory). */
  private static final class Writes {
    private static final boolean ENABLED = check();

    private static boolean check() {
      Optional<String> problem = SharedIpc.IPC.writable();
      problem.ifPresent(p -> LOG.warn("the binary cache of parsed files is read but not written: {}", p));
      return problem.isEmpty();
    }
  }

  /**
   * Deletes the entries of replaced formats ({@link #isOldEntry}), once per cache object, before its first write: a
   * run that only reads entries does not list the folder (a glob over a folder of ~700 entries cost ~20 ms of a
   * 0.3 s backtest's start, measured, when it was done at every open).
   */
  private void sweepOldEntries() {
    if (!oldEntriesSwept.compareAndSet(false, true)) {
      return;
    }
    try (var s = Files.newDirectoryStream(directory, p -> isOldEntry(p.getFileName().toString()))) {
      for (Path old : s) {
        Files.deleteIfExists(old);
      }
    } catch (IOException ex) {
      LOG.debug("cannot delete old cache entries in {}: {}", directory, ex.toString());
    }
  }

  /** Creates the directory if missing; why it must not be used, if so. */
  private static Optional<String> prepare(Path dir) {
    boolean posix = dir.getFileSystem().supportedFileAttributeViews().contains("posix");
    try {
      if (!Files.isDirectory(dir)) {
        if (dir.getParent() != null) {
          Files.createDirectories(dir.getParent());
        }
        try {
          if (posix) {
            Files.createDirectory(dir, PosixFilePermissions.asFileAttribute(OWNER_ONLY));
          } else {
            Files.createDirectory(dir);
          }
        } catch (FileAlreadyExistsException ex) {
          if (!Files.isDirectory(dir)) {
            throw ex;
          }
          // created meanwhile by another thread or process: checked below like any existing folder
        }
      }
      if (!posix) {
        return Optional.empty();
      }
      UserPrincipal me;
      try {
        me = CurrentUser.get();
      } catch (IOException ex) {
        return Optional.of(ex.getMessage());
      }
      for (LinkOption[] links : List.of(new LinkOption[] {LinkOption.NOFOLLOW_LINKS}, new LinkOption[0])) {
        // the folder, and (if it is a symbolic link) the folder it leads to
        PosixFileAttributes a = Files.readAttributes(dir, PosixFileAttributes.class, links);
        if (!a.owner().equals(me)) {
          return Optional.of("it belongs to " + a.owner().getName() + ", not to " + me.getName());
        }
        if (!a.isSymbolicLink() && (a.permissions().contains(PosixFilePermission.GROUP_WRITE)
            || a.permissions().contains(PosixFilePermission.OTHERS_WRITE))) {
          return Optional.of("other users can write to it (permissions " + PosixFilePermissions.toString(
              a.permissions()) + "; make it rwx------ or choose another folder)");
        }
      }
      return Optional.empty();
    } catch (IOException ex) {
      throw new DataException(ReasonCode.MISSING_DATA, "cannot create cache directory " + dir + ": " + ex, ex);
    }
  }

  /** The user running this process, found once. */
  private static final class CurrentUser {
    private static final UserPrincipal USER = find();

    static UserPrincipal get() throws IOException {
      if (USER == null) {
        throw new IOException("cannot tell which user runs this process");
      }
      return USER;
    }

    private static UserPrincipal find() {
      try {
        return FileSystems.getDefault().getUserPrincipalLookupService()
            .lookupPrincipalByName(System.getProperty("user.name"));
      } catch (IOException | RuntimeException ex) {
        LOG.debug("user.name names no account ({}): asking the owner of a new file", ex.toString());
      }
      // user.name may name no account (a container's bare uid): the owner of a file this process creates
      Path probe = null;
      try {
        probe = Files.createTempFile("pystrade-owner", ".tmp");
        return Files.getOwner(probe);
      } catch (IOException ex) {
        LOG.debug("cannot create a temporary file to tell the current user: {}", ex.toString());
        return null;
      } finally {
        if (probe != null) {
          try {
            Files.deleteIfExists(probe);
          } catch (IOException ignored) {
            // best effort
          }
        }
      }
    }
  }

  int hits() {
    return hits.get();
  }

  int misses() {
    return misses.get();
  }

  int writes() {
    return writes.get();
  }

  /** Parses a source file's raw bytes (inflating them if needed) into a table with its warnings. */
  @FunctionalInterface
  interface Parser {

    /**
     * Parses.
     *
     * @param raw the source file's bytes as on disk, read once
     * @return the table
     */
    PriceTable parse(CsvFiles.Raw raw);
  }

  /**
   * Loads a table: reads the source's bytes once, and returns the cached table parsed from the same bytes, or
   * parses those bytes with {@code parser} and stores the result under their content key.
   *
   * @param source the source file
   * @param variant what is read from it (columns, order policy)
   * @param parser parses the bytes read
   * @return the table
   * @throws DataException naming the source if it cannot be read, or as {@code parser} throws
   */
  PriceTable load(Path source, String variant, Parser parser) {
    Path abs = source.toAbsolutePath().normalize();
    CsvFiles.Raw raw = CsvFiles.readRaw(source);
    Expected expected = new Expected(abs.toString(), variant, ContentKey.of(raw));
    Path entry = entry(abs, variant);
    Optional<PriceTable> cached = read(entry, expected, source);
    if (cached.isPresent()) {
      hits.incrementAndGet();
      return cached.get().withContentKey(expected.key());
    }
    misses.incrementAndGet();
    PriceTable table = parser.parse(raw);
    write(entry, expected, table);
    return table.withContentKey(expected.key());
  }

  /**
   * The content key of a source file's bytes as they are now (the file is read and hashed).
   *
   * @param source the source file
   * @return the content key, as text
   * @throws DataException naming the source if it cannot be read
   */
  static String contentNow(Path source) {
    return content(ContentKey.of(CsvFiles.readRaw(source)));
  }

  /**
   * A table's content key as text, as {@link #contentNow} gives it.
   *
   * @param table a table loaded through a cache
   * @return the key of the bytes it was parsed from
   * @throws IllegalArgumentException if the table was not loaded through a cache
   */
  static String contentOf(PriceTable table) {
    ArgChecker.notNull(table.contentKey(), "the table's content key");
    return content(table.contentKey());
  }

  /**
   * Reads an entry of values derived from source files (rather than parsed from one): served only if it is of this
   * format and its metadata holds every entry of {@code key} (the derivation's inputs: their content keys, the
   * identity of the code that derived them).
   *
   * @param first the first source file (names the entry, with {@code variant})
   * @param variant what was derived
   * @param key what the entry's metadata must hold
   * @return the entry, or empty if there is none up to date (a corrupt one is logged)
   */
  Optional<ArrowIpc.Table> readDerived(Path first, String variant, Map<String, String> key) {
    Optional<ArrowIpc.Table> read = readEntry(entry(first.toAbsolutePath().normalize(), variant), first,
        "deriving it again");
    if (read.isEmpty()) {
      return read;
    }
    ArrowIpc.Table t = read.get();
    Map<String, String> meta = t.metadata();
    if (!VERSION.equals(meta.get(VERSION_KEY)) || !variant.equals(meta.get(VARIANT_KEY))
        || !key.entrySet().stream().allMatch(e -> e.getValue().equals(meta.get(e.getKey())))) {
      LOG.debug("stale cache entry {} for {}", variant, first);
      return Optional.empty();
    }
    hits.incrementAndGet();
    return Optional.of(t);
  }

  /**
   * Stores an entry of values derived from source files, read back by {@link #readDerived} with the same key.
   *
   * @param first the first source file (names the entry, with {@code variant})
   * @param variant what was derived
   * @param key the derivation's inputs, kept in the entry's metadata
   * @param table the values (its metadata kept too; {@code key} wins over it)
   */
  void writeDerived(Path first, String variant, Map<String, String> key, ArrowIpc.Table table) {
    if (!Writes.ENABLED) {
      return;
    }
    sweepOldEntries();
    Map<String, String> meta = new HashMap<>(table.metadata());
    meta.putAll(key);
    meta.put(VERSION_KEY, VERSION);
    meta.put(VARIANT_KEY, variant);
    writeEntry(entry(first.toAbsolutePath().normalize(), variant), first,
        new ArrowIpc.Table(table.timeName(), table.unit(), table.names(), table.times(), table.columns(), meta));
  }

  private Path entry(Path abs, String variant) {
    return directory.resolve(hash(abs + "\n" + variant) + SUFFIX);
  }

  /**
   * The columns of an up-to-date cache entry for a source file: a present answer means that {@link #load} would
   * return the cached table without parsing the source, barring a corrupt body, which {@link #load} detects by its
   * checksum and answers by parsing the source again. Up to date means parsed from the source's current bytes, so
   * this reads the whole source file and hashes it (a fifth to a third of the cost of a load from the cache, see
   * the class comment; three times what checking the path, size and time cost), but neither inflates nor parses it,
   * and reads only the entry's header.
   *
   * @param source the source file
   * @param variant what is read from it (columns, order policy)
   * @return the cached columns, or empty if there is no up-to-date entry (or the source cannot be read)
   */
  Optional<List<String>> cachedColumns(Path source, String variant) {
    Path abs = source.toAbsolutePath().normalize();
    Expected expected;
    try {
      expected = new Expected(abs.toString(), variant, ContentKey.of(CsvFiles.readRaw(source)));
    } catch (DataException ex) {
      return Optional.empty();
    }
    try {
      ArrowIpc.Header h = ipc.header(entry(abs, variant));
      return matches(h.metadata(), expected) && h.unit() == TimeUnit.SECONDS ? Optional.of(h.names())
          : Optional.empty();
    } catch (IOException | RuntimeException ex) {
      return Optional.empty();
    }
  }

  /** What an entry must be for to be served: the source's path, the variant and the content key of its bytes. */
  private record Expected(String source, String variant, ContentKey key) {
  }

  private static String content(ContentKey key) {
    return key.length() + ":" + Long.toHexString(key.xxh64()) + ":" + Integer.toHexString(key.crc32c());
  }

  /** Whether an entry's metadata is of this format and describes the expected source bytes. */
  private static boolean matches(Map<String, String> meta, Expected expected) {
    return VERSION.equals(meta.get(VERSION_KEY)) && expected.source().equals(meta.get(SOURCE_KEY))
        && expected.variant().equals(meta.get(VARIANT_KEY)) && content(expected.key()).equals(meta.get(CONTENT_KEY));
  }

  /** An entry as it is on disk; empty if there is none, or if it is corrupt (logged, saying what is done instead). */
  private Optional<ArrowIpc.Table> readEntry(Path entry, Path source, String instead) {
    try {
      return Optional.of(ipc.read(entry, true));
    } catch (NoSuchFileException ex) {
      return Optional.empty();
    } catch (IOException | RuntimeException ex) {
      LOG.warn("ignoring corrupt cache entry {} for {}: {}; {}", entry, source, ex.getMessage(), instead);
      return Optional.empty();
    }
  }

  private Optional<PriceTable> read(Path entry, Expected expected, Path source) {
    Optional<ArrowIpc.Table> read = readEntry(entry, source, "parsing the file");
    if (read.isEmpty()) {
      return Optional.empty();
    }
    ArrowIpc.Table t = read.get();
    Map<String, String> meta = t.metadata();
    if (!VERSION.equals(meta.get(VERSION_KEY))) {
      LOG.debug("cache entry {} for {} is of format {}, not {}; parsing the file and replacing the entry", entry,
          source, meta.get(VERSION_KEY), VERSION);
      return Optional.empty();
    }
    if (!matches(meta, expected)) {
      // the source changed since the entry was written (or another source has the same name hash)
      LOG.debug("stale cache entry for {}", source);
      return Optional.empty();
    }
    List<String> notes;
    try {
      notes = notes(meta);
    } catch (RuntimeException ex) {
      LOG.warn("ignoring corrupt cache entry {} for {}: {}; parsing the file", entry, source, ex.getMessage());
      return Optional.empty();
    }
    if (t.unit() != TimeUnit.SECONDS) {
      LOG.warn("ignoring corrupt cache entry {} for {}: times in {}; parsing the file", entry, source, t.unit());
      return Optional.empty();
    }
    return Optional.of(new PriceTable(source, t.names(), t.times(), t.columns(), null).withNotes(notes));
  }

  /** The warnings kept in an entry's metadata (none if it has no count of them). */
  private static List<String> notes(Map<String, String> meta) {
    return meta.containsKey(NOTES_KEY) ? texts(meta, NOTES_KEY) : List.of();
  }

  /**
   * Puts texts into an entry's metadata: their count under {@code key}, then each under {@code key.i}.
   *
   * @param meta the metadata
   * @param key the key
   * @param texts the texts
   */
  static void putTexts(Map<String, String> meta, String key, List<String> texts) {
    meta.put(key, Integer.toString(texts.size()));
    for (int i = 0; i < texts.size(); i++) {
      meta.put(key + "." + i, texts.get(i));
    }
  }

  /**
   * The texts {@link #putTexts} put into an entry's metadata.
   *
   * @param meta the metadata
   * @param key the key
   * @return the texts
   * @throws RuntimeException if the count is missing, malformed or larger than the metadata, or a text is missing
   */
  static List<String> texts(Map<String, String> meta, String key) {
    String count = meta.get(key);
    if (count == null) {
      throw new IllegalStateException("no " + key + " count");
    }
    int n = Integer.parseInt(count);
    if (n < 0 || n > meta.size()) {
      throw new IllegalStateException(n + " " + key + ", for " + meta.size() + " metadata entries");
    }
    List<String> out = new ArrayList<>(n);
    for (int i = 0; i < n; i++) {
      String text = meta.get(key + "." + i);
      if (text == null) {
        throw new IllegalStateException(key + " " + i + " of " + n + " missing");
      }
      out.add(text);
    }
    return List.copyOf(out);
  }

  private void write(Path entry, Expected expected, PriceTable table) {
    if (!Writes.ENABLED) {
      return;
    }
    sweepOldEntries();
    int rows = table.size();
    int cols = table.columns().size();
    if (8L * rows * (cols + 1) > MAX_ENTRY) {
      LOG.warn("{} too large to cache", table.path());
      return;
    }
    Map<String, String> meta = new HashMap<>();
    meta.put(VERSION_KEY, VERSION);
    meta.put(SOURCE_KEY, expected.source());
    meta.put(VARIANT_KEY, expected.variant());
    meta.put(CONTENT_KEY, content(expected.key()));
    putTexts(meta, NOTES_KEY, table.notes());
    double[][] values = new double[cols][];
    for (int c = 0; c < cols; c++) {
      values[c] = table.column(c);
    }
    writeEntry(entry, table.path(),
        new ArrowIpc.Table(TIME, TimeUnit.SECONDS, table.columns(), table.timesArray(), values, meta));
  }

  /** Writes an entry atomically (a temporary file renamed); a failure is logged, and the entry left as it was. */
  private void writeEntry(Path entry, Path source, ArrowIpc.Table table) {
    Path tmp = null;
    try {
      tmp = Files.createTempFile(directory, entry.getFileName().toString(), ".tmp");
      ipc.write(table, false, tmp, StandardOpenOption.TRUNCATE_EXISTING);
      Files.move(tmp, entry, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
      writes.incrementAndGet();
    } catch (IOException | RuntimeException ex) {
      LOG.warn("cannot write cache entry {} for {}: {}", entry, source, ex.toString());
      if (tmp != null) {
        try {
          Files.deleteIfExists(tmp);
        } catch (IOException ignored) {
          // best effort
        }
      }
    }
  }

  /**
   * An entry's file name stem: XXH64 and CRC32C of the text ({@code 0123456789abcdef-01234567}), 96 bits. Not a
   * cryptographic hash: two sources whose names collide only miss (an entry names its source, checked on every read),
   * and the first {@code MessageDigest} of a JVM (SHA-256 was used) initialises the security providers, ~10-20 ms of a
   * 0.3 s backtest's start (measured).
   */
  private static String hash(String text) {
    byte[] bytes = text.getBytes(StandardCharsets.UTF_8);
    ContentKey key = ContentKey.of(bytes, bytes.length);
    return HexFormat.of().toHexDigits(key.xxh64()) + "-" + HexFormat.of().toHexDigits(key.crc32c());
  }

  /**
   * Whether a file in the cache folder is an entry of a replaced format: a {@code .ptc} file (the hand-written
   * format), or an Arrow entry named by the SHA-256 prefix (32 hex digits, no dash) entries had before {@link #hash}.
   */
  private static boolean isOldEntry(String fileName) {
    if (fileName.endsWith(OLD_SUFFIX)) {
      return true;
    }
    if (!fileName.endsWith(SUFFIX) || fileName.length() != 32 + SUFFIX.length()) {
      return false;
    }
    for (int i = 0; i < 32; i++) {
      char c = fileName.charAt(i);
      if (!(c >= '0' && c <= '9' || c >= 'a' && c <= 'f')) {
        return false;
      }
    }
    return true;
  }

  /** Lists the entries (for tests and housekeeping). */
  List<Path> entries() throws IOException {
    List<Path> out = new ArrayList<>();
    try (var s = Files.list(directory)) {
      s.filter(p -> p.getFileName().toString().endsWith(SUFFIX)).sorted().forEach(out::add);
    }
    return out;
  }
}
