/**
 * The forecast scaling and capping stage: fixed or estimated forecast scalars and the forecast cap.
 */
package org.pystrade.core.forecast;
