package org.pystrade.data.pipeline;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.zip.GZIPInputStream;
import org.pystrade.core.data.ContractPrices;
import org.pystrade.core.data.MultiplePrices;
import org.pystrade.core.data.RollCalendar;
import org.pystrade.core.domain.ContractDate;
import org.pystrade.core.domain.FuturesContract;
import org.pystrade.core.series.TimeSeries;
import org.pystrade.core.series.Timestamps;
import org.pystrade.core.util.ArgChecker;
import org.pystrade.data.csv.PandasNumbers;

/**
 * pysystemtrade's CSV files, written as pandas' {@code to_csv} writes them (so that the bytes are the same as
 * pysystemtrade's own files) and read back:
 *
 * <pre>
 * multiple_prices_csv/INSTRUMENT.csv   DATETIME,CARRY,CARRY_CONTRACT,PRICE,PRICE_CONTRACT,FORWARD,FORWARD_CONTRACT
 * adjusted_prices_csv/INSTRUMENT.csv   DATETIME,price
 * roll_calendars_csv/INSTRUMENT.csv    DATE_TIME,current_contract,next_contract,carry_contract
 * fx_prices_csv/XXXYYY.csv             DATETIME,PRICE
 * INSTRUMENT_YYYYMMDD.csv              DATETIME,OPEN,HIGH,LOW,FINAL,VOLUME   (one contract's prices)
 * </pre>
 *
 * Numbers are read as pandas reads them ({@link PandasNumbers}) and written as Python's {@code repr} ({@code 143.0}, {@code 0.0001}, {@code 1e-05}), NaN as an empty
 * cell, contract ids as whole numbers ({@code 20231200}); timestamps as {@code yyyy-MM-dd HH:mm:ss}, or
 * {@code yyyy-MM-dd} when every timestamp of the file is midnight (pandas' rule for a date-time index); lines end
 * with {@code \n}. Reading accepts plain and gzipped files ({@code .csv.gz}).
 */
public final class PysystemtradeCsv {

  /** Header of multiple prices, pysystemtrade's column order. */
  public static final String MULTIPLE_HEADER =
      "DATETIME,CARRY,CARRY_CONTRACT,PRICE,PRICE_CONTRACT,FORWARD,FORWARD_CONTRACT";
  /** Header of adjusted prices. */
  public static final String ADJUSTED_HEADER = "DATETIME,price";
  /** Header of a roll calendar. */
  public static final String ROLL_CALENDAR_HEADER = "DATE_TIME,current_contract,next_contract,carry_contract";
  /** Header of FX prices. */
  public static final String FX_HEADER = "DATETIME,PRICE";
  /** Header of one contract's prices. */
  public static final String CONTRACT_HEADER = "DATETIME,OPEN,HIGH,LOW,FINAL,VOLUME";

  private PysystemtradeCsv() {
  }

  /**
   * A number as pandas writes it in a float column.
   *
   * @param v the value
   * @return its {@code repr}, or an empty string for NaN
   */
  public static String number(double v) {
    return v != v ? "" : PythonFloat.repr(v);
  }

  /**
   * The timestamps of a file as pandas writes a date-time index: {@code yyyy-MM-dd} for all when all are
   * midnight, else {@code yyyy-MM-dd HH:mm:ss} for all.
   *
   * @param times the timestamps, epoch seconds
   * @return one text per timestamp
   */
  public static String[] timestamps(long[] times) {
    boolean datesOnly = times.length > 0;
    for (long t : times) {
      if (!Timestamps.isMidnight(t)) {
        datesOnly = false;
        break;
      }
    }
    String[] out = new String[times.length];
    char[] buf = new char[19];
    long day = Long.MIN_VALUE;
    for (int i = 0; i < times.length; i++) {
      long d = Math.floorDiv(times[i], Timestamps.SECONDS_PER_DAY);
      if (d != day) {
        java.time.LocalDate date = java.time.LocalDate.ofEpochDay(d);
        int y = date.getYear();
        if (y < 0 || y > 9999) {
          String text = Timestamps.format(times[i]);
          out[i] = datesOnly || text.length() > 10 ? text : text + " 00:00:00";
          continue;
        }
        digits(buf, 0, y, 4);
        buf[4] = '-';
        digits(buf, 5, date.getMonthValue(), 2);
        buf[7] = '-';
        digits(buf, 8, date.getDayOfMonth(), 2);
        day = d;
      }
      if (datesOnly) {
        out[i] = new String(buf, 0, 10);
        continue;
      }
      int sec = (int) Math.floorMod(times[i], Timestamps.SECONDS_PER_DAY);
      buf[10] = ' ';
      digits(buf, 11, sec / 3600, 2);
      buf[13] = ':';
      digits(buf, 14, sec / 60 % 60, 2);
      buf[16] = ':';
      digits(buf, 17, sec % 60, 2);
      out[i] = new String(buf, 0, 19);
    }
    return out;
  }

