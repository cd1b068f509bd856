package org.pystrade.core.config;

import org.pystrade.core.util.ArgChecker;

/**
 * A key of a config that a system cannot honour: unknown (most often a typo), or known to pysystemtrade's backtest
 * but not implemented by pystrade (a strict system refuses to build with any; a lenient one, {@code strict: false},
 * logs each as a warning and reports it); or a value that is valid but suspicious (always a warning).
 *
 * @param key the dotted key path
 * @param kind what is wrong
 * @param message the message naming the key (and the nearest known key, for an unknown one)
 */
public record ConfigProblem(String key, Kind kind, String message) {

  /** What is wrong with a key. */
  public enum Kind {
    /** No pysystemtrade config and no pystrade stage knows the key. */
    UNKNOWN,
    /** pysystemtrade's backtest reads the key; pystrade does not implement it. */
    UNSUPPORTED,
    /** The YAML gives the key twice in one mapping: the last value is used, as PyYAML uses it. */
    DUPLICATE_KEY,
    /**
     * The value is valid but probably not what was meant (weights that do not sum to 1, which are normalised): a
     * warning only, whatever {@code strict} says.
     */
    SUSPICIOUS_VALUE
  }

  /**
   * Validates.
   *
   * @param key the dotted key path
   * @param kind what is wrong
   * @param message the message naming the key (and the nearest known key, for an unknown one)
   */
  public ConfigProblem {
    ArgChecker.notBlank(key, "key");
    ArgChecker.notNull(kind, "kind");
    ArgChecker.notBlank(message, "message");
  }

  @Override
  public String toString() {
    return message;
  }
}
