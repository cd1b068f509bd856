package org.pystrade.examples.cli;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.pystrade.broker.api.Broker;
import org.pystrade.broker.api.ConnectionInfo;
import org.pystrade.broker.config.BrokerConfigTable;
import org.pystrade.broker.ib.IbBroker;
import org.pystrade.broker.ib.IbSettings;
import org.pystrade.core.config.SystemConfig;
import org.pystrade.core.data.FuturesSimData;
import org.pystrade.core.domain.Currency;
import org.pystrade.core.domain.Failure;
import org.pystrade.core.domain.FuturesContract;
import org.pystrade.core.domain.InstrumentCode;
import org.pystrade.core.domain.Money;
import org.pystrade.core.domain.Quantity;
import org.pystrade.core.domain.Result;
import org.pystrade.core.domain.trading.CapitalEntry;
import org.pystrade.core.domain.trading.CapitalMode;
import org.pystrade.core.domain.trading.OrderLevel;
import org.pystrade.core.domain.trading.OrderStatus;
import org.pystrade.core.domain.trading.ProcessState;
import org.pystrade.core.domain.trading.ProcessStatus;
import org.pystrade.core.domain.trading.RollState;
import org.pystrade.core.domain.trading.Strategy;
import org.pystrade.core.domain.trading.StrategyName;
import org.pystrade.core.domain.trading.TradingOrder;
import org.pystrade.core.series.Timestamps;
import org.pystrade.core.system.TradingSystem;
import org.pystrade.data.production.ProductionCapital;
import org.pystrade.data.production.ProductionStore;
import org.pystrade.data.production.WriteListener;
import org.pystrade.data.store.DataStore;
import org.pystrade.data.stores.DataStores;
import org.pystrade.production.roll.RollStateChange;
import org.pystrade.production.roll.RollStates;
import org.pystrade.production.ContractSource;
import org.pystrade.production.BrokerReconciliation;
import org.pystrade.production.CycleInputs;
import org.pystrade.production.CycleReport;
import org.pystrade.production.DailyCycle;
import org.pystrade.production.TradingDay;
import org.pystrade.production.daemon.ProductionDaemon;
import org.pystrade.production.execution.BrokerCalls;
import org.pystrade.production.execution.ExecutionAlgorithm;
import org.pystrade.production.execution.ExecutionClock;
import org.pystrade.production.replay.PaperReplay;
import org.pystrade.production.replay.ReplayResult;
import org.pystrade.production.replay.SimulatedMarket;
import org.pystrade.production.strategy.AsOfPositions;
import picocli.CommandLine;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Model.OptionSpec;
import picocli.CommandLine.ParseResult;

/**
 * The {@code production} commands: {@code init} (creates the state and registers a strategy), {@code run-daily}
 * (one day of the daily cycle against the simulated broker or IB), {@code status}, {@code orders},
 * {@code positions}, {@code replay} (the paper replay of a period) and {@code report}
 * ({@link ProductionReportCommand}).
 */
final class ProductionCommands {

  static final String PRODUCTION = "production";
  private static final String INIT = "init";
  private static final String RUN_DAILY = "run-daily";
  private static final String STATUS = "status";
  private static final String ORDERS = "orders";
  private static final String POSITIONS = "positions";
  private static final String REPLAY = "replay";
  private static final String DAEMON = "daemon";
  private static final String ROLL = "roll";
  private static final String INSTRUMENT = "--instrument";
  private static final String ROLL_STATE = "--roll-state";
  private static final String HTTP_PORT = "--http-port";

  private static final String STATE = "--state";
  private static final String STRATEGY = "--strategy";
  private static final String WEIGHT = "--weight";
  private static final String CAPITAL = "--capital";
  private static final String DATE = "--date";
  private static final String FROM = "--from";
  private static final String TO = "--to";
  private static final String BROKER = "--broker";
  private static final String HOST = "--host";
  private static final String PORT = "--port";
  private static final String CLIENT_ID = "--client-id";
  private static final String ALGORITHM = "--algorithm";
  private static final String CAPITAL_MODE = "--capital-mode";
  private static final String ALL = "--all";
  private static final String RERUN = "--rerun";
  private static final String PROCESS = "run_daily";

  private ProductionCommands() {
  }

