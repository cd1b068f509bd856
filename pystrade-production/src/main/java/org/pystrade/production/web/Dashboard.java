package org.pystrade.production.web;

import java.time.Instant;
import java.time.format.DateTimeFormatter;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.function.Supplier;
import org.pystrade.core.domain.trading.CapitalEntry;
import org.pystrade.core.domain.trading.OrderLevel;
import org.pystrade.core.domain.trading.OrderStatus;
import org.pystrade.core.domain.trading.Strategy;
import org.pystrade.core.domain.trading.TradingOrder;
import org.pystrade.core.util.ArgChecker;
import org.pystrade.data.production.OpenAlert;
import org.pystrade.data.production.ProductionStore;
import org.pystrade.production.control.ProcessView;

/**
 * The read-only dashboard: processes, open alerts, positions, the latest orders and the account curve (total
 * capital over time, an inline SVG), one self-contained HTML page (no script, no network). It shows no secret: the
 * store holds none.
 */
public final class Dashboard {

  private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss")
      .withZone(ZoneOffset.UTC);
  private static final int ORDERS_SHOWN = 30;

  private final ProductionStore store;
  private final Supplier<List<ProcessView>> processes;

  /**
   * Makes the dashboard.
   *
   * @param store the state
   * @param processes the processes' statuses
   */
  public Dashboard(ProductionStore store, Supplier<List<ProcessView>> processes) {
    this.store = ArgChecker.notNull(store, "store");
    this.processes = ArgChecker.notNull(processes, "processes");
  }

  /**
   * The page now.
   *
   * @return the HTML
   */
  public String html() {
    StringBuilder b = new StringBuilder(8192);
    b.append("<!DOCTYPE html><html lang=\"en\"><head><meta charset=\"utf-8\"><title>pystrade production</title>")
        .append("<style>body{font-family:sans-serif;margin:1.5em;color:#222}table{border-collapse:collapse;")
        .append("margin-bottom:1.5em}td,th{border:1px solid #ccc;padding:3px 8px;text-align:left;font-size:13px}")
        .append("th{background:#eef}.crashed,.FAILED{color:#b00;font-weight:bold}.running{color:#070}")
        .append("</style></head><body><h1>pystrade production</h1><p>").append(esc(TIME.format(Instant.now())))
        .append(" UTC</p>");
    b.append("<h2>Processes</h2><table id=\"processes\"><tr><th>process</th><th>schedule</th><th>control</th>")
        .append("<th>state</th><th>last start</th><th>last end</th><th>last day</th><th>next run</th>")
        .append("<th>last outcome</th></tr>");
    for (ProcessView p : processes.get()) {
      b.append("<tr><td>").append(esc(p.name())).append("</td><td>").append(esc(p.schedule())).append("</td><td>")
          .append(p.control()).append("</td><td class=\"").append(p.state()).append("\">").append(p.state())
          .append("</td><td>").append(time(p.lastStart())).append("</td><td>").append(time(p.lastEnd()))
          .append("</td><td>").append(p.lastDay().map(Object::toString).orElse("")).append("</td><td>")
          .append(time(p.nextRun())).append("</td><td>").append(esc(p.lastOutcome())).append("</td></tr>");
    }
    b.append("</table><h2>Alerts</h2>");
    List<OpenAlert> alerts = store.alerts().open();
    if (alerts.isEmpty()) {
      b.append("<p id=\"alerts\">none</p>");
    } else {
      b.append("<table id=\"alerts\"><tr><th>alert</th><th>raised</th><th>message</th></tr>");
      alerts.forEach(a -> b.append("<tr><td class=\"FAILED\">").append(esc(a.key())).append("</td><td>")
          .append(esc(TIME.format(a.raised()))).append("</td><td>").append(esc(a.message())).append("</td></tr>"));
      b.append("</table>");
    }
    b.append("<h2>Account</h2>").append(accountCurve(store.capital().totalHistory()));
    b.append("<h2>Positions</h2><table id=\"positions\"><tr><th>strategy</th><th>instrument</th><th>position</th>")
        .append("</tr>");
    for (Strategy s : store.strategies().all()) {
      store.positions().instrumentPositions(s.name()).forEach((i, q) -> b.append("<tr><td>")
          .append(esc(s.name().toString())).append("</td><td>").append(esc(i.toString())).append("</td><td>")
          .append(esc(q.toString())).append("</td></tr>"));
    }
    b.append("</table><h2>Latest orders</h2><table id=\"orders\"><tr><th>id</th><th>level</th><th>strategy</th>")
        .append("<th>instrument</th><th>contract</th><th>quantity</th><th>filled</th><th>status</th>")
        .append("<th>created</th></tr>");
    List<TradingOrder> orders = new ArrayList<>();
    for (OrderLevel level : OrderLevel.values()) {
      for (OrderStatus status : OrderStatus.values()) {
        orders.addAll(store.orders().withStatus(level, status));
      }
    }
    orders.sort(Comparator.comparingLong(TradingOrder::id).reversed());
    orders.stream().limit(ORDERS_SHOWN).forEach(o -> b.append("<tr><td>").append(o.id()).append("</td><td>")
        .append(o.level()).append("</td><td>").append(esc(o.strategy().toString())).append("</td><td>")
        .append(esc(o.instrument().toString())).append("</td><td>")
        .append(esc(o.contractIfAny().map(Object::toString).orElse(""))).append("</td><td>")
        .append(esc(o.quantity().toString())).append("</td><td>").append(esc(o.filled().toString()))
        .append("</td><td class=\"").append(o.status()).append("\">").append(o.status()).append("</td><td>")
        .append(esc(TIME.format(o.created()))).append("</td></tr>"));
    return b.append("</table></body></html>").toString();
  }

