package org.pystrade.data.csv;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assumptions.assumeThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.FileTime;
import java.nio.file.attribute.PosixFilePermissions;
import java.nio.file.attribute.UserPrincipal;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.function.Consumer;
import java.util.zip.GZIPOutputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.pystrade.core.data.DataException;
import org.pystrade.core.domain.InstrumentCode;
import org.pystrade.data.ipc.ArrowIpc;

/** The binary cache: content keys, corrupt entries, folder ownership, warnings kept with entries. */
class TableCacheTest {

  private static final InstrumentCode X = InstrumentCode.of("X");

  @TempDir
  Path tmp;

  private TestLayout layout() {
    return new TestLayout(tmp.resolve("data"));
  }

  private CacheOptions options() {
    return CacheOptions.in(tmp.resolve("cache"));
  }

  private Path adjusted(TestLayout layout) {
    return layout.root().resolve("adjusted_prices_csv/X.csv");
  }

  // ------------------------------------------------------------------ content key (defect 1)

  @Test
  void sameSizeEditThatKeepsTheModificationTimeIsSeen() throws Exception {
    TestLayout layout = layout().adjusted("X", "2020-01-01 00:00:00,1.5\n2020-01-02 00:00:00,2.5\n");
    Path source = adjusted(layout);
    FileTime mtime = FileTime.fromMillis(1_600_000_000_000L);
    Files.setLastModifiedTime(source, mtime);
    assertThat(CsvFuturesSimData.open(layout.root(), options()).adjustedPrices(X).values()).containsExactly(1.5, 2.5);

    // as `touch -r` or `cp -p` leave it: same size, same modification time, other bytes
    layout.adjusted("X", "2020-01-01 00:00:00,7.5\n2020-01-02 00:00:00,8.5\n");
    Files.setLastModifiedTime(source, mtime);
    CsvFuturesSimData d = CsvFuturesSimData.open(layout.root(), options());
    assertThat(d.adjustedPrices(X).values()).containsExactly(7.5, 8.5);
    assertThat(d.cache().misses()).isEqualTo(1);
    assertThat(d.cache().hits()).isZero();
    assertThat(d.cache().entries()).hasSize(1);

    // a file copied over it with its time (cp -p), then the first content back, time kept
    Path copy = Files.writeString(tmp.resolve("copy.csv"), "DATETIME,price\n2020-01-01 00:00:00,9.5\n2020-01-02 00:00:00,0.5\n");
    Files.setLastModifiedTime(copy, mtime);
    Files.copy(copy, source, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.COPY_ATTRIBUTES);
    assertThat(Files.getLastModifiedTime(source)).isEqualTo(mtime);
    assertThat(CsvFuturesSimData.open(layout.root(), options()).adjustedPrices(X).values()).containsExactly(9.5, 0.5);
    layout.adjusted("X", "2020-01-01 00:00:00,1.5\n2020-01-02 00:00:00,2.5\n");
    Files.setLastModifiedTime(source, mtime);
    assertThat(CsvFuturesSimData.open(layout.root(), options()).adjustedPrices(X).values()).containsExactly(1.5, 2.5);
  }

  @Test
  void gzippedSourceIsKeyedByItsCompressedBytes() throws Exception {
    TestLayout layout = layout();
    Path gz = layout.write("adjusted_prices_csv/X.csv.gz", "DATETIME,price\n2020-01-01 00:00:00,1.5\n");
    FileTime mtime = Files.getLastModifiedTime(gz);
    assertThat(CsvFuturesSimData.open(layout.root(), options()).adjustedPrices(X).values()).containsExactly(1.5);
    layout.write("adjusted_prices_csv/X.csv.gz", "DATETIME,price\n2020-01-01 00:00:00,2.5\n");
    Files.setLastModifiedTime(gz, mtime);
    CsvFuturesSimData d = CsvFuturesSimData.open(layout.root(), options());
    assertThat(d.adjustedPrices(X).values()).containsExactly(2.5);
    assertThat(d.cache().misses()).isEqualTo(1);
    CsvFuturesSimData again = CsvFuturesSimData.open(layout.root(), options());
    assertThat(again.adjustedPrices(X).values()).containsExactly(2.5);
    assertThat(again.cache().hits()).isEqualTo(1);
  }