  /**
   * The {@code production} command and its subcommands.
   *
   * @return the command line
   */
  static CommandLine command() {
    CommandSpec production = spec(PRODUCTION, PRODUCTION + " COMMAND [OPTIONS]",
        "Production trading: the state store, the daily cycle and the paper replay.");
    production.usageMessage().commandListHeading("%nCommands:%n");
    CommandLine line = new CommandLine(production);
    CommandSpec init = spec(INIT, PRODUCTION + " " + INIT + " --state DIR|URL --config FILE [OPTIONS]",
        "Create the production state (SQLite in a folder, or a PostgreSQL URL) and register a strategy.");
    state(init);
    init.addOption(option(Commands.CONFIG, "FILE", "The strategy's system config (YAML).", true));
    init.addOption(option(STRATEGY, "NAME", "The strategy's name (default: the config file's name).", false));
    init.addOption(OptionSpec.builder(WEIGHT).type(double.class).paramLabel("W").defaultValue("1")
        .description("Its capital weight (default: 1).").build());
    init.addOption(OptionSpec.builder(CAPITAL).type(Double.class).paramLabel("AMOUNT")
        .description("The total capital in the config's base currency (default: the config's "
            + "notional_trading_capital), set when the state has none.").build());
    line.addSubcommand(INIT, new CommandLine(init));
    CommandSpec daily = spec(RUN_DAILY, PRODUCTION + " " + RUN_DAILY + " --state DIR|URL --data DIR [OPTIONS]",
        "Run the daily cycle once: prices, capital, strategies, orders, execution, reconciliation.");
    state(daily);
    daily.addOption(option(Commands.DATA, "DIR", "The price data (folder or data store).", true));
    cache(daily);
    daily.addOption(option(DATE, "YYYY-MM-DD", "The day (default: the data's last day).", false));
    daily.addOption(OptionSpec.builder(BROKER).type(String.class).paramLabel("sim|ib").defaultValue("sim")
        .description("The broker: the simulated broker at the day's prices, or IB (TWS or IB Gateway).").build());
    daily.addOption(OptionSpec.builder(HOST).type(String.class).paramLabel("HOST").defaultValue("127.0.0.1")
        .description("IB: the host (default: 127.0.0.1).").build());
    daily.addOption(OptionSpec.builder(PORT).type(int.class).paramLabel("PORT").defaultValue("4002")
        .description("IB: the API port (default: 4002).").build());
    daily.addOption(OptionSpec.builder(CLIENT_ID).type(int.class).paramLabel("N").defaultValue("1")
        .description("IB: the client id (default: 1).").build());
    algorithm(daily);
    daily.addOption(OptionSpec.builder(CAPITAL_MODE).type(String.class).paramLabel("full|half|fixed")
        .defaultValue("fixed").description("How the total capital follows the account value (default: fixed).")
        .build());
    line.addSubcommand(RUN_DAILY, new CommandLine(daily));
    CommandSpec status = spec(STATUS, PRODUCTION + " " + STATUS + " --state DIR|URL",
        "Print the strategies, capital, processes, locks and the open orders.");
    state(status);
    line.addSubcommand(STATUS, new CommandLine(status));
    CommandSpec orders = spec(ORDERS, PRODUCTION + " " + ORDERS + " --state DIR|URL [--all]",
        "Print the open orders of the three stacks as CSV (with --all: every order).");
    state(orders);
    orders.addOption(OptionSpec.builder(ALL).arity("0").description("Every order, not only the open ones.")
        .build());
    line.addSubcommand(ORDERS, new CommandLine(orders));
    CommandSpec positions = spec(POSITIONS, PRODUCTION + " " + POSITIONS + " --state DIR|URL",
        "Print each strategy's instrument positions and the contract positions as CSV.");
    state(positions);
    line.addSubcommand(POSITIONS, new CommandLine(positions));
    CommandSpec replay = spec(REPLAY, PRODUCTION + " " + REPLAY
        + " --config FILE --data DIR --from D1 --to D2 --out DIR [OPTIONS]",
        "Replay the daily cycle over every business day against the simulated broker and compare with the "
            + "backtest: OUT/INSTRUMENT.csv and OUT/summary.txt.");
    replay.addOption(option(Commands.CONFIG, "FILE", "The system config (YAML).", true));
    replay.addOption(option(Commands.DATA, "DIR", "The price data (folder or data store).", true));
    cache(replay);
    replay.addOption(option(FROM, "YYYY-MM-DD", "The first day.", true));
    replay.addOption(option(TO, "YYYY-MM-DD", "The last day.", true));
    replay.addOption(option(Commands.OUT, "DIR", "The output folder (empty or new).", true));
    algorithm(replay);
    replay.addOption(OptionSpec.builder(RERUN).arity("0").description("Rerun the system on the data up to each "
        + "day (always so for a config that estimates parameters; slow).").build());
    line.addSubcommand(REPLAY, new CommandLine(replay));
    CommandSpec daemon = spec(DAEMON, PRODUCTION + " " + DAEMON + " --config control.yaml --state DIR [--http-port N]",
        "Run the scheduled processes (daily cycle, clean-up) from the state until SIGTERM, with the metrics, health"
            + " and dashboard endpoints on --http-port (loopback unless configured otherwise).");
    daemon.addOption(option(Commands.CONFIG, "FILE", "The control config (control.yaml).", true));
    daemon.addOption(option(STATE, "DIR", "The state folder (created owner-only and initialised when empty).",
        true));
    daemon.addOption(OptionSpec.builder(HTTP_PORT).type(Integer.class).paramLabel("N")
        .description("Serve /metrics, /health and the dashboard / on this port (0: any free one).").build());
    line.addSubcommand(DAEMON, new CommandLine(daemon));
    CommandSpec roll = spec(ROLL, PRODUCTION + " " + ROLL + " --state DIR|URL --data STORE --instrument CODE "
        + "[--roll-state STATE]", "Show an instrument's roll state (its priced contract, the position held in it, the "
        + "states allowed next) or change it as pysystemtrade allows; ROLL_ADJUSTED rolls the store's multiple and "
        + "adjusted prices to the forward contract and returns to NO_ROLL.");
    state(roll);
    roll.addOption(option(Commands.DATA, "STORE", "The price store: a folder (csv:DIR), parquet:DIR, arrow:DIR or "
        + "jdbc:URL.", true));
    roll.addOption(option(INSTRUMENT, "CODE", "The instrument.", true));
    roll.addOption(option(ROLL_STATE, "STATE", "The state asked for: "
        + java.util.Arrays.toString(RollState.values()) + " (default: show the state only).", false));
    line.addSubcommand(ROLL, new CommandLine(roll));
    line.addSubcommand(ProductionReportCommand.REPORT, new CommandLine(ProductionReportCommand.spec()));

    return line;
  }

