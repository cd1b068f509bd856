package org.pystrade.report;

import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.regex.Pattern;

/**
 * Debian's {@code chromium} run headless on a local file: one run per screenshot or PDF, its console messages read
 * from its log on standard error. Host names resolve to nothing, so a page that fetched anything from the network
 * would fail to (and say so on its console).
 */
final class HeadlessChromium {

  /** A console message in Chromium's log: {@code [..:INFO:CONSOLE:12] "message", source: ...}. */
  private static final Pattern CONSOLE = Pattern.compile(":CONSOLE[:(]");
  private static final long TIMEOUT_SECONDS = 180;

  private final Path executable;
  private final Path profile;

  private HeadlessChromium(Path executable, Path profile) {
    this.executable = executable;
    this.profile = profile;
  }

  /**
   * Chromium, if installed: {@code $CHROMIUM}, else {@code chromium} or {@code chromium-browser} on the PATH.
   *
   * @param profile a folder for its user data (created)
   */
  static Optional<HeadlessChromium> find(Path profile) throws IOException {
    List<Path> candidates = new ArrayList<>();
    String env = System.getenv("CHROMIUM");
    if (env != null && !env.isBlank()) {
      candidates.add(Path.of(env));
    }
    String path = System.getenv("PATH");
    for (String dir : path == null ? new String[0] : path.split(File.pathSeparator)) {
      if (!dir.isEmpty()) {
        candidates.add(Path.of(dir, "chromium"));
        candidates.add(Path.of(dir, "chromium-browser"));
      }
    }
    for (Path c : candidates) {
      if (Files.isRegularFile(c) && Files.isExecutable(c)) {
        Files.createDirectories(profile);
        return Optional.of(new HeadlessChromium(c, profile));
      }
    }
    return Optional.empty();
  }

  /**
   * What a run printed.
   *
   * @param exitCode Chromium's exit code
   * @param console the console messages of the page (errors, warnings, logs: a report has no script, so any is
   *     wrong)
   * @param log the whole log
   */
  record Run(int exitCode, List<String> console, String log) {
  }

  /**
   * Opens a file and does what the arguments say ({@code --screenshot=F --window-size=W,H},
   * {@code --print-to-pdf=F}, {@code --dump-dom}).
   *
   * @param page the HTML file
   * @param log where to keep the log
   * @param args the action's arguments
   */
  Run open(Path page, Path log, String... args) throws IOException, InterruptedException {
    List<String> command = new ArrayList<>(List.of(executable.toString(), "--headless", "--no-sandbox",
        "--disable-gpu", "--hide-scrollbars", "--no-first-run", "--user-data-dir=" + profile.toAbsolutePath(),
        "--enable-logging=stderr", "--v=0", "--host-resolver-rules=MAP * ~NOTFOUND"));
    command.addAll(List.of(args));
    command.add(page.toAbsolutePath().toUri().toString());
    Process process = new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(log.toFile()).start();
    if (!process.waitFor(TIMEOUT_SECONDS, TimeUnit.SECONDS)) {
      process.destroyForcibly();
      throw new IllegalStateException("chromium did not finish within " + TIMEOUT_SECONDS + " s: " + command);
    }
    String text = Files.readString(log, StandardCharsets.UTF_8);
    List<String> console = new ArrayList<>();
    for (String line : text.split("\n")) {
      if (CONSOLE.matcher(line).find()) {
        console.add(line);
      }
    }
    return new Run(process.exitValue(), console, text);
  }
}
