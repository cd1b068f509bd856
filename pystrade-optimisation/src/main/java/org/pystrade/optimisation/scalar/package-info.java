/**
 * Estimated forecast scalars (pysystemtrade's {@code forecast_scalar_estimate}): the scalar that gives a rule's
 * forecasts the target average absolute value, estimated over an expanding (or rolling) window, optionally pooled
 * across instruments.
 */
package org.pystrade.optimisation.scalar;
