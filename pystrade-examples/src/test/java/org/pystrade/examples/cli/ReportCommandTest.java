package org.pystrade.examples.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code report}: the HTML file and the PNGs are written; bad output locations fail before anything is computed. */
class ReportCommandTest {

  @Test
  void writesTheReportAndOnePngPerChart(@TempDir Path dir) throws IOException {
    Path html = dir.resolve("out/report.html");
    Path png = dir.resolve("charts");
    Cli.Run run = Cli.run(Cli.args(ReportCommand.NAME, "--data", Cli.data(), "--out", html.toString(), "--png",
        png.toString()));
    assertThat(run.code()).as(run.err()).isEqualTo(Commands.OK);
    assertThat(run.out()).contains("wrote " + html + ": 6 instruments").contains("wrote 30 PNG files to " + png);
    String text = Files.readString(html);
    assertThat(text).startsWith("<!DOCTYPE html>").contains("<title>pystrade backtest: chapter15.yaml</title>")
        .contains("<section class=\"instrument\" id=\"i-CORN\">");
    try (Stream<Path> files = Files.list(png)) {
      assertThat(files.filter(f -> f.toString().endsWith(".png")).count()).isEqualTo(30);
    }
  }

  @Test
  void titleAndNoInstrumentPages(@TempDir Path dir) throws IOException {
    Path html = dir.resolve("r.html");
    Cli.Run run = Cli.run(Cli.args(ReportCommand.NAME, "--data", Cli.data(), "--out", html.toString(), "--title",
        "Q3 <review>", "--no-instrument-pages"));
    assertThat(run.code()).as(run.err()).isEqualTo(Commands.OK);
    String text = Files.readString(html);
    assertThat(text).contains("<title>Q3 &lt;review&gt;</title>").doesNotContain("<section class=\"instrument\"");
  }

  @Test
  void outIsRequired() {
    Cli.Run run = Cli.run(Cli.args(ReportCommand.NAME, "--data", Cli.data()));
    assertThat(run.code()).isEqualTo(Commands.USAGE_ERROR);
    assertThat(run.err()).contains("Missing required option: '--out=FILE.html'");
  }

  @Test
  void anOutThatIsAFolderFailsAtOnce(@TempDir Path dir) {
    Cli.Run run = Cli.run(Cli.args(ReportCommand.NAME, "--data", Cli.data(), "--out", dir.toString()));
    assertThat(run.code()).isEqualTo(Commands.DATA_ERROR);
    assertThat(run.err()).contains("--out " + dir + " is a folder, not a regular file");
    assertThat(run.out()).isEmpty();
  }

  @Test
  void aPngFolderThatIsAFileFailsAtOnce(@TempDir Path dir) throws IOException {
    Path file = Files.writeString(dir.resolve("file"), "x");
    Cli.Run run = Cli.run(Cli.args(ReportCommand.NAME, "--data", Cli.data(), "--out", dir.resolve("r.html")
        .toString(), "--png", file.toString()));
    assertThat(run.code()).isEqualTo(Commands.DATA_ERROR);
    assertThat(run.err()).contains("--png").contains("not a folder");
    assertThat(dir.resolve("r.html")).doesNotExist();
  }

  @Test
  void helpListsTheCommand() {
    Cli.Run run = Cli.run("--help");
    assertThat(run.out()).contains(ReportCommand.NAME).contains("Run a backtest and write its HTML report");
  }
}
