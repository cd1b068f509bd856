package org.pystrade.examples.cli;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.pystrade.core.domain.InstrumentCode;
import org.pystrade.core.rules.RuleName;
import org.pystrade.core.series.TimeSeries;
import org.pystrade.core.system.TradingSystem;

/**
 * Writes the estimated parameters of a system in the layout of pysystemtrade's golden exports of an estimated
 * system: per instrument {@code INSTRUMENT.forecast_scalars.csv} (one column per rule variation of the combination,
 * in name order), {@code INSTRUMENT.forecast_weights.csv} and {@code INSTRUMENT.fdm.csv}.
 */
public final class EstimationExporter {

  private final TradingSystem system;

  /**
   * Creates an exporter.
   *
   * @param system the system
   */
  public EstimationExporter(TradingSystem system) {
    this.system = system;
  }

  /**
   * Whether the system estimates any of forecast scalars, forecast weights or FDM (the files are then written).
   *
   * @return true if any is estimated
   */
  public boolean isEstimated() {
    var c = system.config();
    return c.getBoolean("use_forecast_scale_estimates") || c.getBoolean("use_forecast_weight_estimates")
        || c.getBoolean("use_forecast_div_mult_estimates");
  }

  /**
   * The forecast scalars of an instrument's rule variations, each on its raw forecast's index.
   *
   * @param code the instrument
   * @return rule name to scalar series, rules sorted by name
   */
  public Map<String, TimeSeries> forecastScalars(InstrumentCode code) {
    Map<String, TimeSeries> out = new LinkedHashMap<>();
    for (RuleName r : system.combine().ruleVariations(code)) {
      out.put(r.value(), system.forecastScaleCap().forecastScalar(code, r));
    }
    return out;
  }

  /**
   * The daily (fitted, smoothed, normalised) forecast weights of an instrument.
   *
   * @param code the instrument
   * @return rule name to weight series
   */
  public Map<String, TimeSeries> forecastWeights(InstrumentCode code) {
    return system.combine().forecastWeights(code).toMap();
  }

  /**
   * The forecast diversification multiplier of an instrument.
   *
   * @param code the instrument
   * @return a single {@code fdm} column
   */
  public Map<String, TimeSeries> fdm(InstrumentCode code) {
    return Map.of("fdm", system.combine().forecastDiversificationMultiplier(code));
  }

  /**
   * Writes the three files of every instrument into a directory (created if needed).
   *
   * @param out the directory
   * @return the files written
   * @throws IOException if writing fails
   */
  public List<Path> exportAll(Path out) throws IOException {
    Files.createDirectories(out);
    List<Path> written = new ArrayList<>();
    for (InstrumentCode code : system.instruments()) {
      Path s = out.resolve(code.value() + ".forecast_scalars.csv");
      Exporter.writeCsv(s, forecastScalars(code));
      Path w = out.resolve(code.value() + ".forecast_weights.csv");
      Exporter.writeCsv(w, forecastWeights(code));
      Path f = out.resolve(code.value() + ".fdm.csv");
      Exporter.writeCsv(f, fdm(code));
      written.add(s);
      written.add(w);
      written.add(f);
    }
    return written;
  }
}
