package org.pystrade.production.report;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermission;
import java.time.Duration;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import org.pystrade.core.util.ArgChecker;

/**
 * Where and how to send mail by SMTP. The password is never shown ({@link #toString()} masks it).
 *
 * <p>{@link #resolve} reads them from, in order of precedence: the command line's {@code HOST:PORT}, the environment
 * ({@code PYSTRADE_SMTP_HOST}, {@code PYSTRADE_SMTP_PORT}, {@code PYSTRADE_SMTP_FROM}, {@code PYSTRADE_SMTP_USER},
 * {@code PYSTRADE_SMTP_PASSWORD}, {@code PYSTRADE_SMTP_STARTTLS}) and a private properties file ({@code smtp.host},
 * {@code smtp.port}, {@code smtp.from}, {@code smtp.user}, {@code smtp.password}, {@code smtp.starttls}) that only
 * its owner may read.
 *
 * @param host the server's host
 * @param port the server's port, 1 to 65535
 * @param from the sender's address
 * @param user the user to log in as, empty for no login
 * @param password the password, empty for none
 * @param startTls whether to require STARTTLS
 * @param timeout the connect, read and write timeout
 */
public record SmtpSettings(String host, int port, String from, String user, String password, boolean startTls,
    Duration timeout) {

  /** The default sender address. */
  public static final String DEFAULT_FROM = "pystrade@localhost";
  /** The default timeout. */
  public static final Duration DEFAULT_TIMEOUT = Duration.ofSeconds(30);

  /**
   * Checks the arguments.
   *
   * @param host the server's host
   * @param port the server's port, 1 to 65535
   * @param from the sender's address
   * @param user the user to log in as, empty for no login
   * @param password the password, empty for none
   * @param startTls whether to require STARTTLS
   * @param timeout the connect, read and write timeout
   */
  public SmtpSettings {
    ArgChecker.notBlank(host, "host");
    ArgChecker.isTrue(port > 0 && port < 65536, "SMTP port must be 1 to 65535 but was {}", port);
    ArgChecker.isTrue(from != null && from.contains("@"), "the sender must be an e-mail address: {}", from);
    user = user == null ? "" : user;
    password = password == null ? "" : password;
    ArgChecker.notNull(timeout, "timeout");
    ArgChecker.isTrue(!timeout.isNegative() && !timeout.isZero(), "timeout must be positive: {}", timeout);
  }

  /**
   * Settings for a server without login or TLS.
   *
   * @param host the host
   * @param port the port
   * @return the settings
   */
  public static SmtpSettings of(String host, int port) {
    return new SmtpSettings(host, port, DEFAULT_FROM, "", "", false, DEFAULT_TIMEOUT);
  }

  /**
   * Resolves the settings from the command line, the environment and a private file.
   *
   * @param hostPort {@code HOST:PORT} from the command line, null if not given
   * @param env the environment (for example {@code System.getenv()})
   * @param privateFile a properties file readable by its owner only, null if none
   * @return the settings
   * @throws IllegalArgumentException if no host is given anywhere, a value is malformed, or the file is readable
   *     by others
   * @throws IOException if the file cannot be read
   */
  public static SmtpSettings resolve(String hostPort, Map<String, String> env, Path privateFile)
      throws IOException {
    ArgChecker.notNull(env, "env");
    Properties file = new Properties();
    if (privateFile != null) {
      checkPrivate(privateFile);
      try (Reader r = Files.newBufferedReader(privateFile, StandardCharsets.UTF_8)) {
        file.load(r);
      }
    }
    String host = pick(null, env.get("PYSTRADE_SMTP_HOST"), file.getProperty("smtp.host"));
    String port = pick(null, env.get("PYSTRADE_SMTP_PORT"), file.getProperty("smtp.port"));
    if (hostPort != null) {
      int colon = hostPort.lastIndexOf(':');
      ArgChecker.isTrue(colon > 0 && colon < hostPort.length() - 1, "--smtp must be HOST:PORT but was {}",
          hostPort);
      host = hostPort.substring(0, colon);
      port = hostPort.substring(colon + 1);
    }
    ArgChecker.isTrue(host != null, "no SMTP host: give --smtp HOST:PORT, PYSTRADE_SMTP_HOST or smtp.host");
    int p;
    try {
      p = port == null ? 25 : Integer.parseInt(port.trim());
    } catch (NumberFormatException ex) {
      throw new IllegalArgumentException("SMTP port is not a number: " + port, ex);
    }
    String from = pick(DEFAULT_FROM, env.get("PYSTRADE_SMTP_FROM"), file.getProperty("smtp.from"));
    String user = pick("", env.get("PYSTRADE_SMTP_USER"), file.getProperty("smtp.user"));
    String password = pick("", env.get("PYSTRADE_SMTP_PASSWORD"), file.getProperty("smtp.password"));
    boolean tls = Boolean.parseBoolean(pick("false", env.get("PYSTRADE_SMTP_STARTTLS"),
        file.getProperty("smtp.starttls")));
    return new SmtpSettings(host.trim(), p, from.trim(), user, password, tls, DEFAULT_TIMEOUT);
  }

  private static String pick(String fallback, String first, String second) {
    if (first != null && !first.isBlank()) {
      return first;
    }
    return second != null && !second.isBlank() ? second : fallback;
  }

  private static void checkPrivate(Path file) throws IOException {
    Set<PosixFilePermission> perms;
    try {
      perms = Files.getPosixFilePermissions(file);
    } catch (UnsupportedOperationException ex) {
      return; // not a POSIX file system: the owner's access control applies
    }
    ArgChecker.isTrue(!perms.contains(PosixFilePermission.GROUP_READ)
        && !perms.contains(PosixFilePermission.OTHERS_READ),
        "{} holds secrets and must be readable by its owner only (chmod 600)", file);
  }

  /**
   * The settings with the password masked.
   *
   * @return a description
   */
  @Override
  public String toString() {
    return "SmtpSettings[" + host + ":" + port + ", from " + from + (user.isEmpty() ? "" : ", user " + user)
        + (password.isEmpty() ? "" : ", password ****") + (startTls ? ", STARTTLS" : "") + "]";
  }
}