  static CommandSpec spec(String name, String synopsis, String description) {
    CommandSpec spec = CommandSpec.create().name(name);
    spec.usageMessage().synopsisHeading("Usage: ").customSynopsis(Commands.JAR + " " + synopsis)
        .description(description).optionListHeading("%nOptions:%n").sortOptions(false)
        .exitCodeListHeading("%nExit codes:%n").exitCodeList(Map.of("0", "success", "1",
            "a config, data, state or broker error", "2", "a usage error", "3", "replay: positions differ from the "
                + "backtest", "4", "run-daily, replay or report: done, with failures (printed; report: mail not "
                + "sent)"));
    spec.addOption(help());
    return spec;
  }

  private static OptionSpec help() {
    return OptionSpec.builder("-h", "--help").usageHelp(true).description("Show this help and exit.").build();
  }

  static OptionSpec option(String name, String label, String description, boolean required) {
    return OptionSpec.builder(name).type(String.class).paramLabel(label).required(required)
        .description(description).build();
  }

  private static void cache(CommandSpec spec) {
    spec.addOption(option(Commands.CACHE, "DIR|none", "The binary cache of parsed data files (default: the user's "
        + "own, as for the other commands); none: read the CSV files every time.", false));
  }

  /** The data of {@code --data}, through the cache of {@code --cache} (the default cache when not given). */
  private static FuturesSimData data(CommandSpec spec) {
    String cache = text(spec, Commands.CACHE);
    Path folder = cache == null ? Commands.defaultCache() : cache.equals("none") ? null : Path.of(cache);
    return Prefetch.open(Path.of(text(spec, Commands.DATA)), folder);
  }

