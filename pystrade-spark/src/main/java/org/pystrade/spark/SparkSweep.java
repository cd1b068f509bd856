package org.pystrade.spark;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SaveMode;
import org.apache.spark.sql.SparkSession;

/**
 * The {@code spark-submit} entry point: {@code spark-submit --class org.pystrade.spark.SparkSweep JAR CONFIG.yaml
 * STUDY.yaml DATA_FOLDER OUT_PARQUET [PARTITIONS]} runs a study and writes its results as a Parquet table (the
 * session's master and resources come from spark-submit, as usual).
 */
public final class SparkSweep {

  private SparkSweep() {
  }

  /**
   * Runs a study on the session spark-submit configures.
   *
   * @param args config file, study file, data folder, output folder, optional partition count
   * @throws IOException if the config or the study cannot be read
   */
  public static void main(String[] args) throws IOException {
    if (args.length < 4 || args.length > 5) {
      throw new IllegalArgumentException("usage: SparkSweep CONFIG.yaml STUDY.yaml DATA_FOLDER OUT_PARQUET "
          + "[PARTITIONS]");
    }
    String config = Files.readString(Path.of(args[0]), StandardCharsets.UTF_8);
    String study = Files.readString(Path.of(args[1]), StandardCharsets.UTF_8);
    SparkSession spark = SparkSession.builder().appName("pystrade sweep").getOrCreate();
    try {
      int partitions = args.length == 5 ? Integer.parseInt(args[4])
          : Math.max(1, spark.sparkContext().defaultParallelism() * 4);
      Dataset<Row> results = SparkStudy.run(spark, config, study, args[2], partitions);
      results.write().mode(SaveMode.ErrorIfExists).parquet(args[3]);
    } finally {
      spark.stop();
    }
  }
}
