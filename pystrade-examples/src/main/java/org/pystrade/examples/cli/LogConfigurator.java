package org.pystrade.examples.cli;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.LoggerContext;
import ch.qos.logback.classic.spi.Configurator;
import ch.qos.logback.classic.spi.ConfiguratorRank;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.ConsoleAppender;
import ch.qos.logback.core.FileAppender;
import ch.qos.logback.core.OutputStreamAppender;
import ch.qos.logback.core.encoder.Encoder;
import ch.qos.logback.core.encoder.LayoutWrappingEncoder;
import ch.qos.logback.core.spi.ContextAwareBase;
import ch.qos.logback.core.status.Status;
import ch.qos.logback.core.status.StatusListener;
import java.util.List;

/**
 * Configures logback for {@code pystrade.jar} in code: when the first logger is made, it sets up the one appender
 * of the {@link LogSettings} the command line chose (or, before that, the environment's): no {@code logback.xml} is
 * looked for or parsed, no Joran, no pattern to compile, and logback's status printer is replaced by a listener
 * that prints only warnings and errors. The jar's SLF4J provider ({@link LogProvider}) calls it directly; where
 * logback's own provider is used instead (logback on another class path), logback finds it through
 * {@link java.util.ServiceLoader} ({@code META-INF/services/ch.qos.logback.classic.spi.Configurator}) and is told to
 * look no further. It is public only for that {@link java.util.ServiceLoader}.
 *
 * <p>The command line calls {@link #use(LogSettings)} before anything logs; {@link #configure(LoggerContext)} runs
 * when the first logger is made (not at all when nothing logs). A later {@link #use(LogSettings)} in the same JVM
 * (the tests run many command lines) replaces the appender.
 *
 * <p>Flyway's migration steps and Arrow's allocator choice are not news: their loggers say only what goes wrong
 * (warnings and errors), as before.
 */
@ConfiguratorRank(ConfiguratorRank.CUSTOM_HIGH_PRIORITY)
public final class LogConfigurator extends ContextAwareBase implements Configurator {

  /** The loggers that log only warnings and errors whatever the level. */
  private static final List<String> QUIET = List.of("org.flywaydb", "org.apache.arrow");
  private static final String APPENDER = "pystrade";
  private static final Object LOCK = new Object();
  /** The settings asked for by the command line; null until it asks. */
  private static LogSettings wanted;
  /** The context configured by logback's call, null before it. */
  private static LoggerContext configured;
  /** The settings the context has. */
  private static LogSettings applied;

  /** Made by logback's {@link java.util.ServiceLoader}. */
  public LogConfigurator() {
  }

  /**
   * Configures logback's context: the command line's settings, or the environment's when it has not chosen yet.
   *
   * @param context the context
   * @return that logback should run no other configurator
   */
  @Override
  public ExecutionStatus configure(LoggerContext context) {
    synchronized (LOCK) {
      configured = context;
      // a listener of its own: logback then leaves out its status printer (and the date formatter and time-zone
      // rules it loads at start-up)
      context.getStatusManager().add(new Problems());
      apply(wanted != null ? wanted : LogSettings.ofEnvironment(System.getenv()));
    }
    return ExecutionStatus.DO_NOT_INVOKE_NEXT_IF_ANY;
  }

  /**
   * Chooses the settings: applied at once if logback is configured already, else when it is.
   *
   * @param settings the settings
   */
  static void use(LogSettings settings) {
    synchronized (LOCK) {
      wanted = settings;
      if (configured != null && !settings.equals(applied)) {
        apply(settings);
      }
    }
  }

  /**
   * The format chosen by the command line (text until it chooses).
   *
   * @return the format
   */
  static LogSettings.LogFormat format() {
    synchronized (LOCK) {
      return wanted == null ? LogSettings.LogFormat.TEXT : wanted.format();
    }
  }

  /**
   * The encoder of a format: a JSON line, or a text line (timed in a file).
   *
   * @param settings the settings
   * @param redaction what masks secrets
   * @return the encoder, not yet started
   */
  static Encoder<ILoggingEvent> encoder(LogSettings settings, LogRedaction redaction) {
    if (settings.format() == LogSettings.LogFormat.JSON) {
      return new JsonLogEncoder(redaction);
    }
    LayoutWrappingEncoder<ILoggingEvent> text = new LayoutWrappingEncoder<>();
    text.setLayout(new TextLogLayout(redaction, settings.file() != null));
    return text;
  }

  private static void apply(LogSettings settings) {
    LoggerContext context = configured;
    Logger root = context.getLogger(Logger.ROOT_LOGGER_NAME);
    root.detachAndStopAllAppenders();
    Encoder<ILoggingEvent> encoder = encoder(settings, LogRedaction.environment());
    OutputStreamAppender<ILoggingEvent> appender;
    if (settings.file() != null) {
      FileAppender<ILoggingEvent> file = new FileAppender<>();
      file.setFile(settings.file().toString());
      file.setAppend(true);
      appender = file;
    } else {
      ConsoleAppender<ILoggingEvent> console = new ConsoleAppender<>();
      // whatever System.err is when a line is written (tests capture it)
      console.setTarget("System.err");
      appender = console;
    }
    appender.setContext(context);
    appender.setName(APPENDER);
    encoder.setContext(context);
    if (encoder instanceof LayoutWrappingEncoder<ILoggingEvent> text) {
      text.getLayout().setContext(context);
      text.getLayout().start();
    }
    encoder.start();
    appender.setEncoder(encoder);
    appender.start();
    root.addAppender(appender);
    Level level = Level.toLevel(settings.level().name(), Level.INFO);
    root.setLevel(level);
    for (String quiet : QUIET) {
      // warnings and errors only, unless the level asks for less
      context.getLogger(quiet).setLevel(level.isGreaterOrEqual(Level.WARN) ? null : Level.WARN);
    }
    applied = settings;
  }

  /** Prints logback's warnings and errors (a log file that cannot be written...) on standard error. */
  private static final class Problems implements StatusListener {
    @Override
    public void addStatusEvent(Status status) {
      if (status.getLevel() >= Status.WARN) {
        System.err.println("logging: " + status.getMessage()
            + (status.getThrowable() == null ? "" : ": " + status.getThrowable()));
      }
    }
  }
}
