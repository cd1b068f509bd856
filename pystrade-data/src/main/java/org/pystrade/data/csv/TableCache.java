package org.pystrade.data.csv;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.BasicFileAttributes;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Supplier;
import java.util.zip.CRC32C;
import org.pystrade.core.data.DataException;
import org.pystrade.core.domain.ReasonCode;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The binary cache of parsed price tables behind {@link CacheOptions}.
 *
 * <p>One file per (source file, what was read): {@code <sha-256 of source path and variant>.ptc}. Layout, all
 * little-endian:
 * <pre>
 * 8  bytes  magic "PSTRADE1"
 * 4  int    header length H
 * H  bytes  header, UTF-8: source path, size, modification time (ns), variant and column names, '\n'-separated
 * pad to a multiple of 8
 * 4  int    rows N, 4 int columns C
 * 8N        timestamps (long seconds)
 * 8N x C    values (double, raw bits: NaN payloads kept)
 * 8  long   CRC32C of everything before it
 * </pre>
 * The whole header must match for a hit, so a hash collision or a changed source is a miss.
 */
final class TableCache {

  private static final Logger LOG = LoggerFactory.getLogger(TableCache.class);
  private static final byte[] MAGIC = "PSTRADE1".getBytes(StandardCharsets.US_ASCII);
  private static final String SUFFIX = ".ptc";

  private final Path directory;
  private final AtomicInteger hits = new AtomicInteger();
  private final AtomicInteger misses = new AtomicInteger();
  private final AtomicInteger writes = new AtomicInteger();

