package org.pystrade.core.results;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.pystrade.core.data.DataException;
import org.pystrade.core.domain.InstrumentCode;
import org.pystrade.core.series.SeriesFrame;
import org.pystrade.core.series.TimeSeries;
import org.pystrade.core.system.TradingSystem;
import org.pystrade.core.util.ArgChecker;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The results of a computed system as named frames, in the layout of pysystemtrade's golden exports and in this
 * order: one frame per configured instrument with data (named by its code: see {@link
 * ResultColumns#instrument}), {@code portfolio}, {@code instrument_weights}, {@code idm}; with a risk overlay
 * {@code notional_position_before_risk_scaling} and {@code risk_overlay}; with the dynamic optimisation
 * {@code optimised_positions}, {@code INSTRUMENT.optimised} per instrument of the portfolio,
 * {@code optimised_portfolio} and {@code risk_stage}; for a system estimating forecast scalars, weights or FDM
 * {@code INSTRUMENT.forecast_scalars}, {@code INSTRUMENT.forecast_weights} and {@code INSTRUMENT.fdm} per
 * instrument of the portfolio; and, when asked for, {@code trading_rule_pandl}. Each frame joins its columns on
 * the union of their indexes. Immutable; every frame is computed when the results are made.
 *
 * <pre>
 * SystemResults results = SystemResults.of(system);
 * ResultFrame corn = results.frame("CORN").orElseThrow();
 * double[] net = corn.values("pandl_net");
 * ResultWriter.csv().writeAll(results, Path.of("out"));
 * </pre>
 */
public final class SystemResults {

  private static final Logger LOG = LoggerFactory.getLogger(SystemResults.class);

  private final List<ResultFrame> frames;
  private final Map<String, ResultFrame> byName;

  private SystemResults(List<ResultFrame> frames) {
    this.frames = List.copyOf(frames);
    Map<String, ResultFrame> m = new LinkedHashMap<>();
    for (ResultFrame f : frames) {
      ArgChecker.isTrue(m.put(f.name(), f) == null, "two frames are named {}", f.name());
    }
    this.byName = Collections.unmodifiableMap(m);
  }

  /**
   * The results of a system as pysystemtrade's golden exports hold them ({@link ResultOptions#golden}).
   *
   * @param system the system (computed now if it has not been)
   * @return the results
   */
  public static SystemResults of(TradingSystem system) {
    ArgChecker.notNull(system, "system");
    return of(system, ResultOptions.golden(system));
  }

  /**
   * The results of a system with the optional frames chosen.
   *
   * @param system the system (computed now if it has not been)
   * @param options which optional frames to hold
   * @return the results
   */
  public static SystemResults of(TradingSystem system, ResultOptions options) {
    ArgChecker.notNull(system, "system");
    ArgChecker.notNull(options, "options");
    ResultColumns columns = new ResultColumns(system);
    List<ResultFrame> frames = new ArrayList<>();
    for (InstrumentCode code : system.configuredInstruments()) {
      Map<String, TimeSeries> cols;
      try {
        cols = columns.instrument(code);
      } catch (DataException ex) {
        LOG.warn("{}: no results: {}", code, ex.getMessage());
        continue;
      }
      frames.add(frame(code.value(), cols));
    }
    frames.add(frame("portfolio", columns.portfolio()));
    frames.add(frame("instrument_weights", columns.instrumentWeights()));
    frames.add(frame("idm", columns.idm()));
    if (system.portfolio().riskOverlay().isPresent()) {
      frames.add(frame("notional_position_before_risk_scaling", columns.notionalBeforeRiskScaling()));
      frames.add(frame("risk_overlay", columns.riskOverlay()));
    }
    if (options.optimised()) {
      frames.add(frame("optimised_positions", columns.optimisedPositions()));
      for (InstrumentCode code : system.instruments()) {
        frames.add(frame(code.value() + ".optimised", columns.optimisedInstrument(code)));
      }
      frames.add(frame("optimised_portfolio", columns.optimisedPortfolio()));
      frames.add(frame("risk_stage", columns.riskStage()));
    }
    if (ResultColumns.isEstimated(system)) {
      for (InstrumentCode code : system.instruments()) {
        frames.add(frame(code.value() + ".forecast_scalars", columns.forecastScalars(code)));
        frames.add(frame(code.value() + ".forecast_weights", columns.forecastWeights(code)));
        frames.add(frame(code.value() + ".fdm", columns.fdm(code)));
      }
    }
    if (options.tradingRulePandl()) {
      frames.add(frame("trading_rule_pandl", columns.tradingRulePandl()));
    }
    return new SystemResults(frames);
  }

  /**
   * Results made of frames of one's own (to write them as a system's results are written).
   *
   * @param frames the frames, each name once
   * @return the results
   * @throws IllegalArgumentException if two frames have the same name
   */
  public static SystemResults ofFrames(List<ResultFrame> frames) {
    ArgChecker.notNull(frames, "frames");
    return new SystemResults(frames);
  }

  private static ResultFrame frame(String name, Map<String, TimeSeries> columns) {
    return new ResultFrame(name, SeriesFrame.concat(columns));
  }

  /**
   * The frames, in the order above.
   *
   * @return the frames
   */
  public List<ResultFrame> frames() {
    return frames;
  }

  /**
   * The frame names, in order.
   *
   * @return the names
   */
  public List<String> names() {
    return List.copyOf(byName.keySet());
  }

  /**
   * A frame by name.
   *
   * @param name the frame's name ({@code CORN}, {@code portfolio}...)
   * @return the frame, empty if there is none of that name
   */
  public Optional<ResultFrame> frame(String name) {
    return Optional.ofNullable(byName.get(name));
  }

  /**
   * An instrument's frame.
   *
   * @param code the instrument
   * @return its frame, empty if the instrument has no results (not configured, or no prices)
   */
  public Optional<ResultFrame> instrument(InstrumentCode code) {
    ArgChecker.notNull(code, "code");
    return frame(code.value());
  }

  @Override
  public String toString() {
    return "SystemResults[" + frames.size() + " frames: " + byName.keySet() + "]";
  }
}