  static void state(CommandSpec spec) {
    spec.addOption(option(STATE, "DIR|URL", "The production state: a folder (SQLite production.db in it) or a "
        + "jdbc:postgresql:// URL.", true));
  }

  private static void algorithm(CommandSpec spec) {
    spec.addOption(OptionSpec.builder(ALGORITHM).type(String.class).paramLabel("market|original-best")
        .defaultValue("market").description("How broker orders are worked (default: market).").build());
  }

  /**
   * Runs a {@code production} command.
   *
   * @param production the parse result of {@code production}
   * @param out standard output
   * @param err standard error
   * @return the exit code
   * @throws IOException if a file cannot be written
   */
  static int run(ParseResult production, PrintStream out, PrintStream err) throws IOException {
    if (!production.hasSubcommand()) {
      err.println("error: no production command given: " + String.join(", ", List.of(INIT, RUN_DAILY, STATUS,
          ORDERS, POSITIONS, REPLAY, DAEMON, ROLL, ProductionReportCommand.REPORT)));
      production.commandSpec().commandLine().usage(err);
      return Commands.USAGE_ERROR;
    }
    try {
      return run(production.subcommand().commandSpec(), out, err);
    } catch (Commands.BadValue ex) {
      err.println("error: " + ex.getMessage());
      return Commands.USAGE_ERROR;
    }
  }

  private static int run(CommandSpec spec, PrintStream out, PrintStream err) throws IOException {
    switch (spec.name()) {
      case REPLAY:
        return replay(spec, out, err);
      case DAEMON:
        return daemon(spec, out);
      case INIT:
        return init(spec, out);
      case ProductionReportCommand.REPORT:
        return ProductionReportCommand.run(spec, out, err);
      default:
        break;
    }
    if (spec.name().equals(ROLL)) {
      try (ProductionStore store = open(spec); DataStore data = DataStores.open(text(spec, Commands.DATA))) {
        return roll(store, data, spec, out, err);
      }
    }
    try (ProductionStore store = open(spec)) {
      switch (spec.name()) {
        case RUN_DAILY:
          return runDaily(store, spec, out, err);
        case STATUS:
          return status(store, out);
        case ORDERS:
          return orders(store, Boolean.TRUE.equals(spec.findOption(ALL).getValue()), out);
        default:
          return positions(store, out);
      }
    }
  }

  static String text(CommandSpec spec, String option) {
    return spec.findOption(option).getValue();
  }

  static ProductionStore open(CommandSpec spec) {
    String state = text(spec, STATE);
    return state.startsWith("jdbc:") ? ProductionStore.open(state)
        : ProductionStore.openIn(Path.of(state), WriteListener.NONE);
  }

  static LocalDate date(String option, String value) {
    try {
      return LocalDate.parse(value);
    } catch (DateTimeParseException ex) {
      throw new Commands.BadValue(option + " needs a date YYYY-MM-DD but was '" + value + "'");
    }
  }

  private static int init(CommandSpec spec, PrintStream out) {
    Path configFile = Path.of(text(spec, Commands.CONFIG)).toAbsolutePath();
    SystemConfig config = SystemConfig.fromYaml(configFile);
    String name = text(spec, STRATEGY);
    if (name == null) {
      name = configFile.getFileName().toString().replaceFirst("\\.ya?ml$", "").replaceAll("[^A-Za-z0-9_-]", "_");
    }
    double weight = spec.findOption(WEIGHT).getValue();
    Double capital = spec.findOption(CAPITAL).getValue();
    Currency base = Currency.of(config.getString("base_currency"));
    try (ProductionStore store = open(spec)) {
      store.strategies().put(new Strategy(StrategyName.of(name), weight, configFile.toString()));
      ProductionCapital pc = new ProductionCapital(store);
      Instant now = Instant.now();
      if (pc.current().isEmpty()) {
        pc.setByHand(now, Money.of(capital != null ? capital : config.getDouble("notional_trading_capital"), base),
            null, null, null);
      }
      Map<StrategyName, Money> allocated = pc.allocateToStrategies(now);
      out.println("state: " + store.location());
      out.println("strategy " + name + ": weight " + weight + ", config " + configFile);
      allocated.forEach((s, m) -> out.println("capital of " + s + ": " + money(m)));
    }
    return Commands.OK;
  }