  private static void digits(char[] buf, int at, int value, int width) {
    for (int i = width - 1; i >= 0; i--) {
      buf[at + i] = (char) ('0' + value % 10);
      value /= 10;
    }
  }

  private static String id(double id) {
    return id != id ? "" : Long.toString((long) id);
  }

  /**
   * Multiple prices as pysystemtrade's {@code multiple_prices_csv} file.
   *
   * @param m the multiple prices
   * @return the file's text
   */
  public static String multiple(MultiplePrices m) {
    ArgChecker.notNull(m, "m");
    StringBuilder sb = new StringBuilder(64 + m.size() * 80).append(MULTIPLE_HEADER).append('\n');
    String[] ts = timestamps(m.price().timesView());
    double[] c = m.carry().valuesView();
    double[] cc = m.carryContract().valuesView();
    double[] p = m.price().valuesView();
    double[] pc = m.priceContract().valuesView();
    double[] f = m.forward().valuesView();
    double[] fc = m.forwardContract().valuesView();
    for (int i = 0; i < ts.length; i++) {
      sb.append(ts[i]).append(',').append(number(c[i])).append(',').append(id(cc[i])).append(',')
          .append(number(p[i])).append(',').append(id(pc[i])).append(',').append(number(f[i])).append(',')
          .append(id(fc[i])).append('\n');
    }
    return sb.toString();
  }

  /**
   * A single series as a two-column file ({@code adjusted_prices_csv}: header {@code DATETIME,price};
   * {@code fx_prices_csv}: {@code DATETIME,PRICE}).
   *
   * @param header the header line
   * @param s the series
   * @return the file's text
   */
  public static String series(String header, TimeSeries s) {
    ArgChecker.notNull(s, "s");
    StringBuilder sb = new StringBuilder(32 + s.size() * 32).append(header).append('\n');
    String[] ts = timestamps(s.timesView());
    double[] v = s.valuesView();
    for (int i = 0; i < ts.length; i++) {
      sb.append(ts[i]).append(',').append(number(v[i])).append('\n');
    }
    return sb.toString();
  }

  /**
   * A roll calendar as pysystemtrade's {@code roll_calendars_csv} file.
   *
   * @param calendar the calendar
   * @return the file's text
   */
  public static String rollCalendar(RollCalendar calendar) {
    ArgChecker.notNull(calendar, "calendar");
    StringBuilder sb = new StringBuilder().append(ROLL_CALENDAR_HEADER).append('\n');
    String[] ts = timestamps(calendar.times());
    for (int i = 0; i < ts.length; i++) {
      sb.append(ts[i]).append(',').append(calendar.current(i).asId()).append(',').append(calendar.next(i).asId())
          .append(',').append(calendar.carry(i).asId()).append('\n');
    }
    return sb.toString();
  }

  /**
   * One contract's prices as a per-contract file ({@code DATETIME,OPEN,HIGH,LOW,FINAL,VOLUME}).
   *
   * @param prices the prices
   * @return the file's text
   */
  public static String contractPrices(ContractPrices prices) {
    ArgChecker.notNull(prices, "prices");
    StringBuilder sb = new StringBuilder().append(CONTRACT_HEADER).append('\n');
    String[] ts = timestamps(prices.fin().timesView());
    double[][] cols = {prices.open().valuesView(), prices.high().valuesView(), prices.low().valuesView(),
        prices.fin().valuesView(), prices.volume().valuesView()};
    for (int i = 0; i < ts.length; i++) {
      sb.append(ts[i]);
      for (double[] col : cols) {
        sb.append(',').append(number(col[i]));
      }
      sb.append('\n');
    }
    return sb.toString();
  }

