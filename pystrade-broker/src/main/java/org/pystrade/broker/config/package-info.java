/**
 * Broker configuration tables: the broker config table (how each instrument is named and sized at the broker, bundled
 * for pystrade's sample instruments) and instrument costs (commission and spread, from pysystemtrade's
 * {@code instrumentconfig.csv} and {@code spreadcosts.csv}).
 */
package org.pystrade.broker.config;
