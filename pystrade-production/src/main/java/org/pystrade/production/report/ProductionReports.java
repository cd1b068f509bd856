package org.pystrade.production.report;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.stream.Collectors;
import org.pystrade.core.util.ArgChecker;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Makes production reports from the state store, writes them to a folder and turns them into an e-mail.
 *
 * <pre>{@code
 * ReportInputs in = ReportInputs.of(store, day).withMarket(MarketSnapshots.of(system, data, day, contracts,
 *     ContractVolumes.NONE, 20));
 * List<ProductionReport> reports = ProductionReports.createAll(List.of(ReportType.values()), in);
 * ProductionReports.write(reports, folder);
 * sender.send(ProductionReports.mail(reports, List.of("me@example.com")));
 * }</pre>
 */
public final class ProductionReports {

  private static final Logger LOG = LoggerFactory.getLogger(ProductionReports.class);

  private ProductionReports() {
  }

  /**
   * One report, generated now.
   *
   * @param type the report
   * @param in what it reads
   * @return the report
   */
  public static ProductionReport create(ReportType type, ReportInputs in) {
    return create(type, in, Instant.now());
  }

  /**
   * One report.
   *
   * @param type the report
   * @param in what it reads
   * @param generated when it is generated
   * @return the report
   */
  public static ProductionReport create(ReportType type, ReportInputs in, Instant generated) {
    return create(type, new StoreView(ArgChecker.notNull(in, "in").store()), in, generated);
  }

  /**
   * Several reports, generated now, reading the store's fills once.
   *
   * @param types the reports, in order
   * @param in what they read
   * @return the reports
   */
  public static List<ProductionReport> createAll(Collection<ReportType> types, ReportInputs in) {
    ArgChecker.notEmpty(types, "types");
    StoreView view = new StoreView(ArgChecker.notNull(in, "in").store());
    Instant now = Instant.now();
    List<ProductionReport> out = new ArrayList<>();
    for (ReportType t : types) {
      out.add(create(t, view, in, now));
    }
    return out;
  }

  private static ProductionReport create(ReportType type, StoreView view, ReportInputs in, Instant now) {
    ArgChecker.notNull(type, "type");
    ArgChecker.notNull(now, "generated");
    return switch (type) {
      case PNL -> PnlReport.build(view, in, now);
      case STATUS -> StatusReport.build(view, in, now);
      case ROLLS -> RollsReport.build(view, in, now);
      case TRADES -> TradesReport.build(view, in, now);
      case RECONCILE -> ReconcileReport.build(view, in, now);
      case COSTS -> CostsReport.build(view, in, now);
      case RISK -> RiskReport.build(view, in, now);
      case LIQUIDITY -> LiquidityReport.build(view, in, now);
      case MIN_CAPITAL -> MinCapitalReport.build(view, in, now);
      case STRATEGY -> StrategyReport.build(view, in, now);
    };
  }

  /**
   * Writes each report as {@code ID.txt} and {@code ID.html} (for example {@code pnl.txt}) in a folder, created
   * if needed; files of an earlier run are replaced.
   *
   * @param reports the reports
   * @param folder the folder
   * @return the files written
   * @throws IOException if a file cannot be written
   */
  public static List<Path> write(List<ProductionReport> reports, Path folder) throws IOException {
    ArgChecker.notNull(reports, "reports");
    ArgChecker.notNull(folder, "folder");
    Files.createDirectories(folder);
    List<Path> out = new ArrayList<>();
    for (ProductionReport r : reports) {
      Path text = folder.resolve(r.type().id() + ".txt");
      Path html = folder.resolve(r.type().id() + ".html");
      Files.writeString(text, r.toText(), StandardCharsets.UTF_8);
      Files.writeString(html, r.toHtml(), StandardCharsets.UTF_8);
      out.add(text);
      out.add(html);
    }
    LOG.info("wrote {} report(s) to {}", reports.size(), folder);
    return out;
  }

  /**
   * The reports as one e-mail: the subject names them and the day, the text part holds each one's text and the
   * HTML part one page with all of them.
   *
   * @param reports the reports, at least one
   * @param to the addresses
   * @return the mail
   */
  public static Mail mail(List<ProductionReport> reports, List<String> to) {
    ArgChecker.notEmpty(reports, "reports");
    String subject = reports.size() == 1 ? "pystrade " + reports.get(0).title()
        : "pystrade reports " + reports.get(0).day() + ": "
            + reports.stream().map(r -> r.type().id()).collect(Collectors.joining(", "));
    String text = reports.stream().map(ProductionReport::toText).collect(Collectors.joining("\n\n"));
    return new Mail(to, subject, text, ReportHtml.page(subject, reports));
  }
}
