package org.pystrade.core.optimised;

import org.pystrade.core.accounts.Accounts;
import org.pystrade.core.portfolio.Portfolio;
import org.pystrade.core.portfolio.PortfolioInputs;
import org.pystrade.core.util.ArgChecker;

/**
 * What the optimised-positions stage is built from: the portfolio stage and its inputs (the risk model's
 * ingredients: raw data, sizing, the returns correlation estimator), the accounts stage (costs, buffered positions,
 * P&amp;L of given positions) and the optimisation's parameters.
 *
 * @param portfolioInputs the portfolio stage's inputs
 * @param portfolio the portfolio stage
 * @param accounts the accounts stage
 * @param params the parameters
 */
public record OptimisedInputs(PortfolioInputs portfolioInputs, Portfolio portfolio, Accounts accounts,
    OptimisationParams params) {

  /**
   * Validates.
   *
   * @param portfolioInputs the portfolio stage's inputs
   * @param portfolio the portfolio stage
   * @param accounts the accounts stage
   * @param params the parameters
   */
  public OptimisedInputs {
    ArgChecker.notNull(portfolioInputs, "portfolioInputs");
    ArgChecker.notNull(portfolio, "portfolio");
    ArgChecker.notNull(accounts, "accounts");
    ArgChecker.notNull(params, "params");
  }
}
