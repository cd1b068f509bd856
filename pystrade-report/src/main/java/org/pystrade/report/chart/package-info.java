/**
 * A small chart package: time-series charts (lines, filled areas, stacked areas) and horizontal bar charts, laid out
 * once into a scene of plain shapes and drawn from that scene as SVG ({@link org.pystrade.report.chart.Chart#toSvg()})
 * or as a PNG with Java2D ({@link org.pystrade.report.chart.Chart#toPng(double)}), so the two look the same.
 *
 * <ul>
 *   <li>{@link org.pystrade.report.chart.TimeChart}: a date axis with ticks on whole years, months or days and a value
 *       axis with 1-2-5 ticks; long series are reduced to the pixel grid (the lowest and highest value of each
 *       bucket of a few pixels, so spikes stay visible), which keeps the SVG small whatever the series' length.</li>
 *   <li>{@link org.pystrade.report.chart.BarChart}: one labelled bar per category, negative values to the left of
 *       zero.</li>
 *   <li>{@link org.pystrade.report.chart.Series}: the data of one line or area.</li>
 * </ul>
 * Every text is escaped when written to SVG; the SVG has a {@code viewBox} and scales to its container.
 */
package org.pystrade.report.chart;
