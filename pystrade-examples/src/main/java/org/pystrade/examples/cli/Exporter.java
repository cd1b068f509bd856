package org.pystrade.examples.cli;

import java.io.BufferedWriter;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.pystrade.core.data.DataException;
import org.pystrade.core.domain.InstrumentCode;
import org.pystrade.core.pandl.PandlCurve;
import org.pystrade.core.rules.RuleName;
import org.pystrade.core.series.SeriesFrame;
import org.pystrade.core.series.TimeSeries;
import org.pystrade.core.series.Timestamps;
import org.pystrade.core.system.TradingSystem;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Writes a system's results in the layout of pysystemtrade's golden exports: one {@code INSTRUMENT.csv} per
 * instrument (price, vol, raw and capped forecasts, combined forecast, positions, P&amp;L), {@code portfolio.csv},
 * {@code instrument_weights.csv} and {@code idm.csv}; with a {@code risk_overlay},
 * {@code notional_position_before_risk_scaling.csv} and {@code risk_overlay.csv}; with dynamic optimisation,
 * {@code optimised_positions.csv}, {@code INSTRUMENT.optimised.csv}, {@code optimised_portfolio.csv} and
 * {@code risk_stage.csv}.
 */
public final class Exporter {

  private static final Logger LOG = LoggerFactory.getLogger(Exporter.class);

  private final TradingSystem system;

  /**
   * Creates an exporter.
   *
   * @param system the system
   */
  public Exporter(TradingSystem system) {
    this.system = system;
  }

  /**
   * The per-instrument columns in golden layout order.
   *
   * @param code the instrument
   * @return column name to series
   */
  public Map<String, TimeSeries> instrumentColumns(InstrumentCode code) {
    Map<String, TimeSeries> cols = new LinkedHashMap<>();
    cols.put("price", system.rawData().dailyPrices(code));
    cols.put("vol", system.rawData().dailyReturnsVolatility(code));
    // the rest needs more data (multiple prices, FX...): an instrument that cannot have it still gets its
    // price and volatility, and the system reports why it was left out of the portfolio
    optional(code, () -> {
      for (RuleName r : system.tradingRules().keySet()) {
        cols.put("raw." + r, system.rules().rawForecast(code, r));
      }
    });
    optional(code, () -> {
      for (RuleName r : system.combine().ruleVariations(code)) {
        cols.put("capped." + r, system.forecastScaleCap().cappedForecast(code, r));
      }
      cols.put("combined", system.combine().combinedForecast(code));
    });
    if (!system.instruments().contains(code)) {
      return cols;
    }
    cols.put("subsystem_position", system.positionSizing().subsystemPosition(code));
    cols.put("notional_position", system.portfolio().notionalPosition(code));
    cols.put("buffered_position", system.accounts().bufferedPosition(code, true));
    PandlCurve p = system.accounts().pandlForInstrument(code);
    cols.put("pandl_net", p.net());
    cols.put("pandl_gross", p.gross());
    cols.put("pandl_costs", p.costs());
    return cols;
  }

  private static void optional(InstrumentCode code, Runnable columns) {
    try {
      columns.run();
    } catch (DataException | IllegalArgumentException ex) {
      LOG.warn("{}: some columns cannot be computed: {}", code, ex.getMessage());
    }
  }

  /**
   * The portfolio columns.
   *
   * @return column name to series
   */
  public Map<String, TimeSeries> portfolioColumns() {
    return curveColumns(system.accounts().portfolio());
  }

  private static Map<String, TimeSeries> curveColumns(PandlCurve p) {
    Map<String, TimeSeries> cols = new LinkedHashMap<>();
    cols.put("net", p.net());
    cols.put("gross", p.gross());
    cols.put("costs", p.costs());
    cols.put("net_pct", p.netPercent());
    return cols;
  }

  /**
   * The notional positions before risk scaling of every instrument of the portfolio
   * ({@code notional_position_before_risk_scaling.csv}).
   *
   * @return instrument to series
   */
  public Map<String, TimeSeries> notionalBeforeRiskScalingColumns() {
    Map<String, TimeSeries> cols = new LinkedHashMap<>();
    for (InstrumentCode code : system.instruments()) {
      cols.put(code.value(), system.portfolio().notionalPositionBeforeRiskScaling(code));
    }
    return cols;
  }

  /**
   * The risk overlay's columns ({@code risk_overlay.csv}), empty without a {@code risk_overlay}.
   *
   * @return column name to series
   */
  public Map<String, TimeSeries> riskOverlayColumns() {
    Map<String, TimeSeries> cols = new LinkedHashMap<>();
    system.portfolio().riskOverlay().ifPresent(o -> {
      cols.put("risk_scalar", o.riskScalar());
      cols.put("normal_risk", o.normalRisk());
      cols.put("shocked_vol_risk", o.shockedVolRisk());
      cols.put("sum_abs_risk", o.sumAbsRisk());
      cols.put("leverage", o.leverage());
    });
    return cols;
  }

