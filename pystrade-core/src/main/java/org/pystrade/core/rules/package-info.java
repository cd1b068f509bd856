/**
 * The trading rules stage: the {@link org.pystrade.core.rules.TradingRule} extension point, rule names and
 * arguments, the {@link org.pystrade.core.rules.RuleRegistry} resolving pysystemtrade {@code function:} paths, and
 * every single-instrument rule pysystemtrade provides.
 */
package org.pystrade.core.rules;