  /**
   * The file name pysystemtrade gives a contract's prices.
   *
   * @param contract the contract
   * @return {@code INSTRUMENT_YYYYMMDD.csv}
   */
  public static String contractFileName(FuturesContract contract) {
    return contract.instrument().value() + "_" + contract.date().asId() + ".csv";
  }

  // ------------------------------------------------------------------ reading

  /** The text of a plain or gzipped file. */
  static String readText(Path file) throws IOException {
    byte[] bytes = Files.readAllBytes(file);
    if (bytes.length >= 2 && (bytes[0] & 0xff) == 0x1f && (bytes[1] & 0xff) == 0x8b) {
      try (InputStream in = new GZIPInputStream(new java.io.ByteArrayInputStream(bytes))) {
        ByteArrayOutputStream out = new ByteArrayOutputStream(bytes.length * 4);
        in.transferTo(out);
        bytes = out.toByteArray();
      }
    }
    return new String(bytes, StandardCharsets.UTF_8);
  }

  /** The lines of a text, without line ends; a last empty line is dropped. */
  static List<String> lines(String text) {
    List<String> lines = new ArrayList<>(Arrays.asList(text.split("\r?\n", -1)));
    while (!lines.isEmpty() && lines.get(lines.size() - 1).isEmpty()) {
      lines.remove(lines.size() - 1);
    }
    return lines;
  }

  /** A number as pandas reads it (bit for bit); text that is neither a number nor a missing value is refused. */
  private static double cell(String s) {
    String t = s.trim();
    if (t.isEmpty() || MISSING.contains(t)) {
      return Double.NaN;
    }
    double v = PandasNumbers.parse(t);
    if (v != v) {
      throw new IllegalArgumentException("'" + t + "' is not a number");
    }
    return v;
  }

  /** pandas' default missing-value markers. */
  private static final java.util.Set<String> MISSING = java.util.Set.of("NaN", "nan", "NA", "N/A", "n/a", "NULL",
      "null", "-NaN", "-nan", "#N/A", "#NA", "<NA>", "None", "1.#IND", "1.#QNAN", "-1.#IND", "-1.#QNAN", "#N/A N/A");

  /**
   * Reads a roll calendar file. Columns after the four of the calendar (some of pysystemtrade's files end their
   * lines with a comma, or have notes there) are ignored, as pysystemtrade ignores them.
   *
   * @param file the file, plain or gzipped
   * @return the calendar, or a refusal naming the file and line of the first bad row
   */
  public static Outcome<RollCalendar> readRollCalendar(Path file) {
    ArgChecker.notNull(file, "file");
    List<String> lines;
    try {
      lines = lines(readText(file));
    } catch (IOException ex) {
      return Outcome.refused(List.of(Problem.error(Check.IO, file.toString(), "cannot read: " + ex)));
    }
    int width = lines.isEmpty() ? 0 : lines.get(0).split(",", -1).length;
    if (lines.isEmpty() || !(lines.get(0).trim() + ",").startsWith(ROLL_CALENDAR_HEADER + ",")) {
      return Outcome.refused(List.of(Problem.error(Check.IO, file + " line 1",
          "expected the header " + ROLL_CALENDAR_HEADER + " but found '" + (lines.isEmpty() ? "" : lines.get(0))
          + "'")));
    }
    int n = lines.size() - 1;
    long[] times = new long[n];
    List<ContractDate> cur = new ArrayList<>(n);
    List<ContractDate> nxt = new ArrayList<>(n);
    List<ContractDate> car = new ArrayList<>(n);
    for (int i = 0; i < n; i++) {
      String line = lines.get(i + 1);
      String[] cells = line.split(",", -1);
      try {
        ArgChecker.isTrue(cells.length == width, "expected {} cells but found {}", width, cells.length);
        times[i] = Timestamps.parse(cells[0].trim());
        cur.add(ContractDate.of(cells[1].trim()));
        nxt.add(ContractDate.of(cells[2].trim()));
        car.add(ContractDate.of(cells[3].trim()));
        if (i > 0 && times[i] <= times[i - 1]) {
          return Outcome.refused(List.of(Problem.error(times[i] == times[i - 1] ? Check.DUPLICATE_TIMESTAMP
              : Check.OUT_OF_ORDER_TIMESTAMP, file + " line " + (i + 2), "roll date " + cells[0].trim()
              + " does not follow " + Timestamps.format(times[i - 1]))));
        }
      } catch (IllegalArgumentException ex) {
        return Outcome.refused(List.of(Problem.error(Check.IO, file + " line " + (i + 2),
            "bad row '" + line + "': " + ex.getMessage())));
      }
    }
    return Outcome.of(RollCalendar.of(times, cur, nxt, car));
  }

