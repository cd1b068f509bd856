package org.pystrade.data.results;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Assertions;
import org.junit.jupiter.api.Assumptions;

/**
 * Apache Arrow's JavaScript implementation (npm's {@code apache-arrow}, installed by {@code npm ci} in
 * {@code pystrade-data/src/test/node}, which {@code .ci/run} does) run under node, to read Arrow files written by
 * pystrade with an implementation that is not pystrade's nor Arrow Java's. Without node or the package, a test
 * using it is skipped, saying why; with the environment variable {@code CI=true} it fails instead.
 */
final class NodeArrow {

  /** The npm project with the reading script. */
  static final Path PROJECT = Path.of("src", "test", "node").toAbsolutePath();

  private NodeArrow() {
  }

  /** The node executable on the PATH, or null. */
  private static Path node() {
    String path = System.getenv("PATH");
    if (path == null) {
      return null;
    }
    for (String dir : path.split(File.pathSeparator)) {
      Path p = Path.of(dir, "node");
      if (Files.isExecutable(p)) {
        return p;
      }
    }
    return null;
  }

  /** Skips (or, in CI, fails) the calling test when node or apache-arrow is missing; returns node. */
  static Path require() {
    Path node = node();
    String missing = node == null ? "node is not on the PATH"
        : !Files.isRegularFile(PROJECT.resolve("node_modules/apache-arrow/package.json"))
            ? "npm's apache-arrow is not installed in " + PROJECT : null;
    if (missing != null) {
      String message = missing + ": the Arrow files are not read back by Apache Arrow's JavaScript implementation "
          + "(install node 18+ and run 'npm ci --prefix pystrade-data/src/test/node', as .ci/run does)";
      if ("true".equalsIgnoreCase(System.getenv("CI"))) {
        Assertions.fail("CI=true: " + message);
      }
      System.err.println("SKIPPED: " + message);
      Assumptions.abort(message);
    }
    return node;
  }

  /**
   * Reads Arrow IPC files with {@code read-arrow.mjs}, in one run of node.
   *
   * @param files the files
   * @return per file (in order) the script's JSON: fields, metadata, rows, columns
   */
  static List<JsonNode> read(List<Path> files) throws IOException, InterruptedException {
    Path node = require();
    Path out = Files.createTempFile("arrow-js", ".json");
    List<String> command = new ArrayList<>(List.of(node.toString(), PROJECT.resolve("read-arrow.mjs").toString()));
    files.forEach(f -> command.add(f.toAbsolutePath().toString()));
    try {
      Process p = new ProcessBuilder(command).directory(PROJECT.toFile()).redirectOutput(out.toFile())
          .redirectError(ProcessBuilder.Redirect.PIPE).start();
      String err = new String(p.getErrorStream().readAllBytes(), StandardCharsets.UTF_8);
      if (!p.waitFor(60, TimeUnit.SECONDS)) {
        p.destroyForcibly();
        Assertions.fail("node did not read " + files + " within 60 s");
      }
      Assertions.assertEquals(0, p.exitValue(), () -> "node failed to read " + files + ": " + err);
      JsonNode all = new ObjectMapper().readTree(out.toFile());
      List<JsonNode> each = new ArrayList<>();
      for (Path f : files) {
        each.add(all.get(f.toAbsolutePath().toString()));
      }
      return each;
    } finally {
      Files.deleteIfExists(out);
    }
  }
}