  private static int runDaily(ProductionStore store, CommandSpec spec, PrintStream out, PrintStream err) {
    List<Strategy> strategies = store.strategies().all();
    if (strategies.isEmpty()) {
      err.println("error: the state has no strategy: run " + PRODUCTION + " " + INIT + " first");
      return Commands.DATA_ERROR;
    }
    FuturesSimData data = data(spec);
    ExecutionAlgorithm algorithm = ExecutionAlgorithm.named(text(spec, ALGORITHM));
    CapitalMode mode = CapitalMode.of(text(spec, CAPITAL_MODE));
    String brokerName = text(spec, BROKER);
    if (!brokerName.equals("sim") && !brokerName.equals("ib")) {
      throw new Commands.BadValue(BROKER + " is sim or ib, not '" + brokerName + "'");
    }
    List<TradingSystem> systems = new ArrayList<>();
    List<InstrumentCode> instruments = new ArrayList<>();
    for (Strategy s : strategies) {
      SystemConfig config = SystemConfig.fromYaml(Path.of(s.config()));
      Optional<Money> capital = store.capital().latestStrategyCapital(s.name());
      if (capital.isPresent()) {
        config = config.toBuilder().set("notional_trading_capital", capital.get().amount()).build();
      }
      TradingSystem system = TradingSystem.fromYaml(config, data);
      systems.add(system);
      system.configuredInstruments().stream().filter(c -> !instruments.contains(c)).forEach(instruments::add);
    }
    LocalDate day = text(spec, DATE) != null ? date(DATE, text(spec, DATE)) : lastDay(data, instruments);
    Money cash = store.capital().latestTotal().map(CapitalEntry::totalCapital)
        .orElseGet(() -> Money.of(systems.get(0).config().getDouble("notional_trading_capital"),
            systems.get(0).context().baseCurrency()));
    store.processes().put(new ProcessStatus(PROCESS, ProcessState.RUNNING, ProcessHandle.current().pid(),
        Instant.now(), "day " + day));
    Broker broker;
    ExecutionClock clock;
    TradingDay tradingDay;
    if (brokerName.equals("sim")) {
      SimulatedMarket market = SimulatedMarket.of(data, instruments, cash,
          day.atStartOfDay().toInstant(ZoneOffset.UTC), day);
      broker = market.broker();
      clock = market.executionClock();
      tradingDay = TradingDay.simulated(day);
    } else {
      IbBroker ib = new IbBroker(IbSettings.builder(text(spec, HOST), spec.findOption(PORT).getValue(),
          spec.findOption(CLIENT_ID).getValue()).build(), BrokerConfigTable.bundled());
      Result<ConnectionInfo> info = BrokerCalls.await(ib.connect(), Duration.ofSeconds(30));
      if (!info.isOk()) {
        ib.close();
        return failed(store, err, "cannot connect to IB: " + info.failure());
      }
      broker = ib;
      clock = ExecutionClock.system(Clock.systemUTC());
      Instant now = Instant.now();
      tradingDay = new TradingDay(day, now, now.plus(Duration.ofMinutes(10)), now.plus(Duration.ofMinutes(15)));
    }
    try {
      CycleInputs.Builder inputs = CycleInputs.builder(store, broker, clock, ContractSource.of(data))
          .algorithm(algorithm).capital(mode, 0.1);
      if (!brokerName.equals("sim")) {
        // the simulated broker is new at each run and holds nothing: reconciling with it would break every position
        inputs.reconciliation(new BrokerReconciliation(Duration.ofSeconds(30), Clock.systemUTC()));
      }
      for (int i = 0; i < strategies.size(); i++) {
        inputs.strategy(strategies.get(i).name(), new AsOfPositions(systems.get(i), data));
      }
      CycleReport report = new DailyCycle(inputs.build()).run(tradingDay);
      out.println("day: " + report.day());
      report.capital().ifPresent(c -> out.println("total capital: " + money(c.totalCapital())));
      report.decisions().forEach(d -> out.println(d.strategy() + " " + d.instrument() + ": held " + d.held().value()
          + ", target " + d.target().value() + ", trade " + d.trade().value()
          + (d.outcomes().isEmpty() ? "" : " (" + d.reasons() + ")")));
      out.println("broker orders sent: " + report.execution().brokerOrdersSent() + ", fills booked: "
          + report.execution().fillsBooked());
      List<Failure> all = new ArrayList<>(report.failures());
      all.addAll(report.execution().failures());
      all.addAll(report.breaks());
      all.forEach(f -> err.println("failure: " + f));
      store.processes().put(new ProcessStatus(PROCESS, ProcessState.STOPPED, ProcessHandle.current().pid(),
          Instant.now(), all.isEmpty() ? "day " + day + " complete" : all.size() + " failures on " + day));
      return report.complete() ? Commands.OK : Commands.PARTIAL;
    } catch (RuntimeException ex) {
      failed(store, err, ex.toString());
      throw ex;
    } finally {
      broker.close();
    }
  }