  /**
   * Reads one contract's prices ({@code DATETIME,OPEN,HIGH,LOW,FINAL,VOLUME}; columns may come in any order and
   * any of OPEN, HIGH, LOW, VOLUME may be absent, which gives NaN). Repeated or out-of-order timestamps are
   * refused, naming the lines.
   *
   * @param contract the contract
   * @param file the file, plain or gzipped
   * @return the prices, or a refusal naming the file and line
   */
  public static Outcome<ContractPrices> readContractPrices(FuturesContract contract, Path file) {
    ArgChecker.notNull(contract, "contract");
    ArgChecker.notNull(file, "file");
    List<String> lines;
    try {
      lines = lines(readText(file));
    } catch (IOException ex) {
      return Outcome.refused(List.of(Problem.error(Check.IO, file.toString(), "cannot read: " + ex)));
    }
    if (lines.isEmpty()) {
      return Outcome.refused(List.of(Problem.error(Check.IO, file.toString(), "empty file, no header")));
    }
    String[] header = lines.get(0).split(",", -1);
    String[] names = {"OPEN", "HIGH", "LOW", "FINAL", "VOLUME"};
    int[] at = new int[names.length];
    Arrays.fill(at, -1);
    for (int c = 1; c < header.length; c++) {
      for (int k = 0; k < names.length; k++) {
        if (header[c].trim().equals(names[k])) {
          at[k] = c;
        }
      }
    }
    if (header.length == 0 || !header[0].trim().equals("DATETIME") || at[3] < 0) {
      return Outcome.refused(List.of(Problem.error(Check.IO, file + " line 1", "expected a header "
          + CONTRACT_HEADER + " (at least DATETIME and FINAL) but found '" + lines.get(0) + "'")));
    }
    int n = lines.size() - 1;
    long[] times = new long[n];
    double[][] cols = new double[names.length][n];
    List<Problem> problems = new ArrayList<>();
    for (int i = 0; i < n; i++) {
      String line = lines.get(i + 1);
      String[] cells = line.split(",", -1);
      try {
        ArgChecker.isTrue(cells.length == header.length, "expected {} cells but found {}", header.length,
            cells.length);
        times[i] = Timestamps.parse(cells[0].trim());
        for (int k = 0; k < names.length; k++) {
          cols[k][i] = at[k] < 0 ? Double.NaN : cell(cells[at[k]]);
        }
      } catch (IllegalArgumentException ex) {
        return Outcome.refused(List.of(Problem.error(Check.IO, file + " line " + (i + 2),
            "bad row '" + line + "': " + ex.getMessage())));
      }
      if (i > 0 && times[i] <= times[i - 1]) {
        problems.add(Problem.error(times[i] == times[i - 1] ? Check.DUPLICATE_TIMESTAMP
            : Check.OUT_OF_ORDER_TIMESTAMP, file + " line " + (i + 2), contract.id() + ": timestamp "
            + Timestamps.format(times[i]) + (times[i] == times[i - 1] ? " repeats line " + (i + 1)
            : " comes before " + Timestamps.format(times[i - 1]) + " on line " + (i + 1))));
      }
    }
    if (!problems.isEmpty()) {
      return Outcome.refused(problems);
    }
    TimeSeries fin = TimeSeries.ofOwned(times, cols[3]);
    return Outcome.of(new ContractPrices(contract, fin.withValuesOwned(cols[0]), fin.withValuesOwned(cols[1]),
        fin.withValuesOwned(cols[2]), fin, fin.withValuesOwned(cols[4])));
  }
}
