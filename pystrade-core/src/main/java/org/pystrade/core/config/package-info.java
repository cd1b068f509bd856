/**
 * System configuration: pysystemtrade YAML configs read unchanged, layered over pysystemtrade's backtest defaults,
 * with typed access that names the key on any bad value.
 */
package org.pystrade.core.config;
