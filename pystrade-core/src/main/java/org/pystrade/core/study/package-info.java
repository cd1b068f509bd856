/**
 * Studies: many backtests of one system at once. A {@link org.pystrade.core.study.StudySpec} is a grid of config
 * values (any dotted config key, rule arguments included) crossed with seeded random instrument samples, and the
 * statistics to collect; {@link org.pystrade.core.study.StudyRunner} runs its
 * {@link org.pystrade.core.study.Variation variations} on all cores over one shared data source, each exactly as its
 * config would run alone, and hands each {@link org.pystrade.core.study.StudyRow} (statistics, or the error that
 * stopped the variation) to a sink as it finishes, so that a study can be written as it goes and resumed.
 * This package sits above {@code system}: it builds systems, nothing beneath it knows studies.
 */
package org.pystrade.core.study;
