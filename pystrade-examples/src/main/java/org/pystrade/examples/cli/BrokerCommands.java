package org.pystrade.examples.cli;

import java.io.PrintStream;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.pystrade.broker.api.AccountSummary;
import org.pystrade.broker.api.BarSize;
import org.pystrade.broker.api.BrokerErrors;
import org.pystrade.broker.api.ConnectionInfo;
import org.pystrade.broker.api.HistoryRequest;
import org.pystrade.broker.api.PriceBars;
import org.pystrade.broker.config.BrokerConfigTable;
import org.pystrade.broker.ib.IbBroker;
import org.pystrade.broker.ib.IbSettings;
import org.pystrade.core.data.ContractPrices;
import org.pystrade.core.domain.ContractDate;
import org.pystrade.core.domain.ContractPosition;
import org.pystrade.core.domain.Currency;
import org.pystrade.core.domain.Failure;
import org.pystrade.core.domain.FuturesContract;
import org.pystrade.core.domain.InstrumentCode;
import org.pystrade.core.domain.Money;
import org.pystrade.core.domain.Result;
import org.pystrade.core.series.Timestamps;
import picocli.CommandLine;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Model.OptionSpec;
import picocli.CommandLine.ParseResult;

/**
 * The {@code broker} commands: {@code broker check} (what a user runs first against IB Gateway or TWS: server version,
 * accounts, net liquidation, positions) and {@code broker history} (a contract's bars, in pysystemtrade's contract
 * prices CSV layout). Both talk to TWS or IB Gateway through {@link IbBroker}.
 */
final class BrokerCommands {

  static final String BROKER = "broker";
  static final String CHECK = "check";
  static final String HISTORY = "history";

  /** Exit code: the broker could not be reached, or refused or failed a request (the message is on standard error). */
  static final int BROKER_ERROR = 5;

  private static final String HOST = "--host";
  private static final String PORT = "--port";
  private static final String CLIENT_ID = "--client-id";
  private static final String ACCOUNT = "--account";
  private static final String TIMEOUT = "--timeout";
  private static final String TABLE = "--broker-config";
  private static final String INSTRUMENT = "--instrument";
  private static final String CONTRACT = "--contract";
  private static final String BAR = "--bar";
  private static final String DAYS = "--days";
  private static final String END = "--end";
  private static final String DELAYED = "--delayed";

  private BrokerCommands() {
  }

  /**
   * The {@code broker} command and its subcommands.
   *
   * @return the command line of {@code broker}
   */
  static CommandLine command() {
    CommandSpec broker = spec(BROKER, Commands.JAR + " " + BROKER + " COMMAND [OPTIONS]",
        "Talk to Interactive Brokers (TWS or IB Gateway): check the connection, fetch history.");
    broker.usageMessage().commandListHeading("%nCommands:%n");
    CommandLine line = new CommandLine(broker);
    CommandSpec check = spec(CHECK, Commands.JAR + " " + BROKER + " " + CHECK + " [OPTIONS]",
        "Connect and print the server version, the accounts, the net liquidation value, cash, margin and the "
            + "positions.");
    connectionOptions(check);
    line.addSubcommand(CHECK, new CommandLine(check));
    CommandSpec history = spec(HISTORY, Commands.JAR + " " + BROKER + " " + HISTORY
        + " --instrument=CODE --contract=YYYYMMDD [OPTIONS]",
        "Print a futures contract's bars as CSV: DATETIME,OPEN,HIGH,LOW,FINAL,VOLUME (pysystemtrade's contract "
            + "prices layout: prices in pysystemtrade's units, a daily bar at 23:00 of its date, an intraday bar at "
            + "its start in UTC).");
    history.addOption(OptionSpec.builder(INSTRUMENT).type(String.class).paramLabel("CODE").required(true)
        .description("The instrument, as pysystemtrade names it (SOFR).").build());
    history.addOption(OptionSpec.builder(CONTRACT).type(String.class).paramLabel("YYYYMMDD").required(true)
        .description("The contract date, as pysystemtrade writes it (20250300: March 2025).").build());
    history.addOption(OptionSpec.builder(BAR).type(String.class).paramLabel("1d|1h|15m|5m|1m").defaultValue("1d")
        .description("The bar size (default: 1d).").build());
    history.addOption(OptionSpec.builder(DAYS).type(int.class).paramLabel("N").defaultValue("30")
        .description("How many calendar days back from the end (default: 30).").build());
    history.addOption(OptionSpec.builder(END).type(String.class).paramLabel("YYYY-MM-DD")
        .description("The end of the period: bars before midnight UTC of this date (default: now).").build());
    connectionOptions(history);
    line.addSubcommand(HISTORY, new CommandLine(history));
    broker.addOption(help());
    return line;
  }

