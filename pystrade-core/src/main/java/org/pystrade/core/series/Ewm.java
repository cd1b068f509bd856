package org.pystrade.core.series;

import org.pystrade.core.util.ArgChecker;

/**
 * Parameters of an exponentially weighted window, with pandas' {@code DataFrame.ewm} semantics.
 *
 * <p>{@code alpha} is the smoothing factor; {@link #span(double)} gives {@code alpha = 2 / (span + 1)} and
 * {@link #com(double)} gives {@code alpha = 1 / (1 + com)} (pandas reads a positional first argument as
 * {@code com}). {@code adjust=true} uses pandas' adjusted weights (the default everywhere in pysystemtrade);
 * {@code ignoreNa=false} means a missing value still ages the older observations (pandas' default).
 *
 * @param alpha smoothing factor in (0, 1]
 * @param minPeriods the number of non-missing observations needed before a value is produced (pandas'
 *     {@code min_periods}; 0 behaves as 1)
 * @param adjust pandas' {@code adjust}
 * @param ignoreNa pandas' {@code ignore_na}
 */
public record Ewm(double alpha, int minPeriods, boolean adjust, boolean ignoreNa) {

  /**
   * Validates the parameters.
   *
   * @param alpha smoothing factor in (0, 1]
   * @param minPeriods the number of non-missing observations needed before a value is produced (pandas'
   *         {@code min_periods}; 0 behaves as 1)
   * @param adjust pandas' {@code adjust}
   * @param ignoreNa pandas' {@code ignore_na}
   */
  public Ewm {
    ArgChecker.isTrue(alpha > 0 && alpha <= 1, "alpha must be in (0, 1] but was {}", alpha);
    ArgChecker.notNegative(minPeriods, "minPeriods");
  }

  /**
   * A window given by its span: {@code alpha = 2 / (span + 1)}, adjusted, {@code min_periods=0}.
   *
   * @param span the span, at least 1
   * @return the window
   */
  public static Ewm span(double span) {
    ArgChecker.isTrue(span >= 1, "span must be >= 1 but was {}", span);
    return new Ewm(2.0 / (span + 1.0), 0, true, false);
  }

  /**
   * A window given by its centre of mass: {@code alpha = 1 / (1 + com)}, adjusted, {@code min_periods=0}.
   *
   * @param com the centre of mass, at least 0
   * @return the window
   */
  public static Ewm com(double com) {
    ArgChecker.isTrue(com >= 0, "com must be >= 0 but was {}", com);
    return new Ewm(1.0 / (1.0 + com), 0, true, false);
  }

  /**
   * A copy with another {@code min_periods}.
   *
   * @param minPeriods the minimum number of observations
   * @return the window
   */
  public Ewm withMinPeriods(int minPeriods) {
    return new Ewm(alpha, minPeriods, adjust, ignoreNa);
  }

  /**
   * A copy with another {@code adjust}.
   *
   * @param adjust pandas' adjust flag
   * @return the window
   */
  public Ewm withAdjust(boolean adjust) {
    return new Ewm(alpha, minPeriods, adjust, ignoreNa);
  }

  /**
   * A copy with another {@code ignore_na}.
   *
   * @param ignoreNa pandas' ignore_na flag
   * @return the window
   */
  public Ewm withIgnoreNa(boolean ignoreNa) {
    return new Ewm(alpha, minPeriods, adjust, ignoreNa);
  }
}
