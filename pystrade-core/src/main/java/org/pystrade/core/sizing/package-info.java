/**
 * The position sizing stage: volatility target, block value, instrument value volatility, volatility scalar and
 * subsystem position.
 */
package org.pystrade.core.sizing;