  /** The total capital over time as an SVG line (a note when there are fewer than two points). */
  static String accountCurve(List<CapitalEntry> history) {
    if (history.size() < 2) {
      return "<p id=\"account\">" + (history.isEmpty() ? "no capital yet" : "total capital "
          + esc(history.get(0).totalCapital().toString())) + "</p>";
    }
    double w = 720;
    double h = 220;
    double pad = 40;
    long t0 = history.get(0).time().toEpochMilli();
    long t1 = history.get(history.size() - 1).time().toEpochMilli();
    double lo = history.stream().mapToDouble(c -> c.totalCapital().amount()).min().orElseThrow();
    double hi = history.stream().mapToDouble(c -> c.totalCapital().amount()).max().orElseThrow();
    double span = hi > lo ? hi - lo : 1;
    StringBuilder points = new StringBuilder();
    for (CapitalEntry c : history) {
      double x = pad + (t1 > t0 ? (c.time().toEpochMilli() - t0) / (double) (t1 - t0) : 0) * (w - 2 * pad);
      double y = h - pad - (c.totalCapital().amount() - lo) / span * (h - 2 * pad);
      points.append(String.format(Locale.ROOT, "%.1f,%.1f ", x, y));
    }
    return String.format(Locale.ROOT, "<svg id=\"account\" xmlns=\"http://www.w3.org/2000/svg\" width=\"%.0f\""
        + " height=\"%.0f\" role=\"img\" aria-label=\"total capital\"><rect width=\"100%%\" height=\"100%%\""
        + " fill=\"#fafafa\" stroke=\"#ccc\"/><polyline fill=\"none\" stroke=\"#1f5fbf\" stroke-width=\"2\""
        + " points=\"%s\"/><text x=\"%.0f\" y=\"16\" font-size=\"12\">%s</text><text x=\"%.0f\" y=\"%.0f\""
        + " font-size=\"12\">%s</text><text x=\"4\" y=\"%.0f\" font-size=\"11\">%s</text><text x=\"%.0f\""
        + " y=\"%.0f\" font-size=\"11\" text-anchor=\"end\">%s</text></svg>", w, h, points.toString().trim(), pad,
        esc(String.format(Locale.ROOT, "max %,.0f", hi)), pad, h - 8, esc(String.format(Locale.ROOT, "min %,.0f",
            lo)), h - pad + 16, esc(TIME.format(history.get(0).time()).substring(0, 10)), w - 4, h - pad + 16,
        esc(TIME.format(history.get(history.size() - 1).time()).substring(0, 10)));
  }

  private static String time(Optional<Instant> t) {
    return t.map(i -> esc(TIME.format(i))).orElse("");
  }

  /** HTML text. */
  static String esc(String s) {
    StringBuilder b = new StringBuilder(s.length());
    for (char c : s.toCharArray()) {
      switch (c) {
        case '<' -> b.append("&lt;");
        case '>' -> b.append("&gt;");
        case '&' -> b.append("&amp;");
        case '"' -> b.append("&quot;");
        case '\'' -> b.append("&#39;");
        default -> b.append(c);
      }
    }
    return b.toString();
  }
}
