package org.pystrade.examples.cli;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.pystrade.core.config.ConfigSchema;
import org.pystrade.core.config.SystemConfig;

/**
 * What {@code compare} reports as not yet supported instead of failing: the golden outputs of pysystemtrade stages
 * pystrade does not have yet, and the columns that a config key pystrade does not implement yet would change.
 *
 * <p>A config key listed in {@link #KEYS} that pystrade's schema still marks unsupported is taken out of the config
 * for the comparison (a strict system would refuse it), and the golden columns it changes are reported as not yet
 * supported rather than compared; the columns computed beneath it (prices, forecasts, subsystem positions) are
 * compared as usual. Once a stage implements the key (the schema marks it used), nothing is taken out and every
 * column is compared. A golden file listed in {@link #FILES} is reported, not compared, until {@code compare} learns
 * to compute it.
 */
final class NotYetSupported {

  /** The per-instrument columns pysystemtrade's risk overlay changes: the notional position and what follows it. */
  static final Set<String> AFTER_RISK_OVERLAY = Set.of("notional_position", "buffered_position", "pandl_net",
      "pandl_gross", "pandl_costs");

  /**
   * Config keys whose outputs {@code compare} can leave out, with the per-instrument columns and the golden files
   * they change.
   */
  static final Map<String, Effect> KEYS = Map.of("risk_overlay", new Effect(AFTER_RISK_OVERLAY, Set.of("portfolio"),
      "the risk overlay scales notional positions by its risk scalar"));

  /** Golden files of pysystemtrade outputs pystrade does not compute yet, with what computes them. */
  static final Map<String, String> FILES = Map.of(
      "risk_overlay", "pysystemtrade's portfolio risk overlay (risk scalar, portfolio risks, leverage)",
      "risk_stage", "pysystemtrade's risk stage",
      "optimised_positions", "pysystemtrade's optimisedPositions stage (dynamic optimisation)",
      "optimised_portfolio", "the P&L of pysystemtrade's optimised positions");

  /** The suffix of the per-instrument golden files of optimised positions. */
  static final String OPTIMISED_SUFFIX = ".optimised";

  /** The golden file of notional positions before the risk overlay scales them. */
  static final String BEFORE_RISK_SCALING = "notional_position_before_risk_scaling";

  /**
   * What an unsupported key changes.
   *
   * @param columns the per-instrument golden columns
   * @param files the golden files (every column)
   * @param why a short explanation
   */
  record Effect(Set<String> columns, Set<String> files, String why) {
  }

  private final SystemConfig config;
  private final Map<String, Effect> leftOut;

  private NotYetSupported(SystemConfig config, Map<String, Effect> leftOut) {
    this.config = config;
    this.leftOut = Collections.unmodifiableMap(leftOut);
  }

  /**
   * The config to compare with, and what is left out of it.
   *
   * @param config the config as given
   * @return the split
   */
  static NotYetSupported of(SystemConfig config) {
    ConfigSchema schema = ConfigSchema.pysystemtrade();
    SystemConfig kept = config;
    Map<String, Effect> out = new LinkedHashMap<>();
    for (Map.Entry<String, Effect> e : KEYS.entrySet()) {
      String key = e.getKey();
      if (config.isSetByUser(key) && schema.use(key) == ConfigSchema.Use.UNSUPPORTED) {
        kept = kept.without(key);
        out.put(key, e.getValue());
      }
    }
    return new NotYetSupported(kept, out);
  }

  /**
   * The config without the keys left out.
   *
   * @return the config
   */
  SystemConfig config() {
    return config;
  }

  /**
   * Whether the risk overlay is left out, so that our notional positions are those before risk scaling.
   *
   * @return true if left out
   */
  boolean riskOverlayLeftOut() {
    return leftOut.containsKey("risk_overlay");
  }

  /**
   * Why a per-instrument golden column is not compared, if it is not.
   *
   * @param column the column
   * @return the reason, or empty to compare it
   */
  Optional<String> column(String column) {
    for (Map.Entry<String, Effect> e : leftOut.entrySet()) {
      if (e.getValue().columns().contains(column)) {
        return Optional.of(reason(e.getKey(), e.getValue()));
      }
    }
    return Optional.empty();
  }

  /**
   * Why a golden file is not compared, if it is not.
   *
   * @param name the file's name without {@code .csv.gz}
   * @return the reason, or empty to compare it
   */
  Optional<String> file(String name) {
    for (Map.Entry<String, Effect> e : leftOut.entrySet()) {
      if (e.getValue().files().contains(name)) {
        return Optional.of(reason(e.getKey(), e.getValue()));
      }
    }
    if (FILES.containsKey(name)) {
      return Optional.of("pystrade does not compute " + FILES.get(name) + " yet");
    }
    if (name.endsWith(OPTIMISED_SUFFIX)) {
      return Optional.of("pystrade does not compute " + FILES.get("optimised_positions") + " yet");
    }
    if (name.equals(BEFORE_RISK_SCALING) && !riskOverlayLeftOut()) {
      return Optional.of("pystrade's portfolio gives no notional positions before the risk overlay yet");
    }
    return Optional.empty();
  }

  private static String reason(String key, Effect effect) {
    return "config key '" + key + "' is not implemented yet (" + effect.why() + ")";
  }

  /**
   * The golden files {@code compare} knows no comparison for, of those in a folder: the {@link #FILES} and the
   * per-instrument optimised files present.
   *
   * @param golden the folder
   * @param instruments the instruments compared
   * @return the file names (without {@code .csv.gz}) present and not compared
   */
  static List<String> uncomparedFiles(Path golden, List<String> instruments) {
    List<String> out = new ArrayList<>();
    for (String name : FILES.keySet().stream().sorted().toList()) {
      if (Main.goldenFile(golden, name).toFile().exists()) {
        out.add(name);
      }
    }
    for (String code : instruments) {
      if (Main.goldenFile(golden, code + OPTIMISED_SUFFIX).toFile().exists()) {
        out.add(code + OPTIMISED_SUFFIX);
      }
    }
    return out;
  }
}
