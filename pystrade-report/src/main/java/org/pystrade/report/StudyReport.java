package org.pystrade.report;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.pystrade.core.config.SystemConfig;
import org.pystrade.core.study.StudyRow;
import org.pystrade.core.study.StudySpec;
import org.pystrade.core.util.ArgChecker;
import org.pystrade.report.chart.BarChart;
import org.pystrade.report.markup.Markup;
import org.pystrade.report.markup.Numbers;

/**
 * The HTML page of a study: how its variations' Sharpe ratios are distributed, a heat map of the mean Sharpe ratio
 * over the first two swept config keys (a bar chart over one key), the best and the worst variations, each linking
 * to its config (written beside the page as {@code NAME-configs/variation-N.yaml}, which the command line runs
 * alone with the same numbers), and the failed variations with their errors. One self-contained file, as the
 * backtest report.
 */
public final class StudyReport {

  /** How many best and worst variations are listed. */
  private static final int LISTED = 10;
  private static final String SHARPE = "sharpe";

  private StudyReport() {
  }

  /**
   * Writes a study's page and the configs of the variations it lists.
   *
   * @param study the study
   * @param rows its rows (any order; every variation at most once)
   * @param base the study's base config (each listed variation's config is written from it)
   * @param file the HTML file to write
   * @throws IOException if the page or a config cannot be written
   */
  public static void write(StudySpec study, List<StudyRow> rows, SystemConfig base, Path file) throws IOException {
    ArgChecker.notNull(study, "study");
    ArgChecker.notNull(rows, "rows");
    ArgChecker.notNull(base, "base");
    ArgChecker.notNull(file, "file");
    List<StudyRow> computed = new ArrayList<>();
    List<StudyRow> failed = new ArrayList<>();
    for (StudyRow r : rows) {
      (r.ok() && r.stats().get(SHARPE) != null && Double.isFinite(r.stats().get(SHARPE)) ? computed : failed).add(r);
    }
    computed.sort(Comparator.comparingDouble((StudyRow r) -> r.stats().get(SHARPE)).reversed()
        .thenComparingInt(r -> r.variation().id()));
    String name = file.getFileName().toString().replaceFirst("\\.html?$", "");
    Path configs = file.toAbsolutePath().resolveSibling(name + "-configs");
    List<StudyRow> listed = new ArrayList<>(computed.subList(0, Math.min(LISTED, computed.size())));
    for (int i = Math.max(LISTED, computed.size() - LISTED); i < computed.size(); i++) {
      listed.add(computed.get(i));
    }
    Files.createDirectories(configs);
    for (StudyRow r : listed) {
      Files.writeString(configs.resolve(configFile(r)), r.variation().applyTo(base).toYaml(), StandardCharsets.UTF_8);
    }
    StringBuilder out = new StringBuilder(1 << 16);
    out.append("<!DOCTYPE html>\n<html lang=\"en\"><head><meta charset=\"utf-8\">"
        + "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\"><title>Study ");
    Markup.append(out, name).append("</title>\n<style>").append(HtmlReport.CSS)
        .append(".heat td{text-align:right}</style></head>\n<body>\n<header><h1>Study ");
    Markup.append(out, name).append("</h1><p class=\"meta\">").append(rows.size()).append(" variations &middot; ")
        .append(computed.size()).append(" computed &middot; ").append(failed.size()).append(" failed &middot; base "
            + "config ");
    Markup.append(out, base.source()).append(" &middot; swept: ");
    Markup.append(out, study.grid().isEmpty() ? "nothing" : String.join(", ", study.grid().keySet()));
    if (study.samples() != null) {
      out.append(" &middot; ").append(study.samples().count()).append(" instrument samples of ")
          .append(study.samples().size());
    }
    if (study.bootstrap() != null) {
      out.append(" &middot; ").append(study.bootstrap().count()).append(" bootstrap resamples (blocks of ")
          .append(study.bootstrap().blockDays()).append(" days)");
    }
    out.append("</p></header>\n");
    distribution(out, computed);
    heat(out, study, computed);
    list(out, study, "best", "The best variations", computed.subList(0, Math.min(LISTED, computed.size())), name);
    list(out, study, "worst", "The worst variations", reversed(computed.subList(Math.min(computed.size(),
        Math.max(LISTED, computed.size() - LISTED)), computed.size())), name);
    failures(out, failed);
    out.append("<footer><p class=\"note\">Each listed variation's config is in ");
    Markup.append(out, name + "-configs/").append(": <code>pystrade.jar backtest --config FILE --data DATA</code> "
        + "runs it alone with the same numbers").append(study.bootstrap() == null ? "" : " (on the real history: a "
        + "variation's bootstrap resample is drawn by the study, from its seed)").append(".</p></footer>\n"
        + "</body></html>\n");
    Files.writeString(file, out, StandardCharsets.UTF_8);
  }

