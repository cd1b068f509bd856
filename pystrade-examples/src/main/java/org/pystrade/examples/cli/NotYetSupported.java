package org.pystrade.examples.cli;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Stream;
import org.pystrade.core.config.ConfigSchema;
import org.pystrade.core.config.SystemConfig;

/**
 * What {@code compare} reports instead of failing: the columns that a config key pystrade does not implement yet
 * would change, and the golden files it has no comparison for.
 *
 * <p>A config key listed in {@link #KEYS} that pystrade's schema still marks unsupported is taken out of the config
 * for the comparison (a strict system would refuse it), and the golden columns and files it changes are reported as
 * not yet supported rather than compared; the columns computed beneath it (prices, forecasts, subsystem positions)
 * are compared as usual. Once a stage implements the key (the schema marks it used), nothing is taken out and every
 * column is compared.
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
    return Optional.empty();
  }

  private static String reason(String key, Effect effect) {
    return "config key '" + key + "' is not implemented yet (" + effect.why() + ")";
  }

  /**
   * The golden files of a folder that a comparison has not read, by name: outputs {@code compare} has no comparison
   * for (for instance of stages pystrade does not have), or of instruments not in the run.
   *
   * @param golden the folder
   * @param read the files read
   * @return the names ({@code NAME.csv.gz} or {@code NAME.csv}), sorted
   * @throws IOException if the folder cannot be listed
   */
  static List<String> unreadGoldenFiles(Path golden, Set<Path> read) throws IOException {
    List<String> out = new ArrayList<>();
    try (Stream<Path> files = Files.list(golden)) {
      files.filter(f -> !read.contains(f)).map(f -> f.getFileName().toString())
          .filter(n -> n.endsWith(".csv") || n.endsWith(".csv.gz")).sorted().forEach(out::add);
    }
    return out;
  }
}
