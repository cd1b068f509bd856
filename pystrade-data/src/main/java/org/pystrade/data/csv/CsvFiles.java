package org.pystrade.data.csv;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Optional;
import java.util.zip.GZIPInputStream;
import org.pystrade.core.data.DataException;
import org.pystrade.core.domain.ReasonCode;
import org.pystrade.core.series.Timestamps;

/**
 * File access for the CSV layout: locating {@code NAME.csv} or {@code NAME.csv.gz} and reading a whole file into
 * memory, inflating it if it is gzip-compressed (recognised by its magic bytes, whatever its name).
 */
final class CsvFiles {

  /** Plain CSV suffix. */
  static final String CSV = ".csv";
  /** Gzipped CSV suffix. */
  static final String CSV_GZ = ".csv.gz";

  private static final int GZIP_BUFFER = 1 << 16;
  private static final int MAX_SIZE_HINT = 1 << 30;

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
   * Reads a whole file, inflated if gzipped.
   *
   * @param path the file
   * @return the content
   * @throws DataException naming the path if the file is missing, unreadable or a corrupt gzip stream
   */
  static byte[] read(Path path) {
    byte[] raw;
    try {
      raw = Files.readAllBytes(path);
    } catch (IOException ex) {
      throw readError(path, ex);
    }
    if (!isGzip(raw, raw.length)) {
      return raw;
    }
    try {
      return inflate(raw);
    } catch (IOException ex) {
      throw new DataException(ReasonCode.MALFORMED_DATA, "corrupt gzip file " + path + ": " + ex, ex);
    }
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

  private static final ThreadLocal<byte[][]> BUFFERS = ThreadLocal.withInitial(() -> new byte[2][0]);

  /**
   * Reads a whole file, inflated if gzipped, into buffers reused by the calling thread (no per-file garbage when
   * many files are read in turn).
   *
   * @param path the file
   * @return the content, valid until this thread reads another file
   * @throws DataException naming the path if the file is missing, unreadable or a corrupt gzip stream
   */
  static Content readReusing(Path path) {
    byte[][] buffers = BUFFERS.get();
    int rawLength;
    try (InputStream in = Files.newInputStream(path)) {
      long size = Files.size(path);
      if (size > MAX_SIZE_HINT) {
        byte[] all = read(path);
        return new Content(all, all.length);
      }
      if (buffers[0].length < size) {
        buffers[0] = new byte[(int) size];
      }
      rawLength = in.readNBytes(buffers[0], 0, (int) size);
    } catch (IOException ex) {
      throw readError(path, ex);
    }
    byte[] raw = buffers[0];
    if (!isGzip(raw, rawLength)) {
      return new Content(raw, rawLength);
    }
    int hint = gzipSizeHint(raw, rawLength);
    if (buffers[1].length < hint) {
      buffers[1] = new byte[hint];
    }
    try (InputStream in = new GZIPInputStream(new ByteArrayInputStream(raw, 0, rawLength), GZIP_BUFFER)) {
      byte[] out = buffers[1];
      int len = in.readNBytes(out, 0, out.length);
      if (len < out.length || in.read() < 0) {
        return new Content(out, len);
      }
    } catch (IOException ex) {
      throw new DataException(ReasonCode.MALFORMED_DATA, "corrupt gzip file " + path + ": " + ex, ex);
    }
    // the size hint was short (multi-member stream or > 4 GB): read it the simple way
    byte[] all = read(path);
    return new Content(all, all.length);
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

  private static int gzipSizeHint(byte[] gz, int n) {
    long hint = n >= 18
        ? (gz[n - 4] & 0xffL) | (gz[n - 3] & 0xffL) << 8 | (gz[n - 2] & 0xffL) << 16 | (gz[n - 1] & 0xffL) << 24
        : 0;
    return (int) Math.min(Math.max(hint, 64), MAX_SIZE_HINT);
  }

  private static byte[] inflate(byte[] gz) throws IOException {
    // the gzip trailer holds the uncompressed size modulo 2^32 (of the last member): a good first guess
    int size = gzipSizeHint(gz, gz.length);
    try (InputStream in = new GZIPInputStream(new ByteArrayInputStream(gz), GZIP_BUFFER)) {
      byte[] out = new byte[size];
      int len = in.readNBytes(out, 0, size);
      if (len < size) {
        return Arrays.copyOf(out, len);
      }
      int next = in.read();
      if (next < 0) {
        return out;
      }
      // the hint was short (multi-member stream or > 4 GB): keep reading
      ByteArrayOutputStream rest = new ByteArrayOutputStream(size);
      rest.write(out, 0, len);
      rest.write(next);
      in.transferTo(rest);
      return rest.toByteArray();
    }
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
