package org.pystrade.examples.cli;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.pystrade.core.config.SystemConfig;
import org.pystrade.core.data.FuturesSimData;
import org.pystrade.core.domain.FuturesContract;
import org.pystrade.core.domain.InstrumentCode;
import org.pystrade.core.domain.Money;
import org.pystrade.core.domain.trading.FillRecord;
import org.pystrade.core.domain.trading.Strategy;
import org.pystrade.core.system.TradingSystem;
import org.pystrade.data.production.ProductionStore;
import org.pystrade.production.report.ContractVolumes;
import org.pystrade.production.report.MailOutcome;
import org.pystrade.production.report.MarketSnapshots;
import org.pystrade.production.report.ProductionReport;
import org.pystrade.production.report.ProductionReports;
import org.pystrade.production.report.ReportInputs;
import org.pystrade.production.report.ReportType;
import org.pystrade.production.report.SmtpMailSender;
import org.pystrade.production.report.SmtpSettings;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Model.OptionSpec;

/**
 * {@code production report}: the production reports of a state, as text and HTML in a folder, optionally e-mailed.
 * With {@code --data}, the first strategy's system on the data is the reference for prices, volatilities, weights
 * and costs; without it the reports that need the market say so.
 */
final class ProductionReportCommand {

  static final String REPORT = "report";
  private static final String TYPE = "--type";
  private static final String SINCE = "--since";
  private static final String MAIL_TO = "--mail-to";
  private static final String SMTP = "--smtp";
  private static final String SMTP_CONFIG = "--smtp-config";
  /** Days of volume averaged. */
  private static final int VOLUME_DAYS = 20;

  private ProductionReportCommand() {
  }

  static CommandSpec spec() {
    CommandSpec spec = ProductionCommands.spec(REPORT, ProductionCommands.PRODUCTION + " " + REPORT
        + " --state DIR|URL [--data DIR] --type TYPE[,TYPE...]|all --out DIR [--mail-to ADDR --smtp HOST:PORT]",
        "Write the production reports (text and HTML) to a folder and optionally e-mail them.");
    ProductionCommands.state(spec);
    spec.addOption(ProductionCommands.option(Commands.DATA, "DIR", "The price data (folder or data store): "
        + "needed for P&L, rolls, costs, risk, liquidity and minimum capital.", false));
    spec.addOption(OptionSpec.builder(TYPE).type(String.class).paramLabel("TYPE").defaultValue("all")
        .description("pnl, status, rolls, trades, reconcile, costs, risk, liquidity, min-capital, strategy, "
            + "a comma-separated list, or all (default).").build());
    spec.addOption(ProductionCommands.option(Commands.OUT, "DIR", "The folder to write ID.txt and ID.html to.",
        true));
    spec.addOption(ProductionCommands.option("--date", "YYYY-MM-DD", "The day reported on (default: the data's "
        + "last day, or today).", false));
    spec.addOption(ProductionCommands.option(SINCE, "YYYY-MM-DD", "The first day of the trades and costs "
        + "reports (default: 30 days before).", false));
    spec.addOption(ProductionCommands.option(MAIL_TO, "ADDR[,ADDR...]", "E-mail the reports to these "
        + "addresses.", false));
    spec.addOption(ProductionCommands.option(SMTP, "HOST:PORT", "The SMTP server (else PYSTRADE_SMTP_HOST and "
        + "PYSTRADE_SMTP_PORT, or the --smtp-config file).", false));
    spec.addOption(ProductionCommands.option(SMTP_CONFIG, "FILE", "A properties file readable by its owner "
        + "only: smtp.host, smtp.port, smtp.from, smtp.user, smtp.password, smtp.starttls (the environment's "
        + "PYSTRADE_SMTP_* take precedence).", false));
    return spec;
  }

