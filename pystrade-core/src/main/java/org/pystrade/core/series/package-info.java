/**
 * The primitive time-series core: {@link org.pystrade.core.series.TimeSeries} (timestamps + {@code double[]}),
 * {@link org.pystrade.core.series.SeriesFrame} (several columns on one index), and the kernels with pandas
 * semantics that pysystemtrade's calculations rely on. NaN means missing everywhere.
 */
package org.pystrade.core.series;
