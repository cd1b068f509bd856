package org.pystrade.examples.reliability;

import static org.pystrade.examples.reliability.Case.OK;
import static org.pystrade.examples.reliability.Case.PARTIAL;
import static org.pystrade.examples.reliability.DataFileCasesTest.ADJ;
import static org.pystrade.examples.reliability.DataFileCasesTest.MULT;
import static org.pystrade.examples.reliability.DataValueCasesTest.LINE;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.function.UnaryOperator;
import java.util.stream.Stream;

/**
 * The binary cache after a first run that filled it: a second run must compute, and say, what a run without the cache
 * computes and says, whatever happened to the sources or the entries in between.
 *
 * <p>Every case warms the cache folder ({@code WORK/cache}) with an export of the clean fixture (or of the fixture
 * after a first mutation) in its mutation, then changes something, then exports with {@code --cache WORK/cache}.
 */
class CacheCasesTest extends CaseSuite {

  private static Case cache(String name) {
    return Case.of(Case.Group.CACHE, name).command(CacheCasesTest::exportWithCache).computes();
  }

  @Override
  List<Case> cases() {
    return all();
  }

  /** The cache folder of a case: beside the fixture, in the case's own work folder. */
  static Path cacheDir(Path fixtureRoot) {
    return fixtureRoot.resolveSibling("cache");
  }

  /** {@code export --config C --data D --out OUT --cache WORK/cache --progress none}. */
  static List<String> exportWithCache(Case.Paths p) {
    return new ArrayList<>(List.of("export", "--config", p.fixture().config().toString(), "--data",
        p.fixture().data().toString(), "--out", p.out().toString(), "--cache",
        cacheDir(p.fixture().root()).toString(), "--progress", "none"));
  }

  /** A first run that fills the cache from the fixture as it is now (it must succeed and write entries). */
  static void warm(Fixture f) {
    Path out = f.root().resolveSibling("warm-out");
    CaseRunner.Run r = CaseRunner.cli(List.of("backtest", "--config", f.config().toString(), "--data",
        f.data().toString(), "--cache", cacheDir(f.root()).toString(), "--progress", "none", "--allow-partial"));
    if (r.code() != OK || entries(f).isEmpty()) {
      throw new IllegalStateException("warming the cache failed (exit " + r.code() + ", " + out + "): " + r.all());
    }
  }

  /** The cache's entry files. */
  static List<Path> entries(Fixture f) {
    Path dir = cacheDir(f.root());
    if (!Files.isDirectory(dir)) {
      return List.of();
    }
    try (Stream<Path> s = Files.list(dir)) {
      return s.filter(p -> p.getFileName().toString().endsWith(".arrow")).sorted().toList();
    } catch (IOException ex) {
      throw new UncheckedIOException(ex);
    }
  }

  /**
   * An entry as another version of the format would write it: the version in the footer's schema metadata (the
   * flatbuffer string "3", its length then its bytes) made "9".
   */
  static byte[] otherVersion(byte[] b) {
    ByteBuffer bb = ByteBuffer.wrap(b).order(ByteOrder.LITTLE_ENDIAN);
    int footerEnd = b.length - 10;
    int footerStart = footerEnd - bb.getInt(footerEnd);
    int found = 0;
    for (int i = footerStart; i + 6 <= footerEnd; i++) {
      if (bb.getInt(i) == 1 && b[i + 4] == '3' && b[i + 5] == 0) {
        b[i + 4] = '9';
        found++;
      }
    }
    if (found != 1) {
      throw new IllegalStateException(found + " one-character strings \"3\" in an entry's footer, not 1");
    }
    return b;
  }

  /** Rewrites every entry's bytes. */
  static void editEntries(Fixture f, UnaryOperator<byte[]> edit) {
    try {
      for (Path e : entries(f)) {
        Files.write(e, edit.apply(Files.readAllBytes(e)));
      }
    } catch (IOException ex) {
      throw new UncheckedIOException(ex);
    }
  }

