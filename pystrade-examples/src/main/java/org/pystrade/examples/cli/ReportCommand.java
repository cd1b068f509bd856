package org.pystrade.examples.cli;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.pystrade.core.system.TradingSystem;
import org.pystrade.optimisation.fitting.EstimationProgress;
import org.pystrade.report.BacktestReport;
import org.pystrade.report.ReportOptions;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Model.OptionSpec;

/**
 * {@code report}: runs a backtest and writes its HTML report ({@link BacktestReport}), and with {@value #PNG} each
 * chart as a PNG. The config, data and instruments are read as {@code backtest} reads them; the output locations
 * are checked before anything is computed.
 */
final class ReportCommand {

  /** The command's name. */
  static final String NAME = "report";
  /** The folder the charts are written to as PNG files. */
  static final String PNG = "--png";
  /** The report's title. */
  static final String TITLE = "--title";
  /** Leaves out the page per instrument (a much smaller file for a large portfolio). */
  static final String NO_INSTRUMENT_PAGES = "--no-instrument-pages";
  /** Pixels per chart pixel of the PNG files: sharp on high-density screens and in e-mail. */
  private static final double PNG_SCALE = 2;

  private ReportCommand() {
  }

  /**
   * The command's options: {@value Commands#OUT} (required), {@value #PNG}, {@value #TITLE},
   * {@value #NO_INSTRUMENT_PAGES}, {@value Commands#ALLOW_PARTIAL} and the options of every system command.
   *
   * @return the spec
   */
  static CommandSpec spec() {
    return Commands.exitCodes(Commands.systemCommand(NAME, Commands.JAR + " " + NAME + " --out=FILE.html [OPTIONS]",
        "Run a backtest and write its HTML report: statistics, account curve and drawdown, monthly returns, rolling "
            + "Sharpe, P&L by instrument and by rule, costs, estimated weights, a page per instrument.",
        Commands.option(Commands.OUT, Path.class, "FILE.html", Commands.Kind.PATH, null, "The report to write "
            + "(required): one self-contained HTML file, replaced if it exists; checked before anything is computed.")
            .required(true).build(),
        Commands.option(PNG, Path.class, "DIR", Commands.Kind.PATH, null, "Also write each chart as a PNG file "
            + "(CHART.png, twice the chart's size) into this folder, created if need be.").build(),
        OptionSpec.builder(TITLE).type(String.class).paramLabel("TEXT").description("The report's title (default: "
            + "'pystrade backtest: ' and the config's file name).").build(),
        OptionSpec.builder(NO_INSTRUMENT_PAGES).arity("0").description("Leave out the page per instrument (price, "
            + "forecast, position, P&L charts): a much smaller file for a large portfolio.").build(),
        Commands.allowPartial()), Commands.OK, Commands.DATA_ERROR, Commands.USAGE_ERROR, Commands.PARTIAL);
  }

  /**
   * Runs the command.
   *
   * @param options the system's config, data and instruments
   * @param command the parsed command (for its own options)
   * @param out standard output
   * @param err standard error
   * @param progress the estimations' progress
   * @return the exit code
   * @throws IOException if a file cannot be written
   */
  static int run(Main.SystemOptions options, CommandSpec command, PrintStream out, PrintStream err,
      EstimationProgress progress) throws IOException {
    Path file = command.findOption(Commands.OUT).getValue();
    Path pngDir = command.findOption(PNG).getValue();
    boolean allowPartial = Boolean.TRUE.equals(command.findOption(Commands.ALLOW_PARTIAL).getValue());
    Locations.outputFile(Commands.OUT, file);
    if (pngDir != null) {
      Locations.outputFile(PNG, pngDir.resolve("account-curve.png"));
    }
    long start = System.nanoTime();
    TradingSystem system = Main.system(options, progress);
    String title = command.findOption(TITLE).getValue();
    boolean pages = !Boolean.TRUE.equals(command.findOption(NO_INSTRUMENT_PAGES).getValue());
    BacktestReport report = BacktestReport.of(system, ReportOptions.defaults().withTitle(title == null ? "" : title)
        .withInstrumentPages(pages));
    Main.endProgress(progress);
    try {
      Path parent = file.toAbsolutePath().getParent();
      if (parent != null) {
        Files.createDirectories(parent);
      }
      report.writeHtml(file);
    } catch (IOException ex) {
      throw new IOException("writing the report " + file + " failed: " + Locations.reason(ex), ex);
    }
    Main.reportFailures(system, out);
    out.printf("wrote %s: %d instruments, %.1f MB, in %.2f s%n", file, system.instruments().size(),
        Files.size(file) / 1e6, (System.nanoTime() - start) / 1e9);
    if (pngDir != null) {
      List<Path> files;
      try {
        files = report.writePngs(pngDir, PNG_SCALE);
      } catch (IOException ex) {
        throw new IOException("writing the charts to " + pngDir + " failed: " + Locations.reason(ex), ex);
      }
      out.println("wrote " + files.size() + " PNG files to " + pngDir);
    }
    return Main.partial(system, allowPartial, err);
  }
}
