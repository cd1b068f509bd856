package org.pystrade.core.system;

import java.util.List;
import org.pystrade.core.config.SystemConfig;

/**
 * Makes the {@link Estimators} of a system from its config: each estimator reads and checks its parameters once,
 * when the system is built. A provider needs to make only the estimators the config switches on
 * ({@code use_forecast_scale_estimates} and the like).
 *
 * <p>Also the service-provider interface through which a library on the class path (such as
 * {@code pystrade-optimisation}) offers the default estimators: {@code TradingSystem.Builder} looks providers up
 * with {@link java.util.ServiceLoader} when none was set on it, and uses the first one found (none: no estimators).
 * A service implementation needs a public no-argument constructor and a
 * {@code META-INF/services/org.pystrade.core.system.EstimatorsProvider} entry.
 */
@FunctionalInterface
public interface EstimatorsProvider {

  /**
   * The estimators for a config.
   *
   * @param config the system's config
   * @return the estimators
   * @throws org.pystrade.core.config.ConfigException naming a wrong estimation key
   */
  Estimators estimators(SystemConfig config);

  /**
   * The config keys this provider's estimators read that pysystemtrade's config does not have: a system checks a
   * config's keys against pysystemtrade's and these, so that a typo is an error rather than a silent default.
   *
   * @return dotted key paths, none by default
   */
  default List<String> declaredKeys() {
    return List.of();
  }
}
