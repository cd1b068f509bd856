package org.pystrade.data.csv;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
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

/**
 * File access for the CSV layout: locating {@code NAME.csv} or {@code NAME.csv.gz} and reading a whole file into
 * memory, inflating it if it is gzip-compressed (recognised by its magic bytes, whatever its name).
 *
 * <p>A file's bytes are read once, through one open channel, to its end ({@link #readRaw}); everything derived from
 * them (the inflated text, the cache's content hash, the parsed table) comes from that one copy in memory, so a file
 * replaced while it is read gives either its old or its new content, never a mix of the two. The file's identity,
 * size and time stamps (with the change time where the file system has one) are compared before and after the read,
 * and the read is repeated if they differ, so that a file rewritten in place during the read is noticed; a file that
 * keeps changing is a {@link DataException}. A file left half-written by a writer that stopped is, like any other
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
  private static final String UNIX_ATTRIBUTES = "unix:size,lastModifiedTime,ctime,ino,dev";

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

  /** Per thread: [0] the raw bytes of the last file read, [1] its inflated bytes. */
  private static final ThreadLocal<byte[][]> BUFFERS = ThreadLocal.withInitial(() -> new byte[2][0]);

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
  static Content readRaw(Path path) {
    for (int attempt = 1; ; attempt++) {
      Object before = identity(path);
      Content raw = readOnce(path);
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
   * What identifies a file's content without reading it: its inode, size, modification and change times where the
   * file system tells them ({@code unix:} attributes), else its key, size and modification time.
   */
  private static Object identity(Path path) {
    try {
      if (path.getFileSystem().supportedFileAttributeViews().contains("unix")) {
        return Files.readAttributes(path, UNIX_ATTRIBUTES);
      }
      BasicFileAttributes a = Files.readAttributes(path, BasicFileAttributes.class);
      return Arrays.asList(a.fileKey(), a.size(), a.lastModifiedTime());
    } catch (IOException ex) {
      throw readError(path, ex);
    }
  }

  /** Reads a file to its end through one channel into this thread's raw buffer. */
  private static Content readOnce(Path path) {
    byte[][] buffers = BUFFERS.get();
    try (FileChannel ch = FileChannel.open(path, StandardOpenOption.READ)) {
      long size = ch.size();
      if (size > MAX_SIZE) {
        throw tooLarge(path);
      }
      // one byte more than the size, so that reaching the end needs no second buffer unless the file grew
      if (buffers[0].length < size + 1) {
        buffers[0] = new byte[(int) size + 1];
      }
      byte[] buf = buffers[0];
      int length = 0;
      while (true) {
        if (length == buf.length) {
          if (buf.length >= MAX_SIZE) {
            throw tooLarge(path);
          }
          buf = Arrays.copyOf(buf, (int) Math.min(MAX_SIZE, 2L * buf.length));
          buffers[0] = buf;
        }
        int n = ch.read(ByteBuffer.wrap(buf, length, buf.length - length));
        if (n < 0) {
          return new Content(buf, length);
        }
        length += n;
      }
    } catch (IOException ex) {
      throw readError(path, ex);
    }
  }

  /**
   * Inflates a file's raw bytes if they are gzip-compressed, into a buffer reused by the calling thread; else
   * returns them as they are. Reads nothing from disk.
   *
   * @param path the file, for messages
   * @param raw the file's bytes, from {@link #readRaw}
   * @return the content, valid until this thread reads another file
   * @throws DataException naming the path if the bytes are a corrupt or truncated gzip stream
   */
  static Content inflate(Path path, Content raw) {
    byte[] gz = raw.data();
    int n = raw.length();
    if (!isGzip(gz, n)) {
      return raw;
    }
    byte[][] buffers = BUFFERS.get();
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
    } catch (IOException ex) {
      throw new DataException(ReasonCode.MALFORMED_DATA, "corrupt gzip file " + path + ": " + ex, ex);
    }
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
}
