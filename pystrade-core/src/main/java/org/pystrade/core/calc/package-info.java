/**
 * The runtime every stage of one system shares: {@link org.pystrade.core.calc.StageContext} (the memo of results
 * and how long it keeps them, {@link org.pystrade.core.calc.Retention}; the parallelism; the data; the universe; the
 * pools of instruments an estimate may use) and {@link org.pystrade.core.calc.Parallel}.
 */
package org.pystrade.core.calc;