  static int run(CommandSpec spec, PrintStream out, PrintStream err) throws IOException {
    List<ReportType> types = types(ProductionCommands.text(spec, TYPE));
    String dateText = ProductionCommands.text(spec, "--date");
    try (ProductionStore store = ProductionCommands.open(spec)) {
      String dataText = ProductionCommands.text(spec, Commands.DATA);
      LocalDate day = dateText == null ? null : ProductionCommands.date("--date", dateText);
      ReportInputs in;
      if (dataText == null) {
        day = day == null ? LocalDate.now(ZoneOffset.UTC) : day;
        in = ReportInputs.of(store, day);
      } else {
        List<Strategy> strategies = store.strategies().all();
        if (strategies.isEmpty()) {
          err.println("error: the state has no strategy to take the system from: run " + ProductionCommands.PRODUCTION
              + " init first");
          return Commands.DATA_ERROR;
        }
        FuturesSimData data = Prefetch.open(Path.of(dataText), null);
        Strategy first = strategies.get(0);
        SystemConfig config = SystemConfig.fromYaml(Path.of(first.config()));
        Optional<Money> capital = store.capital().latestStrategyCapital(first.name());
        if (capital.isPresent()) {
          config = config.toBuilder().set("notional_trading_capital", capital.get().amount()).build();
        }
        TradingSystem system = TradingSystem.fromYaml(config, data);
        List<InstrumentCode> instruments = system.configuredInstruments();
        day = day == null ? ProductionCommands.lastDay(data, instruments) : day;
        // the volumes of the price store's per-contract prices (contract_prices_csv/ of a folder), where it has them
        try (org.pystrade.data.store.DataStore prices = org.pystrade.data.stores.DataStores.open(dataText)) {
          in = ReportInputs.of(store, day).withMarket(MarketSnapshots.of(system, data, day, contracts(store,
              instruments), ContractVolumes.of(prices), VOLUME_DAYS));
        }
      }
      String since = ProductionCommands.text(spec, SINCE);
      if (since != null) {
        in = in.withSince(ProductionCommands.date(SINCE, since));
      }
      List<ProductionReport> reports = ProductionReports.createAll(types, in);
      Path folder = Path.of(ProductionCommands.text(spec, Commands.OUT));
      for (Path p : ProductionReports.write(reports, folder)) {
        out.println("wrote " + p);
      }
      reports.forEach(r -> r.notes().forEach(n -> out.println(r.type().id() + ": " + n)));
      String to = ProductionCommands.text(spec, MAIL_TO);
      if (to == null) {
        return Commands.OK;
      }
      String file = ProductionCommands.text(spec, SMTP_CONFIG);
      SmtpSettings settings = SmtpSettings.resolve(ProductionCommands.text(spec, SMTP), System.getenv(),
          file == null ? null : Path.of(file));
      List<String> addresses = Arrays.stream(to.split(",")).map(String::trim).filter(a -> !a.isEmpty()).toList();
      MailOutcome outcome = new SmtpMailSender(settings).send(ProductionReports.mail(reports, addresses));
      if (!outcome.sent()) {
        err.println("error: mail not sent (" + outcome.status() + "): " + outcome.detail());
        return Commands.PARTIAL;
      }
      out.println("mailed to " + String.join(", ", addresses));
      return Commands.OK;
    }
  }

  private static List<ReportType> types(String value) {
    if (value.trim().equalsIgnoreCase("all")) {
      return List.of(ReportType.values());
    }
    List<ReportType> out = new ArrayList<>();
    for (String id : value.split(",")) {
      try {
        out.add(ReportType.of(id));
      } catch (IllegalArgumentException ex) {
        throw new Commands.BadValue(TYPE + ": " + ex.getMessage());
      }
    }
    return out;
  }

  /** Every contract traded or held, to value positions with. */
  private static Set<FuturesContract> contracts(ProductionStore store, List<InstrumentCode> instruments) {
    Set<FuturesContract> out = new LinkedHashSet<>();
    for (FillRecord f : store.fills().all()) {
      store.orders().get(f.brokerOrderId()).ifPresent(o -> out.add(o.contract()));
    }
    for (InstrumentCode code : instruments) {
      out.addAll(store.positions().contractPositions(code).keySet());
    }
    return out;
  }
}
