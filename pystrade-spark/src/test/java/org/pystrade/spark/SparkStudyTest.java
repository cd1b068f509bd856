package org.pystrade.spark;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;
import java.util.Set;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.pystrade.core.config.SystemConfig;
import org.pystrade.core.study.StudyRow;
import org.pystrade.core.study.StudyRunner;
import org.pystrade.core.study.StudySpec;
import org.pystrade.data.SampleData;
import org.pystrade.data.csv.CsvFuturesSimData;

/** A study on Spark's local mode gives the local run's rows, numbers bit for bit. */
class SparkStudyTest {

  static final String STUDY = "grid:\n  percentage_vol_target: [15, 25]\n"
      + "  trading_rules.ewmac16_64.other_args.Lfast: [8, 0]\n"
      + "instrument_samples: {count: 2, size: 3, seed: 11}\n"
      + "stats: [sharpe, ann_std, costs, turnover, instrument_sharpe, instrument_turnover]\n";

  private static SparkSession spark;

  @BeforeAll
  static void start() {
    spark = SparkSession.builder().master("local[2]").appName("pystrade-test")
        .config("spark.ui.enabled", "false").config("spark.driver.host", "127.0.0.1")
        .config("spark.driver.bindAddress", "127.0.0.1").config("spark.sql.shuffle.partitions", "2")
        .getOrCreate();
  }

  @AfterAll
  static void stop() {
    if (spark != null) {
      spark.stop();
    }
  }

  @Test
  void theRowsAndNumbersAreTheLocalRunsAndParquetKeepsThem(@TempDir Path dir) throws IOException {
    Path configFile = SampleData.directory().resolve("configs/chapter15.yaml");
    String config = Files.readString(configFile, StandardCharsets.UTF_8);
    Dataset<Row> results = SparkStudy.run(spark, config, STUDY, SampleData.directory().toString(), 3);
    StudySpec study = StudySpec.fromYaml(STUDY, "study");
    assertThat(List.of(results.columns())).isEqualTo(study.columns());
    List<Row> rows = results.collectAsList().stream().sorted(Comparator.comparingInt(r -> r.getInt(0))).toList();

    StudyRunner local = StudyRunner.builder().config(SystemConfig.fromYaml(configFile))
        .data(CsvFuturesSimData.open(SampleData.directory())).threads(2).build();
    List<StudyRow> expected = local.run(study, Set.of(), r -> { }, (d, t) -> { });
    assertThat(rows).hasSize(expected.size()).hasSize(8);
    for (int i = 0; i < rows.size(); i++) {
      List<Object> want = expected.get(i).values(study);
      Row got = rows.get(i);
      for (int c = 0; c < want.size(); c++) {
        assertThat(got.get(c)).as("variation %d column %s", i, study.columns().get(c)).isEqualTo(want.get(c));
      }
    }
    // the failing variations (Lfast 0) are rows with their error, the others computed
    assertThat(rows.stream().filter(r -> !r.getString(r.length() - 1).isEmpty()).count()).isEqualTo(4);
    assertThat(rows.stream().filter(r -> r.getString(r.length() - 1).isEmpty())
        .allMatch(r -> !r.isNullAt(study.columns().indexOf("sharpe")))).isTrue();

    Path parquet = dir.resolve("results.parquet");
    results.write().parquet(parquet.toString());
    List<Row> back = spark.read().parquet(parquet.toString()).collectAsList().stream()
        .sorted(Comparator.comparingInt(r -> r.getInt(0))).toList();
    assertThat(back).isEqualTo(rows);
  }
}
