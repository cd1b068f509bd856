package org.pystrade.data.pipeline;

import static org.assertj.core.api.Assertions.assertThat;
import static org.pystrade.data.pipeline.Fixtures.t;

import java.util.Map;
import org.junit.jupiter.api.Test;
import org.pystrade.core.domain.FxPair;
import org.pystrade.core.series.TimeSeries;

/** FX rates as stored, inverted and crossed, with pysystemtrade's alignment. */
class FxCrossesTest {

  private static final double NAN = Double.NaN;

  private final Map<String, TimeSeries> stored = Map.of(
      "GBPUSD", TimeSeries.of(new long[] {t("2020-01-01"), t("2020-01-02"), t("2020-01-04")},
          new double[] {1.25, 1.30, 1.20}),
      "EURUSD", TimeSeries.of(new long[] {t("2020-01-02"), t("2020-01-03")}, new double[] {1.10, 1.00}),
      "USDJPY", TimeSeries.of(new long[] {t("2020-01-02")}, new double[] {110.0}));

  @Test
  void aCrossIsAlignedOnTheUnionOfTimesWithEachSideForwardFilled() {
    TimeSeries gbpeur = FxCrosses.rate(FxPair.of("GBPEUR"), stored).get();
    assertThat(gbpeur.timesView()).containsExactly(t("2020-01-01"), t("2020-01-02"), t("2020-01-03"),
        t("2020-01-04"));
    assertThat(gbpeur.valuesView()).containsExactly(NAN, 1.30 / 1.10, 1.30 / 1.00, 1.20 / 1.00);
  }

  @Test
  void storedPairsAreGivenAsTheyAreAndReversePairsInverted() {
    assertThat(FxCrosses.rate(FxPair.of("GBPUSD"), stored).get()).isSameAs(stored.get("GBPUSD"));
    assertThat(FxCrosses.rate(FxPair.of("USDGBP"), stored).get().valuesView())
        .containsExactly(1 / 1.25, 1 / 1.30, 1 / 1.20);
    // a USD value from an inverted USDXXX series
    assertThat(FxCrosses.rate(FxPair.of("JPYEUR"), stored).get().valueAt(t("2020-01-02")))
        .isEqualTo((1 / 110.0) / 1.10);
  }

  @Test
  void aPairWithoutDataIsRefused() {
    Outcome<TimeSeries> out = FxCrosses.rate(FxPair.of("CHFEUR"), stored);
    assertThat(out.errors()).extracting(Problem::check).containsExactly(Check.MISSING_FX);
  }
}
