package org.pystrade.data.csv;

import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.zip.GZIPOutputStream;
import org.pystrade.core.series.Timestamps;
import org.pystrade.data.store.SeriesColumns;
import org.pystrade.data.store.SeriesKind;

/**
 * Writes series and configuration tables as pandas' {@code DataFrame.to_csv} writes them in pysystemtrade:
 * <ul>
 *   <li>the index label first ({@code DATETIME}, {@code DATE_TIME} for roll calendars), then the columns;</li>
 *   <li>timestamps as {@code yyyy-MM-dd HH:mm:ss}, midnight too (pysystemtrade reads them with that exact
 *       format, so a dates-only file would not be read);</li>
 *   <li>a float column as Python's {@code repr} ({@link PythonFloat}), or where pandas' reader would not read
 *       that back as the same double, the shortest text it does read back so; NaN as an empty cell; a contract id column
 *       whose values are all whole numbers as integers ({@code 20231200}), as pandas writes an int64 column;</li>
 *   <li>lines ending with {@code \n}; a file whose name ends in {@code .gz} gzip-compressed.</li>
 * </ul>
 * Configuration numbers are written as they are in pysystemtrade's hand-kept files: a whole number without a
 * fraction ({@code 5000}), another as its repr ({@code 2.8}), an empty cell for NaN; text is quoted only when it
 * holds a comma, a quote or a line break (pandas' minimal quoting).
 */
final class CsvWriting {

  /** The most significant digits tried for a value whose repr pandas does not read back. */
  private static final int MAX_DIGITS = 21;

  private CsvWriting() {
  }

  /**
   * Writes a series.
   *
   * @param kind its kind (header and column types)
   * @param data the rows
   * @param target the file; gzip-compressed if {@code gzipped}
   * @param gzipped whether to compress
   * @throws IOException if it cannot be written
   */
  static void writeSeries(SeriesKind kind, SeriesColumns data, Path target, boolean gzipped) throws IOException {
    List<String> columns = kind.columns();
    int k = columns.size();
    long[] times = data.times();
    double[][] values = data.columns();
    boolean[] asInteger = new boolean[k];
    for (int c = 0; c < k; c++) {
      asInteger[c] = kind.isContractColumn(c) && allWhole(values[c]);
    }
    try (Writer w = writer(target, gzipped)) {
      StringBuilder line = new StringBuilder(128);
      line.append(kind.indexName());
      for (String c : columns) {
        line.append(',').append(c);
      }
      line.append('\n');
      w.append(line);
      for (int i = 0; i < times.length; i++) {
        line.setLength(0);
        appendTime(line, times[i], false);
        for (int c = 0; c < k; c++) {
          line.append(',');
          double v = values[c][i];
          if (v != v) {
            continue;
          }
          if (asInteger[c]) {
            line.append((long) v);
          } else {
            appendReadable(line, v);
          }
        }
        line.append('\n');
        w.append(line);
      }
    }
  }

  /**
   * Appends a value as pandas writes it (Python's repr) if pandas' reader reads that back as the same double;
   * otherwise (pandas' C parser is not correctly rounded for some 16 and 17 digit numbers) the shortest decimal,
   * among the correctly rounded one of each length (up to 21 digits) and its two neighbours on each side in the
   * last digit, that it does read back as the value, so that what is written is read back bit for bit.
   *
   * @param out where to append
   * @param d the value, not NaN
   */
  static void appendReadable(StringBuilder out, double d) {
    int start = out.length();
    PythonFloat.append(out, d);
    if (readsBack(out, start, d) || Double.isInfinite(d)) {
      return;
    }
    String repr = out.substring(start);
    boolean negative = d < 0;
    BigDecimal exact = new BigDecimal(Math.abs(d));
    for (int p = Math.max(1, significantDigits(repr) - 1); p <= MAX_DIGITS; p++) {
      BigDecimal r = exact.round(new MathContext(p, RoundingMode.HALF_EVEN));
      BigDecimal ulp = r.ulp();
      BigDecimal two = ulp.add(ulp);
      for (BigDecimal candidate : new BigDecimal[] {r, r.subtract(ulp), r.add(ulp), r.subtract(two), r.add(two)}) {
        if (candidate.signum() <= 0) {
          continue;
        }
        out.setLength(start);
        PythonFloat.append(out, negative, candidate);
        if (readsBack(out, start, d)) {
          return;
        }
      }
    }
    out.setLength(start);
    out.append(repr);
  }