  private static int roll(ProductionStore store, DataStore data, CommandSpec spec, PrintStream out,
      PrintStream err) {
    InstrumentCode code = InstrumentCode.of(text(spec, INSTRUMENT));
    String asked = text(spec, ROLL_STATE);
    RollStates rolls = new RollStates(store, data);
    RollStateChange change;
    if (asked == null) {
      change = rolls.current(code);
    } else {
      RollState to;
      try {
        to = RollState.valueOf(asked.toUpperCase(java.util.Locale.ROOT));
      } catch (IllegalArgumentException ex) {
        throw new Commands.BadValue(ROLL_STATE + " needs one of " + java.util.Arrays.toString(RollState.values())
            + " but was '" + asked + "'");
      }
      change = rolls.request(code, to);
    }
    out.println(change.message());
    out.println("priced contract " + change.priced() + ", held " + change.pricedPosition() + "; state now "
        + change.now() + "; allowed after " + change.from() + ": " + change.allowed());
    if (asked != null && !change.applied()) {
      err.println("error: " + change.message());
      return Commands.DATA_ERROR;
    }
    return Commands.OK;
  }

  private static int daemon(CommandSpec spec, PrintStream out) throws IOException {
    Integer port = spec.findOption(HTTP_PORT).getValue();
    ProductionDaemon daemon = ProductionDaemon.start(Path.of(text(spec, Commands.CONFIG)), Path.of(text(spec, STATE)),
        port == null ? java.util.OptionalInt.empty() : java.util.OptionalInt.of(port), System.getenv());
    java.util.concurrent.CountDownLatch stopped = new java.util.concurrent.CountDownLatch(1);
    Thread hook = new Thread(() -> {
      daemon.close();
      stopped.countDown();
    }, "pystrade-shutdown");
    Runtime.getRuntime().addShutdownHook(hook);
    daemon.httpPort().ifPresent(p -> out.println("daemon running: http://127.0.0.1:" + p + "/ (metrics, health,"
        + " dashboard); stop with SIGTERM"));
    out.flush();
    try {
      stopped.await();
    } catch (InterruptedException ex) {
      Thread.currentThread().interrupt();
    }
    return Commands.OK;
  }

  private static int failed(ProductionStore store, PrintStream err, String message) {
    store.processes().put(new ProcessStatus(PROCESS, ProcessState.FAILED, ProcessHandle.current().pid(),
        Instant.now(), message));
    err.println("error: " + message);
    return Commands.DATA_ERROR;
  }

  /** The last day with a price of any of the instruments. */
  static LocalDate lastDay(FuturesSimData data, List<InstrumentCode> instruments) {
    long last = Long.MIN_VALUE;
    for (InstrumentCode code : instruments) {
      long[] t = data.multiplePrices(code).price().timesView();
      if (t.length > 0) {
        last = Math.max(last, t[t.length - 1]);
      }
    }
    if (last == Long.MIN_VALUE) {
      throw new IllegalArgumentException("the data has no prices of " + instruments);
    }
    return Timestamps.toDate(last);
  }