  private static CommandSpec spec(String name, String synopsis, String description) {
    CommandSpec spec = CommandSpec.create().name(name);
    spec.usageMessage().synopsisHeading("Usage: ").customSynopsis(synopsis).description(description)
        .optionListHeading("%nOptions:%n").sortOptions(false).exitCodeListHeading("%nExit codes:%n")
        .exitCodeList(Map.of("0", "success", "2", "a usage error: unknown or bad option",
            String.valueOf(BROKER_ERROR), "the broker could not be reached, or refused or failed the request"));
    return spec;
  }

  private static OptionSpec help() {
    return OptionSpec.builder("-h", "--help").usageHelp(true).description("Show this help and exit.").build();
  }

  private static void connectionOptions(CommandSpec spec) {
    spec.addOption(OptionSpec.builder(HOST).type(String.class).paramLabel("HOST").defaultValue("127.0.0.1")
        .description("TWS's or IB Gateway's host (default: 127.0.0.1).").build());
    spec.addOption(OptionSpec.builder(PORT).type(int.class).paramLabel("PORT").defaultValue("4002")
        .description("The API port (default: 4002, IB Gateway paper; 4001 gateway live, 7497 TWS paper, 7496 TWS "
            + "live).").build());
    spec.addOption(OptionSpec.builder(CLIENT_ID).type(int.class).paramLabel("N").defaultValue("1")
        .description("The API client id, unique among the connections to that TWS (default: 1).").build());
    spec.addOption(OptionSpec.builder(ACCOUNT).type(String.class).paramLabel("ID").defaultValue("")
        .description("The account to report (default: the first managed account).").build());
    spec.addOption(OptionSpec.builder(TIMEOUT).type(int.class).paramLabel("SECONDS").defaultValue("15")
        .description("How long the connection and each request may take (default: 15).").build());
    spec.addOption(OptionSpec.builder(DELAYED).arity("0")
        .description("Ask for delayed market data (a paper account without market data subscriptions).").build());
    spec.addOption(OptionSpec.builder(TABLE).type(String.class).paramLabel("FILE.csv")
        .description("A broker config table to use instead of the bundled one (columns instrument,symbol,exchange,"
            + "currency,multiplier,price_magnifier).").build());
    spec.addOption(help());
  }

  /**
   * Runs {@code broker check} or {@code broker history}.
   *
   * @param broker the parse result of the {@code broker} command
   * @param out standard output
   * @param err standard error
   * @return the exit code
   */
  static int run(ParseResult broker, PrintStream out, PrintStream err) {
    if (!broker.hasSubcommand()) {
      err.println("error: no broker command given: " + CHECK + " or " + HISTORY);
      broker.commandSpec().commandLine().usage(err);
      return Commands.USAGE_ERROR;
    }
    ParseResult sub = broker.subcommand();
    CommandSpec spec = sub.commandSpec();
    IbSettings settings;
    BrokerConfigTable table;
    int timeout = spec.findOption(TIMEOUT).getValue();
    try {
      settings = IbSettings.builder(spec.findOption(HOST).getValue(), spec.findOption(PORT).getValue(),
          spec.findOption(CLIENT_ID).getValue()).account(spec.findOption(ACCOUNT).getValue())
          .connectTimeout(Duration.ofSeconds(Math.max(1, timeout))).requestTimeout(Duration.ofSeconds(Math.max(1,
              timeout))).reconnect(false, Duration.ofMillis(250), Duration.ofSeconds(1))
          .marketDataType(Boolean.TRUE.equals(spec.findOption(DELAYED).getValue()) ? 3 : 1).build();
    } catch (IllegalArgumentException ex) {
      err.println("error: " + ex.getMessage());
      return Commands.USAGE_ERROR;
    }
    String tableFile = spec.findOption(TABLE).getValue();
    if (tableFile == null) {
      table = BrokerConfigTable.bundled();
    } else {
      Result<BrokerConfigTable> t = BrokerConfigTable.read(Path.of(tableFile));
      if (!t.isOk()) {
        err.println("error: " + t.failure().message());
        return Commands.DATA_ERROR;
      }
      table = t.value();
    }
    try (IbBroker ib = new IbBroker(settings, table)) {
      Result<ConnectionInfo> info = await(ib.connect(), timeout);
      if (!info.isOk()) {
        return brokerError(err, info.failure());
      }
      return spec.name().equals(CHECK) ? check(ib, settings, info.value(), timeout, out, err)
          : history(ib, spec, timeout, out, err);
    }
  }

  private static int brokerError(PrintStream err, Failure f) {
    String code = BrokerErrors.brokerCode(f).isPresent() ? "" : " (" + f.code() + ")";
    err.println("error: " + f.message() + code);
    return BROKER_ERROR;
  }

