package org.pystrade.data.csv;

import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.util.Map;
import java.util.Properties;
import org.pystrade.core.util.ArgChecker;

/**
 * Where {@link CsvFuturesSimData} keeps its binary cache of parsed price files.
 *
 * <p>Each price file, once parsed, is written to the cache directory as an Apache Arrow IPC file (timestamps, one
 * column of doubles per value column, the warnings the parse gave in its metadata, a checksum of its columns) keyed
 * by the source file's path,
 * what was read from it, and its content: the length and two independent hashes (XXH64 and CRC32C) of its bytes as
 * they are on disk. A later load reads the source file's bytes once, hashes them and, if an entry was parsed from
 * the same bytes, reads the columns straight back, bit for bit, without inflating or parsing, and logs the same
 * warnings as the parse did; otherwise it parses exactly the bytes it hashed and replaces the entry. Modification
 * times and sizes play no part, so an edit that keeps both ({@code touch -r}, {@code cp -p}, an unpacked archive)
 * is seen like any other: the cache never changes a number. Reading and hashing the source costs a few percent of
 * a load from the cache (see {@code TableCache}).
 *
 * <p>Entries are written to a temporary file and moved into place atomically, so concurrent threads and processes
 * sharing a directory see whole entries only. A cache problem (unwritable directory, corrupt or truncated entry,
 * entry of an older format) is logged and the source parsed instead: the cache never changes results or causes a
 * failure. The directory is created readable and writable by its owner only on POSIX file systems; an existing
 * directory that belongs to another user, or that its group or everyone may write to, is not used (a warning names
 * it and the files are parsed without a cache), so that results never depend on someone else's files.
 *
 * <p>Format: Arrow IPC files since 2026-12 (a hand-written column file before): reading them is as fast (see
 * docs/DATA.md) and any Arrow reader opens them. Writing entries needs Arrow's memory module and so the JVM flag
 * {@code --add-opens=java.base/java.nio=ALL-UNNAMED} ({@code pystrade.jar} sets it in its manifest; a library user
 * adds it to the JVM's options); without it entries are read but not written (one warning saying so), with the same
 * numbers.
 *
 * @param directory the cache directory (created if missing)
 */
public record CacheOptions(Path directory) {

  /**
   * Validates the options.
   *
   * @param directory the cache directory (created if missing)
   */
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

  /**
   * The per-user default cache directory: {@code $XDG_CACHE_HOME/pystrade} if that variable is an absolute path,
   * else {@code ~/.cache/pystrade}; if that cannot be created (no home directory, or one that is not writable),
   * {@code pystrade-cache-USER} in the temporary directory ({@code java.io.tmpdir}), where a folder of that name
   * that another user made first is refused when the cache is opened.
   *
   * @return the directory (not created by this method)
   */
  public static Path defaultDirectory() {
    return defaultDirectory(System.getenv(), System.getProperties());
  }

  /**
   * {@link #defaultDirectory()} for given environment variables and system properties.
   *
   * @param env the environment
   * @param properties the system properties ({@code user.home}, {@code user.name}, {@code java.io.tmpdir})
   * @return the directory
   */
  static Path defaultDirectory(Map<String, String> env, Properties properties) {
    Path base = absolute(env.get("XDG_CACHE_HOME"));
    if (base == null) {
      Path home = absolute(properties.getProperty("user.home"));
      base = home == null ? null : home.resolve(".cache");
    }
    if (base != null && canCreate(base)) {
      return base.resolve("pystrade");
    }
    String user = properties.getProperty("user.name", "").replaceAll("[^A-Za-z0-9._-]", "_");
    return Path.of(properties.getProperty("java.io.tmpdir"), "pystrade-cache-" + (user.isEmpty() ? "_" : user));
  }

  /** The path if the text is an absolute path, else null. */
  private static Path absolute(String text) {
    if (text == null || text.isBlank()) {
      return null;
    }
    try {
      Path p = Path.of(text);
      return p.isAbsolute() ? p : null;
    } catch (InvalidPathException ex) {
      return null;
    }
  }

  /** Whether a folder exists and is writable, or its nearest existing ancestor is a writable folder. */
  private static boolean canCreate(Path dir) {
    for (Path p = dir; p != null; p = p.getParent()) {
      if (Files.exists(p)) {
        return Files.isDirectory(p) && Files.isWritable(p);
      }
    }
    return false;
  }
}
