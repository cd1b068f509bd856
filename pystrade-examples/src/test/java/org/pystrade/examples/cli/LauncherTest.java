package org.pystrade.examples.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The launcher {@code bin/pystrade} against the shaded {@code pystrade.jar} it runs (this test runs in the
 * {@code package} phase, after the jar is made): the same output and exit code as {@code java -jar}, the
 * class-data archive made by the first computing run of a jar and used afterwards, none made with
 * {@code PYSTRADE_CDS=none} or by a command that computes nothing.
 */
class LauncherTest {

  private static final Path ROOT = Path.of("").toAbsolutePath().getParent();
  private static final Path LAUNCHER = ROOT.resolve("bin/pystrade");
  private static final Path JAR = Path.of("target/pystrade.jar").toAbsolutePath();
  private static final String CONFIG = ROOT.resolve("sample-data/configs/chapter15.yaml").toString();
  private static final String DATA = ROOT.resolve("sample-data").toString();

  private record Run(int exit, String out, String err) {
  }

  @BeforeAll
  static void theJarIsBuilt() {
    assertThat(JAR).as("the shaded jar (made in the package phase, before this test)").isRegularFile();
    assertThat(LAUNCHER).isRegularFile();
  }

  private static Run run(List<String> command, Map<String, String> env) throws IOException, InterruptedException {
    ProcessBuilder pb = new ProcessBuilder(command);
    pb.environment().remove("JAVA_OPTS");
    pb.environment().putAll(env);
    Path out = Files.createTempFile("launcher", ".out");
    Path err = Files.createTempFile("launcher", ".err");
    try {
      Process p = pb.redirectOutput(out.toFile()).redirectError(err.toFile()).start();
      assertThat(p.waitFor(120, TimeUnit.SECONDS)).as("%s finished", command).isTrue();
      return new Run(p.exitValue(), Files.readString(out, StandardCharsets.UTF_8),
          Files.readString(err, StandardCharsets.UTF_8));
    } finally {
      Files.deleteIfExists(out);
      Files.deleteIfExists(err);
    }
  }

  private static Run launcher(Path cds, String... args) throws IOException, InterruptedException {
    List<String> command = new ArrayList<>(List.of("bash", LAUNCHER.toString()));
    command.addAll(List.of(args));
    return run(command, Map.of("PYSTRADE_JAR", JAR.toString(), "PYSTRADE_CDS", cds.toString()));
  }

  private static Run plainJava(String... args) throws IOException, InterruptedException {
    String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
    List<String> command = new ArrayList<>(List.of(java, "-jar", JAR.toString()));
    command.addAll(List.of(args));
    return run(command, Map.of());
  }

  private static List<Path> archives(Path cds) throws IOException {
    if (!Files.isDirectory(cds)) {
      return List.of();
    }
    try (Stream<Path> files = Files.list(cds)) {
      return files.filter(f -> f.getFileName().toString().endsWith(".jsa")).toList();
    }
  }

  /** The statistics printed, without the line timing the run. */
  private static String statistics(String out) {
    return out.replaceAll("(?m)^computed in .*$", "");
  }

  @Test
  void theFirstBacktestMakesTheArchiveAndEveryRunPrintsWhatJavaDashJarPrints(@TempDir Path tmp) throws Exception {
    Path cds = tmp.resolve("cds");
    Run reference = plainJava("backtest", "--config", CONFIG, "--data", DATA);

    Run first = launcher(cds, "backtest", "--config", CONFIG, "--data", DATA);
    List<Path> made = archives(cds);
    Run second = launcher(cds, "backtest", "--config", CONFIG, "--data", DATA);

    assertThat(reference.exit()).isZero();
    assertThat(first.exit()).isZero();
    assertThat(second.exit()).isZero();
    assertThat(statistics(first.out())).isEqualTo(statistics(reference.out())).contains("sharpe");
    assertThat(statistics(second.out())).isEqualTo(statistics(reference.out()));
    assertThat(made).as("one archive, for this jar").hasSize(1);
    assertThat(made.get(0).getFileName().toString()).startsWith("pystrade-static-");
    assertThat(archives(cds)).as("the second run used it, made no other").isEqualTo(made);
    try (Stream<Path> files = Files.list(cds)) {
      assertThat(files.filter(f -> !f.getFileName().toString().endsWith(".jsa")).toList())
          .as("no class list or half-made archive left behind").isEmpty();
    }
  }

  @Test
  void theArchiveIsUsedByTheJvm(@TempDir Path tmp) throws Exception {
    Path cds = tmp.resolve("cds");
    launcher(cds, "backtest", "--config", CONFIG, "--data", DATA);
    List<String> command = List.of("bash", LAUNCHER.toString(), "backtest", "--config", CONFIG, "--data", DATA);
    Run traced = run(command, Map.of("PYSTRADE_JAR", JAR.toString(), "PYSTRADE_CDS", cds.toString(),
        "JAVA_OPTS", "-Xlog:class+load=info:file=" + tmp.resolve("classes.log")));

    assertThat(traced.exit()).isZero();
    String log = Files.readString(tmp.resolve("classes.log"));
    assertThat(log).as("pystrade's and picocli's classes mapped from the archive")
        .containsPattern("org\\.pystrade\\.examples\\.cli\\.Main source: shared objects file")
        .containsPattern("picocli\\.CommandLine source: shared objects file");
  }

  @Test
  void exitCodesAreJavaDashJarsAndNoArchiveIsMadeWhenNoneIsWantedOrNothingComputes(@TempDir Path tmp)
      throws Exception {
    Path missing = tmp.resolve("missing.yaml");
    Run reference = plainJava("backtest", "--config", missing.toString(), "--data", DATA);
    Run bad = launcher(tmp.resolve("cds-bad"), "backtest", "--config", missing.toString(), "--data", DATA);
    Run usage = launcher(tmp.resolve("cds-usage"), "backtest", "--no-such-option");
    Run help = launcher(tmp.resolve("cds-help"), "--help");
    Run none = launcher(Path.of("none"), "backtest", "--config", CONFIG, "--data", DATA);

    assertThat(reference.exit()).isEqualTo(Commands.DATA_ERROR);
    assertThat(bad.exit()).isEqualTo(Commands.DATA_ERROR);
    assertThat(bad.err()).isEqualTo(reference.err());
    assertThat(usage.exit()).isEqualTo(Commands.USAGE_ERROR);
    assertThat(help.exit()).isZero();
    assertThat(help.out()).contains("backtest");
    assertThat(none.exit()).isZero();
    assertThat(archives(tmp.resolve("cds-help"))).as("help computes nothing").isEmpty();
    assertThat(archives(Path.of("none"))).isEmpty();
  }
}
