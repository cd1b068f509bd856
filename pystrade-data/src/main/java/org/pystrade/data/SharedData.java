package org.pystrade.data;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import org.pystrade.data.csv.CsvFuturesSimData;

/**
 * The optional {@code shared} directory beside the project checkout, for tests that need more than the sample data:
 * {@code shared/data/pysystemtrade-futures} (pysystemtrade's full bundled data, 238 instruments) and
 * {@code shared/golden} (pysystemtrade's own outputs, the oracle for parity tests). It is not part of the project;
 * when it is absent the methods return {@link Optional#empty()} and tests should skip, e.g.
 * {@code assumeTrue(SharedData.futuresData().isPresent(), SharedData.absentMessage())}.
 *
 * <p>Found from the system property {@value #PROPERTY} (the {@code shared} directory itself) if set, else by walking
 * up from the working directory ({@code user.dir}) to the first directory containing {@code shared/data} or
 * {@code shared/golden}.
 */
public final class SharedData {

  /** System property naming the shared directory. */
  public static final String PROPERTY = "pystrade.shared.dir";

  private static final String FOLDER = "shared";
  private static final String FUTURES = "data/pysystemtrade-futures";
  private static final String GOLDEN = "golden";

  private SharedData() {
  }

  /**
   * The shared directory.
   *
   * @return the absolute path, empty if not found
   */
  public static Optional<Path> root() {
    String prop = System.getProperty(PROPERTY);
    if (prop != null && !prop.isBlank()) {
      Path p = Path.of(prop).toAbsolutePath().normalize();
      return Files.isDirectory(p) ? Optional.of(p) : Optional.empty();
    }
    Path start = Path.of(System.getProperty("user.dir")).toAbsolutePath().normalize();
    for (Path d = start; d != null; d = d.getParent()) {
      Path candidate = d.resolve(FOLDER);
      if (Files.isDirectory(candidate.resolve(FUTURES)) || Files.isDirectory(candidate.resolve(GOLDEN))) {
        return Optional.of(candidate);
      }
    }
    return Optional.empty();
  }

  /**
   * pysystemtrade's full futures data in its CSV layout ({@code shared/data/pysystemtrade-futures}).
   *
   * @return the directory, empty if absent
   */
  public static Optional<Path> futuresData() {
    return root().map(r -> r.resolve(FUTURES)).filter(p -> Files.isDirectory(p.resolve("adjusted_prices_csv")));
  }

  /**
   * pysystemtrade's golden outputs ({@code shared/golden}).
   *
   * @return the directory, empty if absent
   */
  public static Optional<Path> golden() {
    return root().map(r -> r.resolve(GOLDEN)).filter(Files::isDirectory);
  }

  /**
   * Opens the full futures data.
   *
   * @return the data, empty if absent
   */
  public static Optional<CsvFuturesSimData> openFuturesData() {
    return futuresData().map(CsvFuturesSimData::open);
  }

  /**
   * A message for skipped tests saying where the shared directory was looked for.
   *
   * @return the message
   */
  public static String absentMessage() {
    String prop = System.getProperty(PROPERTY);
    if (prop != null && !prop.isBlank()) {
      return "shared data not found at " + prop + " (system property " + PROPERTY + "): skipped";
    }
    return "shared data not found: no " + FOLDER + "/" + FUTURES + " or " + FOLDER + "/" + GOLDEN + " in "
        + Path.of(System.getProperty("user.dir")).toAbsolutePath() + " or a parent directory (set -D" + PROPERTY
        + "): skipped";
  }
}
