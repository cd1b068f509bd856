package org.pystrade.core.results;

import org.pystrade.core.system.TradingSystem;

/**
 * Which optional frames a {@link SystemResults} holds beyond those every system has.
 *
 * @param optimised whether to hold the dynamic optimisation's frames ({@code optimised_positions},
 *     {@code INSTRUMENT.optimised}, {@code optimised_portfolio}, {@code risk_stage})
 * @param tradingRulePandl whether to hold {@code trading_rule_pandl} (each rule's P&amp;L across the portfolio,
 *     not a file of pysystemtrade's golden exports)
 */
public record ResultOptions(boolean optimised, boolean tradingRulePandl) {

  /**
   * The frames of pysystemtrade's golden exports of a system: the optimisation's when its config sets
   * {@code small_system}, no trading-rule P&amp;L.
   *
   * @param system the system
   * @return the options
   */
  public static ResultOptions golden(TradingSystem system) {
    return new ResultOptions(ResultColumns.optimises(system), false);
  }

  /**
   * These options with the trading rules' P&amp;L or without.
   *
   * @param include whether to hold {@code trading_rule_pandl}
   * @return the options
   */
  public ResultOptions withTradingRulePandl(boolean include) {
    return new ResultOptions(optimised, include);
  }
}