  @Test
  void checkPricesNeverTakesAStaleEntryForKnownReadable() throws Exception {
    TestLayout layout = layout().adjusted("X", "2020-01-01 00:00:00,1.5\n")
        .multiple("X", "2020-01-01 00:00:00,1,20200301,1.5,20200601,1.4,20200901\n");
    Path source = adjusted(layout);
    FileTime mtime = Files.getLastModifiedTime(source);
    CsvFuturesSimData.open(layout.root(), options()).checkPrices(X);
    CsvFuturesSimData warm = CsvFuturesSimData.open(layout.root(), options()).retaining(Retention.IN_USE);
    warm.checkPrices(X); // derives the daily prices from the cached tables, and stores them
    CsvFuturesSimData warmer = CsvFuturesSimData.open(layout.root(), options()).retaining(Retention.IN_USE);
    warmer.checkPrices(X);
    assertThat(warmer.filesRead()).as("up-to-date entries: the daily prices' entry only").isEqualTo(1);
    assertThat(warmer.cache().misses()).isZero();

    // same size and time, now unreadable: the entry is stale, so the file is read and the failure reported
    layout.adjusted("X", "2020-01-01 00:00:00,1.x\n");
    Files.setLastModifiedTime(source, mtime);
    CsvFuturesSimData stale = CsvFuturesSimData.open(layout.root(), options()).retaining(Retention.IN_USE);
    assertThatThrownBy(() -> stale.checkPrices(X)).isInstanceOf(DataException.class)
        .hasMessageContaining("X.csv line 2");
    assertThat(stale.filesRead()).isEqualTo(1);
  }

  @Test
  void contentKeyIsXxh64AndCrc32cOfTheBytes() {
    // reference values of XXH64 with seed 0
    assertThat(ContentKey.xxh64(new byte[0], 0)).isEqualTo(0xEF46DB3751D8E999L);
    assertThat(ContentKey.xxh64("a".getBytes(StandardCharsets.US_ASCII), 1)).isEqualTo(0xD24EC4F1A98C6E5BL);
    assertThat(ContentKey.xxh64("abc".getBytes(StandardCharsets.US_ASCII), 3)).isEqualTo(0x44BC2CF5AD770999L);
    byte[] fox = "The quick brown fox jumps over the lazy dog".getBytes(StandardCharsets.US_ASCII);
    assertThat(ContentKey.xxh64(fox, fox.length)).isEqualTo(0x0B242D361FDA71BCL);
    // longer than one chunk of stripes (32 KB), and a tail of every kind (python-xxhash's values)
    byte[] longer = new byte[100_003];
    for (int i = 0; i < longer.length; i++) {
      longer[i] = (byte) ((i * 31 + 7) % 251);
    }
    assertThat(ContentKey.xxh64(longer, longer.length)).isEqualTo(0xBDF8339B6BEB233AL);
    byte[] chunks = new byte[32768 * 3 + 5];
    for (int i = 0; i < chunks.length; i++) {
      chunks[i] = (byte) ((i * 131 + 3) % 253);
    }
    assertThat(ContentKey.xxh64(chunks, chunks.length)).isEqualTo(0x1F12E693C4CE2645L);
    // a file's bytes are hashed in a direct buffer: the same key
    ByteBuffer direct = ByteBuffer.allocateDirect(chunks.length).put(chunks).flip();
    assertThat(ContentKey.of(new CsvFiles.Raw(direct))).isEqualTo(ContentKey.of(chunks, chunks.length));
    assertThat(ContentKey.of(new CsvFiles.Raw(direct)).xxh64()).isEqualTo(0x1F12E693C4CE2645L);
    // only the first `length` bytes count
    byte[] padded = Arrays.copyOf(fox, 100);
    assertThat(ContentKey.of(padded, fox.length)).isEqualTo(ContentKey.of(fox, fox.length));
    assertThat(ContentKey.of(fox, fox.length).crc32c()).isEqualTo(0x22620404);
    byte[] other = fox.clone();
    other[40] ^= 1;
    assertThat(ContentKey.of(other, other.length)).isNotEqualTo(ContentKey.of(fox, fox.length));
  }

