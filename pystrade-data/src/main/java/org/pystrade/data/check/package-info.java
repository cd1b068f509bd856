/**
 * The data-quality report of a store ({@link org.pystrade.data.check.DataCheck}): per instrument, the dates
 * covered, gaps, spikes, zero or negative and stale prices, repaired rows, missing pieces and the defects pystrade's
 * backtest checks for, with the list of instruments a backtest can use; as text and as JSON.
 */
package org.pystrade.data.check;
