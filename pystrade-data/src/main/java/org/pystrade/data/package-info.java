/**
 * Data formats behind the core's {@link org.pystrade.core.data.FuturesSimData}: pysystemtrade's CSV layout in
 * {@code org.pystrade.data.csv}; here, the locators of the project's sample data ({@link
 * org.pystrade.data.SampleData}) and of the optional shared data and golden outputs ({@link
 * org.pystrade.data.SharedData}) used by tests.
 */
package org.pystrade.data;
