package org.pystrade.data.pipeline;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.pystrade.core.data.ContractPrices;
import org.pystrade.core.domain.Currency;
import org.pystrade.core.domain.FuturesContract;
import org.pystrade.core.domain.InstrumentCode;
import org.pystrade.core.series.TimeSeries;
import org.pystrade.core.series.Timestamps;

/** Cleaning of new bars and the checks pystrade adds. */
class PriceChecksTest {

  @Test
  void cleaningDropsFutureAndZeroPricesKeepsNegativeOnesAndReportsEach() {
    long d = Timestamps.parse("2020-01-06 23:00:00");
    long[] t = {d, d + 86400, d + 2 * 86400, d + 3 * 86400};
    TimeSeries fin = TimeSeries.of(t, new double[] {10, 0, -1, 12});
    ContractPrices bars = new ContractPrices(FuturesContract.of("TEST", "20200300"), fin, fin, fin, fin,
        fin.withValues(new double[] {5, 5, 0, 5}));
    Outcome<ContractPrices> cleaned = PriceChecks.clean(bars, CleaningConfig.DEFAULTS, d + 3 * 86400);
    assertThat(cleaned.get().fin().valuesView()).containsExactly(10, -1);
    assertThat(cleaned.problems()).extracting(Problem::check)
        .containsExactlyInAnyOrder(Check.FUTURE_PRICE, Check.ZERO_PRICE, Check.NEGATIVE_PRICE);
    CleaningConfig strict = new CleaningConfig(true, true, true, true, true, 8, 5);
    assertThat(PriceChecks.clean(bars, strict, Long.MAX_VALUE).get().fin().valuesView()).containsExactly(10, 12);
  }

  @Test
  void aRunOfEqualPricesEndingInTheNewBarsIsStale() {
    long[] t = new long[8];
    for (int i = 0; i < 8; i++) {
      t[i] = Timestamps.parse("2020-01-01") + i * 86400L;
    }
    TimeSeries s = TimeSeries.of(t, new double[] {1, 2, 3, 3, 3, 3, 3, 3});
    assertThat(PriceChecks.stale("x", s, t[6], 5)).extracting(Problem::check).containsExactly(Check.STALE_PRICE);
    assertThat(PriceChecks.stale("x", s, t[6], 7)).isEmpty();
    assertThat(PriceChecks.stale("x", s, t[6], 0)).isEmpty();
  }

  @Test
  void missingFxIsReportedWhenNeitherPairNorUsdLegsExist() {
    InstrumentCode i = InstrumentCode.of("BUND");
    assertThat(PriceChecks.missingFx(i, Currency.EUR, Currency.USD, List.of("EURUSD"))).isEmpty();
    assertThat(PriceChecks.missingFx(i, Currency.of("GBP"), Currency.EUR, List.of("GBPUSD", "EURUSD"))).isEmpty();
    assertThat(PriceChecks.missingFx(i, Currency.of("JPY"), Currency.USD, List.of("EURUSD")))
        .extracting(Problem::check).containsExactly(Check.MISSING_FX);
    assertThat(PriceChecks.missingFx(i, Currency.USD, Currency.USD, List.of())).isEmpty();
  }
}
