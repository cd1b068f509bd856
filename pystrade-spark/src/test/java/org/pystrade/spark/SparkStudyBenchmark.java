package org.pystrade.spark;

import static org.assertj.core.api.Assumptions.assumeThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Set;
import org.apache.spark.sql.SparkSession;
import org.junit.jupiter.api.Test;
import org.pystrade.core.config.SystemConfig;
import org.pystrade.core.study.StudyRunner;
import org.pystrade.core.study.StudySpec;
import org.pystrade.data.SampleData;
import org.pystrade.data.csv.CsvFuturesSimData;

/**
 * The study benchmark (not a test: it runs only with {@code -Dpystrade.spark.bench=N} and asserts nothing about
 * time): N variations of the sample chapter-15 system (vol targets x Lfast of ewmac16_64), run locally on all cores
 * and then on Spark's {@code local[2]}, printing both wall times and the time per variation.
 * {@code mvn -o -pl pystrade-spark verify -Dtest=SparkStudyBenchmark -Dpystrade.spark.bench=1000}
 */
class SparkStudyBenchmark {

  @Test
  void localAgainstSpark() throws Exception {
    int n = Integer.getInteger("pystrade.spark.bench", 0);
    assumeThat(n).as("run with -Dpystrade.spark.bench=N").isPositive();
    int targets = Math.max(1, n / 10);
    StringBuilder vols = new StringBuilder();
    for (int i = 0; i < targets; i++) {
      vols.append(i == 0 ? "" : ", ").append(10 + 20.0 * i / targets);
    }
    String study = "grid:\n  percentage_vol_target: [" + vols + "]\n"
        + "  trading_rules.ewmac16_64.other_args.Lfast: [6, 8, 10, 12, 14, 16, 18, 20, 22, 24]\n"
        + "stats: [sharpe, ann_mean, ann_std, costs]\n";
    Path configFile = SampleData.directory().resolve("configs/chapter15.yaml");
    StudySpec spec = StudySpec.fromYaml(study, "bench");
    long t0 = System.nanoTime();
    StudyRunner local = StudyRunner.builder().config(SystemConfig.fromYaml(configFile))
        .data(CsvFuturesSimData.open(SampleData.directory())).build();
    int rows = local.run(spec, Set.of(), r -> { }, (d, t) -> { }).size();
    double localSeconds = (System.nanoTime() - t0) / 1e9;
    SparkSession spark = SparkSession.builder().master("local[2]").appName("pystrade-bench")
        .config("spark.ui.enabled", "false").config("spark.driver.host", "127.0.0.1")
        .config("spark.driver.bindAddress", "127.0.0.1").getOrCreate();
    try {
      long t1 = System.nanoTime();
      long sparkRows = SparkStudy.run(spark, Files.readString(configFile, StandardCharsets.UTF_8), study,
          SampleData.directory().toString(), 8).count();
      double sparkSeconds = (System.nanoTime() - t1) / 1e9;
      System.out.printf("study of %d variations: local %.2f s (%.1f ms each), Spark local[2] %.2f s (%.1f ms each, "
          + "%d rows), ratio %.2f%n", rows, localSeconds, 1000 * localSeconds / rows, sparkSeconds,
          1000 * sparkSeconds / sparkRows, sparkRows, sparkSeconds / localSeconds);
    } finally {
      spark.stop();
    }
  }
}
