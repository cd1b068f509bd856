package org.pystrade.data.csv;

import java.nio.file.Path;
import org.pystrade.core.util.ArgChecker;

/**
 * Where {@link CsvFuturesSimData} keeps its binary cache of parsed price files.
 *
 * <p>Each price file, once parsed, is written to the cache directory as a little-endian column file (timestamps,
 * then one column of doubles per value column) keyed by the source file's absolute path, size and modification
 * time, and by what was read from it. A later load of the same, unchanged file reads the columns straight back,
 * bit for bit, without inflating or parsing; a source whose size or modification time changed is parsed again and
 * its cache entry replaced. Entries are written to a temporary file and moved into place atomically, so concurrent
 * processes sharing a directory see whole entries only. A cache problem (unwritable directory, corrupt entry) is
 * logged and the source parsed instead: the cache never changes results or causes a failure.
 *
 * <p>Format choice: a plain column file read with one {@code FileChannel} read and bulk buffer copies, rather than
 * Apache Arrow IPC, because it needs no JVM flags ({@code --add-opens}), no off-heap allocator and no extra
 * dependency for the library's users, and is as fast for these simple all-double tables.
 *
 * @param directory the cache directory (created if missing)
 */
public record CacheOptions(Path directory) {

  /** Validates the options. */
  public CacheOptions {
    ArgChecker.notNull(directory, "directory");
  }

  /**
   * A cache in a directory.
   *
   * @param directory the cache directory, created if missing
   * @return the options
   */
  public static CacheOptions in(Path directory) {
    return new CacheOptions(directory);
  }
}
