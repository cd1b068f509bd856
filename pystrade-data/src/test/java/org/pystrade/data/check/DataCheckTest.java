package org.pystrade.data.check;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.pystrade.core.domain.InstrumentCode;
import org.pystrade.data.csv.CsvStore;
import org.pystrade.data.store.DataStore;

/** The data check on a small CSV tree with one defect of each kind, each instrument having its own. */
class DataCheckTest {

  @TempDir
  Path dir;

  private void write(String relative, String content) throws IOException {
    Path p = dir.resolve(relative);
    Files.createDirectories(p.getParent());
    Files.writeString(p, content, StandardCharsets.UTF_8);
  }

  /** Business days from 2020-01-01, with a price per day from a function of the row. */
  private static String adjusted(int days, java.util.function.IntFunction<String> price) {
    StringBuilder sb = new StringBuilder("DATETIME,price\n");
    LocalDate d = LocalDate.of(2020, 1, 1);
    for (int i = 0; i < days; i++) {
      while (d.getDayOfWeek().getValue() > 5) {
        d = d.plusDays(1);
      }
      String p = price.apply(i);
      if (p != null) {
        sb.append(d).append(" 23:00:00,").append(p).append('\n');
      }
      d = d.plusDays(1);
    }
    return sb.toString();
  }

  private static String multiple(int days, java.util.function.IntFunction<String> price) {
    StringBuilder sb = new StringBuilder("DATETIME,CARRY,CARRY_CONTRACT,PRICE,PRICE_CONTRACT,FORWARD,FORWARD_CONTRACT\n");
    LocalDate d = LocalDate.of(2020, 1, 1);
    for (int i = 0; i < days; i++) {
      while (d.getDayOfWeek().getValue() > 5) {
        d = d.plusDays(1);
      }
      String p = price.apply(i);
      if (p != null) {
        sb.append(d).append(" 23:00:00,").append(p).append(",20201200,").append(p).append(",20200900,").append(p)
            .append(",20201200\n");
      }
      d = d.plusDays(1);
    }
    return sb.toString();
  }

  private static String wiggle(int i) {
    return Double.toString(100 + (i % 2 == 0 ? 0.5 : -0.5) + i * 0.01);
  }

  @Test
  void eachDefectIsFoundAndOnlyCleanInstrumentsAreUsable() throws IOException {
    StringBuilder config = new StringBuilder("Instrument,Description,Pointsize,Currency,AssetClass,PerBlock,"
        + "Percentage,PerTrade,Region\n");
    StringBuilder spreads = new StringBuilder("Instrument,SpreadCost\n");
    StringBuilder rolls = new StringBuilder("Instrument,HoldRollCycle,RollOffsetDays,CarryOffset,PricedRollCycle,"
        + "ExpiryOffset\n");
    for (String code : List.of("CLEAN", "SPIKY", "GAPPY", "ZERO", "STALE", "NOMULT", "JPYINST", "DUPS")) {
      config.append(code).append(",x,10,").append(code.equals("JPYINST") ? "JPY" : "USD").append(",Bond,1,0,0,US\n");
      spreads.append(code).append(",0.5\n");
      rolls.append(code).append(",HMUZ,-5,1,HMUZ,0\n");
    }
    write("csvconfig/instrumentconfig.csv", config.toString());
    write("csvconfig/spreadcosts.csv", spreads.toString());
    write("csvconfig/rollconfig.csv", rolls.toString());
    write("fx_prices_csv/EURUSD.csv", "DATETIME,PRICE\n2020-01-01 00:00:00,1.1\n");
    int n = 200;
    for (String code : List.of("CLEAN", "SPIKY", "GAPPY", "ZERO", "STALE", "NOMULT", "JPYINST", "NOCONF", "DUPS")) {
      java.util.function.IntFunction<String> f = switch (code) {
        case "SPIKY" -> i -> i == 100 ? "150" : wiggle(i);
        case "GAPPY" -> i -> i >= 50 && i < 70 ? null : wiggle(i);
        case "STALE" -> i -> i >= 50 && i < 80 ? "100" : wiggle(i);
        default -> DataCheckTest::wiggle;
      };
      java.util.function.IntFunction<String> m = code.equals("ZERO") ? i -> i == 10 ? "0" : wiggle(i) : f;
      String adj = adjusted(n, f);
      if (code.equals("DUPS")) {
        adj = adj + adj.substring(adj.indexOf('\n') + 1, adj.indexOf('\n') + 1 + adj.substring(adj.indexOf('\n')
            + 1).indexOf('\n') + 1); // the first row again, at the end: repaired on reading
      }
      write("adjusted_prices_csv/" + code + ".csv", adj);
      if (!code.equals("NOMULT")) {
        write("multiple_prices_csv/" + code + ".csv", multiple(n, m));
      }
    }
    DataCheckReport report;
    try (DataStore store = CsvStore.open(dir)) {
      report = new DataCheck(DataCheck.Options.defaults()).run(store, c -> { });
    }
    Map<String, List<Finding.Kind>> kinds = new java.util.TreeMap<>();
    for (InstrumentCheck c : report.instruments()) {
      kinds.put(c.instrument().value(), c.findings().stream().map(Finding::kind)
          .filter(k -> k != Finding.Kind.NO_ROLL_CALENDAR).toList());
    }
    assertThat(kinds).containsEntry("CLEAN", List.of())
        .containsEntry("SPIKY", List.of(Finding.Kind.SPIKE))
        .containsEntry("GAPPY", List.of(Finding.Kind.GAP))
        .containsEntry("STALE", List.of(Finding.Kind.STALE))
        .containsEntry("NOMULT", List.of(Finding.Kind.NO_MULTIPLE_PRICES))
        .containsEntry("JPYINST", List.of(Finding.Kind.NO_FX_RATE))
        .containsEntry("DUPS", List.of(Finding.Kind.DUPLICATE_TIMESTAMPS));
    assertThat(kinds.get("ZERO")).contains(Finding.Kind.KEPT_DEFECT, Finding.Kind.ZERO_OR_NEGATIVE);
    assertThat(kinds.get("NOCONF")).contains(Finding.Kind.NO_INSTRUMENT_CONFIG, Finding.Kind.NO_SPREAD_COST,
        Finding.Kind.NO_ROLL_CONFIG);
    assertThat(report.usable()).extracting(InstrumentCode::value)
        .containsExactly("CLEAN", "DUPS", "GAPPY", "SPIKY", "STALE", "ZERO");
    InstrumentCheck clean = report.instruments().get(0);
    assertThat(clean.first()).contains(LocalDate.of(2020, 1, 1));
    assertThat(clean.adjustedRows()).isEqualTo(n);

    String text = report.toText();
    assertThat(text).contains("9 instruments, 6 usable").contains("usable for a backtest (6): CLEAN,DUPS,GAPPY,"
        + "SPIKY,STALE,ZERO").contains("GAPPY gap: largest: 20 business days");
    JsonNode json = new ObjectMapper().readTree(report.toJson());
    assertThat(json.get("instruments")).hasSize(9);
    assertThat(json.get("usable")).hasSize(6);
    assertThat(json.get("instruments").get(0).get("first").asText()).isEqualTo("2020-01-01");
  }
}
