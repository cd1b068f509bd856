/**
 * Strategy runs: where a strategy's optimal positions for a day come from ({@link
 * org.pystrade.production.strategy.PositionSource}: the system run once on the whole history and read at each day,
 * or rerun on the data up to each day), the priced and forward contracts of a day, and the run that stores the
 * optimal positions and turns them into instrument orders through the buffered strategy and its checks, recording
 * every refusal ({@link org.pystrade.production.strategy.StrategyRun}).
 */
package org.pystrade.production.strategy;
