package org.pystrade.core.accounts;

import org.pystrade.core.calc.StageContext;
import org.pystrade.core.combination.ForecastCombine;
import org.pystrade.core.pandl.CashCosts;
import org.pystrade.core.pandl.ForecastPandl;
import org.pystrade.core.pandl.SrCosts;
import org.pystrade.core.portfolio.Portfolio;
import org.pystrade.core.rawdata.RawData;
import org.pystrade.core.sizing.PositionSizing;
import org.pystrade.core.util.ArgChecker;

/**
 * What the accounts stage is built from: the system's context, the stages beneath it it reads, the cost
 * calculations and its parameters. A replacement stage takes the same record.
 *
 * @param context the system's context
 * @param rawData the raw-data stage (prices, volatility)
 * @param combine the forecast combination stage (rule variations, forecast weights, FDM)
 * @param sizing the position sizing stage (volatility scalars, FX, capital)
 * @param portfolio the portfolio stage (positions, buffers, weights, usable instruments)
 * @param costs the Sharpe-ratio costs
 * @param forecastPandl the P&amp;L of single forecasts
 * @param cashCosts the cash-cost set-up
 * @param params the parameters
 */
public record AccountsInputs(StageContext context, RawData rawData, ForecastCombine combine, PositionSizing sizing,
    Portfolio portfolio, SrCosts costs, ForecastPandl forecastPandl, CashCosts cashCosts, AccountsParams params) {

  /**
   * Validates.
   *
   * @param context the system's context
   * @param rawData the raw-data stage (prices, volatility)
   * @param combine the forecast combination stage (rule variations, forecast weights, FDM)
   * @param sizing the position sizing stage (volatility scalars, FX, capital)
   * @param portfolio the portfolio stage (positions, buffers, weights, usable instruments)
   * @param costs the Sharpe-ratio costs
   * @param forecastPandl the P&amp;L of single forecasts
   * @param cashCosts the cash-cost set-up
   * @param params the parameters
   */
  public AccountsInputs {
    ArgChecker.notNull(context, "context");
    ArgChecker.notNull(rawData, "rawData");
    ArgChecker.notNull(combine, "combine");
    ArgChecker.notNull(sizing, "sizing");
    ArgChecker.notNull(portfolio, "portfolio");
    ArgChecker.notNull(costs, "costs");
    ArgChecker.notNull(forecastPandl, "forecastPandl");
    ArgChecker.notNull(cashCosts, "cashCosts");
    ArgChecker.notNull(params, "params");
  }
}