  // ------------------------------------------------------------------ corrupt entries (defect 3)

  /** Writes one entry for X (two rows) and returns its path and bytes. */
  private Path entryOf(TestLayout layout) throws IOException {
    CsvFuturesSimData d = CsvFuturesSimData.open(layout.root(), options());
    d.adjustedPrices(X);
    return d.cache().entries().get(0);
  }

  private void assertRecovers(String what, Consumer<ByteBuffer> corrupt) throws IOException {
    TestLayout layout = layout().adjusted("X", "2020-01-01 00:00:00,1.5\n2020-01-02 00:00:00,2.5\n");
    Path entry = entryOf(layout);
    ByteBuffer b = ByteBuffer.wrap(Files.readAllBytes(entry)).order(ByteOrder.LITTLE_ENDIAN);
    corrupt.accept(b);
    Files.write(entry, Arrays.copyOf(b.array(), b.limit()));
    CsvFuturesSimData d = CsvFuturesSimData.open(layout.root(), options());
    assertThat(d.adjustedPrices(X).values()).as(what).containsExactly(1.5, 2.5);
    assertThat(d.cache().misses()).as(what).isEqualTo(1);
    assertThat(d.cache().writes()).as(what + ": rewritten").isEqualTo(1);
    CsvFuturesSimData again = CsvFuturesSimData.open(layout.root(), options());
    assertThat(again.adjustedPrices(X).values()).as(what).containsExactly(1.5, 2.5);
    assertThat(again.cache().hits()).as(what + ": good again").isEqualTo(1);
    // header-only reads of a corrupt entry say "not cached" (a corrupt body is for the full read to find)
    if (!what.contains("body")) {
      Files.write(entry, Arrays.copyOf(b.array(), b.limit()));
      assertThat(again.cache().cachedColumns(adjusted(layout), "DATETIME|null|GROUP_LAST")).as(what).isEmpty();
    }
  }

  /** Where the bytes of a double first appear in an entry (little-endian, as Arrow keeps them). */
  static int offsetOf(ByteBuffer b, double value) {
    return offsetOf(b, Double.doubleToRawLongBits(value));
  }

  /** Where 8 bytes (little-endian) first appear in an entry. */
  static int offsetOf(ByteBuffer b, long bits) {
    for (int i = 0; i + 8 <= b.limit(); i++) {
      if (b.getLong(i) == bits) {
        return i;
      }
    }
    throw new AssertionError("no " + Long.toHexString(bits) + " in the entry");
  }

  @Test
  void corruptEntriesAreParsedAgainNeverAnErrorOrAHugeAllocation() throws Exception {
    assertRecovers("a value's bits flipped in the body", b -> b.put(offsetOf(b, 2.5) + 6,
        (byte) (b.get(offsetOf(b, 2.5) + 6) ^ 0x55)));
    assertRecovers("a time's bits flipped in the body", b -> b.put(offsetOf(b, 1577923200L) + 1,
        (byte) (b.get(offsetOf(b, 1577923200L) + 1) ^ 0x01)));
    assertRecovers("truncated", b -> b.limit(b.limit() / 2));
    assertRecovers("footer cut off", b -> b.limit(b.limit() - 10));
    assertRecovers("truncated to the magic", b -> b.limit(12));
    assertRecovers("empty", b -> b.limit(0));
    assertRecovers("huge lengths everywhere in the footer", b -> {
      for (int i = b.limit() - 10 - 64; i < b.limit() - 10; i += 4) {
        b.putInt(i, Integer.MAX_VALUE);
      }
    });
  }

