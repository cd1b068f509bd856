package org.pystrade.production.daemon;

import java.io.IOException;
import java.io.Reader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermission;
import java.util.EnumSet;
import java.util.Map;
import java.util.Optional;
import java.util.Properties;
import java.util.Set;
import org.pystrade.core.util.ArgChecker;

/**
 * Secrets (the endpoint token, broker account, database and mail passwords): from a private properties file (read
 * and written by its owner only; a file others may read is refused) or else from the environment. A value is
 * never logged: {@link #toString()} shows only the names.
 */
public final class Secrets {

  private static final Set<PosixFilePermission> OTHERS = EnumSet.of(PosixFilePermission.GROUP_READ,
      PosixFilePermission.GROUP_WRITE, PosixFilePermission.OTHERS_READ, PosixFilePermission.OTHERS_WRITE);

  private final Map<String, String> file;
  private final Map<String, String> environment;

  private Secrets(Map<String, String> file, Map<String, String> environment) {
    this.file = Map.copyOf(file);
    this.environment = Map.copyOf(environment);
  }

  /**
   * Reads the secrets.
   *
   * @param privateFile a properties file readable by its owner only, if any
   * @param environment the environment (such as {@link System#getenv()})
   * @return the secrets
   * @throws IOException if the file cannot be read
   * @throws IllegalArgumentException if the file may be read by others
   */
  public static Secrets load(Optional<Path> privateFile, Map<String, String> environment) throws IOException {
    ArgChecker.notNull(privateFile, "privateFile");
    ArgChecker.notNull(environment, "environment");
    Properties p = new Properties();
    if (privateFile.isPresent()) {
      Path f = privateFile.get();
      Set<PosixFilePermission> perms = Files.getPosixFilePermissions(f);
      if (perms.stream().anyMatch(OTHERS::contains)) {
        throw new IllegalArgumentException("the secrets file " + f + " may be read or written by others: chmod 600"
            + " it");
      }
      try (Reader r = Files.newBufferedReader(f)) {
        p.load(r);
      }
    }
    Map<String, String> values = new java.util.HashMap<>();
    p.stringPropertyNames().forEach(n -> values.put(n, p.getProperty(n).trim()));
    return new Secrets(values, environment);
  }

  /**
   * A secret: the file's value, else the environment variable's.
   *
   * @param name its name (a key of the file, or an environment variable)
   * @return the value, empty if neither has it (or it is blank)
   */
  public Optional<String> get(String name) {
    ArgChecker.notBlank(name, "name");
    String v = file.getOrDefault(name, environment.get(name));
    return v == null || v.isBlank() ? Optional.empty() : Optional.of(v);
  }

  /** The names known, never the values. */
  @Override
  public String toString() {
    return "Secrets" + new java.util.TreeSet<>(file.keySet());
  }
}