  /**
   * Opens a cache directory, creating it if needed.
   *
   * @param options the options
   * @throws DataException naming the directory if it cannot be created
   */
  TableCache(CacheOptions options) {
    this.directory = options.directory().toAbsolutePath().normalize();
    try {
      Files.createDirectories(directory);
    } catch (IOException ex) {
      throw new DataException(ReasonCode.MISSING_DATA, "cannot create cache directory " + directory + ": " + ex, ex);
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

  /**
   * Loads a table from the cache, or through {@code loader} then stores it.
   *
   * @param source the source file
   * @param variant what is read from it (columns, order policy)
   * @param loader parses the source
   * @return the table
   */
  PriceTable load(Path source, String variant, Supplier<PriceTable> loader) {
    Path abs = source.toAbsolutePath().normalize();
    String key = key(abs, variant);
    if (key == null) {
      // missing source: let the loader report it
      misses.incrementAndGet();
      return loader.get();
    }
    Path entry = entry(abs, variant);
    Optional<PriceTable> cached = read(entry, key, source);
    if (cached.isPresent()) {
      hits.incrementAndGet();
      return cached.get();
    }
    misses.incrementAndGet();
    PriceTable table = loader.get();
    write(entry, key, table);
    return table;
  }

  /** The entry key of a source file as it is now (path, size, modification time, variant); null if unreadable. */
  private static String key(Path abs, String variant) {
    try {
      BasicFileAttributes attrs = Files.readAttributes(abs, BasicFileAttributes.class);
      return abs + "\n" + attrs.size() + "\n" + attrs.lastModifiedTime().to(TimeUnit.NANOSECONDS) + "\n" + variant;
    } catch (IOException ex) {
      return null;
    }
  }

  private Path entry(Path abs, String variant) {
    return directory.resolve(hash(abs + "\n" + variant) + SUFFIX);
  }

  /**
   * The columns of an up-to-date cache entry for a source file, reading only the entry's header (and checking that
   * its length fits the header's row and column counts): a present answer means that {@link #load} would return
   * the cached table without parsing the source, barring a corrupt body, which {@link #load} detects by its
   * checksum and answers by parsing the source again.
   *
   * @param source the source file
   * @param variant what is read from it (columns, order policy)
   * @return the cached columns, or empty if there is no up-to-date entry (or the source cannot be read)
   */
  Optional<List<String>> cachedColumns(Path source, String variant) {
    Path abs = source.toAbsolutePath().normalize();
    String key = key(abs, variant);
    if (key == null) {
      return Optional.empty();
    }
    Path entry = entry(abs, variant);
    try (FileChannel ch = FileChannel.open(entry, StandardOpenOption.READ)) {
      long size = ch.size();
      ByteBuffer start = ByteBuffer.allocate(MAGIC.length + 4).order(ByteOrder.LITTLE_ENDIAN);
      if (!fill(ch, start)) {
        return Optional.empty();
      }
      int headerLength = start.getInt(MAGIC.length);
      if (headerLength < 0 || headerLength > size) {
        return Optional.empty();
      }
      // the magic, the header text and the row and column counts: what header() reads
      ByteBuffer head = ByteBuffer.allocate(align8(MAGIC.length + 4 + headerLength) + 8)
          .order(ByteOrder.LITTLE_ENDIAN);
      if (!fill(ch, head)) {
        return Optional.empty();
      }
      head.flip();
      return header(head, key, size).map(Header::columns);
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

  /** An entry's header: the columns and the number of rows. */
  private record Header(List<String> columns, int rows) {
  }

  /**
   * Reads an entry's header from the start of the buffer, leaving the buffer at the first timestamp.
   *
   * @param buf the entry, from its first byte
   * @param key the key the entry must have
   * @param total the entry's length in bytes
   * @return the header, or empty if the entry is for another key (stale, or a hash collision)
   * @throws IllegalStateException if the entry is corrupt (bad magic, sizes inconsistent with its length)
   */
  private static Optional<Header> header(ByteBuffer buf, String key, long total) {
    byte[] magic = new byte[MAGIC.length];
    buf.get(magic);
    if (!Arrays.equals(magic, MAGIC)) {
      throw new IllegalStateException("bad magic");
    }
    int headerLength = buf.getInt();
    byte[] header = new byte[headerLength];
    buf.get(header);
    String text = new String(header, StandardCharsets.UTF_8);
    if (!text.startsWith(key + "\n")) {
      return Optional.empty(); // stale (source changed) or another source with the same hash
    }
    String rest = text.substring(key.length() + 1);
    List<String> columns = rest.isEmpty() ? List.of() : List.of(rest.split("\n", -1));
    buf.position(align8(buf.position()));
    int rows = buf.getInt();
    int cols = buf.getInt();
    if (cols != columns.size() || rows < 0 || (long) buf.position() + 8L * rows * (cols + 1) + 8 != total) {
      throw new IllegalStateException("inconsistent sizes");
    }
    return Optional.of(new Header(columns, rows));
  }

  private Optional<PriceTable> read(Path entry, String key, Path source) {
    ByteBuffer buf;
    try (FileChannel ch = FileChannel.open(entry, StandardOpenOption.READ)) {
      long size = ch.size();
      if (size > Integer.MAX_VALUE || size < MAGIC.length + 4 + 8 + 8) {
        LOG.warn("ignoring corrupt cache entry {} for {}", entry, source);
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
      return decode(buf, key, source);
    } catch (RuntimeException ex) {
      LOG.warn("ignoring corrupt cache entry {} for {}: {}", entry, source, ex.toString());
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

  private static Optional<PriceTable> decode(ByteBuffer buf, String key, Path source) {
    int total = buf.limit();
    Optional<Header> header = header(buf, key, total);
    if (header.isEmpty()) {
      return Optional.empty();
    }
    int rows = header.get().rows();
    int cols = header.get().columns().size();
    CRC32C crc = new CRC32C();
    ByteBuffer checked = buf.duplicate();
    checked.position(0).limit(total - 8);
    crc.update(checked);
    if (crc.getValue() != buf.getLong(total - 8)) {
      throw new IllegalStateException("checksum mismatch");
    }
    long[] times = new long[rows];
    buf.asLongBuffer().get(times);
    buf.position(buf.position() + 8 * rows);
    double[][] values = new double[cols][rows];
    for (int c = 0; c < cols; c++) {
      buf.asDoubleBuffer().get(values[c]);
      buf.position(buf.position() + 8 * rows);
    }
    return Optional.of(new PriceTable(source, header.get().columns(), times, values, null));
  }

  private void write(Path entry, String key, PriceTable table) {
    StringBuilder header = new StringBuilder(key).append('\n');
    header.append(String.join("\n", table.columns()));
    byte[] h = header.toString().getBytes(StandardCharsets.UTF_8);
    int rows = table.size();
    int cols = table.columns().size();
    long size = align8(MAGIC.length + 4 + h.length) + 8 + 8L * rows * (cols + 1) + 8;
    if (size > Integer.MAX_VALUE) {
      LOG.warn("{} too large to cache", table.path());
      return;
    }
    ByteBuffer buf = threadBuffer((int) size);
    buf.limit((int) size);
    buf.put(MAGIC).putInt(h.length).put(h);
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
