package org.pystrade.examples.cli;

import ch.qos.logback.classic.LoggerContext;
import ch.qos.logback.classic.util.LogbackMDCAdapter;
import org.slf4j.ILoggerFactory;
import org.slf4j.IMarkerFactory;
import org.slf4j.helpers.BasicMarkerFactory;
import org.slf4j.spi.MDCAdapter;
import org.slf4j.spi.SLF4JServiceProvider;

/**
 * {@code pystrade.jar}'s SLF4J provider: logback's logger context, configured by {@link LogConfigurator} directly.
 * It does what logback's own provider does, less its auto-configuration (checking its jars' versions, looking up
 * configurators and timing them, with messages to its status manager): some 30 ms of a fresh JVM's start-up,
 * mostly method handles spun for its string concatenations and formats (docs/PERFORMANCE.md). The jar registers this provider only (its build leaves
 * logback's registration out); the tests name it with the {@code slf4j.provider} system property. Public only for
 * SLF4J's {@link java.util.ServiceLoader}.
 */
public final class LogProvider implements SLF4JServiceProvider {

  /** The SLF4J API version this provider is written against (as logback declares it). */
  private static final String API_VERSION = "2.0.99";

  private final LoggerContext context = new LoggerContext();
  private final IMarkerFactory markers = new BasicMarkerFactory();
  private final LogbackMDCAdapter mdc = new LogbackMDCAdapter();

  /** Made by SLF4J's {@link java.util.ServiceLoader}. */
  public LogProvider() {
  }

  /** Configures the context (the command line's log settings) and starts it. */
  @Override
  public void initialize() {
    context.setName("default");
    context.setMDCAdapter(mdc);
    LogConfigurator configurator = new LogConfigurator();
    configurator.setContext(context);
    configurator.configure(context);
    context.start();
  }

  /**
   * The logger context.
   *
   * @return it
   */
  @Override
  public ILoggerFactory getLoggerFactory() {
    return context;
  }

  /**
   * SLF4J's basic marker factory, as logback's provider has.
   *
   * @return it
   */
  @Override
  public IMarkerFactory getMarkerFactory() {
    return markers;
  }

  /**
   * Logback's diagnostic context.
   *
   * @return it
   */
  @Override
  public MDCAdapter getMDCAdapter() {
    return mdc;
  }

  /**
   * The SLF4J API version this provider is written against.
   *
   * @return the version
   */
  @Override
  public String getRequestedApiVersion() {
    return API_VERSION;
  }
}
