package org.pystrade.core.util;

import java.util.Collection;
import java.util.Map;

/**
 * The one argument-check helper of pystrade: every programmer error (a null, an empty name, a negative window, an
 * out-of-range parameter) is reported through it as an {@link IllegalArgumentException} with a uniform message
 * {@code "<name> must ... but was <value>"}.
 *
 * <p>Data problems (a bad CSV row, a missing price) are not programmer errors and are reported through
 * {@link org.pystrade.core.data.DataException} or per-instrument failure values instead.
 */
public final class ArgChecker {

  private ArgChecker() {
  }

  /**
   * Checks that an argument is not null.
   *
   * @param value the argument
   * @param name the argument name used in the message
   * @param <T> the type
   * @return the argument
   * @throws IllegalArgumentException if null
   */
  public static <T> T notNull(T value, String name) {
    if (value == null) {
      throw new IllegalArgumentException(name + " must not be null");
    }
    return value;
  }

  /**
   * Checks that a string argument is neither null nor blank.
   *
   * @param value the argument
   * @param name the argument name used in the message
   * @return the argument
   * @throws IllegalArgumentException if null or blank
   */
  public static String notBlank(String value, String name) {
    notNull(value, name);
    if (value.isBlank()) {
      throw new IllegalArgumentException(name + " must not be blank");
    }
    return value;
  }

  /**
   * Checks that a collection argument is neither null nor empty.
   *
   * @param value the argument
   * @param name the argument name used in the message
   * @param <C> the collection type
   * @return the argument
   */
  public static <C extends Collection<?>> C notEmpty(C value, String name) {
    notNull(value, name);
    if (value.isEmpty()) {
      throw new IllegalArgumentException(name + " must not be empty");
    }
    return value;
  }

  /**
   * Checks that a map argument is neither null nor empty.
   *
   * @param value the argument
   * @param name the argument name used in the message
   * @param <M> the map type
   * @return the argument
   */
  public static <M extends Map<?, ?>> M notEmpty(M value, String name) {
    notNull(value, name);
    if (value.isEmpty()) {
      throw new IllegalArgumentException(name + " must not be empty");
    }
    return value;
  }

  /**
   * Checks a condition on arguments.
   *
   * @param condition the condition that must hold
   * @param message the message, with {@code {}} placeholders filled from {@code args} in order
   * @param args the values for the placeholders
   * @throws IllegalArgumentException if the condition is false
   */
  public static void isTrue(boolean condition, String message, Object... args) {
    if (!condition) {
      throw new IllegalArgumentException(format(message, args));
    }
  }

  /**
   * Checks that a number is strictly positive (and not NaN).
   *
   * @param value the argument
   * @param name the argument name used in the message
   * @return the argument
   */
  public static double positive(double value, String name) {
    if (!(value > 0)) {
      throw new IllegalArgumentException(name + " must be > 0 but was " + value);
    }
    return value;
  }

  /**
   * Checks that an integer is strictly positive.
   *
   * @param value the argument
   * @param name the argument name used in the message
   * @return the argument
   */
  public static int positive(int value, String name) {
    if (value <= 0) {
      throw new IllegalArgumentException(name + " must be > 0 but was " + value);
    }
    return value;
  }

  /**
   * Checks that an integer is zero or positive.
   *
   * @param value the argument
   * @param name the argument name used in the message
   * @return the argument
   */
  public static int notNegative(int value, String name) {
    if (value < 0) {
      throw new IllegalArgumentException(name + " must be >= 0 but was " + value);
    }
    return value;
  }

  /**
   * Checks that a number is zero or positive (and not NaN).
   *
   * @param value the argument
   * @param name the argument name used in the message
   * @return the argument
   */
  public static double notNegative(double value, String name) {
    if (!(value >= 0)) {
      throw new IllegalArgumentException(name + " must be >= 0 but was " + value);
    }
    return value;
  }

  /**
   * Checks that a number lies in a closed range.
   *
   * @param value the argument
   * @param low the lowest allowed value
   * @param high the highest allowed value
   * @param name the argument name used in the message
   * @return the argument
   */
  public static double inRange(double value, double low, double high, String name) {
    if (!(value >= low && value <= high)) {
      throw new IllegalArgumentException(
          name + " must be in [" + low + ", " + high + "] but was " + value);
    }
    return value;
  }

  /**
   * Formats a message with {@code {}} placeholders.
   *
   * @param message the message
   * @param args the values
   * @return the formatted message
   */
  static String format(String message, Object... args) {
    StringBuilder sb = new StringBuilder(message.length() + 32);
    int argIndex = 0;
    int pos = 0;
    while (true) {
      int next = message.indexOf("{}", pos);
      if (next < 0 || argIndex >= args.length) {
        sb.append(message, pos, message.length());
        break;
      }
      sb.append(message, pos, next).append(args[argIndex++]);
      pos = next + 2;
    }
    return sb.toString();
  }
}
