package org.pystrade.data.csv;

import java.io.ByteArrayInputStream;
import java.io.EOFException;
import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.Arrays;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.LockSupport;
import java.util.zip.GZIPInputStream;
import org.pystrade.core.data.DataException;
import org.pystrade.core.domain.ReasonCode;
import org.pystrade.core.series.Timestamps;

/**
 * File access for the CSV layout: locating {@code NAME.csv} or {@code NAME.csv.gz} and reading a whole file into
 * memory, inflating it if it is gzip-compressed (recognised by its magic bytes, whatever its name).
 *
 * <p>A file's bytes are read once, through one open channel, to its end ({@link #readRaw}); everything derived from
 * them (the inflated text, the cache's content hash, the parsed table) comes from that one copy in memory, so a file
 * replaced while it is read gives either its old or its new content, never a mix of the two. The file's identity,
 * size and modification time are compared before and after the read, and the read is repeated if they differ, so
 * that a file rewritten in place during the read is noticed; a file that keeps changing is a
 * {@link DataException}. A file left half-written by a writer that stopped is, like any other
 * file, read as it is: data files should be replaced atomically (written to a temporary file, then renamed).
 */
final class CsvFiles {

  /** Plain CSV suffix. */
  static final String CSV = ".csv";
  /** Gzipped CSV suffix. */
  static final String CSV_GZ = ".csv.gz";

  private static final int GZIP_BUFFER = 1 << 16;
  /** The largest file (raw or inflated) read: arrays are indexed by int. */
  private static final int MAX_SIZE = Integer.MAX_VALUE - 16;
  /** The largest first guess of an inflated size: deflate's best ratio is about 1032 to 1. */
  private static final long MAX_DEFLATE_RATIO = 1032;
  /** How many times a file that changes while it is read is read again before giving up. */
  private static final int READ_ATTEMPTS = 4;

  private CsvFiles() {
  }

  /**
   * Finds {@code dir/name.csv} or else {@code dir/name.csv.gz}.
   *
   * @param dir the directory
   * @param name the base name
   * @return the file, empty if neither exists
   */
  static Optional<Path> find(Path dir, String name) {
    Path plain = dir.resolve(name + CSV);
    if (Files.isRegularFile(plain)) {
      return Optional.of(plain);
    }
    Path gz = dir.resolve(name + CSV_GZ);
    if (Files.isRegularFile(gz)) {
      return Optional.of(gz);
    }
    return Optional.empty();
  }

  /**
   * The base name of a CSV file name ({@code "SOFR.csv.gz"} gives {@code "SOFR"}), or null if not a CSV file.
   *
   * @param fileName the file name
   * @return the base name, or null
   */
  static String baseName(String fileName) {
    if (fileName.startsWith(".")) {
      return null;
    }
    if (fileName.endsWith(CSV_GZ) && fileName.length() > CSV_GZ.length()) {
      return fileName.substring(0, fileName.length() - CSV_GZ.length());
    }
    if (fileName.endsWith(CSV) && fileName.length() > CSV.length()) {
      return fileName.substring(0, fileName.length() - CSV.length());
    }
    return null;
  }

  /**
   * Reads a whole file, inflated if gzipped, into a new array.
   *
   * @param path the file
   * @return the content
   * @throws DataException naming the path if the file is missing, unreadable, changing or a corrupt gzip stream
   */
  static byte[] read(Path path) {
    Content c = readReusing(path);
    return Arrays.copyOf(c.data(), c.length());
  }

  /**
   * A file's content in a buffer reused by the calling thread: the first {@code length} bytes of {@code data}.
   * Valid until the thread reads the next file.
   *
   * @param data the buffer
   * @param length the content's length
   */
  record Content(byte[] data, int length) {
  }

  /**
   * A file's bytes as they are on disk, in a direct buffer reused by the calling thread (position 0, limit the
   * length): hashed there without a copy into the heap, which only parsing needs. Valid until the thread reads the
   * next file.
   *
   * @param bytes the buffer
   */
  record Raw(ByteBuffer bytes) {

    /**
     * The number of bytes.
     *
     * @return the length
     */
    int length() {
      return bytes.limit();
    }
  }