  private static String configFile(StudyRow r) {
    return "variation-" + r.variation().id() + ".yaml";
  }

  private static List<StudyRow> reversed(List<StudyRow> rows) {
    List<StudyRow> r = new ArrayList<>(rows);
    Collections.reverse(r);
    return r;
  }

  /** A histogram of the Sharpe ratios: about 20 bins over their range. */
  private static void distribution(StringBuilder out, List<StudyRow> computed) {
    out.append("<section id=\"distribution\"><h2>Sharpe ratios</h2>");
    if (computed.isEmpty()) {
      out.append("<p>No variation computed.</p></section>\n");
      return;
    }
    double max = computed.get(0).stats().get(SHARPE);
    double min = computed.get(computed.size() - 1).stats().get(SHARPE);
    int bins = min == max ? 1 : Math.min(20, Math.max(5, (int) Math.ceil(Math.sqrt(computed.size()))));
    double width = min == max ? 1 : (max - min) / bins;
    int[] counts = new int[bins];
    for (StudyRow r : computed) {
      int b = min == max ? 0 : (int) Math.min(bins - 1, Math.floor((r.stats().get(SHARPE) - min) / width));
      counts[b]++;
    }
    BarChart.Builder chart = BarChart.builder("sharpe-distribution").title("Variations by Sharpe ratio (net)")
        .unit("", 0);
    for (int b = 0; b < bins; b++) {
      chart.bar(Numbers.fixed(min + b * width, 2) + (bins == 1 ? "" : " to " + Numbers.fixed(min + (b + 1) * width,
          2)), counts[b]);
    }
    out.append("<p class=\"note\">Median ").append(Numbers.fixed(computed.get(computed.size() / 2).stats()
        .get(SHARPE), 3)).append(", best ").append(Numbers.fixed(max, 3)).append(", worst ")
        .append(Numbers.fixed(min, 3)).append(".</p>");
    chart.build().appendInlineSvg(out);
    out.append("</section>\n");
  }

  /** The mean Sharpe ratio over the first two swept keys (a table coloured by value), or over the one key. */
  private static void heat(StringBuilder out, StudySpec study, List<StudyRow> computed) {
    List<String> keys = new ArrayList<>(study.grid().keySet());
    if (keys.isEmpty() || computed.isEmpty()) {
      return;
    }
    out.append("<section id=\"heat\"><h2>Mean Sharpe ratio by swept value</h2><p class=\"note\">The mean over every "
        + "variation with those values (other keys, samples and resamples averaged).</p>");
    if (keys.size() == 1) {
      Map<String, double[]> means = means(computed, keys.get(0));
      BarChart.Builder chart = BarChart.builder("heat-1").title("Mean Sharpe ratio by " + keys.get(0)).unit("", 3);
      means.forEach((v, m) -> chart.bar(v, m[0] / m[1]));
      chart.build().appendInlineSvg(out);
      out.append("</section>\n");
      return;
    }
    String row = keys.get(0);
    String col = keys.get(1);
    List<String> rowValues = values(study, row);
    List<String> colValues = values(study, col);
    double lo = Double.POSITIVE_INFINITY;
    double hi = Double.NEGATIVE_INFINITY;
    Map<String, double[]> cells = new LinkedHashMap<>();
    for (StudyRow r : computed) {
      String k = String.valueOf(r.variation().settings().get(row)) + "\u0000"
          + r.variation().settings().get(col);
      double[] c = cells.computeIfAbsent(k, x -> new double[2]);
      c[0] += r.stats().get(SHARPE);
      c[1]++;
    }
    for (double[] c : cells.values()) {
      lo = Math.min(lo, c[0] / c[1]);
      hi = Math.max(hi, c[0] / c[1]);
    }
    out.append("<div class=\"scroll\"><table class=\"heat\"><thead><tr><th>");
    Markup.append(out, row + " \\ " + col).append("</th>");
    for (String c : colValues) {
      Markup.append(out.append("<th>"), c).append("</th>");
    }
    out.append("</tr></thead><tbody>");
    for (String r : rowValues) {
      Markup.append(out.append("<tr><th>"), r).append("</th>");
      for (String c : colValues) {
        double[] cell = cells.get(r + "\u0000" + c);
        if (cell == null) {
          out.append("<td></td>");
        } else {
          double m = cell[0] / cell[1];
          out.append("<td style=\"background:").append(colour(m, lo, hi)).append("\">").append(Numbers.fixed(m, 3))
              .append("</td>");
        }
      }
      out.append("</tr>");
    }
    out.append("</tbody></table></div></section>\n");
  }