  /**
   * The risk stage's columns ({@code risk_stage.csv}).
   *
   * @return column name to series
   */
  public Map<String, TimeSeries> riskStageColumns() {
    Map<String, TimeSeries> cols = new LinkedHashMap<>();
    cols.put("risk_optimised_positions", system.optimisedPositions().riskOfOptimisedPositions());
    cols.put("risk_original_positions_rounded_buffered",
        system.optimisedPositions().riskOfRoundedBufferedPositions());
    cols.put("risk_original_positions", system.optimisedPositions().riskOfOriginalPositions());
    return cols;
  }

  /**
   * The optimised positions of every instrument ({@code optimised_positions.csv}).
   *
   * @return instrument to series
   */
  public Map<String, TimeSeries> optimisedPositionColumns() {
    return system.optimisedPositions().positions().toMap();
  }

  /**
   * An instrument's optimised position and its P&amp;L ({@code INSTRUMENT.optimised.csv}).
   *
   * @param code the instrument
   * @return column name to series
   */
  public Map<String, TimeSeries> optimisedInstrumentColumns(InstrumentCode code) {
    Map<String, TimeSeries> cols = new LinkedHashMap<>();
    cols.put("optimised_position", system.optimisedPositions().position(code));
    PandlCurve p = system.optimisedPositions().pandl(code);
    cols.put("optimised_pandl_net", p.net());
    cols.put("optimised_pandl_gross", p.gross());
    cols.put("optimised_pandl_costs", p.costs());
    return cols;
  }

  /**
   * The optimised portfolio's P&amp;L ({@code optimised_portfolio.csv}).
   *
   * @return column name to series
   */
  public Map<String, TimeSeries> optimisedPortfolioColumns() {
    return curveColumns(system.optimisedPositions().portfolio());
  }

  /**
   * Whether the system's results include the dynamic optimisation: its config sets {@code small_system} itself (or
   * the caller asks for it).
   *
   * @param system the system
   * @return true if the config sets {@code small_system}
   */
  public static boolean optimises(TradingSystem system) {
    return system.config().isSetByUser("small_system");
  }

  /**
   * Writes every file into a directory (created if needed).
   *
   * @param out the directory
   * @return the files written
   * @throws IOException if writing fails
   */
  public List<Path> exportAll(Path out) throws IOException {
    return exportAll(out, optimises(system));
  }

  /**
   * Writes every file into a directory (created if needed), with the dynamic optimisation's files or not.
   *
   * @param out the directory
   * @param optimised whether to write the optimised positions, their P&amp;L and the risk stage
   * @return the files written
   * @throws IOException if writing fails
   */
  public List<Path> exportAll(Path out, boolean optimised) throws IOException {
    Files.createDirectories(out);
    List<Path> written = new ArrayList<>();
    for (InstrumentCode code : system.configuredInstruments()) {
      Map<String, TimeSeries> columns;
      try {
        columns = instrumentColumns(code);
      } catch (DataException ex) {
        LOG.warn("{}: not exported: {}", code, ex.getMessage());
        continue;
      }
      Path f = out.resolve(code.value() + ".csv");
      writeCsv(f, columns);
      written.add(f);
    }
    Path pf = out.resolve("portfolio.csv");
    writeCsv(pf, portfolioColumns());
    written.add(pf);
    Path wf = out.resolve("instrument_weights.csv");
    writeCsv(wf, system.portfolio().instrumentWeights().toMap());
    written.add(wf);
    Path idm = out.resolve("idm.csv");
    writeCsv(idm, Map.of("idm", system.portfolio().instrumentDiversificationMultiplier()));
    written.add(idm);
    if (system.portfolio().riskOverlay().isPresent()) {
      written.add(write(out, "notional_position_before_risk_scaling", notionalBeforeRiskScalingColumns()));
      written.add(write(out, "risk_overlay", riskOverlayColumns()));
    }
    if (optimised) {
      written.add(write(out, "optimised_positions", optimisedPositionColumns()));
      for (InstrumentCode code : system.instruments()) {
        written.add(write(out, code.value() + ".optimised", optimisedInstrumentColumns(code)));
      }
      written.add(write(out, "optimised_portfolio", optimisedPortfolioColumns()));
      written.add(write(out, "risk_stage", riskStageColumns()));
    }
    return written;
  }

  private static Path write(Path out, String name, Map<String, TimeSeries> columns) throws IOException {
    Path f = out.resolve(name + ".csv");
    writeCsv(f, columns);
    return f;
  }

  /**
   * Writes columns on the union of their indexes as a CSV with a {@code DATETIME} column.
   *
   * @param file the file
   * @param columns the columns
   * @throws IOException if writing fails
   */
  public static void writeCsv(Path file, Map<String, TimeSeries> columns) throws IOException {
    SeriesFrame frame = SeriesFrame.concat(columns);
    long[] t = frame.timestamps();
    int nc = frame.names().size();
    try (BufferedWriter w = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
      w.write("DATETIME");
      for (String n : frame.names()) {
        w.write(',');
        w.write(n);
      }
      w.write('\n');
      StringBuilder sb = new StringBuilder(256);
      for (int r = 0; r < t.length; r++) {
        sb.setLength(0);
        sb.append(Timestamps.format(t[r]));
        for (int c = 0; c < nc; c++) {
          sb.append(',').append(NumberFormat.format(frame.get(r, c)));
        }
        sb.append('\n');
        w.write(sb.toString());
      }
    }
  }
}