  /**
   * Sets one cell to a text of the same length and puts the file's modification time back, as {@code touch -r} or
   * {@code cp -p} of an edited copy leave it: size and time say nothing changed.
   */
  static void sameSizeSameTime(Fixture f, String relative, int column, UnaryOperator<String> newText) {
    try {
      Path p = f.path(relative);
      FileTime time = Files.getLastModifiedTime(p);
      long size = Files.size(p);
      String old = f.read(relative).lines().toList().get(LINE - 1).split(",", -1)[column];
      String text = newText.apply(old);
      if (text.length() != old.length() || text.equals(old)) {
        throw new IllegalStateException("'" + text + "' must differ from '" + old + "' and have its length");
      }
      f.cell(relative, LINE, column, text);
      Files.setLastModifiedTime(p, time);
      if (Files.size(p) != size || !Files.getLastModifiedTime(p).equals(time)) {
        throw new IllegalStateException("the edit changed the size or the time of " + p);
      }
    } catch (IOException ex) {
      throw new UncheckedIOException(ex);
    }
  }

  /** A positive price of some digits as a negative one of as many characters ("1838.25" becomes "-838.25"). */
  static String negative(String price) {
    return "-" + price.substring(1);
  }

  static void chmodCache(Fixture f, String permissions) {
    try {
      Path dir = Files.createDirectories(cacheDir(f.root()));
      Files.setPosixFilePermissions(dir, PosixFilePermissions.fromString(permissions));
    } catch (IOException ex) {
      throw new UncheckedIOException(ex);
    }
  }

