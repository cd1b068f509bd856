package org.pystrade.optimisation.fitting;

import java.util.Locale;
import org.pystrade.core.config.ConfigException;

/** How fitting windows grow: pysystemtrade's {@code date_method}. */
public enum DateMethod {
  /** One period covering all the data, fitted on all of it (look-ahead). */
  IN_SAMPLE,
  /** Each period fitted on the last {@code rollyears} periods before it. */
  ROLLING,
  /** Each period fitted on all data before it. */
  EXPANDING;

  /**
   * Parses pysystemtrade's name ({@code in_sample}, {@code rolling}, {@code expanding}).
   *
   * @param name the name
   * @param key the config key, for the error message
   * @return the method
   * @throws ConfigException naming the key if unknown
   */
  public static DateMethod parse(String name, String key) {
    switch (name.trim().toLowerCase(Locale.ROOT)) {
      case "in_sample":
        return IN_SAMPLE;
      case "rolling":
        return ROLLING;
      case "expanding":
        return EXPANDING;
      default:
        throw new ConfigException("config key '" + key + "' must be one of in_sample, rolling, expanding but was '"
            + name + "'");
    }
  }
}