  private static <T> Result<T> await(CompletableFuture<Result<T>> f, int timeoutSeconds) {
    try {
      return f.get(timeoutSeconds + 5L, TimeUnit.SECONDS);
    } catch (TimeoutException ex) {
      return Result.err(org.pystrade.core.domain.ReasonCode.TIMEOUT, "no answer within " + timeoutSeconds + " s");
    } catch (ExecutionException ex) {
      throw new IllegalStateException(ex.getCause());
    } catch (InterruptedException ex) {
      Thread.currentThread().interrupt();
      return Result.err(org.pystrade.core.domain.ReasonCode.TIMEOUT, "interrupted");
    }
  }

  private static String money(Money m) {
    return String.format(Locale.ROOT, "%.2f %s", m.amount(), m.currency().code());
  }

  private static int check(IbBroker ib, IbSettings s, ConnectionInfo info, int timeout, PrintStream out,
      PrintStream err) {
    out.println("connected to " + s.host() + ":" + s.port() + " as client " + s.clientId());
    out.println("server version: " + info.serverVersion() + " (pystrade supports " + IbBroker.MIN_SERVER_VERSION
        + " to " + IbBroker.MAX_SERVER_VERSION + ")");
    out.println("accounts: " + String.join(", ", info.accounts()));
    out.println("last notice: " + (ib.health().lastNotice().isEmpty() ? "none" : ib.health().lastNotice()));
    Result<AccountSummary> account = await(ib.account(), timeout);
    if (!account.isOk()) {
      return brokerError(err, account.failure());
    }
    AccountSummary a = account.value();
    out.println("account " + a.account() + ": net liquidation " + money(a.netLiquidation()));
    StringBuilder cash = new StringBuilder();
    for (Map.Entry<Currency, Money> e : a.cash().entrySet()) {
      cash.append(cash.length() == 0 ? "" : ", ").append(money(e.getValue()));
    }
    out.println("cash: " + (cash.length() == 0 ? "none" : cash));
    out.println("margin: initial " + money(a.initialMargin()) + ", maintenance " + money(a.maintenanceMargin())
        + ", available funds " + money(a.availableFunds()));
    Result<List<ContractPosition>> positions = await(ib.positions(), timeout);
    if (!positions.isOk()) {
      return brokerError(err, positions.failure());
    }
    out.println("positions: " + positions.value().size());
    for (ContractPosition p : positions.value()) {
      out.println("  " + p.contract().id() + " " + (long) p.quantity().value());
    }
    return Commands.OK;
  }

  private static int history(IbBroker ib, CommandSpec spec, int timeout, PrintStream out, PrintStream err) {
    FuturesContract contract;
    BarSize bar;
    Instant end;
    int days = spec.findOption(DAYS).getValue();
    try {
      contract = FuturesContract.of(InstrumentCode.of(spec.findOption(INSTRUMENT).getValue()),
          ContractDate.of((String) spec.findOption(CONTRACT).getValue()));
      bar = BarSize.parse(spec.findOption(BAR).getValue());
      String endText = spec.findOption(END).getValue();
      end = endText == null ? Instant.now() : LocalDate.parse(endText).atStartOfDay().toInstant(ZoneOffset.UTC);
      if (days < 1) {
        throw new IllegalArgumentException(DAYS + " must be at least 1 but was " + days);
      }
    } catch (IllegalArgumentException | DateTimeParseException ex) {
      err.println("error: " + ex.getMessage());
      return Commands.USAGE_ERROR;
    }
    Result<PriceBars> bars = await(ib.history(HistoryRequest.of(contract, bar, Duration.ofDays(days), end)), timeout);
    if (!bars.isOk()) {
      return brokerError(err, bars.failure());
    }
    // pysystemtrade's contract prices: a daily bar at 23:00 of its date, an intraday bar at its UTC start
    ContractPrices p = bars.value().toContractPrices();
    DateTimeFormatter format = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss");
    out.println("DATETIME,OPEN,HIGH,LOW,FINAL,VOLUME");
    for (int i = 0; i < p.size(); i++) {
      double v = p.volume().value(i);
      out.println(format.format(Timestamps.toDateTime(p.fin().time(i))) + "," + num(p.open().value(i)) + ","
          + num(p.high().value(i)) + "," + num(p.low().value(i)) + "," + num(p.fin().value(i)) + ","
          + (Double.isNaN(v) ? "" : num(v)));
    }
    err.println(bars.value().bars().size() + " " + bar.code() + " bars of " + contract.id());
    return Commands.OK;
  }

  private static String num(double d) {
    return d == Math.rint(d) && Math.abs(d) < 1e15 ? Long.toString((long) d) : Double.toString(d);
  }
}