  static List<Case> all() {
    List<Case> c = new ArrayList<>();
    // ---- sources edited behind the cache's back
    c.add(cache("adjusted price edited, same size and modification time").mutate(CacheCasesTest::warm)
        .mutate(f -> sameSizeSameTime(f, ADJ + "BBB.csv", 1, CacheCasesTest::negative))
        .exit(PARTIAL).says("warning BBB", "adjusted_prices_csv/BBB.csv line 301", "to -",
            "data_defects.adjusted_price_mismatch")
        .changes("BBB").note("entries are keyed by a hash of the file's bytes: an entry keyed by path, size and time "
            + "served the old numbers here"));
    c.add(cache("multiple prices PRICE edited, same size and modification time").mutate(CacheCasesTest::warm)
        .mutate(f -> sameSizeSameTime(f, MULT + "BBB.csv", 3, CacheCasesTest::negative))
        .exit(PARTIAL).says("warning BBB", "multiple_prices_csv/BBB.csv line 301", "PRICE is -")
        .changes("BBB"));
    c.add(cache("FX rate edited, same size and modification time").mutate(CacheCasesTest::warm)
        .mutate(f -> sameSizeSameTime(f, DataFileCasesTest.FX + "EURUSD.csv", 1, CacheCasesTest::negative))
        .exit(PARTIAL).says("left out BBB", "EURUSD.csv line 301", "data_defects.non_positive_fx_rate")
        .computed("AAA", "CCC", "DDD"));
    c.add(cache("source deleted after the first run").mutate(CacheCasesTest::warm)
        .mutate(f -> f.delete(ADJ + "BBB.csv"))
        .exit(PARTIAL).says("left out BBB", "no adjusted prices file BBB.csv[.gz]").computed("AAA", "CCC", "DDD"));
    c.add(cache("source replaced by its gzipped copy").mutate(CacheCasesTest::warm)
        .mutate(f -> f.gzip(ADJ + "BBB.csv").gzip(MULT + "BBB.csv")).exit(OK));
    c.add(cache("source truncated after the first run").mutate(CacheCasesTest::warm)
        .mutate(f -> f.lines(ADJ + "BBB.csv", l -> new ArrayList<>(l.subList(0, 1))))
        .exit(PARTIAL).says("left out BBB", "instrument BBB has no valid adjusted prices (no row)")
        .computed("AAA", "CCC", "DDD"));
    // ---- a warm run says what the cold run said
    c.add(cache("row-order warning repeated by a warm run").mutate(f -> f.lines(ADJ + "BBB.csv", l -> {
      Collections.swap(l, 300, 301);
      return l;
    })).mutate(CacheCasesTest::warm).exit(OK)
        .logs("BBB.csv line 302: ", "is earlier than", "on line 301; rows sorted by time"));
    c.add(cache("repeated-timestamp warning repeated by a warm run").mutate(f -> f.lines(ADJ + "BBB.csv", l -> {
      l.add(301, l.get(300));
      return l;
    })).mutate(CacheCasesTest::warm).exit(OK)
        .logs("BBB.csv line 302: timestamp", "repeats line 301; 1 repeated timestamp merged"));
    c.add(cache("data-defect warning repeated by a warm run, naming the line").mutate(f -> f.cell(ADJ + "BBB.csv", LINE,
        1, "0")).mutate(CacheCasesTest::warm).exit(PARTIAL)
        .says("warning BBB", "adjusted_prices_csv/BBB.csv line 301", "to 0.0").changes("BBB"));
    // ---- entries damaged or foreign
    c.add(cache("every entry with one byte flipped in its data").mutate(CacheCasesTest::warm)
        .mutate(f -> editEntries(f, b -> {
          // the middle of an entry (an Arrow IPC file) is in its columns' values
          b[b.length / 2] ^= 0x40;
          return b;
        })).exit(OK).logs("ignoring corrupt cache entry", "the checksum of its columns is"));
    c.add(cache("every entry truncated to half").mutate(CacheCasesTest::warm)
        .mutate(f -> editEntries(f, b -> Arrays.copyOf(b, b.length / 2))).exit(OK)
        .logs("ignoring corrupt cache entry"));
    c.add(cache("every entry's footer length 2^31-1 (no OutOfMemoryError)").mutate(CacheCasesTest::warm)
        .mutate(f -> editEntries(f, b -> {
          // an Arrow file ends with its footer's length and the magic ARROW1
          ByteBuffer.wrap(b).order(ByteOrder.LITTLE_ENDIAN).putInt(b.length - 10, Integer.MAX_VALUE);
          return b;
        })).exit(OK).logs("ignoring corrupt cache entry", "its footer length 2147483647 does not fit"));
    c.add(cache("entries of another format version").mutate(CacheCasesTest::warm)
        .mutate(f -> editEntries(f, CacheCasesTest::otherVersion)).exit(OK).saysNot("ignoring corrupt")
        .note("a miss, without a warning (an upgrade is no corruption): the file is parsed again and its entry "
            + "replaced"));
    c.add(cache("every entry emptied (0 bytes)").mutate(CacheCasesTest::warm)
        .mutate(f -> editEntries(f, b -> new byte[0])).exit(OK).logs("ignoring corrupt cache entry"));
    c.add(cache("entries swapped between two files").mutate(CacheCasesTest::warm).mutate(f -> {
      List<Path> e = entries(f);
      try {
        byte[] first = Files.readAllBytes(e.get(0));
        Files.write(e.get(0), Files.readAllBytes(e.get(1)));
        Files.write(e.get(1), first);
      } catch (IOException ex) {
        throw new UncheckedIOException(ex);
      }
    }).exit(OK).note("an entry records the hash of the source it was parsed from: another source's entry is a miss"));
    // ---- unsafe folders
    c.add(cache("cache folder writable by everyone").mutate(f -> chmodCache(f, "rwxrwxrwx")).exit(OK)
        .logs("not using the binary cache folder", "other users can write to it (permissions rwxrwxrwx",
            "reading the data files without a cache"));
    c.add(cache("cache folder writable by its group").mutate(f -> chmodCache(f, "rwxrwx---")).exit(OK)
        .logs("not using the binary cache folder", "other users can write to it (permissions rwxrwx---"));
    c.add(cache("cache folder read-only").skipIf(Case::readsEverything, "run as root: every folder is writable")
        .mutate(f -> chmodCache(f, "r-x------")).exit(OK).logs("cache"));
    Case.pysystemtrade(c,
        "adjusted price edited, same size and modification time", "has no cache of parsed files: reads the edited "
            + "file (and says nothing of the negative price)");
    return c;
  }
}
