/**
 * pysystemtrade's production reports ({@code sysproduction/reporting}): P&amp;L, status, rolls, trades,
 * reconciliation, costs, risk, liquidity, minimum capital and strategy, each a {@link
 * org.pystrade.production.report.ProductionReport} of tables built from the production state store and, where
 * prices, volatilities or costs are needed, a {@link org.pystrade.production.report.MarketSnapshot}; rendered to
 * text and to self-contained HTML, written to a folder ({@link org.pystrade.production.report.ProductionReports})
 * and optionally e-mailed through a {@link org.pystrade.production.report.MailSender} (Jakarta Mail over SMTP:
 * {@link org.pystrade.production.report.SmtpMailSender}), which other parts of production (alerts) use too.
 */
package org.pystrade.production.report;
