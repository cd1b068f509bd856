/**
 * The typed values a futures backtest and a production trading system share: currencies, FX pairs and amounts of
 * money, instrument codes, contract dates, futures contracts, roll cycles and roll parameters, quantities,
 * positions and trades, exchanges and moments at them, and the {@link org.pystrade.core.domain.Result} of an
 * operation that may fail for a {@link org.pystrade.core.domain.ReasonCode}.
 *
 * <p>Every type is an immutable value: a record whose compact constructor checks its arguments and throws
 * {@link IllegalArgumentException} (through {@link org.pystrade.core.util.ArgChecker}) for a programmer error. The
 * string forms follow pysystemtrade's: contract dates as {@code YYYYMMDD} with {@code 00} for an unknown day
 * ({@code "20231200"}), futures contracts as {@code instrument/YYYYMMDD}, roll cycles as futures month letters
 * ({@code "HMUZ"}), FX pairs as six letters ({@code "EURUSD"}).
 *
 * <p>This package sits at the bottom of the package graph: it depends on nothing in pystrade but
 * {@code org.pystrade.core.util}, and on nothing outside {@code java.*}.
 */
package org.pystrade.core.domain;
