/**
 * The HTML backtest report of a {@link org.pystrade.core.system.TradingSystem}:
 * {@link org.pystrade.report.BacktestReport} writes one self-contained file (inline CSS and SVG, no script, nothing
 * fetched) with pysystemtrade's statistics, the account curve and drawdown, monthly returns, the rolling Sharpe ratio,
 * P&amp;L by instrument and by trading rule, costs, estimated weights over time and a page per instrument, readable
 * on a phone (charts scale to the screen) and in print (a page per instrument); and each chart as a PNG.
 *
 * <p>The charts are drawn by {@link org.pystrade.report.chart}; every text is escaped by
 * {@link org.pystrade.report.markup}. This module depends on pystrade-core only: nothing in the computation core
 * knows about HTML or SVG.
 */
package org.pystrade.report;
