package org.pystrade.examples.cli;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.pystrade.core.config.SystemConfig;
import org.pystrade.core.config.YamlDocument;
import org.pystrade.core.data.FuturesSimData;
import org.pystrade.core.results.CsvNumbers;
import org.pystrade.core.study.StudyRow;
import org.pystrade.core.study.StudyRunner;
import org.pystrade.core.study.StudySpec;
import org.pystrade.core.study.Variation;
import org.pystrade.data.csv.CacheOptions;
import org.pystrade.data.csv.CsvFuturesSimData;
import org.pystrade.optimisation.PysystemtradeEstimators;
import org.pystrade.report.StudyReport;

/**
 * {@code sweep}: runs a study (a grid of config values and instrument samples, see {@link StudySpec}) on all cores
 * and writes one CSV row per variation as it finishes: its number, its settings, its instruments, the statistics
 * asked for, the instruments left out and the error of a failed variation. A results file that exists is resumed:
 * its header must be this study's, and the variations it holds are not run again (a last line cut short by an
 * interrupted run is dropped). An output named {@code *.parquet} is a Parquet table written at the end from the
 * rows file {@code NAME.parquet.rows.csv} beside it, which is what the study appends to and resumes.
 */
final class SweepCommand {

  private SweepCommand() {
  }

  /**
   * Runs the command.
   *
   * @param options the base config file, data folder, binary cache, instruments (null: the config's) and leniency
   * @param studyFile the study file
   * @param outFile the results CSV (resumed if it exists)
   * @param report the study's HTML page to write at the end, or null
   * @param threads variations run at once
   * @param allowPartial exit 0 even when variations failed
   * @param out standard output
   * @param err standard error
   * @return the exit code
   * @throws IOException if the results cannot be written
   */
  static int run(Main.SystemOptions options, Path studyFile, Path outFile, Path report, int threads,
      boolean allowPartial, PrintStream out, PrintStream err) throws IOException {
    Path data = options.data();
    Path cache = options.cache();
    StudySpec study = StudySpec.fromYaml(studyFile);
    DataStoreCommands.checkData(data);
    Locations.cacheFolder(cache);
    if (report != null) {
      Locations.outputFile(Commands.REPORT, report);
    }
    // every parsed file is kept (the default retention): all variations read the same files
    FuturesSimData simData = DataStoreCommands.openStore(data).orElseGet(() -> cache == null
        ? CsvFuturesSimData.open(data) : CsvFuturesSimData.open(data, CacheOptions.in(cache)));
    SystemConfig base = SystemConfig.fromYaml(options.config());
    List<String> codes = options.instruments();
    if (codes != null) {
      // as --instruments of backtest: these instruments, at equal weights where the config fixes weights
      base = Variation.of(0, Map.of(), codes).applyTo(base);
    }
    StudyRunner runner = StudyRunner.builder().config(base).data(simData).threads(threads)
        .strict(!options.lenient()).estimators(PysystemtradeEstimators.standard()).build();
    List<String> header = header(study);
    // a Parquet table is written at the end from the rows file beside it, which the study appends to and resumes
    boolean parquet = outFile.getFileName().toString().endsWith(".parquet");
    Path rowsFile = parquet ? outFile.resolveSibling(outFile.getFileName() + ".rows.csv") : outFile;
    Set<Integer> done = resume(rowsFile, header);
    int total = study.variations(study.samples() != null && study.samples().from().isEmpty()
        ? runner.configInstruments() : List.of()).size();
    if (!done.isEmpty()) {
      out.println("sweep: resuming " + rowsFile + ": " + done.size() + " of " + total + " variations done");
    }
    long start = System.nanoTime();
    int[] failed = new int[1];
    try (BufferedWriter w = Files.newBufferedWriter(rowsFile, StandardCharsets.UTF_8, StandardOpenOption.CREATE,
        StandardOpenOption.APPEND)) {
      if (Files.size(rowsFile) == 0) {
        w.write(String.join(",", header.stream().map(SweepCommand::quote).toList()));
        w.newLine();
        w.flush();
      }
      runner.run(study, done, row -> {
        if (!row.ok()) {
          failed[0]++;
        }
        try {
          w.write(line(study, row));
          w.newLine();
          w.flush();
        } catch (IOException ex) {
          throw new UncheckedIOException(ex);
        }
      }, (d, t) -> progress(err, d, t, start));
    }
    double seconds = (System.nanoTime() - start) / 1e9;
    if (System.console() != null) {
      err.println();
    }
    if (parquet) {
      toParquet(study, rowsFile, outFile);
    }
    if (report != null) {
      StudyReport.write(study, readRows(rowsFile, study), base, report);
      out.println("sweep: wrote " + report);
    }
    out.printf("sweep: %d variations run (%d failed) in %.1f s; %d in %s%n", total - done.size(), failed[0], seconds,
        total, outFile + (parquet ? " (rows also in " + rowsFile.getFileName() + ", which a rerun resumes)" : ""));
    if (failed[0] > 0 && !allowPartial) {
      err.println("partial result: " + failed[0] + " variations failed, each a row with its error (exit code "
          + Commands.PARTIAL + "; " + Commands.ALLOW_PARTIAL + " exits 0)");
      return Commands.PARTIAL;
    }
    return Commands.OK;
  }

