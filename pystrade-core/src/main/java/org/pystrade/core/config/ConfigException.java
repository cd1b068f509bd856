package org.pystrade.core.config;

/**
 * A problem with a system configuration: unreadable YAML, a key with a value of the wrong type, an unknown rule
 * function or data source. The message names the key (as a dotted path) or the file and line.
 */
public class ConfigException extends RuntimeException {

  private static final long serialVersionUID = 1L;

  /**
   * Creates an exception.
   *
   * @param message what is wrong and where
   */
  public ConfigException(String message) {
    super(message);
  }

  /**
   * Creates an exception with a cause.
   *
   * @param message what is wrong and where
   * @param cause the cause
   */
  public ConfigException(String message, Throwable cause) {
    super(message, cause);
  }
}
