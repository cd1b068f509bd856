package org.pystrade.core.results;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.pystrade.core.config.SystemConfig;
import org.pystrade.core.domain.InstrumentCode;
import org.pystrade.core.pandl.PandlCurve;
import org.pystrade.core.rules.RuleName;
import org.pystrade.core.series.SeriesFrame;
import org.pystrade.core.series.TimeSeries;
import org.pystrade.core.series.Timestamps;
import org.pystrade.core.system.SyntheticData;
import org.pystrade.core.system.TradingSystem;

/** A system's results as frames: the golden layout's names, columns and values, and the views of the index. */
class SystemResultsTest {

  static final String YAML = "trading_rules:\n"
      + "  ewmac8_32:\n"
      + "    function: systems.provided.rules.ewmac.ewmac\n"
      + "    data: [rawdata.get_daily_prices, rawdata.daily_returns_volatility]\n"
      + "    other_args: {Lfast: 8, Lslow: 32}\n"
      + "    forecast_scalar: 5.3\n"
      + "  carry:\n"
      + "    function: systems.provided.rules.carry.carry\n"
      + "    data: [rawdata.raw_carry]\n"
      + "    other_args: {smooth_days: 90}\n"
      + "    forecast_scalar: 30\n"
      + "forecast_weights: {ewmac8_32: 0.5, carry: 0.5}\n"
      + "instrument_weights: {AAA: 0.4, BBB: 0.3, CCC: 0.3}\n";

  private static TradingSystem system;

  @BeforeAll
  static void build() {
    // CCC has no JPY rate: left out of the portfolio, it keeps its prices and forecasts
    system = TradingSystem.fromYaml(SystemConfig.fromYaml(YAML, "t"),
        SyntheticData.builder(1200, "AAA", "USD", "BBB", "EUR", "CCC", "JPY").build());
  }

  /** A results frame is a system's columns joined on their union index. */
  static ResultFrame expected(String name, Map<String, TimeSeries> columns) {
    return new ResultFrame(name, SeriesFrame.concat(columns));
  }

  @Test
  void framesAreNamedAndOrderedAsTheGoldenExports() {
    SystemResults results = SystemResults.of(system);
    assertThat(results.names()).containsExactly("AAA", "BBB", "CCC", "portfolio", "instrument_weights", "idm");
    assertThat(results.frames()).extracting(ResultFrame::name).isEqualTo(results.names());
    assertThat(results.frame("AAA").orElseThrow().columnNames()).containsExactly("price", "vol", "raw.ewmac8_32",
        "raw.carry", "capped.carry", "capped.ewmac8_32", "combined", "subsystem_position", "notional_position",
        "buffered_position", "pandl_net", "pandl_gross", "pandl_costs");
    assertThat(results.instrument(InstrumentCode.of("CCC")).orElseThrow().columnNames())
        .startsWith("price", "vol").doesNotContain("subsystem_position", "pandl_net");
    assertThat(results.frame("portfolio").orElseThrow().columnNames()).containsExactly("net", "gross", "costs",
        "net_pct");
    assertThat(results.frame("instrument_weights").orElseThrow().columnNames()).containsExactly("AAA", "BBB");
    assertThat(results.frame("idm").orElseThrow().columnNames()).containsExactly("idm");
    assertThat(results.frame("nope")).isEmpty();
  }

  @Test
  void valuesAreTheSystemsOnTheUnionIndex() {
    SystemResults results = SystemResults.of(system);
    InstrumentCode aaa = InstrumentCode.of("AAA");
    ResultFrame frame = results.instrument(aaa).orElseThrow();
    PandlCurve pandl = system.accounts().pandlForInstrument(aaa);
    TimeSeries price = system.rawData().dailyPrices(aaa);
    long[] index = frame.timestamps();
    assertThat(frame.series("pandl_net")).isEqualTo(pandl.net().reindex(index));
    assertThat(frame.values("price")).containsExactly(price.reindex(index).values());
    assertThat(frame.values("capped.carry")).containsExactly(system.forecastScaleCap()
        .cappedForecast(aaa, RuleName.of("carry")).reindex(index).values());
    assertThat(frame).isEqualTo(expected("AAA", new ResultColumns(system).instrument(aaa)));
    assertThat(results.frame("portfolio").orElseThrow().values("net_pct"))
        .containsExactly(system.accounts().portfolio().netPercent().values());
    assertThat(frame.rowCount()).isEqualTo(index.length).isGreaterThan(1000);
    assertThat(frame.get(0, 0)).isEqualTo(frame.values("price")[0]);
  }

  @Test
  void theIndexHasDateAndInstantViews() {
    ResultFrame frame = SystemResults.of(system).frame("BBB").orElseThrow();
    long[] t = frame.timestamps();
    List<LocalDate> dates = frame.dates();
    List<Instant> instants = frame.instants();
    assertThat(dates).hasSize(t.length);
    assertThat(dates.get(0)).isEqualTo(Timestamps.toDate(t[0]));
    assertThat(instants.get(t.length - 1)).isEqualTo(Instant.ofEpochSecond(t[t.length - 1]));
    assertThat(frame.dateTimes().get(1)).isEqualTo(Timestamps.toDateTime(t[1]));
    assertThat(instants.get(0).toString()).startsWith(dates.get(0).toString());
  }

  @Test
  void tradingRulePandlIsThereWhenAskedFor() {
    assertThat(SystemResults.of(system).frame("trading_rule_pandl")).isEmpty();
    ResultOptions options = ResultOptions.golden(system).withTradingRulePandl(true);
    assertThat(options.optimised()).isFalse();
    ResultFrame rules = SystemResults.of(system, options).frame("trading_rule_pandl").orElseThrow();
    assertThat(rules.columnNames()).containsExactly("ewmac8_32", "carry");
    assertThat(rules.series("carry")).isEqualTo(system.accounts().pandlForTradingRule(RuleName.of("carry")).net()
        .reindex(rules.timestamps()));
  }

  @Test
  void badNamesAndMissingColumnsAreNamed() {
    SeriesFrame f = SeriesFrame.of(new long[] {0, 86_400}, List.of("a"), new double[][] {{1, 2}});
    assertThatThrownBy(() -> new ResultFrame("x/y", f)).isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("x/y");
    assertThatThrownBy(() -> new ResultFrame(" ", f)).isInstanceOf(IllegalArgumentException.class);
    SeriesFrame withIndex = SeriesFrame.of(new long[] {0}, List.of("DATETIME"), new double[][] {{1}});
    assertThatThrownBy(() -> new ResultFrame("t", withIndex)).hasMessageContaining("DATETIME");
    ResultFrame frame = new ResultFrame("t", f);
    assertThatThrownBy(() -> frame.values("b")).hasMessageContaining("frame t has no column 'b'")
        .hasMessageContaining("[a]");
    assertThatThrownBy(() -> SystemResults.ofFrames(List.of(frame, frame))).hasMessageContaining("two frames")
        .hasMessageContaining("t");
  }
}
