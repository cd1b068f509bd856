package org.pystrade.core.config;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SystemConfigTest {

  @Test
  void defaultsFillEveryKeyTheConfigLeavesOut() {
    SystemConfig c = SystemConfig.fromYaml("percentage_vol_target: 25\nvolatility_calculation:\n  days: 20\n", "t");
    assertThat(c.getDouble("percentage_vol_target")).isEqualTo(25.0);
    assertThat(c.getDouble("notional_trading_capital")).isEqualTo(1_000_000.0);
    // nested maps merge key by key
    assertThat(c.getDouble("volatility_calculation.days")).isEqualTo(20.0);
    assertThat(c.getString("volatility_calculation.func")).isEqualTo("sysquant.estimators.vol.mixed_vol_calc");
    assertThat(c.getDouble("volatility_calculation.slow_vol_years")).isEqualTo(10.0);
    assertThat(c.getBoolean("buffer_trade_to_edge")).isTrue();
    assertThat(c.isSetByUser("percentage_vol_target")).isTrue();
    assertThat(c.isSetByUser("notional_trading_capital")).isFalse();
  }

  @Test
  void pythonStyleBooleansAreRead() {
    SystemConfig c = SystemConfig.fromYaml("use_forecast_scale_estimates: True\n", "t");
    assertThat(c.getBoolean("use_forecast_scale_estimates")).isTrue();
  }

  @Test
  void aBadValueNamesTheKey() {
    SystemConfig c = SystemConfig.fromYaml("percentage_vol_target: lots\ninstrument_weights:\n  SOFR: x\n", "my.yaml");
    assertThatThrownBy(() -> c.getDouble("percentage_vol_target"))
        .isInstanceOf(ConfigException.class)
        .hasMessageContaining("'percentage_vol_target'").hasMessageContaining("lots").hasMessageContaining("my.yaml");
    assertThatThrownBy(() -> c.getDoubleMap("instrument_weights"))
        .isInstanceOf(ConfigException.class).hasMessageContaining("instrument_weights.SOFR");
    SystemConfig b = SystemConfig.fromYaml("buffer_trade_to_edge: maybe\n", "t");
    assertThatThrownBy(() -> b.getBoolean("buffer_trade_to_edge")).hasMessageContaining("buffer_trade_to_edge")
        .hasMessageContaining("maybe");
  }

  @Test
  void invalidYamlNamesFileAndLine(@TempDir Path dir) throws Exception {
    Path f = dir.resolve("bad.yaml");
    Files.writeString(f, "forecast_cap: 20\ntrading_rules:\n  ewmac: [unclosed\n");
    assertThatThrownBy(() -> SystemConfig.fromYaml(f)).isInstanceOf(ConfigException.class)
        .hasMessageContaining("bad.yaml").hasMessageContaining("line");
  }

  @Test
  void aKeyGivenTwiceKeepsTheLastValueAsPyYamlAndIsReportedWithItsLine() {
    SystemConfig c = SystemConfig.fromYaml("forecast_cap: 20\npercentage_vol_target: 25\nforecast_cap: 15\n",
        "twice.yaml");
    assertThat(c.getDouble("forecast_cap")).isEqualTo(15.0);
    assertThat(c.duplicateKeys()).singleElement().satisfies(d -> {
      assertThat(d.getKey()).isEqualTo("forecast_cap");
      assertThat(d.getValue()).contains("config twice.yaml gives the key 'forecast_cap' twice (again at line 3)");
    });
    SystemConfig inner = SystemConfig.fromYaml("instrument_weights:\n  AAA: 0.5\n  AAA: 0.4\n", "inner.yaml");
    assertThat(inner.getDoubleMap("instrument_weights")).containsEntry("AAA", 0.4);
    assertThat(inner.duplicateKeys()).extracting(java.util.Map.Entry::getKey).containsExactly("AAA");
    // kept through copies
    assertThat(inner.toBuilder().set("forecast_cap", 10).build().duplicateKeys()).hasSize(1);
    assertThat(inner.without("forecast_cap").duplicateKeys()).hasSize(1);
  }

  @Test
  void missingFileIsNamed(@TempDir Path dir) {
    Path f = dir.resolve("nope.yaml");
    assertThatThrownBy(() -> SystemConfig.fromYaml(f)).isInstanceOf(ConfigException.class)
        .hasMessageContaining("nope.yaml");
  }

  @Test
  void aYamlListIsNotAMapping() {
    assertThatThrownBy(() -> SystemConfig.fromYaml("- a\n- b\n", "list.yaml")).isInstanceOf(ConfigException.class)
        .hasMessageContaining("list.yaml").hasMessageContaining("mapping");
  }

  @Test
  void builderEqualsYamlWithTheSameValues() {
    SystemConfig yaml = SystemConfig.fromYaml("percentage_vol_target: 20\ninstrument_weights:\n  A: 0.5\n  B: 0.5\n"
        + "countries:\n  US: [A]\n", "t");
    SystemConfig fromJava = SystemConfig.builder().set("percentage_vol_target", 20.0)
        .set("instrument_weights", Map.of("A", 0.5, "B", 0.5)).build();
    assertThat(fromJava).isEqualTo(yaml);
    assertThat(fromJava.toBuilder().set("percentage_vol_target", 21).build()).isNotEqualTo(yaml);
  }

  @Test
  void toYamlWritesTheUsersValuesBackAsYamlThatReadsToAnEqualConfig() {
    SystemConfig c = SystemConfig.fromYaml("percentage_vol_target: 25\nuse_SR_costs: True\n"
        + "instrument_weights: {CORN: 0.5, US10: 0.5}\nforecast_weights:\n  ewmac: 0.4\n  carry: 0.6\n"
        + "long_only_instruments: [CORN]\nbase_currency: GBP\n", "t");
    String yaml = c.toYaml();
    assertThat(yaml).contains("percentage_vol_target: 25").contains("use_SR_costs: true").contains("CORN: 0.5")
        .doesNotContain("{");
    SystemConfig again = SystemConfig.fromYaml(yaml, "again");
    assertThat(again).isEqualTo(c);
    assertThat(again.getStringList("long_only_instruments")).containsExactly("CORN");
    assertThat(again.getString("base_currency")).isEqualTo("GBP");
  }
}