  @Test
  void everySingleByteDamageGivesTheRightNumbersNeverAnError() throws Exception {
    // each byte of an entry flipped in turn: the entry is either refused (and the file parsed again) or, where the
    // byte is padding or unused, read as written; never another number, an exception or a huge allocation
    TestLayout layout = layout().adjusted("X", "2020-01-01 00:00:00,1.5\n2020-01-02 00:00:00,2.5\n");
    Path entry = entryOf(layout);
    byte[] good = Files.readAllBytes(entry);
    int refused = 0;
    for (int i = 0; i < good.length; i++) {
      byte[] bad = good.clone();
      bad[i] ^= (byte) 0xA5;
      Files.write(entry, bad);
      CsvFuturesSimData d = CsvFuturesSimData.open(layout.root(), options());
      assertThat(d.adjustedPrices(X).values()).as("byte %d damaged", i).containsExactly(1.5, 2.5);
      assertThat(d.adjustedPrices(X).timesView()).as("byte %d damaged", i).containsExactly(1577836800L, 1577923200L);
      refused += d.cache().misses();
    }
    // the schema message at the start of the file repeats the footer's schema, which is the one read: damage there,
    // and in padding, changes nothing read
    assertThat(refused).as("damage seen").isGreaterThan(good.length / 3);
  }

  @Test
  void entryOfAnotherFormatVersionIsReplaced() throws Exception {
    TestLayout layout = layout().adjusted("X", "2020-01-01 00:00:00,1.5\n2020-01-02 00:00:00,2.5\n");
    Path entry = entryOf(layout);
    try (ArrowIpc ipc = ArrowIpc.open("a test")) {
      ArrowIpc.Table t = ipc.read(entry);
      Map<String, String> meta = new java.util.HashMap<>(t.metadata());
      meta.put(TableCache.VERSION_KEY, "9");
      Files.delete(entry);
      ipc.write(new ArrowIpc.Table(t.timeName(), t.unit(), t.names(), t.times(), new double[][] {{7.5, 8.5}}, meta),
          false, entry, java.nio.file.StandardOpenOption.CREATE_NEW);
    }
    CsvFuturesSimData d = CsvFuturesSimData.open(layout.root(), options());
    assertThat(d.adjustedPrices(X).values()).containsExactly(1.5, 2.5);
    assertThat(d.cache().misses()).isEqualTo(1);
    assertThat(d.cache().writes()).isEqualTo(1);
  }

  @Test
  void entriesOfReplacedFormatsAreDeletedBeforeTheFirstWrite() throws Exception {
    Path dir = Files.createDirectories(tmp.resolve("cache"));
    Path old = Files.write(dir.resolve("0123456789abcdef0123456789abcdef.ptc"), new byte[] {'P', 'S', 'T', 'R'});
    // an Arrow entry named as entries were before (a SHA-256 prefix), and files that are neither
    Path shaNamed = Files.write(dir.resolve("0123456789abcdef0123456789abcdef.arrow"), new byte[] {'A'});
    Path other = Files.write(dir.resolve("notes.txt"), new byte[] {'k'});
    Path upper = Files.write(dir.resolve("0123456789ABCDEF0123456789ABCDEF.arrow"), new byte[] {'A'});
    TestLayout layout = layout().adjusted("X", "2020-01-01 00:00:00,1.5\n");
    CsvFuturesSimData d = CsvFuturesSimData.open(layout.root(), options());
    assertThat(old).exists(); // opening only reads: the folder is not listed
    assertThat(d.adjustedPrices(X).values()).containsExactly(1.5);
    assertThat(old).doesNotExist();
    assertThat(shaNamed).doesNotExist();
    assertThat(other).exists();
    assertThat(upper).exists();
    assertThat(d.cache().entries()).filteredOn(p -> !p.equals(upper)).singleElement()
        .satisfies(p -> assertThat(p.getFileName().toString()).matches("[0-9a-f]{16}-[0-9a-f]{8}\\.arrow"));
  }

