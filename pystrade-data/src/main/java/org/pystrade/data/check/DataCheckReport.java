package org.pystrade.data.check;

import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.pystrade.core.domain.InstrumentCode;
import org.pystrade.core.util.ArgChecker;

/**
 * The data-quality report of a store: one {@link InstrumentCheck} per instrument, as text ({@link #toText()}) or JSON
 * ({@link #toJson()}).
 *
 * @param store the store checked ({@code csv:DIR}...)
 * @param options the thresholds used
 * @param instruments the instruments, sorted
 */
public record DataCheckReport(String store, DataCheck.Options options, List<InstrumentCheck> instruments) {

  /**
   * Checks the parts and copies the list.
   *
   * @param store the store checked ({@code csv:DIR}...)
   * @param options the thresholds used
   * @param instruments the instruments, sorted
   */
  public DataCheckReport {
    ArgChecker.notNull(store, "store");
    ArgChecker.notNull(options, "options");
    instruments = List.copyOf(instruments);
  }

  /**
   * The instruments a backtest can use.
   *
   * @return the codes, sorted
   */
  public List<InstrumentCode> usable() {
    return instruments.stream().filter(InstrumentCheck::usable).map(InstrumentCheck::instrument).toList();
  }

  /**
   * How many instruments have each kind of finding.
   *
   * @return kind to number of instruments, kinds without any left out
   */
  public Map<Finding.Kind, Integer> instrumentsByFinding() {
    Map<Finding.Kind, Integer> m = new EnumMap<>(Finding.Kind.class);
    for (InstrumentCheck c : instruments) {
      c.findings().stream().map(Finding::kind).distinct().forEach(k -> m.merge(k, 1, Integer::sum));
    }
    return m;
  }

  /**
   * The report as text: a summary, a line per instrument, then each instrument's findings.
   *
   * @return the text
   */
  public String toText() {
    StringBuilder sb = new StringBuilder();
    List<InstrumentCode> usable = usable();
    sb.append("data check of ").append(store).append(": ").append(instruments.size()).append(" instruments, ")
        .append(usable.size()).append(" usable for a backtest\n");
    sb.append(String.format(Locale.ROOT, "thresholds: gaps over %d business days, spikes over %s average daily "
        + "moves, stale over %d business days, FX into %s%n", options.gapDays(), fmt(options.spikeThreshold()),
        options.staleDays(), options.baseCurrency()));
    sb.append("\ninstruments with each finding:\n");
    instrumentsByFinding().forEach((k, n) -> sb.append(String.format(Locale.ROOT, "  %-22s %4d%s%n",
        k.name().toLowerCase(Locale.ROOT), n, k.makesUnusable() ? "  (unusable)" : "")));
    sb.append(String.format(Locale.ROOT, "%n%-16s %-10s %-10s %8s %8s %-6s %s%n", "instrument", "first", "last",
        "adjusted", "multiple", "usable", "findings"));
    for (InstrumentCheck c : instruments) {
      StringBuilder kinds = new StringBuilder();
      for (Finding f : c.findings()) {
        kinds.append(kinds.length() == 0 ? "" : ", ").append(f.kind().name().toLowerCase(Locale.ROOT))
            .append(f.count() > 1 ? " x" + f.count() : "");
      }
      sb.append(String.format(Locale.ROOT, "%-16s %-10s %-10s %8d %8d %-6s %s%n", c.instrument().value(),
          c.first().map(Object::toString).orElse("-"), c.last().map(Object::toString).orElse("-"), c.adjustedRows(),
          c.multipleRows(), c.usable() ? "yes" : "NO", kinds));
    }
    sb.append("\nfindings:\n");
    for (InstrumentCheck c : instruments) {
      for (Finding f : c.findings()) {
        sb.append("  ").append(c.instrument().value()).append(' ').append(f.kind().name().toLowerCase(Locale.ROOT))
            .append(f.count() > 1 ? " x" + f.count() : "").append(": ").append(f.detail()).append('\n');
      }
    }
    sb.append("\nusable for a backtest (").append(usable.size()).append("): ");
    for (int i = 0; i < usable.size(); i++) {
      sb.append(i == 0 ? "" : ",").append(usable.get(i).value());
    }
    return sb.append('\n').toString();
  }

  private static String fmt(double v) {
    return v == Math.rint(v) ? Long.toString((long) v) : Double.toString(v);
  }

  /**
   * The report as JSON: {@code {"store", "thresholds", "instruments": [{"instrument", "first", "last",
   * "adjusted_rows", "multiple_rows", "usable", "findings": [{"kind", "count", "detail"}]}], "usable": [...]}}.
   *
   * @return the JSON text
   */
  public String toJson() {
    StringBuilder sb = new StringBuilder(1 << 16);
    sb.append("{\n  \"store\": ").append(quote(store)).append(",\n  \"thresholds\": {\"gap_days\": ")
        .append(options.gapDays()).append(", \"spike_threshold\": ").append(fmt(options.spikeThreshold()))
        .append(", \"stale_days\": ").append(options.staleDays()).append(", \"base_currency\": ")
        .append(quote(options.baseCurrency().code())).append("},\n  \"instruments\": [");
    for (int i = 0; i < instruments.size(); i++) {
      InstrumentCheck c = instruments.get(i);
      sb.append(i == 0 ? "\n" : ",\n").append("    {\"instrument\": ").append(quote(c.instrument().value()))
          .append(", \"first\": ").append(c.first().map(d -> quote(d.toString())).orElse("null"))
          .append(", \"last\": ").append(c.last().map(d -> quote(d.toString())).orElse("null"))
          .append(", \"adjusted_rows\": ").append(c.adjustedRows()).append(", \"multiple_rows\": ")
          .append(c.multipleRows()).append(", \"usable\": ").append(c.usable()).append(", \"findings\": [");
      for (int j = 0; j < c.findings().size(); j++) {
        Finding f = c.findings().get(j);
        sb.append(j == 0 ? "" : ", ").append("{\"kind\": ").append(quote(f.kind().name().toLowerCase(Locale.ROOT)))
            .append(", \"count\": ").append(f.count()).append(", \"detail\": ").append(quote(f.detail())).append('}');
      }
      sb.append("]}");
    }
    sb.append("\n  ],\n  \"usable\": [");
    List<InstrumentCode> usable = usable();
    for (int i = 0; i < usable.size(); i++) {
      sb.append(i == 0 ? "" : ", ").append(quote(usable.get(i).value()));
    }
    return sb.append("]\n}\n").toString();
  }

  private static String quote(String s) {
    StringBuilder sb = new StringBuilder(s.length() + 2).append('"');
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      switch (c) {
        case '"' -> sb.append("\\\"");
        case '\\' -> sb.append("\\\\");
        case '\n' -> sb.append("\\n");
        case '\r' -> sb.append("\\r");
        case '\t' -> sb.append("\\t");
        default -> {
          if (c < 0x20) {
            sb.append(String.format(Locale.ROOT, "\\u%04x", (int) c));
          } else {
            sb.append(c);
          }
        }
      }
    }
    return sb.append('"').toString();
  }
}
