package org.pystrade.core.rawdata;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.pystrade.core.config.ConfigException;
import org.pystrade.core.config.SystemConfig;
import org.pystrade.core.rawdata.VolatilityParams.ReturnsInput;
import org.pystrade.core.rawdata.VolatilityParams.VolFunction;

class VolatilityParamsTest {

  private static VolatilityParams read(String block) {
    return VolatilityParams.fromConfig(SystemConfig.fromYaml("volatility_calculation:\n" + block, "vol.yaml"));
  }

  @Test
  void pysystemtradeDefaultsAreTheMixedVolatilityOfDailyReturns() {
    VolatilityParams p = VolatilityParams.fromConfig(SystemConfig.defaults());
    assertThat(p).isEqualTo(new VolatilityParams(VolFunction.MIXED, ReturnsInput.DAILY_RETURNS, 1.0, 35, 10, 1e-10,
        false, 10, 0.3, true, 0.05, 100, 500));
  }

  @Test
  void everyFunctionIsFoundByItsPythonName() {
    for (VolFunction f : VolFunction.values()) {
      assertThat(read("  func: sysquant.estimators.vol." + f.pythonName() + "\n").function()).isEqualTo(f);
    }
    assertThat(VolFunction.ROBUST.pythonName()).isEqualTo("robust_vol_calc");
    assertThat(read("  func: simple_ewvol_calc\n").function()).isEqualTo(VolFunction.SIMPLE_EW);
  }

  @Test
  void anUnknownFunctionListsTheKnownOnes() {
    assertThatThrownBy(() -> read("  func: sysquant.estimators.vol.nope\n")).isInstanceOf(ConfigException.class)
        .hasMessage("config key 'volatility_calculation.func' names an unknown volatility function "
            + "'sysquant.estimators.vol.nope'; known: sysquant.estimators.vol.mixed_vol_calc, "
            + "sysquant.estimators.vol.robust_vol_calc, sysquant.estimators.vol.simple_ewvol_calc, "
            + "sysquant.estimators.vol.simple_vol_calc");
  }

  @Test
  void theSeriesMeasuredIsNamedAsPysystemtradesRawdataMethod() {
    for (ReturnsInput r : ReturnsInput.values()) {
      assertThat(read("  name_returns_attr_in_rawdata: " + r.pythonName() + "\n").input()).isEqualTo(r);
    }
    assertThat(ReturnsInput.DAILY_PERCENTAGE_RETURNS.pythonName()).isEqualTo("get_daily_percentage_returns");
  }

  @Test
  void aSeriesComputedFromTheVolatilityItselfIsRejected() {
    for (String recursive : new String[] {"daily_returns_volatility", "get_daily_percentage_volatility",
        "get_daily_vol_normalised_returns", "smoothed_carry", "normalised_price_for_asset_class"}) {
      assertThatThrownBy(() -> read("  name_returns_attr_in_rawdata: " + recursive + "\n"))
          .isInstanceOf(ConfigException.class).hasMessageContaining("'" + recursive + "'")
          .hasMessageContaining("computed from the volatility itself (pysystemtrade recurses without end)");
    }
    assertThatThrownBy(() -> read("  name_returns_attr_in_rawdata: weekly_returns\n"))
        .isInstanceOf(ConfigException.class).hasMessage("config key "
            + "'volatility_calculation.name_returns_attr_in_rawdata' names 'weekly_returns', which pystrade does not"
            + " support; supported: daily_returns, get_daily_percentage_returns, get_daily_prices, "
            + "daily_denominator_price, daily_annualised_roll");
  }

  @Test
  void everyFieldIsRead() {
    VolatilityParams p = read("  func: sysquant.estimators.vol.robust_vol_calc\n  multiplier_to_get_daily_vol: 1.2\n"
        + "  days: 20\n  min_periods: 5\n  vol_abs_min: 0.001\n  backfill: True\n  slow_vol_years: 3\n"
        + "  proportion_of_slow_vol: 0.5\n  vol_floor: False\n  floor_min_quant: 0.1\n  floor_min_periods: 50\n"
        + "  floor_days: 250\n");
    assertThat(p).isEqualTo(new VolatilityParams(VolFunction.ROBUST, ReturnsInput.DAILY_RETURNS, 1.2, 20, 5, 0.001,
        true, 3, 0.5, false, 0.1, 50, 250));
  }

  @Test
  void aRollingWindowMustBeAWholeNumberOfDaysAtLeastMinPeriods() {
    assertThatThrownBy(() -> read("  func: simple_vol_calc\n  days: 0\n")).isInstanceOf(ConfigException.class)
        .hasMessageContaining("'volatility_calculation.days' must be a number of at least 1 but was 0");
    assertThatThrownBy(() -> read("  func: simple_vol_calc\n  days: 8\n  min_periods: 9\n"))
        .isInstanceOf(ConfigException.class).hasMessageContaining("but was 9 > 8");
    // an exponentially weighted span need not be whole
    assertThat(read("  func: simple_ewvol_calc\n  days: 25.5\n").days()).isEqualTo(25.5);
  }
}
