package org.pystrade.examples.cli;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.ArrayList;
import java.util.List;
import java.util.function.UnaryOperator;
import java.util.stream.Stream;
import java.util.zip.GZIPInputStream;
import java.util.zip.GZIPOutputStream;
import org.pystrade.data.SampleData;

/** Runs the command line in process, and writes the fixtures its tests need (copies of the sample data). */
final class Cli {

  private Cli() {
  }

  /** What a run printed and returned. */
  record Run(int code, String out, String err) {
  }

  /**
   * Runs a command line.
   *
   * @param args the command line
   * @return its exit code and output
   */
  static Run run(String... args) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    ByteArrayOutputStream err = new ByteArrayOutputStream();
    int code = Main.run(args, new PrintStream(out, true, StandardCharsets.UTF_8),
        new PrintStream(err, true, StandardCharsets.UTF_8));
    return new Run(code, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
  }

  /**
   * What a run printed and returned, with the log lines written meanwhile (on {@link System#err}, where
   * {@code pystrade.jar}'s console appender writes them).
   */
  record LoggedRun(int code, String out, String err, String log) {
  }

  /**
   * Runs a command line, capturing the log lines too.
   *
   * @param args the command line
   * @return its exit code, output and log
   */
  static LoggedRun runLogged(String... args) {
    ByteArrayOutputStream log = new ByteArrayOutputStream();
    PrintStream systemErr = System.err;
    Run run;
    System.setErr(new PrintStream(log, true, StandardCharsets.UTF_8));
    try {
      run = run(args);
    } finally {
      System.setErr(systemErr);
    }
    return new LoggedRun(run.code(), run.out(), run.err(), log.toString(StandardCharsets.UTF_8));
  }

  /** The sample chapter-15 config. */
  static String config() {
    return SampleData.directory().resolve("configs/chapter15.yaml").toString();
  }

  /** The sample data folder. */
  static String data() {
    return SampleData.directory().toString();
  }

  /**
   * A command line on the sample config without the cache or progress output: {@code command}, then
   * {@code --config}, {@code --cache none}, {@code --progress none}, then {@code more}.
   *
   * @param command the command
   * @param more further options
   * @return the command line
   */
  static String[] args(String command, String... more) {
    List<String> all = new ArrayList<>(List.of(command, "--config", config(), "--cache", "none", "--progress",
        "none"));
    all.addAll(List.of(more));
    return all.toArray(new String[0]);
  }

  /**
   * Copies the sample data (its price, FX and configuration folders) into a folder.
   *
   * @param target the folder to create
   * @return the folder
   * @throws IOException if copying fails
   */
  static Path copyOfSampleData(Path target) throws IOException {
    Path source = SampleData.directory();
    for (String sub : List.of("adjusted_prices_csv", "multiple_prices_csv", "fx_prices_csv", "csvconfig")) {
      Files.createDirectories(target.resolve(sub));
      try (Stream<Path> files = Files.list(source.resolve(sub))) {
        for (Path f : (Iterable<Path>) files::iterator) {
          Files.copy(f, target.resolve(sub).resolve(f.getFileName()));
        }
      }
    }
    return target;
  }

  /**
   * Replaces a line of a gzipped data file.
   *
   * @param file the file
   * @param index the line's index (0: the header)
   * @param edit the new line from the old
   * @throws IOException if the file cannot be read or written
   */
  static void editLine(Path file, int index, UnaryOperator<String> edit) throws IOException {
    List<String> lines;
    try (InputStream in = new GZIPInputStream(Files.newInputStream(file))) {
      lines = new ArrayList<>(new String(in.readAllBytes(), StandardCharsets.UTF_8).lines().toList());
    }
    lines.set(index, edit.apply(lines.get(index)));
    try (OutputStream out = new GZIPOutputStream(Files.newOutputStream(file))) {
      out.write((String.join("\n", lines) + "\n").getBytes(StandardCharsets.UTF_8));
    }
  }

  /** What a test does with a path whose permissions are changed. */
  interface Body {
    void run() throws Exception;
  }

  /**
   * Runs a test body with a path's POSIX permissions changed, then gives the owner every permission back (so that
   * the temporary folder can be deleted).
   *
   * @param path the path
   * @param permissions the permissions, as {@code ls} shows them ({@code r-xr-xr-x})
   * @param body the test
   * @throws Exception what the body throws
   */
  static void withPermissions(Path path, String permissions, Body body) throws Exception {
    Files.setPosixFilePermissions(path, PosixFilePermissions.fromString(permissions));
    try {
      body.run();
    } finally {
      Files.setPosixFilePermissions(path, PosixFilePermissions.fromString("rwx------"));
    }
  }
}
