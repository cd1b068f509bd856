package org.pystrade.production.daemon;

import java.io.IOException;
import java.io.Reader;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.UUID;
import java.util.function.Supplier;
import org.pystrade.broker.config.BrokerConfigTable;
import org.pystrade.broker.ib.IbBroker;
import org.pystrade.broker.ib.IbSettings;
import org.pystrade.core.config.SystemConfig;
import org.pystrade.core.data.FuturesSimData;
import org.pystrade.core.domain.Currency;
import org.pystrade.core.domain.Money;
import org.pystrade.core.domain.trading.CapitalMode;
import org.pystrade.core.domain.trading.Strategy;
import org.pystrade.core.domain.trading.StrategyName;
import org.pystrade.core.util.ArgChecker;
import org.pystrade.data.csv.CsvFuturesSimData;
import org.pystrade.data.production.ProductionCapital;
import org.pystrade.data.production.ProductionStore;
import org.pystrade.data.production.WriteListener;
import org.pystrade.production.control.CleanUpProcess;
import org.pystrade.production.control.DailyCycleProcess;
import org.pystrade.production.control.ProcessListener;
import org.pystrade.production.control.ProcessView;
import org.pystrade.production.control.Schedule;
import org.pystrade.production.control.ScheduledProcess;
import org.pystrade.production.control.Scheduler;
import org.pystrade.production.control.StrategyCycleSetup;
import org.pystrade.production.execution.ExecutionAlgorithm;
import org.pystrade.production.monitor.AlertSink;
import org.pystrade.production.monitor.Alerts;
import org.pystrade.production.monitor.DaemonMetrics;
import org.pystrade.production.monitor.LogAlertSink;
import org.pystrade.production.monitor.MailAlertSink;
import org.pystrade.production.monitor.WebhookAlertSink;
import org.pystrade.production.report.SmtpMailSender;
import org.pystrade.production.report.SmtpSettings;
import org.pystrade.production.web.Dashboard;
import org.pystrade.production.web.DaemonServer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.yaml.snakeyaml.Yaml;

/**
 * The production daemon: {@code control.yaml} names the data, the strategy (registered when the state is new), the
 * broker ({@code sim} or {@code ib}), the processes and their schedules, the endpoints and the alerts. It runs the
 * scheduler on its own thread until {@link #close()} (the shutdown hook on SIGTERM), which lets the current run
 * finish (up to a grace period; a run cut short is resumed by the next start, as after a crash).
 */
public final class ProductionDaemon implements AutoCloseable {

  private static final Logger LOG = LoggerFactory.getLogger(ProductionDaemon.class);
  private static final Duration GRACE = Duration.ofSeconds(60);

  private final ProductionStore store;
  private final Scheduler scheduler;
  private final DaemonMetrics metrics;
  private final Optional<DaemonServer> server;
  private boolean closed;

  private ProductionDaemon(ProductionStore store, Scheduler scheduler, DaemonMetrics metrics,
      Optional<DaemonServer> server) {
    this.store = store;
    this.scheduler = scheduler;
    this.metrics = metrics;
    this.server = server;
  }

