/**
 * Diversification multipliers (FDM and IDM) as pysystemtrade's {@code diversification_multiplier_from_list}: one
 * multiplier per fitting period from that period's correlation matrix and the weights in force at its start,
 * capped, forward-filled onto the weights' daily index and smoothed with an exponentially weighted mean.
 */
package org.pystrade.optimisation.dm;
