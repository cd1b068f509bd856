/**
 * Studies on Apache Spark: {@link org.pystrade.spark.SparkStudy} distributes a study's variations as a Dataset,
 * each executor opening the market data once (a folder every executor reads: a shared file system, or the same
 * path on each node) and running its variations exactly as {@link org.pystrade.core.study.StudyRunner} runs them
 * locally; the results are a DataFrame with the local results table's columns and numbers. Spark's own types appear
 * in this module's signatures on purpose: it is the adapter to Spark, and Spark is a provided dependency.
 */
package org.pystrade.spark;