  /** Per thread: [0] the raw bytes of the last file parsed, [1] its inflated bytes. */
  private static final ThreadLocal<byte[][]> BUFFERS = ThreadLocal.withInitial(() -> new byte[2][0]);
  /** Per thread: the raw bytes of the last file read. */
  private static final ThreadLocal<ByteBuffer> RAW = ThreadLocal.withInitial(() -> ByteBuffer.allocateDirect(1 << 16));

  /**
   * Reads a whole file, inflated if gzipped, into buffers reused by the calling thread (no per-file garbage when
   * many files are read in turn): {@link #inflate} of {@link #readRaw}.
   *
   * @param path the file
   * @return the content, valid until this thread reads another file
   * @throws DataException naming the path if the file is missing, unreadable, changing or a corrupt gzip stream
   */
  static Content readReusing(Path path) {
    return inflate(path, readRaw(path));
  }

  /**
   * Reads a file's bytes as they are on disk (not inflated), once, into a buffer reused by the calling thread,
   * repeating the read if the file changed while it was read (see the class comment).
   *
   * @param path the file
   * @return the bytes, valid until this thread reads another file
   * @throws DataException naming the path if the file is missing, unreadable, too large or kept changing
   */
  static Raw readRaw(Path path) {
    for (int attempt = 1; ; attempt++) {
      Object before = identity(path);
      Raw raw = readOnce(path);
      Object after = identity(path);
      if (before.equals(after)) {
        return raw;
      }
      if (attempt == READ_ATTEMPTS) {
        throw new DataException(ReasonCode.MALFORMED_DATA, path + " changed while it was being read (" + attempt
            + " attempts); replace data files atomically (write a temporary file, then rename it)");
      }
      LockSupport.parkNanos(TimeUnit.MILLISECONDS.toNanos(attempt));
    }
  }

  /**
   * What identifies a file's content without reading it, for noticing a change during a read: its key (device and
   * inode), size and modification time. One {@code stat}: the change time would take a second one (it is not among
   * the basic attributes) and cost a third of the time of reading the 464 price files of pysystemtrade's data, to
   * catch only a rewrite in place that also puts the modification time back while it is being read.
   */
  private static Object identity(Path path) {
    try {
      BasicFileAttributes a = Files.readAttributes(path, BasicFileAttributes.class);
      return Arrays.asList(a.fileKey(), a.size(), a.lastModifiedTime());
    } catch (IOException ex) {
      throw readError(path, ex);
    }
  }

  /** Reads a file to its end through one channel into this thread's raw buffer. */
  private static Raw readOnce(Path path) {
    try (FileChannel ch = FileChannel.open(path, StandardOpenOption.READ)) {
      long size = ch.size();
      if (size > MAX_SIZE) {
        throw tooLarge(path);
      }
      // one byte more than the size, so that reaching the end needs no second buffer unless the file grew
      ByteBuffer buf = RAW.get();
      if (buf.capacity() < size + 1) {
        buf = ByteBuffer.allocateDirect((int) size + 1);
        RAW.set(buf);
      }
      buf.clear();
      while (true) {
        if (!buf.hasRemaining()) {
          if (buf.capacity() >= MAX_SIZE) {
            throw tooLarge(path);
          }
          ByteBuffer larger = ByteBuffer.allocateDirect((int) Math.min(MAX_SIZE, 2L * buf.capacity()));
          larger.put(buf.flip());
          buf = larger;
          RAW.set(buf);
        }
        if (ch.read(buf) < 0) {
          return new Raw(buf.flip());
        }
      }
    } catch (IOException ex) {
      throw readError(path, ex);
    }
  }