  /**
   * Reads the config, prepares the state (created owner-only and initialised when new or empty) and starts the
   * scheduler and, with a port, the endpoints.
   *
   * @param configFile {@code control.yaml}
   * @param state the state folder
   * @param httpPort the endpoints' port (0: any free one), or empty for none
   * @param environment the environment (secrets)
   * @return the running daemon
   * @throws IOException if a file cannot be read or the port bound
   */
  public static ProductionDaemon start(Path configFile, Path state, OptionalInt httpPort,
      Map<String, String> environment) throws IOException {
    Path base = configFile.toAbsolutePath().getParent();
    Map<String, Object> config;
    try (Reader r = Files.newBufferedReader(configFile)) {
      config = new Yaml().load(r);
    }
    ArgChecker.isTrue(config != null, "{} is empty", configFile);
    Secrets secrets = Secrets.load(optText(config, "secrets_file").map(base::resolve), environment);
    boolean fresh = StateFolder.prepare(state);
    ProductionStore store = ProductionStore.openIn(state, WriteListener.NONE);
    try {
      if (fresh || store.strategies().all().isEmpty()) {
        initialise(store, map(config, "strategy"), base);
      }
      Path dataFolder = base.resolve(text(config, "data"));
      Supplier<FuturesSimData> data = () -> CsvFuturesSimData.open(dataFolder);
      ExecutionAlgorithm algorithm = ExecutionAlgorithm.named(optText(config, "algorithm").orElse("market"));
      CapitalMode mode = CapitalMode.of(optText(config, "capital_mode").orElse("fixed"));
      String broker = optText(config, "broker").orElse("sim");
      StrategyCycleSetup setup;
      if (broker.equals("sim")) {
        setup = StrategyCycleSetup.simulated(data, algorithm, mode);
      } else {
        ArgChecker.isTrue(broker.equals("ib"), "broker is sim or ib, not '{}'", broker);
        Map<String, Object> ib = map(config, "ib");
        IbSettings settings = IbSettings.builder(optText(ib, "host").orElse("127.0.0.1"),
            ((Number) ib.getOrDefault("port", 4002)).intValue(),
            ((Number) ib.getOrDefault("client_id", 1)).intValue()).build();
        setup = StrategyCycleSetup.live(data, () -> new IbBroker(settings, BrokerConfigTable.bundled()), algorithm,
            mode);
      }
      ZoneId zone = ZoneId.of(optText(config, "zone").orElse("UTC"));
      List<ScheduledProcess> processes = new ArrayList<>();
      Map<String, Object> configured = map(config, "processes");
      for (Map.Entry<String, Object> e : configured.entrySet()) {
        @SuppressWarnings("unchecked")
        Map<String, Object> p = (Map<String, Object>) e.getValue();
        Schedule schedule = schedule(p, zone);
        String type = text(p, "type");
        switch (type) {
          case "daily_cycle" -> processes.add(new ScheduledProcess(e.getKey(), schedule, new DailyCycleProcess(setup)));
          case "clean_up" -> {
            List<Path> folders = new ArrayList<>();
            Object listed = p.getOrDefault("folders", List.of("logs"));
            for (Object f : (List<?>) listed) {
              folders.add(state.resolve(f.toString()));
            }
            processes.add(new ScheduledProcess(e.getKey(), schedule, new CleanUpProcess(folders,
                Duration.ofDays(((Number) p.getOrDefault("retention_days", 30)).longValue()))));
          }
          default -> throw new IllegalArgumentException("process " + e.getKey() + ": type is daily_cycle or clean_up,"
              + " not '" + type + "'");
        }
      }
      Clock clock = Clock.systemUTC();
      DaemonMetrics metrics = new DaemonMetrics(store, clock, setup::lastPriceTimes);
      Map<String, Object> alertConfig = config.containsKey("alerts") ? map(config, "alerts") : Map.of();
      List<AlertSink> sinks = new ArrayList<>(List.of(new LogAlertSink()));
      if (alertConfig.containsKey("webhook")) {
        Map<String, Object> hook = map(alertConfig, "webhook");
        sinks.add(new WebhookAlertSink(URI.create(text(hook, "url")), optText(hook, "token_secret")
            .flatMap(secrets::get)));
      }
      if (alertConfig.containsKey("email")) {
        // the SMTP server and its credentials from the environment (PYSTRADE_SMTP_*) or a private properties file,
        // as for the reports' mail; the addresses from the control file
        Map<String, Object> mail = map(alertConfig, "email");
        Object to = mail.get("to");
        List<String> addresses = to instanceof List<?> l ? l.stream().map(String::valueOf).toList()
            : List.of(String.valueOf(to));
        SmtpSettings smtp = SmtpSettings.resolve(optText(mail, "smtp").orElse(null), environment,
            optText(mail, "smtp_config").map(base::resolve).orElse(null));
        sinks.add(new MailAlertSink(new SmtpMailSender(smtp), addresses));
      }
      Alerts alerts = new Alerts(store, sinks, clock, setup::lastPriceTimes,
          Duration.ofDays(((Number) alertConfig.getOrDefault("max_data_age_days", 5)).longValue()),
          ((Number) alertConfig.getOrDefault("rejected_spike", 5)).intValue());
      String owner = "daemon-" + ProcessHandle.current().pid() + "-" + UUID.randomUUID().toString().substring(0, 8);
      Scheduler scheduler = new Scheduler(store, processes, clock, ProcessListener.all(metrics, alerts), owner,
          Duration.ofSeconds(((Number) config.getOrDefault("lock_ttl_seconds", 120)).longValue()));
      Optional<DaemonServer> server = Optional.empty();
      if (httpPort.isPresent()) {
        Map<String, Object> http = config.containsKey("http") ? map(config, "http") : Map.of();
        Optional<String> token = optText(http, "token_secret").flatMap(secrets::get);
        Dashboard dashboard = new Dashboard(store, scheduler::status);
        server = Optional.of(DaemonServer.start(optText(http, "bind").orElse("127.0.0.1"), httpPort.getAsInt(),
            token, metrics::scrape, () -> health(scheduler), dashboard::html));
      }
      scheduler.start();
      LOG.info("daemon {} started on state {} with processes {}", owner, state, configured.keySet());
      return new ProductionDaemon(store, scheduler, metrics, server);
    } catch (RuntimeException | IOException ex) {
      store.close();
      throw ex;
    }
  }

