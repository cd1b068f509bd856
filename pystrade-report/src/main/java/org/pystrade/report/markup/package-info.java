/**
 * Escaping of text put into HTML and SVG ({@link org.pystrade.report.markup.Markup}): every text that comes from a
 * config, data or the caller (instrument codes, rule names, titles) goes through it before it is written.
 */
package org.pystrade.report.markup;
