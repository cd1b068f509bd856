package org.pystrade.data.csv;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.channels.FileChannel;
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
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.zip.CRC32C;
import org.pystrade.core.data.DataException;
import org.pystrade.core.domain.ReasonCode;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The binary cache of parsed price tables behind {@link CacheOptions}.
 *
 * <p>One file per (source file, what was read): {@code <sha-256 of source path and variant>.ptc}. An entry holds
 * the {@link ContentKey} (length, XXH64 and CRC32C) of the source's raw bytes it was parsed from, and is served only
 * to a load whose source bytes have that same key. A load reads the source's bytes once ({@link CsvFiles#readRaw}),
 * hashes them and, on a miss, parses exactly those bytes and stores the table under their key: an entry's key and
 * content always describe the same bytes, however the source changes meanwhile. Time stamps and sizes play no part,
 * so a same-size edit that keeps the modification time ({@code touch -r}, {@code cp -p}, an unpacked archive) is a
 * miss like any other edit.
 *
 * <p>Layout, all little-endian:
 * <pre>
 * 8  bytes  magic "PSTRADE2" (entries of other versions are misses, and are replaced)
 * 4  int    header length H
 * 4  int    CRC32C of the header
 * H  bytes  header: source path, variant (strings: int length + UTF-8), source length (long), XXH64 (long),
 *           CRC32C (int), C column names, W warnings (int count + strings)
 * pad to a multiple of 8
 * 4  int    rows N, 4 int columns C
 * 8N        timestamps (long seconds)
 * 8N x C    values (double, raw bits: NaN payloads kept)
 * 8  long   CRC32C of everything before it
 * </pre>
 * Every length and count read from an entry is checked against the entry's actual size before anything is
 * allocated from it, so a corrupt entry is logged and the source parsed again, never an exception or an
 * {@code OutOfMemoryError}.
 *
 * <p>Cost of content keys: a load now reads and hashes the source file besides reading the entry. Measured on the
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
 * <p>The cache directory is opened by {@link #open}: created owner-only ({@code rwx------}) on POSIX file systems,
 * and not used (with a warning; files are then parsed directly) if it belongs to another user or is writable by its
 * group or by everyone, so that no one else's files can decide a result.
 */
final class TableCache {

  private static final Logger LOG = LoggerFactory.getLogger(TableCache.class);
  private static final byte[] MAGIC = "PSTRADE2".getBytes(StandardCharsets.US_ASCII);
  private static final String SUFFIX = ".ptc";
  /** Magic, header length, header checksum. */
  private static final int PREFIX = MAGIC.length + 8;
  /** The smallest entry: prefix, empty header, rows and columns, checksum. */
  private static final int MIN_ENTRY = PREFIX + 8 + 8;
  /** The largest entry read (larger ones are corrupt: tables are written only up to this size). */
  private static final int MAX_ENTRY = 1 << 30;
  private static final Set<PosixFilePermission> OWNER_ONLY = PosixFilePermissions.fromString("rwx------");

  private final Path directory;
  private final AtomicInteger hits = new AtomicInteger();
  private final AtomicInteger misses = new AtomicInteger();
  private final AtomicInteger writes = new AtomicInteger();

  private TableCache(Path directory) {
    this.directory = directory;
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
    return Optional.of(new TableCache(dir));
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
      return cached.get();
    }
    misses.incrementAndGet();
    PriceTable table = parser.parse(raw);
    write(entry, expected, table);
    return table;
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
    try (FileChannel ch = FileChannel.open(entry(abs, variant), StandardOpenOption.READ)) {
      long size = ch.size();
      if (size < MIN_ENTRY || size > MAX_ENTRY) {
        return Optional.empty();
      }
      ByteBuffer prefix = ByteBuffer.allocate(PREFIX).order(ByteOrder.LITTLE_ENDIAN);
      if (!fill(ch, prefix)) {
        return Optional.empty();
      }
      int headerLength = headerLength(prefix, (int) size);
      // the prefix, the header and the row and column counts: what header() reads
      ByteBuffer head = ByteBuffer.allocate(align8(PREFIX + headerLength) + 8).order(ByteOrder.LITTLE_ENDIAN);
      if (!fill(ch, head)) {
        return Optional.empty();
      }
      Header h = header(head, (int) size);
      return h.matches(expected) ? Optional.of(h.columns()) : Optional.empty();
    } catch (IOException | RuntimeException ex) {
      return Optional.empty();
    }
  }

  /** Reads the channel from its start until the buffer is full; false if the channel is shorter. */
  private static boolean fill(FileChannel ch, ByteBuffer buf) throws IOException {
    long pos = 0;
    while (buf.hasRemaining()) {
      int n = ch.read(buf, pos);
      if (n < 0) {
        return false;
      }
      pos += n;
    }
    return true;
  }

  /** What an entry must be for to be served: the source's path, the variant and the content key of its bytes. */
  private record Expected(String source, String variant, ContentKey key) {
  }

  /**
   * An entry's header.
   *
   * @param source the source path it was parsed from
   * @param variant what was read
   * @param key the content key of the bytes parsed
   * @param columns the column names
   * @param notes the table's warnings
   * @param rows the number of rows
   * @param dataStart where the timestamps start
   */
  private record Header(String source, String variant, ContentKey key, List<String> columns, List<String> notes,
      int rows, int dataStart) {

    boolean matches(Expected expected) {
      return source.equals(expected.source()) && variant.equals(expected.variant()) && key.equals(expected.key());
    }
  }

  /** A corrupt entry: sizes or checksums inconsistent. */
  private static class CorruptEntry extends RuntimeException {
    private static final long serialVersionUID = 1L;

    CorruptEntry(String message) {
      super(message, null, false, false);
    }
  }

  /** An entry written by another version of the format: a plain miss (an upgrade is no corruption). */
  private static final class OtherVersion extends CorruptEntry {
    private static final long serialVersionUID = 1L;

    OtherVersion(String message) {
      super(message);
    }
  }

  /** The header length from an entry's first bytes, checked against the entry's size. */
  private static int headerLength(ByteBuffer buf, int total) {
    byte[] magic = new byte[MAGIC.length];
    buf.get(0, magic);
    if (Arrays.equals(magic, 0, MAGIC.length - 1, MAGIC, 0, MAGIC.length - 1)
        && magic[MAGIC.length - 1] != MAGIC[MAGIC.length - 1]) {
      throw new OtherVersion("an entry of format version " + (char) magic[MAGIC.length - 1] + ", not "
          + (char) MAGIC[MAGIC.length - 1]);
    }
    if (!Arrays.equals(magic, MAGIC)) {
      throw new CorruptEntry("bad magic (not a cache entry of this version)");
    }
    int headerLength = buf.getInt(MAGIC.length);
    if (headerLength < 0 || headerLength > total - MIN_ENTRY) {
      throw new CorruptEntry("header length " + headerLength + " does not fit the entry's " + total + " bytes");
    }
    return headerLength;
  }

  /**
   * Reads and checks an entry's header: every length and count is checked against the bytes there are before
   * anything is allocated from it.
   *
   * @param buf the entry, from its first byte, at least up to its row and column counts
   * @param total the entry's length in bytes
   * @return the header
   * @throws CorruptEntry if the entry is corrupt (bad magic or checksum, sizes inconsistent with its length)
   */
  private static Header header(ByteBuffer buf, int total) {
    int headerLength = headerLength(buf, total);
    ByteBuffer h = buf.slice(PREFIX, headerLength).order(ByteOrder.LITTLE_ENDIAN);
    CRC32C crc = new CRC32C();
    crc.update(h.duplicate());
    if ((int) crc.getValue() != buf.getInt(MAGIC.length + 4)) {
      throw new CorruptEntry("header checksum mismatch");
    }
    String source = string(h);
    String variant = string(h);
    if (h.remaining() < 20) {
      throw new CorruptEntry("header too short");
    }
    ContentKey key = new ContentKey(h.getLong(), h.getLong(), h.getInt());
    List<String> columns = strings(h);
    List<String> notes = strings(h);
    if (h.hasRemaining()) {
      throw new CorruptEntry("unexpected bytes at the end of the header");
    }
    int pos = align8(PREFIX + headerLength);
    int rows = buf.getInt(pos);
    int cols = buf.getInt(pos + 4);
    int dataStart = pos + 8;
    long body = (long) total - dataStart - 8;
    // both bounded by the body's size before they are multiplied
    if (rows < 0 || cols != columns.size() || body < 0 || rows > body / 8 || cols > body / 8
        || 8L * rows * (cols + 1L) != body) {
      throw new CorruptEntry(rows + " rows and " + cols + " columns (for " + columns.size() + " names) do not fit"
          + " the entry's " + total + " bytes");
    }
    return new Header(source, variant, key, columns, notes, rows, dataStart);
  }

  private static String string(ByteBuffer h) {
    int n = count(h, 1);
    byte[] b = new byte[n];
    h.get(b);
    return new String(b, StandardCharsets.UTF_8);
  }

  private static List<String> strings(ByteBuffer h) {
    // each string takes at least its 4-byte length
    int n = count(h, 4);
    List<String> out = new ArrayList<>(n);
    for (int i = 0; i < n; i++) {
      out.add(string(h));
    }
    return List.copyOf(out);
  }

  /** A length or count read from the header, checked against the header bytes left (each item at least so many). */
  private static int count(ByteBuffer h, int bytesEach) {
    if (h.remaining() < 4) {
      throw new CorruptEntry("header too short");
    }
    int n = h.getInt();
    if (n < 0 || n > h.remaining() / bytesEach) {
      throw new CorruptEntry("length " + n + " does not fit the header's " + h.remaining() + " remaining bytes");
    }
    return n;
  }

  private Optional<PriceTable> read(Path entry, Expected expected, Path source) {
    ByteBuffer buf;
    try (FileChannel ch = FileChannel.open(entry, StandardOpenOption.READ)) {
      long size = ch.size();
      if (size < MIN_ENTRY || size > MAX_ENTRY) {
        LOG.warn("ignoring corrupt cache entry {} for {}: its size {} is impossible; parsing the file", entry,
            source, size);
        return Optional.empty();
      }
      // read into a reused per-thread buffer, not mapped: mapped pages would count in the process's resident
      // memory until the mapping is collected, doubling the footprint of a large universe
      buf = readFully(ch, (int) size, entry);
    } catch (NoSuchFileException ex) {
      return Optional.empty();
    } catch (IOException ex) {
      LOG.warn("cannot read cache entry {}: {}", entry, ex.toString());
      return Optional.empty();
    }
    try {
      return decode(buf, expected, source);
    } catch (OtherVersion ex) {
      LOG.debug("cache entry {} for {}: {}; parsing the file and replacing the entry", entry, source,
          ex.getMessage());
      return Optional.empty();
    } catch (RuntimeException ex) {
      LOG.warn("ignoring corrupt cache entry {} for {}: {}; parsing the file", entry, source, ex.getMessage());
      return Optional.empty();
    }
  }

  private static final ThreadLocal<ByteBuffer> READ_BUFFER = new ThreadLocal<>();

  /**
   * This thread's reusable direct buffer, cleared, with at least {@code size} bytes, little-endian: for reading and
   * for writing entries (never both at once on one thread), so that neither leaves per-file garbage.
   */
  private static ByteBuffer threadBuffer(int size) {
    ByteBuffer buf = READ_BUFFER.get();
    if (buf == null || buf.capacity() < size) {
      buf = ByteBuffer.allocateDirect(Math.max(size, 1 << 20)).order(ByteOrder.LITTLE_ENDIAN);
      READ_BUFFER.set(buf);
    }
    buf.clear();
    return buf.order(ByteOrder.LITTLE_ENDIAN);
  }

  private static ByteBuffer readFully(FileChannel ch, int size, Path entry) throws IOException {
    ByteBuffer buf = threadBuffer(size);
    buf.limit(size);
    while (buf.hasRemaining()) {
      if (ch.read(buf) < 0) {
        throw new IOException("cache entry " + entry + " shorter than its size");
      }
    }
    buf.flip();
    return buf.order(ByteOrder.LITTLE_ENDIAN);
  }

  private static Optional<PriceTable> decode(ByteBuffer buf, Expected expected, Path source) {
    int total = buf.limit();
    Header header = header(buf, total);
    if (!header.matches(expected)) {
      // the source changed since the entry was written (or another source has the same name hash)
      LOG.debug("stale cache entry for {}", source);
      return Optional.empty();
    }
    CRC32C crc = new CRC32C();
    ByteBuffer checked = buf.duplicate();
    checked.position(0).limit(total - 8);
    crc.update(checked);
    if (crc.getValue() != buf.getLong(total - 8)) {
      throw new CorruptEntry("checksum mismatch");
    }
    int rows = header.rows();
    int cols = header.columns().size();
    buf.position(header.dataStart());
    long[] times = new long[rows];
    buf.asLongBuffer().get(times);
    buf.position(buf.position() + 8 * rows);
    double[][] values = new double[cols][rows];
    for (int c = 0; c < cols; c++) {
      buf.asDoubleBuffer().get(values[c]);
      buf.position(buf.position() + 8 * rows);
    }
    return Optional.of(new PriceTable(source, header.columns(), times, values, null).withNotes(header.notes()));
  }

  /** The header bytes of an entry. */
  private static byte[] headerBytes(Expected expected, PriceTable table) {
    List<byte[]> strings = new ArrayList<>();
    strings.add(utf8(expected.source()));
    strings.add(utf8(expected.variant()));
    table.columns().forEach(c -> strings.add(utf8(c)));
    table.notes().forEach(n -> strings.add(utf8(n)));
    int size = 20 + 8;
    for (byte[] s : strings) {
      size += 4 + s.length;
    }
    ByteBuffer h = ByteBuffer.allocate(size).order(ByteOrder.LITTLE_ENDIAN);
    h.putInt(strings.get(0).length).put(strings.get(0));
    h.putInt(strings.get(1).length).put(strings.get(1));
    ContentKey key = expected.key();
    h.putLong(key.length()).putLong(key.xxh64()).putInt(key.crc32c());
    int i = 2;
    for (int count : new int[] {table.columns().size(), table.notes().size()}) {
      h.putInt(count);
      for (int end = i + count; i < end; i++) {
        h.putInt(strings.get(i).length).put(strings.get(i));
      }
    }
    return h.array();
  }

  private static byte[] utf8(String s) {
    return s.getBytes(StandardCharsets.UTF_8);
  }

  private void write(Path entry, Expected expected, PriceTable table) {
    byte[] h = headerBytes(expected, table);
    int rows = table.size();
    int cols = table.columns().size();
    long size = align8(PREFIX + h.length) + 8 + 8L * rows * (cols + 1) + 8;
    if (size > MAX_ENTRY) {
      LOG.warn("{} too large to cache", table.path());
      return;
    }
    ByteBuffer buf = threadBuffer((int) size);
    buf.limit((int) size);
    CRC32C headerCrc = new CRC32C();
    headerCrc.update(h);
    buf.put(MAGIC).putInt(h.length).putInt((int) headerCrc.getValue()).put(h);
    buf.position(align8(buf.position()));
    buf.putInt(rows).putInt(cols);
    buf.asLongBuffer().put(table.timesArray());
    buf.position(buf.position() + 8 * rows);
    for (int c = 0; c < cols; c++) {
      buf.asDoubleBuffer().put(table.column(c));
      buf.position(buf.position() + 8 * rows);
    }
    CRC32C crc = new CRC32C();
    ByteBuffer checked = buf.duplicate();
    checked.flip();
    crc.update(checked);
    buf.putLong(crc.getValue());
    buf.flip();
    Path tmp = null;
    try {
      tmp = Files.createTempFile(directory, entry.getFileName().toString(), ".tmp");
      try (FileChannel ch = FileChannel.open(tmp, StandardOpenOption.WRITE)) {
        while (buf.hasRemaining()) {
          ch.write(buf);
        }
      }
      Files.move(tmp, entry, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
      writes.incrementAndGet();
    } catch (IOException | UnsupportedOperationException ex) {
      LOG.warn("cannot write cache entry {} for {}: {}", entry, table.path(), ex.toString());
      if (tmp != null) {
        try {
          Files.deleteIfExists(tmp);
        } catch (IOException ignored) {
          // best effort
        }
      }
    }
  }

  private static int align8(int pos) {
    return (pos + 7) & ~7;
  }

  private static String hash(String text) {
    try {
      byte[] d = MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8));
      return HexFormat.of().formatHex(d, 0, 16);
    } catch (NoSuchAlgorithmException ex) {
      throw new IllegalStateException(ex);
    }
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
