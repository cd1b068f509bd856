/**
 * The accounts stage: buffered positions, instrument and portfolio P&amp;L with pysystemtrade's cash costs, and
 * performance statistics.
 */
package org.pystrade.core.accounts;