  private static List<String> values(StudySpec study, String key) {
    List<String> v = new ArrayList<>();
    for (Object o : study.grid().get(key)) {
      v.add(String.valueOf(o));
    }
    return v;
  }

  private static Map<String, double[]> means(List<StudyRow> computed, String key) {
    Map<String, double[]> m = new LinkedHashMap<>();
    for (StudyRow r : computed) {
      double[] c = m.computeIfAbsent(String.valueOf(r.variation().settings().get(key)), x -> new double[2]);
      c[0] += r.stats().get(SHARPE);
      c[1]++;
    }
    return m;
  }

  /** From red (the lowest) through white to green (the highest), light enough for black text. */
  private static String colour(double v, double lo, double hi) {
    double f = hi == lo ? 0.5 : (v - lo) / (hi - lo);
    int r = f < 0.5 ? 255 : (int) Math.round(255 - (f - 0.5) * 2 * 120);
    int g = f > 0.5 ? 255 : (int) Math.round(135 + f * 2 * 120);
    int b = (int) Math.round(255 - Math.abs(f - 0.5) * 2 * 120);
    return String.format("#%02x%02x%02x", r, g, b);
  }

  private static void list(StringBuilder out, StudySpec study, String id, String title, List<StudyRow> rows,
      String name) {
    if (rows.isEmpty()) {
      return;
    }
    out.append("<section id=\"").append(id).append("\"><h2>");
    Markup.append(out, title).append("</h2><div class=\"scroll\"><table><thead><tr><th>variation</th>");
    List<String> columns = study.columns();
    for (String c : columns.subList(1, columns.size() - 2)) {
      Markup.append(out.append("<th>"), c).append("</th>");
    }
    out.append("</tr></thead><tbody>");
    for (StudyRow r : rows) {
      out.append("<tr><td><a href=\"");
      Markup.append(out, name + "-configs/" + configFile(r)).append("\">").append(r.variation().id())
          .append("</a></td>");
      List<Object> values = r.values(study);
      for (Object v : values.subList(1, values.size() - 2)) {
        out.append("<td>");
        Markup.append(out, v == null ? "" : v instanceof Double d ? Numbers.fixed(d, 3) : String.valueOf(v))
            .append("</td>");
      }
      out.append("</tr>");
    }
    out.append("</tbody></table></div></section>\n");
  }

  private static void failures(StringBuilder out, List<StudyRow> failed) {
    if (failed.isEmpty()) {
      return;
    }
    out.append("<section id=\"failed\"><h2>Failed variations</h2><div class=\"scroll\"><table><thead><tr><th>"
        + "variation</th><th>error</th></tr></thead><tbody>");
    for (StudyRow r : failed) {
      out.append("<tr><td>").append(r.variation().id()).append("</td><td>");
      Markup.append(out, r.error().isEmpty() ? "no Sharpe ratio (not computed)" : r.error()).append("</td></tr>");
    }
    out.append("</tbody></table></div></section>\n");
  }
}
