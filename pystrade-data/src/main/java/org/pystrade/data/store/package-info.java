/**
 * The data store: one interface ({@link org.pystrade.data.store.DataStore}) to read and write what pysystemtrade
 * keeps about futures (instrument, roll and spread-cost configuration; per-contract, multiple, adjusted and FX
 * prices; roll calendars), several backends beneath it (pysystemtrade's CSV tree, Parquet, Arrow IPC, a JDBC
 * database), all-or-nothing updates ({@link org.pystrade.data.store.StoreUpdate}) and the backtest's data interface
 * over any store ({@link org.pystrade.data.store.StoreSimData}). {@link org.pystrade.data.store.FileStore} is the
 * common base of the stores that keep one file per series.
 */
package org.pystrade.data.store;
