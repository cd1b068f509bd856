package org.pystrade.core.accounts;

import java.util.List;
import org.pystrade.core.config.SystemConfig;

/**
 * The accounts parameters, read and checked once.
 *
 * @param useSrCosts {@code use_SR_costs}: charge costs as a Sharpe-ratio drag instead of in cash
 * @param bufferTradeToEdge {@code buffer_trade_to_edge}: trade to the buffer's edge, else to the optimum
 * @param leaveOutDefective {@code leave_out_defective_instruments} (pystrade's own key): leave instruments whose
 *     P&amp;L looks defective out of the portfolio instead of summing them in as pysystemtrade does
 */
public record AccountsParams(boolean useSrCosts, boolean bufferTradeToEdge, boolean leaveOutDefective) {

  /**
   * Config key (pystrade's own): when true, instruments whose P&amp;L looks defective are left out of the portfolio
   * instead of summed into it as pysystemtrade sums them.
   */
  public static final String LEAVE_OUT_KEY = "leave_out_defective_instruments";

  /** The config keys this record reads. */
  public static final List<String> KEYS = List.of("use_SR_costs", "buffer_trade_to_edge", LEAVE_OUT_KEY);

  /**
   * The parameters of a config.
   *
   * @param config the config
   * @return the parameters
   */
  public static AccountsParams fromConfig(SystemConfig config) {
    return new AccountsParams(config.getBoolean("use_SR_costs"), config.getBoolean("buffer_trade_to_edge"),
        config.getBoolean(LEAVE_OUT_KEY, false));
  }
}
