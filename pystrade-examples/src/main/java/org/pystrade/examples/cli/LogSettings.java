package org.pystrade.examples.cli;

import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import org.pystrade.core.util.ArgChecker;

/**
 * How {@code pystrade.jar} logs: the format of a log line, the least level logged and where the lines go (standard
 * error, or a file). Chosen by the environment ({@value #FORMAT_ENV}, {@value #LEVEL_ENV}, {@value #FILE_ENV}) and
 * by the options {@value #FORMAT_OPTION}, {@value #LEVEL_OPTION} and {@value #FILE_OPTION}, which win; each option
 * may be given before the command or among its options.
 *
 * @param format text lines (as slf4j-simple wrote them) or JSON lines
 * @param level the least level logged
 * @param file the file the lines are appended to, or null for standard error
 */
record LogSettings(LogFormat format, LogLevel level, Path file) {

  static final String FORMAT_OPTION = "--log-format";
  static final String LEVEL_OPTION = "--log-level";
  static final String FILE_OPTION = "--log-file";
  static final String FORMAT_ENV = "PYSTRADE_LOG_FORMAT";
  static final String LEVEL_ENV = "PYSTRADE_LOG_LEVEL";
  static final String FILE_ENV = "PYSTRADE_LOG_FILE";

  /** Text lines on standard error, info and above: the logging of a command line without options or environment. */
  static final LogSettings DEFAULT = new LogSettings(LogFormat.TEXT, LogLevel.INFO, null);

  /** The format of a log line. */
  enum LogFormat {
    /** {@code [thread] LEVEL logger - message}, as slf4j-simple wrote it (with a UTC time stamp first in a file). */
    TEXT,
    /** One JSON object a line: timestamp, level, threadName, loggerName, mdc, message and exception. */
    JSON
  }

  /** The least level logged ({@code off}: nothing). */
  enum LogLevel {
    OFF, ERROR, WARN, INFO, DEBUG, TRACE
  }

  LogSettings {
    ArgChecker.notNull(format, "format");
    ArgChecker.notNull(level, "level");
  }

  /**
   * The settings of a command line: the environment's, then the options' (an option given twice: the last). Each
   * value is read as the option's converter reads it, so a bad one is a usage error naming the option or variable.
   *
   * @param args the command line
   * @param environment the environment
   * @return the settings
   * @throws Commands.BadValue if a value is bad
   */
  static LogSettings of(String[] args, Map<String, String> environment) {
    String[] values = {environment.get(FORMAT_ENV), environment.get(LEVEL_ENV), environment.get(FILE_ENV)};
    String[] names = {FORMAT_ENV, LEVEL_ENV, FILE_ENV};
    List<String> options = List.of(FORMAT_OPTION, LEVEL_OPTION, FILE_OPTION);
    for (int i = 0; i < args.length; i++) {
      String arg = args[i];
      int equals = arg.indexOf('=');
      int k = options.indexOf(equals > 0 ? arg.substring(0, equals) : arg);
      if (k < 0) {
        continue;
      }
      if (equals > 0) {
        values[k] = arg.substring(equals + 1);
      } else if (i + 1 < args.length) {
        values[k] = args[++i];
      } else {
        values[k] = null; // picocli reports the missing value
      }
      names[k] = options.get(k);
    }
    LogFormat format = values[0] == null || values[0].isEmpty() ? LogFormat.TEXT
        : (LogFormat) Commands.read(Commands.Kind.LOG_FORMAT, names[0], values[0]);
    LogLevel level = values[1] == null || values[1].isEmpty() ? LogLevel.INFO
        : (LogLevel) Commands.read(Commands.Kind.LOG_LEVEL, names[1], values[1]);
    Path file = values[2] == null || values[2].isEmpty() ? null
        : (Path) Commands.read(Commands.Kind.PATH, names[2], values[2]);
    return new LogSettings(format, level, file);
  }

  /**
   * The environment's settings; a bad value is left out (its default is used).
   *
   * @param environment the environment
   * @return the settings
   */
  static LogSettings ofEnvironment(Map<String, String> environment) {
    try {
      return of(new String[0], environment);
    } catch (Commands.BadValue ex) {
      return DEFAULT;
    }
  }

  /**
   * The command line from its command on: the log options given before the command left out (they may come first,
   * {@code --log-format json backtest ...}).
   *
   * @param args the command line
   * @return the arguments from the command on (all of them if none comes first)
   */
  static String[] fromCommand(String[] args) {
    int i = 0;
    List<String> options = List.of(FORMAT_OPTION, LEVEL_OPTION, FILE_OPTION);
    while (i < args.length) {
      if (options.contains(args[i])) {
        i += 2;
      } else if (args[i].indexOf('=') > 0 && options.contains(args[i].substring(0, args[i].indexOf('=')))) {
        i++;
      } else {
        break;
      }
    }
    return i == 0 ? args : Arrays.copyOfRange(args, Math.min(i, args.length), args.length);
  }
}