  @Test
  void entryOfAnotherSourceWithTheSameNameIsAMiss() throws Exception {
    // an entry file renamed to another source's entry name: its header names the other source
    TestLayout layout = layout().adjusted("X", "2020-01-01 00:00:00,1.5\n").adjusted("Y", "2020-01-01 00:00:00,1.5\n");
    CsvFuturesSimData d = CsvFuturesSimData.open(layout.root(), options());
    d.adjustedPrices(X);
    Path xEntry = d.cache().entries().get(0);
    d.adjustedPrices(InstrumentCode.of("Y"));
    Path yEntry = d.cache().entries().stream().filter(p -> !p.equals(xEntry)).findFirst().orElseThrow();
    Files.copy(xEntry, yEntry, StandardCopyOption.REPLACE_EXISTING);
    CsvFuturesSimData again = CsvFuturesSimData.open(layout.root(), options());
    assertThat(again.adjustedPrices(InstrumentCode.of("Y")).values()).containsExactly(1.5);
    assertThat(again.cache().misses()).isEqualTo(1);
  }

  // ------------------------------------------------------------------ folder ownership (defect 2)

  private static boolean posix(Path p) {
    return p.getFileSystem().supportedFileAttributeViews().contains("posix");
  }

  @Test
  void newCacheFolderIsOwnerOnly() throws Exception {
    assumeThat(posix(tmp)).isTrue();
    Path dir = tmp.resolve("a/b/cache");
    TestLayout layout = layout().adjusted("X", "2020-01-01 00:00:00,1.5\n");
    CsvFuturesSimData d = CsvFuturesSimData.open(layout.root(), CacheOptions.in(dir));
    assertThat(d.cache()).isNotNull();
    assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(dir))).isEqualTo("rwx------");
  }

  /** Opens the layout with a cache folder that must be refused; the log, which must name the folder. */
  private static String refusedWithWarning(TestLayout layout, Path dir) {
    String log = stderrOf(() -> {
      CsvFuturesSimData d = CsvFuturesSimData.open(layout.root(), CacheOptions.in(dir));
      assertThat(d.cache()).isNull();
      assertThat(d.adjustedPrices(X).values()).containsExactly(1.5);
    });
    assertThat(log).contains("not using the binary cache folder " + dir.toAbsolutePath());
    return log;
  }

  @Test
  void cacheFolderOthersCanWriteToIsNotUsed() throws Exception {
    assumeThat(posix(tmp)).isTrue();
    Path dir = Files.createDirectory(tmp.resolve("shared-cache"));
    Files.setPosixFilePermissions(dir, PosixFilePermissions.fromString("rwxrwxrwx"));
    TestLayout layout = layout().adjusted("X", "2020-01-01 00:00:00,1.5\n");
    assertThat(refusedWithWarning(layout, dir)).contains("other users can write to it").contains("rwxrwxrwx");
    try (var s = Files.list(dir)) {
      assertThat(s.count()).as("nothing written there").isZero();
    }
    Files.setPosixFilePermissions(dir, PosixFilePermissions.fromString("rwxrwx---"));
    assertThat(CsvFuturesSimData.open(layout.root(), CacheOptions.in(dir)).cache()).isNull();
    Files.setPosixFilePermissions(dir, PosixFilePermissions.fromString("rwxr-xr-x"));
    assertThat(CsvFuturesSimData.open(layout.root(), CacheOptions.in(dir)).cache()).isNotNull();
  }

  @Test
  void cacheFolderOfAnotherUserIsNotUsed() throws Exception {
    assumeThat(posix(tmp)).isTrue();
    Path dir = Files.createDirectory(tmp.resolve("their-cache"));
    UserPrincipal other;
    try {
      other = tmp.getFileSystem().getUserPrincipalLookupService().lookupPrincipalByName("nobody");
      Files.setOwner(dir, other);
    } catch (IOException | UnsupportedOperationException ex) {
      assumeThat(false).as("cannot give a folder to another user here: " + ex).isTrue();
      return;
    }
    assumeThat(Files.getOwner(dir)).isNotEqualTo(Files.getOwner(tmp));
    TestLayout layout = layout().adjusted("X", "2020-01-01 00:00:00,1.5\n");
    assertThat(refusedWithWarning(layout, dir)).contains("it belongs to nobody");
    // a symbolic link of ours to their folder is theirs too
    Path link = Files.createSymbolicLink(tmp.resolve("link"), dir);
    assertThat(CsvFuturesSimData.open(layout.root(), CacheOptions.in(link)).cache()).isNull();
  }

  @Test
  void defaultDirectoryIsPerUser() throws Exception {
    Properties props = new Properties();
    props.setProperty("user.home", tmp.resolve("home").toString());
    props.setProperty("user.name", "ann/x");
    props.setProperty("java.io.tmpdir", tmp.resolve("t").toString());
    Files.createDirectories(tmp.resolve("home"));
    assertThat(CacheOptions.defaultDirectory(Map.of("XDG_CACHE_HOME", tmp.resolve("xdg").toString()), props))
        .isEqualTo(tmp.resolve("xdg/pystrade"));
    assertThat(CacheOptions.defaultDirectory(Map.of("XDG_CACHE_HOME", "relative/ignored"), props))
        .isEqualTo(tmp.resolve("home/.cache/pystrade"));
    assertThat(CacheOptions.defaultDirectory(Map.of(), props)).isEqualTo(tmp.resolve("home/.cache/pystrade"));
    // a home that is not a writable folder: the temporary directory, with the user's name
    props.setProperty("user.home", Files.writeString(tmp.resolve("not-a-folder"), "").toString());
    assertThat(CacheOptions.defaultDirectory(Map.of(), props)).isEqualTo(tmp.resolve("t/pystrade-cache-ann_x"));
    props.remove("user.home");
    assertThat(CacheOptions.defaultDirectory(Map.of(), props)).isEqualTo(tmp.resolve("t/pystrade-cache-ann_x"));
    assertThat(CacheOptions.defaultDirectory()).isAbsolute().doesNotHaveToString(
        Path.of(System.getProperty("java.io.tmpdir"), "pystrade-cache").toString());
  }

  // ------------------------------------------------------------------ warnings (defect 4)

  private static final String UNORDERED = "2020-01-06 23:00:00,1\n2020-01-07 23:00:00,2\n2020-01-03 23:00:00,3\n"
      + "2020-01-08 23:00:00,4\n2020-01-08 23:00:00,\n2020-01-08 23:00:00,6\n2020-01-02 23:00:00,7\n";

  @Test
  void rowOrderWarningsNameTheFileTheLinesAndTheTimestamps() {
    TestLayout layout = layout().adjusted("X", UNORDERED);
    Path file = adjusted(layout);
    PriceTable t = CsvFuturesSimData.TableLoader.DIRECT.load(file, "DATETIME", null, RowOrder.GROUP_LAST);
    assertThat(t.warnings()).containsExactly(
        file + " line 4: 2020-01-03 23:00:00 is earlier than 2020-01-07 23:00:00 on line 3; rows sorted by time"
            + " (2 rows out of order)",
        file + " line 6: timestamp 2020-01-08 23:00:00 repeats line 5; 2 repeated timestamps merged, keeping the"
            + " last non-NaN value");
    assertThat(t.column(0)).containsExactly(7, 3, 1, 2, 6);

    layout.fx("EURUSD", "2020-01-02 00:00:00,1.1\n2020-01-02 00:00:00,1.1\n2020-01-03 00:00:00,1.2\n");
    Path fx = layout.root().resolve("fx_prices_csv/EURUSD.csv");
    assertThat(CsvFuturesSimData.TableLoader.DIRECT.load(fx, "DATETIME", List.of("PRICE"), RowOrder.SORT_COLLAPSE_IDENTICAL).warnings())
        .containsExactly(fx + " line 3: timestamp 2020-01-02 repeats line 2; 1 repeated timestamp with identical"
            + " values merged");
  }

  @Test
  void warmCacheGivesTheSameWarningsAndTheSameLogAsTheColdRun() throws Exception {
    TestLayout layout = layout().adjusted("X", UNORDERED);
    Path file = adjusted(layout);
    String variant = "DATETIME|null|GROUP_LAST";
    TableCache cache = TableCache.open(options()).orElseThrow();
    TableCache.Parser parser = raw -> CsvFuturesSimData.TableLoader.parse(file, raw, "DATETIME", null,
        RowOrder.GROUP_LAST);
    PriceTable cold = cache.load(file, variant, parser);
    PriceTable warm = cache.load(file, variant, parser);
    assertThat(cache.misses()).isEqualTo(1);
    assertThat(cache.hits()).isEqualTo(1);
    assertThat(warm.warnings()).hasSize(2).isEqualTo(cold.warnings());

    // through the data object: the log lines of a cold and of a warm load are the same
    Path cacheDir = tmp.resolve("cache2");
    String coldLog = stderrOf(() -> CsvFuturesSimData.open(layout.root(), CacheOptions.in(cacheDir))
        .adjustedPrices(X));
    String warmLog = stderrOf(() -> {
      CsvFuturesSimData d = CsvFuturesSimData.open(layout.root(), CacheOptions.in(cacheDir));
      d.adjustedPrices(X);
      assertThat(d.cache().hits()).isEqualTo(1);
    });
    assertThat(lines(coldLog, file.toString())).hasSize(2).isEqualTo(lines(warmLog, file.toString()))
        .allSatisfy(l -> assertThat(l).contains("WARN org.pystrade.data.csv.CsvFuturesSimData - " + file + " line"));
    // and as without a cache
    String plainLog = stderrOf(() -> CsvFuturesSimData.open(layout.root()).adjustedPrices(X));
    assertThat(lines(plainLog, file.toString())).isEqualTo(lines(coldLog, file.toString()));
  }

  private static List<String> lines(String log, String containing) {
    return log.lines().filter(l -> l.contains(containing)).toList();
  }

  /** What a piece of code logs (slf4j-simple writes to System.err as it is at each call). */
  private static String stderrOf(Runnable r) {
    PrintStream saved = System.err;
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    System.setErr(new PrintStream(out, true, StandardCharsets.UTF_8));
    try {
      r.run();
    } finally {
      System.setErr(saved);
    }
    return out.toString(StandardCharsets.UTF_8);
  }

  // ------------------------------------------------------------------ reading files

  @Test
  void truncatedGzipWithAHugeSizeInItsTrailerIsADataExceptionNotAHugeAllocation() throws Exception {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    try (GZIPOutputStream gz = new GZIPOutputStream(bytes)) {
      gz.write("DATETIME,price\n2020-01-01 00:00:00,1.5\n2020-01-02 00:00:00,2.5\n".getBytes(StandardCharsets.US_ASCII));
    }
    byte[] whole = bytes.toByteArray();
    byte[] cut = Arrays.copyOf(whole, whole.length - 6);
    // what a cut file ends with is arbitrary: here a "size" of 4 GB - 1
    Arrays.fill(cut, cut.length - 4, cut.length, (byte) 0xff);
    Path file = layout().writeBytes("adjusted_prices_csv/X.csv.gz", cut);
    assertThatThrownBy(() -> CsvFiles.readReusing(file)).isInstanceOf(DataException.class)
        .hasMessageContaining("corrupt gzip file " + file);
    assertThat(CsvFiles.read(layout().writeBytes("adjusted_prices_csv/X.csv.gz", whole)))
        .asString(StandardCharsets.US_ASCII).endsWith("2020-01-02 00:00:00,2.5\n");
  }
}
