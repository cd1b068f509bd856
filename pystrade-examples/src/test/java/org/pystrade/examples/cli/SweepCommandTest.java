package org.pystrade.examples.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.pystrade.core.study.StudyRow;
import org.pystrade.core.study.StudySpec;
import org.pystrade.data.SampleData;

class SweepCommandTest {

  private static String[] sweep(Path study, Path out, String... more) {
    List<String> args = new ArrayList<>(List.of("sweep", "--config",
        SampleData.directory().resolve("configs/chapter15.yaml").toString(), "--data",
        SampleData.directory().toString(), "--cache", "none", "--study", study.toString(), "--out", out.toString(),
        "--threads", "2"));
    args.addAll(List.of(more));
    return args.toArray(new String[0]);
  }

  @Test
  void aStudyWritesOneRowPerVariationAndResumes(@TempDir Path dir) throws IOException {
    Path study = Files.writeString(dir.resolve("s.yaml"), "grid:\n  percentage_vol_target: [15, 25]\n"
        + "  trading_rules.ewmac16_64.other_args.Lfast: [8, 0]\nstats: [sharpe, costs, instrument_sharpe]\n");
    Path out = dir.resolve("r.csv");
    Cli.Run r = Cli.run(sweep(study, out));
    assertThat(r.code()).as(r.err()).isEqualTo(Commands.PARTIAL);
    assertThat(r.out()).contains("4 variations run (2 failed)");
    assertThat(r.err()).contains("partial result: 2 variations failed");
    List<String> lines = Files.readAllLines(out);
    assertThat(lines.get(0)).isEqualTo("variation,percentage_vol_target,trading_rules.ewmac16_64.other_args.Lfast,"
        + "instruments,sharpe,costs,instrument_sharpe,left_out,error");
    assertThat(lines).hasSize(5);
    assertThat(lines.stream().filter(l -> l.startsWith("1,"))).singleElement().asString()
        .contains("Lfast").contains("ewmac16_64");
    assertThat(lines.stream().filter(l -> l.startsWith("0,"))).singleElement().asString()
        .startsWith("0,15,8,CORN;EUROSTX;MXP;SOFR;US10;V2X,0.").contains("CORN=");

    // an interrupted run: the last line cut short; the rerun runs what is missing only
    String text = Files.readString(out);
    String kept = String.join("\n", lines.subList(0, 3)) + "\n" + lines.get(3).substring(0, 5);
    Files.writeString(out, kept);
    Cli.Run again = Cli.run(sweep(study, out, "--allow-partial"));
    assertThat(again.code()).as(again.err()).isZero();
    assertThat(again.out()).contains("resuming").contains("2 of 4 variations done").contains("2 variations run");
    List<String> resumed = Files.readAllLines(out);
    assertThat(resumed).hasSize(5);
    assertThat(resumed.stream().sorted().toList()).isEqualTo(text.lines().sorted().toList());
  }

  @Test
  void theStudyPageShowsTheDistributionTheHeatMapAndLinksRunnableConfigs(@TempDir Path dir) throws IOException {
    Path study = Files.writeString(dir.resolve("s.yaml"), "grid:\n  percentage_vol_target: [15, 25]\n"
        + "  trading_rules.ewmac16_64.other_args.Lfast: [8, 16]\nbootstrap: {count: 2, block_days: 20, seed: 1}\n"
        + "stats: [sharpe, ann_std, instrument_sharpe]\n");
    Path out = dir.resolve("r.csv");
    Path page = dir.resolve("study.html");
    Cli.Run r = Cli.run(sweep(study, out, "--report", page.toString()));
    assertThat(r.code()).as(r.err()).isZero();
    String html = Files.readString(page);
    assertThat(html).contains("Variations by Sharpe ratio").contains("<table class=\"heat\">")
        .contains("The best variations").contains("study-configs/variation-")
        .doesNotContain("http://").doesNotContain("https://").doesNotContain("<script");
    // the rows read back equal the rows written; a listed config run alone gives its row's Sharpe ratio
    StudySpec spec = StudySpec.fromYaml(study);
    List<StudyRow> rows = SweepCommand.readRows(out, spec);
    assertThat(rows).hasSize(8);
    List<String> lines = Files.readAllLines(out);
    for (StudyRow row : rows) {
      assertThat(lines).contains(SweepCommand.line(spec, row));
    }
    StudyRow first = rows.stream().filter(x -> x.variation().id() == 3).findFirst().orElseThrow();
    Path config = dir.resolve("study-configs/variation-3.yaml");
    assertThat(config).exists();
    Cli.Run alone = Cli.run("backtest", "--config", config.toString(), "--data",
        SampleData.directory().toString(), "--cache", "none", "--progress", "none");
    assertThat(alone.code()).as(alone.err()).isZero();
    assertThat(first.variation().resample()).isEqualTo(1);
    // the config of a resampled variation runs on the real history: its Sharpe ratio differs from the row's
    assertThat(alone.out()).contains("sharpe");
  }

  @Test
  void aParquetTableHasTheRowsTypedAndTheirNumbers(@TempDir Path dir) throws Exception {
    Path study = Files.writeString(dir.resolve("s.yaml"), "grid:\n  percentage_vol_target: [15, 25]\n"
        + "stats: [sharpe, ann_std, turnover, instrument_sharpe, instrument_turnover]\n");
    Path out = dir.resolve("r.parquet");
    Cli.Run r = Cli.run(sweep(study, out));
    assertThat(r.code()).as(r.err()).isZero();
    StudySpec spec = StudySpec.fromYaml(study);
    List<StudyRow> rows = SweepCommand.readRows(dir.resolve("r.parquet.rows.csv"), spec).stream()
        .sorted(java.util.Comparator.comparingInt(x -> x.variation().id())).toList();
    try (java.sql.Connection c = java.sql.DriverManager.getConnection("jdbc:duckdb:");
        java.sql.Statement st = c.createStatement();
        java.sql.ResultSet rs = st.executeQuery("SELECT * FROM read_parquet('" + out + "') ORDER BY variation")) {
      java.sql.ResultSetMetaData md = rs.getMetaData();
      assertThat(md.getColumnCount()).isEqualTo(spec.columns().size());
      assertThat(md.getColumnName(1)).isEqualTo("variation");
      assertThat(md.getColumnTypeName(spec.columns().indexOf("sharpe") + 1)).isEqualTo("DOUBLE");
      int n = 0;
      while (rs.next()) {
        StudyRow row = rows.get(n++);
        assertThat(rs.getInt("variation")).isEqualTo(row.variation().id());
        assertThat(rs.getDouble("sharpe")).isEqualTo(row.stats().get("sharpe"));
        assertThat(rs.getDouble("turnover")).isEqualTo(row.stats().get("turnover"));
        assertThat(rs.getString("instrument_turnover")).contains("=");
        assertThat(rs.getString("percentage_vol_target")).isEqualTo(
            String.valueOf(row.variation().settings().get("percentage_vol_target")));
      }
      assertThat(n).isEqualTo(2);
    }
  }

  @Test
  void anotherStudysResultsFileIsRefused(@TempDir Path dir) throws IOException {
    Path study = Files.writeString(dir.resolve("s.yaml"), "grid:\n  percentage_vol_target: [15]\nstats: [sharpe]\n");
    Path out = Files.writeString(dir.resolve("r.csv"), "variation,x\n0,1\n");
    Cli.Run r = Cli.run(sweep(study, out));
    assertThat(r.code()).isEqualTo(Commands.DATA_ERROR);
    assertThat(r.err()).contains("holds the results of another study");
  }
}
