/**
 * The forecast combination stage: forecast weights fitted to forecast availability and smoothed, the forecast
 * diversification multiplier and the capped combined forecast.
 */
package org.pystrade.core.combination;
