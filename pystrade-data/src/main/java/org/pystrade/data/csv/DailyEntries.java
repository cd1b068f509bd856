package org.pystrade.data.csv;

import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.security.CodeSource;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.pystrade.core.data.DailyPrices;
import org.pystrade.core.data.DataDefect;
import org.pystrade.core.domain.InstrumentCode;
import org.pystrade.core.series.TimeSeries;
import org.pystrade.data.ipc.ArrowIpc;

/**
 * An instrument's {@link DailyPrices} as a cache entry of {@link TableCache}, so that a system reading a cached
 * folder again reads a few daily rows per instrument instead of every (often intraday) row of its two price files,
 * and neither resamples nor checks them again.
 *
 * <p>Layout: one Arrow table; its time column is the daily adjusted prices' days followed by the daily contract
 * prices' days, its columns {@code value} (the adjusted, then the contract price) and {@code roll} (NaN, then the
 * annualised roll); the metadata holds where the second part starts, the defects found in the rows and the
 * warnings the two files' reading gave (logged again when the entry is read, as a load of the tables logs them).
 *
 * <p>The entry is served only to a load whose two source files have the content keys the tables it was derived
 * from had, read in the same data folder (its path is in the defects' places), derived by the same code: the
 * identity of the jars (or class folders) of {@link DailyPrices} and of this class is part of the key ({@link #CODE}),
 * so a pystrade of another build derives its own. Values are stored as raw bits, so a read entry is bit for bit
 * what {@link DailyPrices#derive} gave.
 */
final class DailyEntries {

  /** The cache variant of the entries, before the data folder. */
  private static final String VARIANT = "daily-prices/1@";
  /** The identity of the code deriving the entries, computed once per process. */
  static final String CODE = codeIdentity();

  private static final String TIME = "time";
  private static final String VALUE = "value";
  private static final String ROLL = "roll";
  private static final String SPLIT = "daily.split";
  private static final String DEFECT_KINDS = "daily.defects.kind";
  private static final String DEFECT_LOCATIONS = "daily.defects.location";
  private static final String DEFECT_DETAILS = "daily.defects.detail";
  private static final String WARNINGS = "daily.warnings";

  private DailyEntries() {
  }

  /**
   * The cache variant of the entries of a data folder: a folder named another way (relative, absolute) has entries
   * of its own (the defects name their files as the folder was named), rather than one entry rewritten by each.
   *
   * @param root the data folder, as the data was opened
   * @return the variant
   */
  static String variant(Path root) {
    return VARIANT + root;
  }

  /**
   * What an entry must have been derived from, besides the data folder its {@link #variant} names.
   *
   * @param adjustedFile the adjusted prices file
   * @param adjustedContent the content key of its bytes
   * @param multipleFile the multiple prices file
   * @param multipleContent the content key of its bytes
   * @return the key, for {@link TableCache#readDerived} and {@link TableCache#writeDerived}
   */
  static Map<String, String> key(Path adjustedFile, String adjustedContent, Path multipleFile,
      String multipleContent) {
    Map<String, String> key = new HashMap<>();
    key.put("daily.code", CODE);
    key.put("daily.adjusted", adjustedFile.toAbsolutePath().normalize() + "|" + adjustedContent);
    key.put("daily.multiple", multipleFile.toAbsolutePath().normalize() + "|" + multipleContent);
    return key;
  }

  /**
   * An entry's table.
   *
   * @param daily the daily prices
   * @param warnings the warnings the two price files' reading gave
   * @return the table
   */
  static ArrowIpc.Table encode(DailyPrices daily, List<String> warnings) {
    TimeSeries a = daily.adjusted();
    TimeSeries p = daily.price();
    int na = a.size();
    int n = na + p.size();
    long[] times = new long[n];
    double[] value = new double[n];
    double[] roll = new double[n];
    System.arraycopy(a.timesView(), 0, times, 0, na);
    System.arraycopy(p.timesView(), 0, times, na, p.size());
    System.arraycopy(a.valuesView(), 0, value, 0, na);
    System.arraycopy(p.valuesView(), 0, value, na, p.size());
    Arrays.fill(roll, 0, na, Double.NaN);
    System.arraycopy(daily.annualisedRoll().valuesView(), 0, roll, na, p.size());
    Map<String, String> meta = new HashMap<>();
    meta.put(SPLIT, Integer.toString(na));
    List<DataDefect> defects = daily.defects();
    TableCache.putTexts(meta, DEFECT_KINDS, defects.stream().map(d -> d.kind().name()).toList());
    TableCache.putTexts(meta, DEFECT_LOCATIONS, defects.stream().map(DataDefect::location).toList());
    TableCache.putTexts(meta, DEFECT_DETAILS, defects.stream().map(DataDefect::detail).toList());
    TableCache.putTexts(meta, WARNINGS, warnings);
    return new ArrowIpc.Table(TIME, TimeUnit.SECONDS, List.of(VALUE, ROLL), times, new double[][] {value, roll},
        meta);
  }

