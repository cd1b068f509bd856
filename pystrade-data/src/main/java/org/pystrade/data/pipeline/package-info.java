/**
 * pysystemtrade's futures price pipeline as pure functions: a roll calendar from roll parameters and contract
 * prices ({@link org.pystrade.data.pipeline.RollCalendars}), multiple prices from a roll calendar and contract
 * prices ({@link org.pystrade.data.pipeline.MultiplePriceBuilder}), back-adjusted prices by Panama stitching
 * ({@link org.pystrade.data.pipeline.PanamaStitch}), incremental updates and rolls
 * ({@link org.pystrade.data.pipeline.IncrementalUpdates}), FX crosses ({@link org.pystrade.data.pipeline.FxCrosses}),
 * merging new prices into stored ones ({@link org.pystrade.data.pipeline.PriceMerges}) and the checks run on every
 * update ({@link org.pystrade.data.pipeline.PriceChecks}).
 *
 * <p>Every step takes values and returns an {@link org.pystrade.data.pipeline.Outcome}: the result (or a refusal)
 * and the problems found, each a {@link org.pystrade.data.pipeline.Problem} with a reason code naming the
 * instrument, contract, file or line concerned. Nothing is thrown for bad data; a programmer error (a null argument)
 * throws. The method is pysystemtrade's, rule for rule (see docs/DATA-PIPELINE.md); where pysystemtrade prints a
 * warning or raises, a problem is reported instead.
 *
 * <p>Around the functions: the new-bar source ({@link org.pystrade.data.pipeline.PriceSource}, a folder of
 * per-contract CSV files to start with), the update of a whole instrument, all or nothing
 * ({@link org.pystrade.data.pipeline.InstrumentUpdater}), the writer of an instrument's new state
 * ({@link org.pystrade.data.pipeline.InstrumentStateWriter}) and pysystemtrade's CSV layout, written byte for byte
 * as pandas' {@code to_csv} writes it ({@link org.pystrade.data.pipeline.PysystemtradeCsv}).
 */
package org.pystrade.data.pipeline;
