package org.pystrade.core.accounts;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.pystrade.core.series.TimeSeries;
import org.pystrade.core.testing.GoldenCsv;

/**
 * Every statistic pysystemtrade printed for {@code accounts.portfolio().percent.stats()} (rounded to 4 significant
 * figures in {@code summary.json}) must be reproduced from the golden portfolio P&amp;L in percent ({@code net_pct}).
 */
class AccountStatsGoldenTest {

  @ParameterizedTest
  @ValueSource(strings = {"chapter15_fixed", "chapter15_estimated"})
  void portfolioPercentStatsMatchPysystemtrade(String run) throws Exception {
    Path portfolio = GoldenCsv.requireGoldenFile(run + "/portfolio.csv.gz");
    Path summary = GoldenCsv.requireGoldenFile(run + "/summary.json");
    TimeSeries netPct = GoldenCsv.readColumn(portfolio, "net_pct");
    JsonNode printed = new ObjectMapper().readTree(summary.toFile()).get("stats_percent");

    Map<String, String> ours = AccountStats.of(netPct).formatted();

    Map<String, String> expected = new LinkedHashMap<>();
    for (String name : AccountStats.NAMES) {
      assertThat(printed.has(name)).as("summary.json has %s", name).isTrue();
      expected.put(name, printed.get(name).asText());
    }
    assertThat(ours).containsExactlyEntriesOf(expected);
  }
}
