package org.pystrade.examples.cli;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * The last guard against a secret in a log line, text or JSON: pystrade never passes a secret to a logger (secrets
 * show only their names, SMTP settings mask their password, a JDBC URL is shown without its {@code password=}
 * value), and this masks with {@value #MASK}, in every message and exception of a log line, what would still get
 * through: a {@code password=VALUE} parameter (of a JDBC URL or a properties line) and the value of every
 * environment variable whose name says it holds a secret ({@code ..._PASSWORD}, {@code ..._TOKEN},
 * {@code ..._SECRET}..., such as {@code PYSTRADE_SMTP_PASSWORD} and {@code PYSTRADE_HTTP_TOKEN}) of at least
 * {@value #SHORTEST} characters.
 */
final class LogRedaction {

  /** What a secret is replaced with. */
  static final String MASK = "***";
  /** The shortest environment value masked: a shorter one would mask ordinary words. */
  static final int SHORTEST = 6;

  /** What the name of an environment variable holding a secret contains (in upper case). */
  private static final List<String> SECRET_NAMES = List.of("PASSWORD", "PASSWD", "TOKEN", "SECRET", "APIKEY",
      "API_KEY", "CREDENTIAL");

  /** Longer strings first. */
  private static final Comparator<String> LONGEST_FIRST = new Comparator<>() {
    @Override
    public int compare(String a, String b) {
      return Integer.compare(b.length(), a.length());
    }
  };

  private final List<String> secrets;

  /**
   * Masks the given secret values and {@code password=} parameters.
   *
   * @param secrets the values to mask wherever they appear
   */
  LogRedaction(List<String> secrets) {
    List<String> sorted = new ArrayList<>(secrets);
    // the longest first: a secret that contains another is masked whole
    sorted.sort(LONGEST_FIRST);
    this.secrets = List.copyOf(sorted);
  }

  /**
   * Masks the secrets of an environment: the values of its variables named as secrets.
   *
   * @param environment the environment (such as {@link System#getenv()})
   * @return the redaction
   */
  static LogRedaction of(Map<String, String> environment) {
    // loops, not lambdas or regular expressions: this runs at start-up
    List<String> values = new ArrayList<>();
    for (Map.Entry<String, String> variable : environment.entrySet()) {
      String value = variable.getValue() == null ? "" : variable.getValue().trim();
      if (value.length() >= SHORTEST && secretName(variable.getKey()) && !values.contains(value)) {
        values.add(value);
      }
    }
    return new LogRedaction(values);
  }

  /**
   * Masks the secrets of this process's environment (read once).
   *
   * @return the redaction
   */
  static LogRedaction environment() {
    return Environment.REDACTION;
  }

  /** The redaction of this process's environment, made when first asked for. */
  private static final class Environment {
    static final LogRedaction REDACTION = of(System.getenv());
  }

  /**
   * A text with its secrets masked.
   *
   * @param text a message or an exception's text (null: empty)
   * @return the text masked
   */
  String apply(String text) {
    if (text == null) {
      return "";
    }
    String masked = text;
    for (String secret : secrets) {
      if (masked.contains(secret)) {
        masked = masked.replace(secret, MASK);
      }
    }
    if (masked.toLowerCase(Locale.ROOT).contains("password=")) {
      masked = Password.PARAMETER.matcher(masked).replaceAll("$1" + MASK);
    }
    return masked;
  }

  /** Whether an environment variable's name says it holds a secret. */
  private static boolean secretName(String name) {
    String upper = name.toUpperCase(Locale.ROOT);
    for (String s : SECRET_NAMES) {
      if (upper.contains(s)) {
        return true;
      }
    }
    return false;
  }

  /** The pattern of a {@code password=} parameter, compiled when a line first has one. */
  private static final class Password {
    /** {@code password=VALUE} (any case, in a URL or a properties line): the value up to a separator or a space. */
    static final Pattern PARAMETER = Pattern.compile("(?i)(password=)[^&;,\\s\"']+");
  }
}