  /**
   * The daily prices and warnings of an entry.
   *
   * @param instrument the instrument (of the defects)
   * @param t the entry's table
   * @return the content
   * @throws RuntimeException if the entry is malformed
   */
  static Decoded decode(InstrumentCode instrument, ArrowIpc.Table t) {
    if (t.unit() != TimeUnit.SECONDS || !t.names().equals(List.of(VALUE, ROLL))) {
      throw new IllegalStateException("columns " + t.names() + " in " + t.unit());
    }
    Map<String, String> meta = t.metadata();
    long[] times = t.times();
    int split = Integer.parseInt(meta.get(SPLIT));
    if (split < 0 || split > times.length) {
      throw new IllegalStateException("split " + split + " of " + times.length + " rows");
    }
    double[] value = t.columns()[0];
    double[] roll = t.columns()[1];
    TimeSeries adjusted = TimeSeries.ofOwned(Arrays.copyOfRange(times, 0, split),
        Arrays.copyOfRange(value, 0, split));
    long[] pt = Arrays.copyOfRange(times, split, times.length);
    TimeSeries price = TimeSeries.ofOwned(pt, Arrays.copyOfRange(value, split, times.length));
    TimeSeries annualisedRoll = price.withValuesOwned(Arrays.copyOfRange(roll, split, times.length));
    List<String> kinds = TableCache.texts(meta, DEFECT_KINDS);
    List<String> locations = TableCache.texts(meta, DEFECT_LOCATIONS);
    List<String> details = TableCache.texts(meta, DEFECT_DETAILS);
    if (locations.size() != kinds.size() || details.size() != kinds.size()) {
      throw new IllegalStateException(kinds.size() + " defect kinds, " + locations.size() + " locations, "
          + details.size() + " details");
    }
    List<DataDefect> defects = new ArrayList<>(kinds.size());
    for (int i = 0; i < kinds.size(); i++) {
      defects.add(new DataDefect(instrument, DataDefect.Kind.valueOf(kinds.get(i)), locations.get(i),
          details.get(i)));
    }
    return new Decoded(new DailyPrices(adjusted, price, annualisedRoll, defects), TableCache.texts(meta, WARNINGS));
  }

  /** An entry's content. */
  record Decoded(DailyPrices daily, List<String> warnings) {
  }



  /**
   * The identity of the code deriving the entries: for the jar (or class folder) holding {@link DailyPrices} (the
   * derivation) and the one holding this class (the layout), its path, size and modification time (a folder's: the
   * number, total size and latest modification time of its files). Any rebuild of either changes it.
   */
  private static String codeIdentity() {
    return identity(DailyPrices.class) + "|" + identity(DailyEntries.class);
  }

  private static String identity(Class<?> type) {
    try {
      CodeSource source = type.getProtectionDomain().getCodeSource();
      if (source == null || source.getLocation() == null) {
        return "unknown:" + System.nanoTime(); // no identity: an entry written now is never served to another run
      }
      Path path = Path.of(source.getLocation().toURI());
      BasicFileAttributes a = Files.readAttributes(path, BasicFileAttributes.class);
      if (!a.isDirectory()) {
        return path + ":" + a.size() + ":" + a.lastModifiedTime().toMillis();
      }
      long[] folder = new long[3];
      try (Stream<Path> files = Files.walk(path)) {
        files.forEach(f -> {
          try {
            BasicFileAttributes fa = Files.readAttributes(f, BasicFileAttributes.class);
            folder[0]++;
            folder[1] += fa.size();
            folder[2] = Math.max(folder[2], fa.lastModifiedTime().toMillis());
          } catch (IOException ex) {
            folder[2] = Long.MAX_VALUE - System.nanoTime();
          }
        });
      }
      return path + ":" + folder[0] + ":" + folder[1] + ":" + folder[2];
    } catch (IOException | URISyntaxException | RuntimeException ex) {
      return "unknown:" + System.nanoTime();
    }
  }
}