  private static Optional<String> health(Scheduler scheduler) {
    if (scheduler.stopRequested()) {
      return Optional.of("stopping");
    }
    List<String> crashed = scheduler.status().stream().filter(v -> v.state().equals("crashed"))
        .map(ProcessView::name).toList();
    return crashed.isEmpty() ? Optional.empty() : Optional.of("crashed: " + String.join(", ", crashed));
  }

  private static void initialise(ProductionStore store, Map<String, Object> strategy, Path base) {
    Path systemConfig = base.resolve(text(strategy, "config")).normalize();
    SystemConfig config = SystemConfig.fromYaml(systemConfig);
    String name = optText(strategy, "name").orElse("paper");
    store.strategies().put(new Strategy(StrategyName.of(name), 1, systemConfig.toString()));
    ProductionCapital capital = new ProductionCapital(store);
    Instant now = Instant.now();
    if (capital.current().isEmpty()) {
      double amount = strategy.containsKey("capital") ? ((Number) strategy.get("capital")).doubleValue()
          : config.getDouble("notional_trading_capital");
      capital.setByHand(now, Money.of(amount, Currency.of(config.getString("base_currency"))), null, null, null);
    }
    capital.allocateToStrategies(now);
    LOG.info("state initialised: strategy {} with config {}", name, systemConfig);
  }

  private static Schedule schedule(Map<String, Object> p, ZoneId zone) {
    LocalTime start = LocalTime.parse(optText(p, "start").orElse("00:00"));
    LocalTime end = LocalTime.parse(optText(p, "end").orElse("23:59"));
    return p.containsKey("every_minutes") ? Schedule.everyMinutes(((Number) p.get("every_minutes")).intValue(),
        start, end, zone) : Schedule.onceADay(start, end, zone);
  }

  @SuppressWarnings("unchecked")
  private static Map<String, Object> map(Map<String, Object> m, String key) {
    Object v = m.get(key);
    ArgChecker.isTrue(v instanceof Map, "control config: '{}' must be a mapping", key);
    return (Map<String, Object>) v;
  }

  private static String text(Map<String, Object> m, String key) {
    return optText(m, key).orElseThrow(() -> new IllegalArgumentException("control config: '" + key
        + "' is missing"));
  }

  private static Optional<String> optText(Map<String, Object> m, String key) {
    Object v = m.get(key);
    return v == null ? Optional.empty() : Optional.of(v.toString());
  }

  /**
   * The endpoints' port.
   *
   * @return the port, empty without endpoints
   */
  public OptionalInt httpPort() {
    return server.map(s -> OptionalInt.of(s.port())).orElse(OptionalInt.empty());
  }

  /**
   * The scheduler (status, runs).
   *
   * @return it
   */
  public Scheduler scheduler() {
    return scheduler;
  }

  /**
   * The metrics.
   *
   * @return them
   */
  public DaemonMetrics metrics() {
    return metrics;
  }

  /**
   * Stops gracefully: no new run; the current one finishes within the grace period (else its lock lapses and the
   * next start resumes it); then the endpoints and the store close.
   */
  @Override
  public synchronized void close() {
    if (closed) {
      return;
    }
    closed = true;
    LOG.info("stopping: waiting up to {} for the current run", GRACE);
    scheduler.requestStop();
    try {
      if (!scheduler.awaitStopped(GRACE)) {
        LOG.warn("the current run did not end within {}: its lock will lapse and the next start resumes it", GRACE);
      }
    } catch (InterruptedException ex) {
      Thread.currentThread().interrupt();
    }
    server.ifPresent(DaemonServer::close);
    store.close();
    LOG.info("stopped");
  }
}
