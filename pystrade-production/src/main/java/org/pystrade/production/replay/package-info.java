/**
 * The paper replay (issue 15's acceptance test): {@link org.pystrade.production.replay.PaperReplay} runs the daily
 * cycle for every business day of a period against the simulated broker filling at each day's price
 * ({@link org.pystrade.production.replay.ReplayPrices}), rolling on the multiple prices' roll dates
 * ({@link org.pystrade.production.replay.RollSchedule}), and compares the held positions with the backtest's
 * buffered positions and the P&amp;L booked from fills with the backtest's.
 */
package org.pystrade.production.replay;
