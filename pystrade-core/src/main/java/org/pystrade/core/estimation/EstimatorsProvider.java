package org.pystrade.core.estimation;

/**
 * Service-provider interface through which a library on the class path (such as {@code pystrade-optimisation})
 * offers the default {@link Estimators}. {@code TradingSystem.Builder} looks providers up with
 * {@link java.util.ServiceLoader} when no estimators were set on it, and uses the first one found (none: no
 * estimators). Implementations need a public no-argument constructor and a
 * {@code META-INF/services/org.pystrade.core.estimation.EstimatorsProvider} entry.
 */
public interface EstimatorsProvider {

  /**
   * The estimators this provider offers.
   *
   * @return the estimators
   */
  Estimators estimators();
}
