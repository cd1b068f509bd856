package org.pystrade.core.rules;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.OptionalDouble;
import java.util.function.Supplier;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;
import org.pystrade.core.domain.InstrumentCode;
import org.pystrade.core.math.RuleMath;
import org.pystrade.core.series.TimeSeries;

/**
 * Parity with pandas: {@code pandas_reference.csv.gz} holds 700 business days of synthetic inputs (NaN gaps,
 * leading NaN, a flat stretch, inputs on unequal indexes, exact zero outperformance) and the outputs of the
 * pysystemtrade 1.80 rule functions computed on them with pandas 1.5.3 / numpy 1.24 (an empty cell is a date absent
 * from that output's index). Each rule is called through the standard registry with pysystemtrade's argument
 * names, so names, defaults and input order are checked too.
 */
class PandasReferenceTest {

  /**
   * Tolerance zero: the rules replicate pandas operation for operation (IEEE arithmetic and square roots only), so
   * every value is bit-identical to pandas'. Any drift of a kernel shows up here.
   */
  private static final double TOL = 0.0;

  private static final ReferenceTable REF = ReferenceTable.fromResource("pandas_reference.csv.gz");

  private static TimeSeries col(String name) {
    return REF.column(name);
  }

  private static TimeSeries rule(String path, List<String> data, Object... args) {
    List<TimeSeries> inputs = new ArrayList<>();
    for (String d : data) {
      inputs.add(col(d));
    }
    TradingRule r = RuleRegistry.standard().get("systems.provided.rules." + path).rule();
    return r.forecast(new RuleInputs(InstrumentCode.of("TEST"), inputs, RuleArgs.of(args)));
  }

  private static DynamicTest check(String column, Supplier<TimeSeries> actual) {
    return DynamicTest.dynamicTest(column, () -> {
      TimeSeries expected = col(column);
      assertThat(expected.countValid()).as("reference column has values").isGreaterThan(100);
      SeriesAssert.assertMatches(column, expected, actual.get(), TOL);
    });
  }

  @TestFactory
  List<DynamicTest> rulesMatchPandas() {
    List<String> p = List.of("price");
    List<String> pv = List.of("price", "vol");
    List<String> ab = List.of("a", "b");
    return List.of(
        check("robust_vol_price", () -> RuleMath.robustVolCalc(col("price"))),
        check("robust_vol_diff", () -> RuleMath.robustVolCalc(col("price").diff(), 20)),
        check("ewmac_calc_vol_8_32", () -> rule("ewmac.ewmac_calc_vol", p, "Lfast", 8, "Lslow", 32)),
        check("ewmac_calc_vol_4_16_v20",
            () -> rule("ewmac.ewmac_calc_vol", p, "Lfast", 4, "Lslow", 16, "vol_days", 20)),
        check("ewmac_forecast_with_defaults", () -> rule("ewmac.ewmac_forecast_with_defaults", p)),
        check("ewmac_no_vol_default", () -> rule("ewmac.ewmac_forecast_with_defaults_no_vol", pv)),
        check("breakout_default", () -> rule("breakout.breakout", p)),
        check("breakout_20", () -> rule("breakout.breakout", p, "lookback", 20)),
        check("breakout_40_s7", () -> rule("breakout.breakout", p, "lookback", 40, "smooth", 7)),
        check("accel_default", () -> rule("accel.accel", pv)),
        check("accel_8", () -> rule("accel.accel", pv, "Lfast", 8)),
        check("mr_wings_default", () -> rule("mr_wings.mr_wings", pv)),
        check("mr_wings_2", () -> rule("mr_wings.mr_wings", pv, "Lfast", 2)),
        check("factor_default", () -> rule("factors.factor_trading_rule", List.of("factor"))),
        check("factor_10", () -> rule("factors.factor_trading_rule", List.of("factor"), "smooth", 10)),
        check("cfactor_30",
            () -> rule("factors.conditioned_factor_trading_rule", List.of("factor", "cond"), "smooth", 30)),
        check("relative_carry", () -> rule("carry.relative_carry", ab)),
        check("relmom_default", () -> rule("rel_mom.relative_momentum", ab)),
        check("relmom_20", () -> rule("rel_mom.relative_momentum", ab, "horizon", 20)),
        check("relmom_20_e5", () -> rule("rel_mom.relative_momentum", ab, "horizon", 20, "ewma_span", 5)),
        check("csmr_default", () -> rule("cs_mr.cross_sectional_mean_reversion", ab)),
        check("csmr_20", () -> rule("cs_mr.cross_sectional_mean_reversion", ab, "horizon", 20)),
        check("csmr_10_e1",
            () -> rule("cs_mr.cross_sectional_mean_reversion", ab, "horizon", 10, "ewma_span", 1)),
        check("rolling_std_7_3", () -> wrap(col("price"), RuleMath.rollingStd(col("price").values(), 7, 3))),
        check("rolling_mean_9",
            () -> wrap(col("price"), RuleMath.rollingMean(col("price").diff().values(), 9, 9))),
        // the Java overloads give the same as the registered forms
        check("breakout_40_s7", () -> ProvidedRules.breakout(col("price"), 40, OptionalDouble.of(7))),
        check("relmom_20_e5", () -> ProvidedRules.relativeMomentum(col("a"), col("b"), 20, OptionalDouble.of(5))),
        check("csmr_default", () -> ProvidedRules.crossSectionalMeanReversion(col("a"), col("b"))),
        check("ewmac_forecast_with_defaults", () -> ProvidedRules.ewmacForecastWithDefaults(col("price"))),
        check("mr_wings_default", () -> ProvidedRules.mrWings(col("price"), col("vol"))),
        check("accel_8", () -> ProvidedRules.accel(col("price"), col("vol"), 8)),
        check("factor_default", () -> ProvidedRules.factorTradingRule(col("factor"))));
  }

  private static TimeSeries wrap(TimeSeries index, double[] values) {
    return TimeSeries.of(index.timestamps(), values);
  }
}
