package org.pystrade.optimisation.optimisers;

import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import org.pystrade.core.config.ConfigException;

/**
 * The optimisers by pysystemtrade's method names ({@code method:} in {@code forecast_weight_estimate} and
 * {@code instrument_weight_estimate}).
 */
public final class Optimisers {

  private static final Map<String, PortfolioOptimiser> REGISTER = Map.of(
      "handcraft", new HandcraftOptimiser(),
      "shrinkage", new ShrinkageOptimiser(),
      "one_period", new OnePeriodOptimiser(),
      "bootstrap", new BootstrapOptimiser(),
      "equal_weights", new EqualWeightsOptimiser());

  private Optimisers() {
  }

  /**
   * The optimiser for a method name.
   *
   * @param method the name
   * @param key the config key it came from, for the error message
   * @return the optimiser
   * @throws ConfigException for an unknown name
   */
  public static PortfolioOptimiser forMethod(String method, String key) {
    PortfolioOptimiser o = REGISTER.get(method);
    if (o == null) {
      throw new ConfigException("config key '" + key + "' names optimiser '" + method + "'; known: "
          + List.copyOf(new TreeSet<>(REGISTER.keySet())));
    }
    return o;
  }
}