  /**
   * Inflates a file's raw bytes if they are gzip-compressed, into a buffer reused by the calling thread; else
   * copies them there as they are. Reads nothing from disk.
   *
   * @param path the file, for messages
   * @param raw the file's bytes, from {@link #readRaw}
   * @return the content, valid until this thread reads another file
   * @throws DataException naming the path if the bytes are a corrupt or truncated gzip stream
   */
  static Content inflate(Path path, Raw raw) {
    byte[][] buffers = BUFFERS.get();
    int n = raw.length();
    if (buffers[0].length < n) {
      buffers[0] = new byte[n];
    }
    byte[] gz = buffers[0];
    raw.bytes().get(0, gz, 0, n);
    if (!isGzip(gz, n)) {
      return new Content(gz, n);
    }
    // the gzip trailer holds the uncompressed size modulo 2^32 (of the last member): a good first guess, one byte
    // more so that the end is reached without growing; bounded, as a truncated file's "trailer" is any 4 bytes
    int hint = (int) Math.min(Math.min(Math.max(gzipSizeHint(gz, n), 64), MAX_DEFLATE_RATIO * n + 64), MAX_SIZE - 1);
    if (buffers[1].length < hint + 1) {
      buffers[1] = new byte[hint + 1];
    }
    byte[] out = buffers[1];
    int length = 0;
    try (InputStream in = new GZIPInputStream(new ByteArrayInputStream(gz, 0, n), GZIP_BUFFER)) {
      while (true) {
        length += in.readNBytes(out, length, out.length - length);
        if (length < out.length) {
          return new Content(out, length);
        }
        // the hint was short (multi-member stream, > 4 GB, or a damaged trailer): grow
        if (out.length >= MAX_SIZE) {
          throw tooLarge(path);
        }
        out = Arrays.copyOf(out, (int) Math.min(MAX_SIZE, 2L * out.length));
        buffers[1] = out;
      }
    } catch (EOFException ex) {
      throw new DataException(ReasonCode.MALFORMED_DATA, "corrupt gzip file " + path + ": truncated (the compressed "
          + "stream ends before its end; was the file cut short while copied or written?)", ex);
    } catch (IOException ex) {
      throw new DataException(ReasonCode.MALFORMED_DATA, "corrupt gzip file " + path + ": " + describe(ex), ex);
    }
  }

  /** An inflater failure in words (its message, without the Java class name). */
  private static String describe(IOException ex) {
    String message = ex.getMessage();
    return message == null || message.isBlank() ? "unreadable compressed data" : message;
  }

  /** Whether the first {@code n} bytes start with the gzip magic number. */
  private static boolean isGzip(byte[] b, int n) {
    return n >= 2 && (b[0] & 0xff) == 0x1f && (b[1] & 0xff) == 0x8b;
  }

  /** The data failure for a file that cannot be read, naming it. */
  private static DataException readError(Path path, IOException ex) {
    if (ex instanceof NoSuchFileException) {
      return new DataException(ReasonCode.MISSING_DATA, "file not found: " + path, ex);
    }
    return new DataException(ReasonCode.MISSING_DATA, "cannot read " + path + ": " + ex, ex);
  }

  private static DataException tooLarge(Path path) {
    return new DataException(ReasonCode.MALFORMED_DATA, path + " is too large to read (2 GB or more)");
  }

  private static long gzipSizeHint(byte[] gz, int n) {
    return n >= 18
        ? (gz[n - 4] & 0xffL) | (gz[n - 3] & 0xffL) << 8 | (gz[n - 2] & 0xffL) << 16 | (gz[n - 1] & 0xffL) << 24
        : 0;
  }

  /**
   * The place of the row of a price file with a given timestamp, for messages: the file is read again and its
   * first column parsed line by line (a slow path, taken only when a row is wrong).
   *
   * @param file the file
   * @param time the timestamp
   * @return {@code FILE line N}, or {@code FILE} if no line has it (or the file cannot be read now); the message
   *     it goes into names the timestamp
   */
  static String locate(Path file, long time) {
    byte[] content;
    try {
      content = read(file);
    } catch (DataException ex) {
      return file.toString();
    }
    int line = 1;
    int start = 0;
    for (int i = 0; i <= content.length; i++) {
      if (i == content.length || content[i] == '\n') {
        int end = start;
        while (end < i && content[end] != ',') {
          end++;
        }
        if (line > 1 && end > start) {
          try {
            String cell = new String(content, start, end - start, StandardCharsets.UTF_8).strip();
            if (Timestamps.parse(cell) == time) {
              return file + " line " + line;
            }
          } catch (RuntimeException ex) {
            // not a timestamp: not the row
          }
        }
        line++;
        start = i + 1;
      }
    }
    return file.toString();
  }
}
