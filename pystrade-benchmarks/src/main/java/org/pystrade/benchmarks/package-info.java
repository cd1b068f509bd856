/**
 * JMH micro-benchmarks of pystrade's hot paths: series kernels, the P&amp;L calculator, CSV parsing and the export
 * of results. Built only with {@code mvn -B -Pbench package}; run with
 * {@code java -jar pystrade-benchmarks/target/benchmarks.jar}.
 */
package org.pystrade.benchmarks;
