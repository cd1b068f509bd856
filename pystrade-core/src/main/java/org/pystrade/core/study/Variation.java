package org.pystrade.core.study;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.pystrade.core.config.SystemConfig;
import org.pystrade.core.util.ArgChecker;

/**
 * One variation of a study: the config values it sets (dotted keys, in the study's order) and, for an instrument
 * sample, its instruments. {@link #applyTo(SystemConfig)} gives the config it runs, which run alone (e.g. written
 * with {@link SystemConfig#toYaml()} and given to the command line) gives the same numbers bit for bit.
 *
 * @param id the variation's number in the study, from 0
 * @param settings dotted config key to value, in the study's key order
 * @param instruments the instrument sample, empty for the config's own instruments
 * @param resample the number of the bootstrap resample of the price history it runs on, or -1 for the real history
 */
public record Variation(int id, Map<String, Object> settings, List<String> instruments, int resample) {

  /**
   * Checks and copies the parts.
   *
   * @param id the variation's number in the study, from 0
   * @param settings dotted config key to value, in the study's key order
   * @param instruments the instrument sample, empty for the config's own instruments
   * @param resample the number of the bootstrap resample, or -1 for the real history
   */
  public Variation {
    ArgChecker.notNegative(id, "id");
    ArgChecker.notNull(settings, "settings");
    ArgChecker.notNull(instruments, "instruments");
    settings = Collections.unmodifiableMap(new LinkedHashMap<>(settings));
    instruments = List.copyOf(instruments);
    ArgChecker.isTrue(resample >= -1, "resample must be -1 (none) or a resample's number but was {}", resample);
  }

  /**
   * A variation of config values and instruments on the real history.
   *
   * @param id the variation's number in the study, from 0
   * @param settings dotted config key to value, in order
   * @param instruments the instrument sample, empty for the config's own instruments
   * @return the variation
   */
  public static Variation of(int id, Map<String, Object> settings, List<String> instruments) {
    return new Variation(id, settings, instruments, -1);
  }

  /**
   * The config this variation runs: the base config with each setting put at its dotted key, and for an instrument
   * sample the sampled instruments ({@code instruments}) at equal instrument weights where the base config fixes
   * weights (as {@code --instruments} on the command line does).
   *
   * @param base the study's base config
   * @return the variation's config
   */
  public SystemConfig applyTo(SystemConfig base) {
    ArgChecker.notNull(base, "base");
    SystemConfig.Builder b = base.toBuilder();
    settings.forEach(b::set);
    if (!instruments.isEmpty()) {
      b.set("instruments", instruments);
      if (base.has("instrument_weights")) {
        Map<String, Double> equal = new LinkedHashMap<>();
        instruments.forEach(c -> equal.put(c, 1.0 / instruments.size()));
        b.set("instrument_weights", equal);
      }
    }
    return b.build();
  }
}