  private static int status(ProductionStore store, PrintStream out) {
    out.println("state: " + store.location());
    store.capital().latestTotal().ifPresent(c -> out.println("total capital: " + money(c.totalCapital())
        + " (maximum " + money(c.maximumCapital()) + ", account value " + money(c.brokerAccountValue()) + ")"));
    for (Strategy s : store.strategies().all()) {
      out.println("strategy " + s.name() + ": weight " + s.capitalWeight() + ", capital "
          + store.capital().latestStrategyCapital(s.name()).map(ProductionCommands::money).orElse("none")
          + ", config " + s.config());
    }
    store.processes().all().forEach(p -> out.println("process " + p.process() + ": " + p.state() + " at "
        + p.updated() + " (" + p.message() + ")"));
    store.locks().all().forEach(l -> out.println("lock " + l.instrument() + ": " + l.reason()));
    for (OrderLevel level : OrderLevel.values()) {
      out.println("open " + level.name().toLowerCase(java.util.Locale.ROOT) + " orders: "
          + store.orders().withStatus(level, OrderStatus.OPEN).size());
    }
    return Commands.OK;
  }

  private static int orders(ProductionStore store, boolean all, PrintStream out) {
    out.println("id,level,parent,strategy,instrument,contract,quantity,filled,status,client_ref,created,comment");
    List<TradingOrder> list = new ArrayList<>();
    for (OrderLevel level : OrderLevel.values()) {
      for (OrderStatus status : all ? List.of(OrderStatus.values()) : List.of(OrderStatus.OPEN)) {
        list.addAll(store.orders().withStatus(level, status));
      }
    }
    list.sort((a, b) -> Long.compare(a.id(), b.id()));
    for (TradingOrder o : list) {
      out.println(o.id() + "," + o.level() + "," + o.parentId() + "," + o.strategy() + "," + o.instrument() + ","
          + o.contractIfAny().map(c -> c.date().asId()).orElse("") + "," + o.quantity().longValueExact() + ","
          + o.filled().longValueExact() + "," + o.status() + "," + o.clientRef() + "," + o.created() + ",\""
          + o.comment().replace("\"", "\"\"") + "\"");
    }
    return Commands.OK;
  }

  private static int positions(ProductionStore store, PrintStream out) {
    out.println("strategy,instrument,contract,position");
    List<InstrumentCode> instruments = new ArrayList<>();
    for (Strategy s : store.strategies().all()) {
      Map<InstrumentCode, Quantity> held = store.positions().instrumentPositions(s.name());
      held.entrySet().stream().sorted(Map.Entry.comparingByKey((a, b) -> a.value().compareTo(b.value())))
          .forEach(e -> {
            out.println(s.name() + "," + e.getKey() + ",," + e.getValue().longValueExact());
            if (!instruments.contains(e.getKey())) {
              instruments.add(e.getKey());
            }
          });
    }
    for (InstrumentCode code : instruments) {
      Map<FuturesContract, Quantity> contracts = store.positions().contractPositions(code);
      contracts.entrySet().stream().sorted(Map.Entry.comparingByKey((a, b) -> a.date().asId()
          .compareTo(b.date().asId()))).forEach(e -> out.println("," + code + "," + e.getKey().date().asId() + ","
              + e.getValue().longValueExact()));
    }
    return Commands.OK;
  }

  private static int replay(CommandSpec spec, PrintStream out, PrintStream err) throws IOException {
    LocalDate from = date(FROM, text(spec, FROM));
    LocalDate to = date(TO, text(spec, TO));
    if (to.isBefore(from)) {
      throw new Commands.BadValue(TO + " " + to + " is before " + FROM + " " + from);
    }
    SystemConfig config = SystemConfig.fromYaml(Path.of(text(spec, Commands.CONFIG)));
    FuturesSimData data = data(spec);
    Path outDir = Path.of(text(spec, Commands.OUT));
    long start = System.nanoTime();
    ReplayResult r = PaperReplay.builder(config, data, from, to, outDir)
        .algorithm(ExecutionAlgorithm.named(text(spec, ALGORITHM)))
        .rerunEachDay(Boolean.TRUE.equals(spec.findOption(RERUN).getValue())).build().run();
    out.print(r.summary());
    out.println("replay ms: " + (System.nanoTime() - start) / 1_000_000);
    if (!r.exact()) {
      err.println("error: the held positions differ from the backtest's buffered positions (see "
          + outDir.resolve("summary.txt") + ")");
      return Commands.MISMATCH;
    }
    return r.incompleteDays() == 0 ? Commands.OK : Commands.PARTIAL;
  }

  private static String money(Money m) {
    return String.format(java.util.Locale.ROOT, "%.2f %s", m.amount(), m.currency().code());
  }
}
