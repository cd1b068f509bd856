package org.pystrade.core.data;

import java.util.Arrays;
import java.util.Locale;
import java.util.stream.Collectors;
import org.pystrade.core.config.ConfigException;

/**
 * What a system does with an instrument whose data has a {@link DataDefect}: the values of a {@code data_defects:}
 * config section.
 */
public enum DefectAction {

  /** Stop: the system's results are refused with the defect named ({@code fail}). */
  FAIL,
  /** Leave the instrument out of the system with the defect as the reason; the others compute ({@code leave_out}). */
  LEAVE_OUT,
  /**
   * Keep the instrument, computed from the data as it is (as pysystemtrade computes it), with a warning that names
   * the defect and the numbers it affects ({@code keep}).
   */
  KEEP;

  /**
   * The config spelling: {@code fail}, {@code leave_out} or {@code keep}.
   *
   * @return the name
   */
  public String configName() {
    return name().toLowerCase(Locale.ROOT);
  }

  /**
   * The action of a config value.
   *
   * @param text the value, e.g. {@code leave_out}
   * @param key the config key it was read from, for the message
   * @return the action
   * @throws ConfigException naming the key, the value and the allowed values if it is none of them
   */
  public static DefectAction parse(String text, String key) {
    for (DefectAction a : values()) {
      if (a.configName().equals(text)) {
        return a;
      }
    }
    throw new ConfigException("config key '" + key + "' must be one of "
        + Arrays.stream(values()).map(DefectAction::configName).collect(Collectors.joining(", "))
        + " but was '" + text + "'");
  }
}
