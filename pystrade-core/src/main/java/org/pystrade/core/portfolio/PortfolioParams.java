package org.pystrade.core.portfolio;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.pystrade.core.config.ConfigException;
import org.pystrade.core.config.SystemConfig;
import org.pystrade.core.domain.InstrumentCode;
import org.pystrade.core.util.ArgChecker;

/**
 * The portfolio parameters, read and checked once: fixed or estimated instrument weights and their smoothing, the
 * instruments given zero weight, fixed or estimated IDM, and how positions are buffered.
 *
 * @param useWeightEstimates {@code use_instrument_weight_estimates}
 * @param fixedWeights {@code instrument_weights}, empty for equal weights
 * @param weightEwmaSpan {@code instrument_weight_ewma_span}, business days
 * @param zeroWeighted {@code allocate_zero_instrument_weights_to_these_instruments}
 * @param useIdmEstimates {@code use_instrument_div_mult_estimates}
 * @param fixedIdm {@code instrument_div_multiplier}
 * @param bufferMethod {@code buffer_method} as written ({@code forecast}, {@code position}, {@code none}; anything
 *     else buffers as {@code none} with a warning, as pysystemtrade does)
 * @param bufferSize {@code buffer_size}, a fraction of the position or volatility scalar
 * @param bufferTradeToEdge {@code buffer_trade_to_edge}: trade to the buffer's edge, else to the optimum
 */
public record PortfolioParams(boolean useWeightEstimates, Map<InstrumentCode, Double> fixedWeights,
    double weightEwmaSpan, Set<InstrumentCode> zeroWeighted, boolean useIdmEstimates, double fixedIdm,
    String bufferMethod, double bufferSize, boolean bufferTradeToEdge) {

  /** The config key of the instruments given zero weight. */
  public static final String ZERO_WEIGHTED_KEY = "allocate_zero_instrument_weights_to_these_instruments";

  /** The config keys this record reads. */
  public static final List<String> KEYS = List.of("use_instrument_weight_estimates", "instrument_weights",
      "instrument_weight_ewma_span", ZERO_WEIGHTED_KEY, "use_instrument_div_mult_estimates",
      "instrument_div_multiplier", "buffer_method", "buffer_size", "buffer_trade_to_edge");

  /**
   * Validates and copies.
   *
   * @param useWeightEstimates {@code use_instrument_weight_estimates}
   * @param fixedWeights {@code instrument_weights}, empty for equal weights
   * @param weightEwmaSpan {@code instrument_weight_ewma_span}, business days
   * @param zeroWeighted {@code allocate_zero_instrument_weights_to_these_instruments}
   * @param useIdmEstimates {@code use_instrument_div_mult_estimates}
   * @param fixedIdm {@code instrument_div_multiplier}
   * @param bufferMethod {@code buffer_method} as written ({@code forecast}, {@code position}, {@code none}; anything
   *         else buffers as {@code none} with a warning, as pysystemtrade does)
   * @param bufferSize {@code buffer_size}, a fraction of the position or volatility scalar
   * @param bufferTradeToEdge {@code buffer_trade_to_edge}: trade to the buffer's edge, else to the optimum
   */
  public PortfolioParams {
    fixedWeights = Collections.unmodifiableMap(new LinkedHashMap<>(ArgChecker.notNull(fixedWeights,
        "fixedWeights")));
    fixedWeights.forEach((code, w) -> {
      if (!(w >= 0) || Double.isInfinite(w)) {
        throw new ConfigException("config key 'instrument_weights." + code + "' must be a number >= 0 but was " + w);
      }
    });
    if (!(weightEwmaSpan >= 1)) {
      throw new ConfigException("config key 'instrument_weight_ewma_span' must be at least 1 but was "
          + weightEwmaSpan);
    }
    zeroWeighted = Set.copyOf(ArgChecker.notNull(zeroWeighted, "zeroWeighted"));
    if (!(fixedIdm > 0) || Double.isInfinite(fixedIdm)) {
      throw new ConfigException("config key 'instrument_div_multiplier' must be a positive number but was "
          + fixedIdm);
    }
    ArgChecker.notNull(bufferMethod, "bufferMethod");
    if (!(bufferSize >= 0) || Double.isInfinite(bufferSize)) {
      throw new ConfigException("config key 'buffer_size' must be a number >= 0 but was " + bufferSize);
    }
  }

  /**
   * The parameters of a config.
   *
   * @param config the config
   * @return the parameters
   */
  public static PortfolioParams fromConfig(SystemConfig config) {
    Map<InstrumentCode, Double> weights = new LinkedHashMap<>();
    config.getDoubleMap("instrument_weights").forEach((c, w) -> weights.put(InstrumentCode.of(c), w));
    Set<InstrumentCode> zero = new LinkedHashSet<>();
    config.getStringList(ZERO_WEIGHTED_KEY).forEach(c -> zero.add(InstrumentCode.of(c)));
    return new PortfolioParams(config.getBoolean("use_instrument_weight_estimates"), weights,
        config.getDouble("instrument_weight_ewma_span"), zero, config.getBoolean("use_instrument_div_mult_estimates"),
        config.getDouble("instrument_div_multiplier"), config.getString("buffer_method"),
        config.getDouble("buffer_size"), config.getBoolean("buffer_trade_to_edge"));
  }
}
