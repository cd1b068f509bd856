/**
 * Fitting periods as pysystemtrade's {@code generate_fitting_dates}: expanding, rolling or in-sample windows over
 * which estimates are made, each used for the period that follows. Times are microseconds since the epoch, because
 * pooled data carries pysystemtrade's one-microsecond offsets per instrument.
 */
package org.pystrade.optimisation.fitting;