  /**
   * Writes the rows file as a Parquet table (through DuckDB, which needs no JVM flags), typed as
   * {@link StudySpec#columns()} are: the variation an integer, the statistics doubles, the rest text. The table is
   * written to a temporary file and moved into place, so that a reader never sees half a table.
   */
  static void toParquet(StudySpec study, Path rows, Path parquet) throws IOException {
    StringBuilder types = new StringBuilder("{");
    List<String> columns = study.columns();
    for (int i = 0; i < columns.size(); i++) {
      String c = columns.get(i);
      String type = i == 0 ? "INTEGER" : study.stats().contains(c) && !StudySpec.isPerInstrument(c)
          ? "DOUBLE" : "VARCHAR";
      types.append(i == 0 ? "" : ", ").append('\'').append(c.replace("'", "''")).append("': '").append(type)
          .append('\'');
    }
    types.append('}');
    Path tmp = parquet.resolveSibling("." + parquet.getFileName() + ".tmp");
    String sql = "COPY (SELECT * FROM read_csv('" + rows.toAbsolutePath().toString().replace("'", "''")
        + "', header = true, quote = '\"', escape = '\"', columns = " + types + ") ORDER BY variation) TO '"
        + tmp.toAbsolutePath().toString().replace("'", "''") + "' (FORMAT PARQUET)";
    try (Connection c = DriverManager.getConnection("jdbc:duckdb:"); Statement st = c.createStatement()) {
      st.execute(sql);
    } catch (SQLException ex) {
      throw new IOException("cannot write " + parquet + " from " + rows + ": " + ex.getMessage(), ex);
    }
    Files.move(tmp, parquet, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
  }

  /** The CSV header: the study's columns. */
  static List<String> header(StudySpec study) {
    return study.columns();
  }

  /** One row: numbers as the shortest text that reads back exactly (empty when missing), text quoted as needed. */
  static String line(StudySpec study, StudyRow row) {
    List<String> cells = new ArrayList<>();
    for (Object v : row.values(study)) {
      cells.add(v == null ? "" : v instanceof Double d ? CsvNumbers.format(d) : quote(String.valueOf(v)));
    }
    return String.join(",", cells);
  }

  /** A CSV cell: quoted when it holds a comma, a quote or a line end (quotes doubled, line ends made spaces). */
  static String quote(String text) {
    String t = text.replace('\n', ' ').replace('\r', ' ');
    return t.contains(",") || t.contains("\"") ? "\"" + t.replace("\"", "\"\"") + "\"" : t;
  }

  /**
   * The variations an existing results file holds. Its header must be this study's; a last line cut short (no line
   * end) is removed from the file.
   */
  static Set<Integer> resume(Path file, List<String> header) throws IOException {
    Set<Integer> done = new HashSet<>();
    if (!Files.exists(file) || Files.size(file) == 0) {
      return done;
    }
    if (Files.isDirectory(file)) {
      throw new IllegalArgumentException("--out " + file + " is a folder, not a results file");
    }
    String text = Files.readString(file, StandardCharsets.UTF_8);
    if (!text.endsWith("\n")) {
      int cut = text.lastIndexOf('\n') + 1;
      text = text.substring(0, cut);
      Files.writeString(file, text, StandardCharsets.UTF_8);
    }
    String[] lines = text.split("\n", -1);
    String expected = String.join(",", header.stream().map(SweepCommand::quote).toList());
    if (lines.length == 0 || !lines[0].equals(expected)) {
      throw new IllegalArgumentException("--out " + file + " holds the results of another study (its header is '"
          + (lines.length == 0 ? "" : lines[0]) + "', this study's is '" + expected + "'): choose another file");
    }
    for (int i = 1; i < lines.length; i++) {
      if (!lines[i].isEmpty()) {
        String id = lines[i].substring(0, Math.max(0, lines[i].indexOf(',')));
        try {
          done.add(Integer.parseInt(id));
        } catch (NumberFormatException ex) {
          throw new IllegalArgumentException(file + " line " + (i + 1) + ": '" + id + "' is not a variation number",
              ex);
        }
      }
    }
    return done;
  }

  /**
   * The rows of a results file, read back: settings as YAML reads their text, statistics as numbers, instrument
   * Sharpe ratios from their {@code CODE=value} list, left-out instruments without their reasons.
   */
  static List<StudyRow> readRows(Path file, StudySpec study) throws IOException {
    List<String> columns = study.columns();
    List<StudyRow> rows = new ArrayList<>();
    List<String> lines = Files.readAllLines(file, StandardCharsets.UTF_8);
    for (int i = 1; i < lines.size(); i++) {
      if (lines.get(i).isEmpty()) {
        continue;
      }
      List<String> cells = cells(lines.get(i));
      if (cells.size() != columns.size()) {
        throw new IllegalArgumentException(file + " line " + (i + 1) + ": " + cells.size() + " cells, not "
            + columns.size());
      }
      int c = 0;
      int id = Integer.parseInt(cells.get(c++));
      Map<String, Object> settings = new LinkedHashMap<>();
      for (String key : study.grid().keySet()) {
        settings.put(key, YamlDocument.load("v: " + cells.get(c++), file + " line " + (i + 1)) instanceof Map<?, ?> m
            ? m.get("v") : null);
      }
      String instruments = cells.get(c++);
      List<String> codes = instruments.isEmpty() ? List.of() : List.of(instruments.split(";"));
      int resample = study.bootstrap() == null ? -1 : Integer.parseInt(cells.get(c++));
      Map<String, Double> stats = new LinkedHashMap<>();
      for (String s : study.stats()) {
        String text = cells.get(c++);
        if (StudySpec.isPerInstrument(s)) {
          for (String part : text.isEmpty() ? new String[0] : text.split(";")) {
            int eq = part.indexOf('=');
            stats.put(s + "." + part.substring(0, eq), Double.parseDouble(part.substring(eq + 1)));
          }
        } else if (!text.isEmpty()) {
          stats.put(s, text.equals("inf") ? Double.POSITIVE_INFINITY : text.equals("-inf")
              ? Double.NEGATIVE_INFINITY : Double.parseDouble(text));
        }
      }
      Map<String, String> leftOut = new LinkedHashMap<>();
      String left = cells.get(c++);
      for (String code : left.isEmpty() ? new String[0] : left.split(";")) {
        leftOut.put(code, "");
      }
      String error = cells.get(c);
      boolean ok = error.isEmpty();
      rows.add(new StudyRow(new Variation(id, settings, ok ? List.of() : codes, resample), ok ? stats : Map.of(),
          ok ? codes : List.of(), leftOut, error));
    }
    return rows;
  }

  /** The cells of one CSV line as {@link #quote} writes them. */
  static List<String> cells(String line) {
    List<String> cells = new ArrayList<>();
    StringBuilder cell = new StringBuilder();
    boolean quoted = false;
    for (int i = 0; i < line.length(); i++) {
      char ch = line.charAt(i);
      if (quoted) {
        if (ch == '"' && i + 1 < line.length() && line.charAt(i + 1) == '"') {
          cell.append('"');
          i++;
        } else if (ch == '"') {
          quoted = false;
        } else {
          cell.append(ch);
        }
      } else if (ch == '"') {
        quoted = true;
      } else if (ch == ',') {
        cells.add(cell.toString());
        cell.setLength(0);
      } else {
        cell.append(ch);
      }
    }
    cells.add(cell.toString());
    return cells;
  }

  /**
   * A progress line with the estimated time left: redrawn in place on a terminal, else a line at each tenth of the
   * study (a log or a CI job reads lines).
   */
  private static void progress(PrintStream err, int done, int total, long start) {
    double elapsed = (System.nanoTime() - start) / 1e9;
    double left = done == 0 ? Double.NaN : elapsed / done * (total - done);
    if (System.console() == null) {
      if (done == total || done * 10 / total != (done - 1) * 10 / total) {
        err.printf("sweep: %d/%d variations, %.0f s, about %.0f s left%n", done, total, elapsed, left);
      }
      return;
    }
    int width = 30;
    int filled = total == 0 ? width : (int) ((long) width * done / total);
    err.print(String.format("\rsweep [%s%s] %d/%d, %.0f s, about %.0f s left   ", "#".repeat(filled),
        " ".repeat(width - filled), done, total, elapsed, left));
    err.flush();
  }
}