  /** The significant digits of a repr: its digits before any exponent, without leading zeros. */
  private static int significantDigits(String repr) {
    int n = 0;
    boolean leading = true;
    for (int i = 0; i < repr.length() && repr.charAt(i) != 'e'; i++) {
      char c = repr.charAt(i);
      if (c >= '1' && c <= '9' || c == '0' && !leading) {
        leading = false;
        n++;
      }
    }
    return n;
  }

  private static boolean readsBack(StringBuilder out, int start, double d) {
    int n = out.length() - start;
    byte[] b = new byte[n];
    for (int i = 0; i < n; i++) {
      b[i] = (byte) out.charAt(start + i);
    }
    return Double.doubleToLongBits(DecimalParser.parsePandas(b, 0, n)) == Double.doubleToLongBits(d);
  }

  private static boolean allWhole(double[] v) {
    for (double x : v) {
      if (!(x == Math.rint(x)) || Math.abs(x) > 1e15) {
        return false;
      }
    }
    return true;
  }

  private static Writer writer(Path target, boolean gzipped) throws IOException {
    OutputStream out = Files.newOutputStream(target);
    try {
      if (gzipped) {
        out = new GZIPOutputStream(out, 1 << 16);
      }
      return new OutputStreamWriter(new BufferedOutputStream(out, 1 << 16), StandardCharsets.UTF_8);
    } catch (IOException | RuntimeException ex) {
      out.close();
      throw ex;
    }
  }

  /** Appends {@code yyyy-MM-dd[ HH:mm:ss]}. */
  static void appendTime(StringBuilder out, long t, boolean dateOnly) {
    long day = Math.floorDiv(t, Timestamps.SECONDS_PER_DAY);
    int secs = (int) (t - day * Timestamps.SECONDS_PER_DAY);
    LocalDate d = LocalDate.ofEpochDay(day);
    int y = d.getYear();
    if (y < 1000 || y > 9999) {
      out.append(d);
    } else {
      out.append(y).append('-');
      two(out, d.getMonthValue());
      out.append('-');
      two(out, d.getDayOfMonth());
    }
    if (!dateOnly) {
      out.append(' ');
      two(out, secs / 3600);
      out.append(':');
      two(out, secs / 60 % 60);
      out.append(':');
      two(out, secs % 60);
    }
  }

  private static void two(StringBuilder out, int v) {
    if (v < 10) {
      out.append('0');
    }
    out.append(v);
  }

  /**
   * Writes a CSV table of text cells (already formatted), with minimal quoting.
   *
   * @param header the column names
   * @param rows the rows, each as long as the header
   * @param target the file
   * @throws IOException if it cannot be written
   */
  static void writeTable(List<String> header, List<List<String>> rows, Path target) throws IOException {
    try (Writer w = writer(target, false)) {
      StringBuilder line = new StringBuilder(256);
      appendRow(line, header);
      w.append(line);
      for (List<String> row : rows) {
        line.setLength(0);
        appendRow(line, row);
        w.append(line);
      }
    }
  }

  private static void appendRow(StringBuilder line, List<String> cells) {
    for (int i = 0; i < cells.size(); i++) {
      if (i > 0) {
        line.append(',');
      }
      String c = cells.get(i);
      if (c.indexOf(',') >= 0 || c.indexOf('"') >= 0 || c.indexOf('\n') >= 0 || c.indexOf('\r') >= 0) {
        line.append('"').append(c.replace("\"", "\"\"")).append('"');
      } else {
        line.append(c);
      }
    }
    line.append('\n');
  }

  /**
   * A configuration number as the hand-kept files write it.
   *
   * @param v the value
   * @return {@code 5000}, {@code 2.8}, or empty for NaN
   */
  static String configNumber(double v) {
    if (v != v) {
      return "";
    }
    if (v == Math.rint(v) && Math.abs(v) < 1e15) {
      return Long.toString((long) v);
    }
    return PythonFloat.repr(v);
  }
}
