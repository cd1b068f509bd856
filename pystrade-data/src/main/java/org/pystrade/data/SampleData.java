package org.pystrade.data;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import org.pystrade.core.data.DataException;
import org.pystrade.core.domain.ReasonCode;
import org.pystrade.data.csv.CsvFuturesSimData;

/**
 * The project's {@code sample-data} directory: pysystemtrade's CSV layout for the six chapter-15 instruments
 * (CORN, EUROSTX, MXP, SOFR, US10, V2X), the FX they need and the full configuration files. For tests and examples
 * of every module.
 *
 * <p>Found from the system property {@value #PROPERTY} (the {@code sample-data} directory itself) if set, else by
 * walking up from the working directory ({@code user.dir}) to the first directory containing
 * {@code sample-data/adjusted_prices_csv}.
 */
public final class SampleData {

  /** System property naming the sample data directory. */
  public static final String PROPERTY = "pystrade.sample.dir";

  private static final String FOLDER = "sample-data";
  private static final String MARKER = "adjusted_prices_csv";

  private SampleData() {
  }

  /**
   * The sample data directory.
   *
   * @return the absolute path of {@code sample-data}
   * @throws DataException saying where it looked if not found
   */
  public static Path directory() {
    String prop = System.getProperty(PROPERTY);
    if (prop != null && !prop.isBlank()) {
      Path p = Path.of(prop).toAbsolutePath().normalize();
      if (!Files.isDirectory(p.resolve(MARKER))) {
        throw new DataException(ReasonCode.MALFORMED_DATA,
            "system property " + PROPERTY + " = " + prop + " is not a sample data directory: no "
            + p.resolve(MARKER));
      }
      return p;
    }
    Path start = Path.of(System.getProperty("user.dir")).toAbsolutePath().normalize();
    return find(start).orElseThrow(() -> new DataException(ReasonCode.MISSING_DATA,
        "sample data not found: no " + FOLDER + "/" + MARKER
        + " in " + start + " or any parent directory; set -D" + PROPERTY + "=/path/to/" + FOLDER));
  }

  /**
   * Opens the sample data.
   *
   * @return the data
   * @throws DataException if the directory is not found
   */
  public static CsvFuturesSimData open() {
    return CsvFuturesSimData.open(directory());
  }

  static Optional<Path> find(Path start) {
    for (Path d = start; d != null; d = d.getParent()) {
      Path candidate = d.resolve(FOLDER);
      if (Files.isDirectory(candidate.resolve(MARKER))) {
        return Optional.of(candidate);
      }
    }
    return Optional.empty();
  }
}
