package org.pystrade.core.rawdata;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDateTime;
import java.time.LocalTime;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.pystrade.core.calc.Parallel;
import org.pystrade.core.calc.StageContext;
import org.pystrade.core.config.SystemConfig;
import org.pystrade.core.data.CheckedSimData;
import org.pystrade.core.data.DailyPrices;
import org.pystrade.core.data.DataDefect;
import org.pystrade.core.data.DataException;
import org.pystrade.core.data.DefectAction;
import org.pystrade.core.data.DefectPolicy;
import org.pystrade.core.data.ForwardingSimData;
import org.pystrade.core.data.FuturesSimData;
import org.pystrade.core.data.InMemorySimData;
import org.pystrade.core.data.InstrumentMeta;
import org.pystrade.core.data.MultiplePrices;
import org.pystrade.core.domain.Currency;
import org.pystrade.core.domain.InstrumentCode;
import org.pystrade.core.series.TimeSeries;
import org.pystrade.core.series.Timestamps;
import org.pystrade.core.testing.StageFixtures;

/**
 * The daily prices a data source may serve ({@link FuturesSimData#daily}): their definition ({@link
 * DailyPrices#derive}) is what the raw-data stage computes from the prices, the stage reads them when served, and
 * the checked data handles their defects as it handles those of the prices.
 */
class DailyPricesFromSourceTest {

  private static final InstrumentCode AAA = InstrumentCode.of("AAA");
  private static final double NAN = Double.NaN;
  private static final long[] T = StageFixtures.days(5);

  private static long at(int day, int hour) {
    return Timestamps.of(LocalDateTime.of(StageFixtures.START.plusDays(day), LocalTime.of(hour, 0)));
  }

  /**
   * Intraday adjusted prices and multiple prices (two rows on Monday, a Saturday row, a zero carry price on
   * Wednesday: a defect), the carry contract rolling on Friday.
   */
  private static FuturesSimData prices() {
    long[] intraday = {at(0, 10), at(0, 15), at(1, 0), at(2, 12), at(3, 0), at(5, 9)};
    TimeSeries adjusted = StageFixtures.series(intraday, 100, 101, 102, NAN, 104, 107);
    MultiplePrices mp = new MultiplePrices(StageFixtures.series(intraday, 50, 51, 52, 51, NAN, 55),
        TimeSeries.constant(intraday, 20240300), StageFixtures.series(intraday, 49, 50, 52, 0.0, 54, 56),
        StageFixtures.series(intraday, 20240600, 20240600, 20240600, 20240600, 20240900, 20240900),
        TimeSeries.constant(intraday, NAN), TimeSeries.constant(intraday, NAN));
    return InMemorySimData.builder().adjustedPrices(AAA, adjusted).multiplePrices(AAA, mp)
        .meta(InstrumentMeta.builder(AAA).build()).build();
  }

  /** The prices, serving daily prices of their own: the derived ones doubled, with one defect of their own. */
  private static final class Serving extends ForwardingSimData {
    private final DailyPrices served;

    Serving(FuturesSimData prices) {
      super(prices);
      DailyPrices d = DailyPrices.derive(prices, AAA).orElseThrow();
      served = new DailyPrices(d.adjusted().times(2.0), d.price().times(2.0), d.annualisedRoll().times(2.0),
          List.of(new DataDefect(AAA, DataDefect.Kind.NON_POSITIVE_PRICE, "served place", "served detail")));
    }

    @Override
    public Optional<DailyPrices> daily(InstrumentCode instrument) {
      return Optional.of(served);
    }
  }

  private static RawDataInputs inputs(FuturesSimData data) {
    StageContext context = new StageContext(data, List.of(AAA), Currency.USD, Parallel.sequential());
    return new RawDataInputs(context, VolatilityParams.fromConfig(SystemConfig.defaults()));
  }

  private static void assertSameBits(TimeSeries a, TimeSeries b) {
    assertThat(a.timestamps()).isEqualTo(b.timestamps());
    for (int i = 0; i < a.size(); i++) {
      assertThat(Double.doubleToRawLongBits(a.value(i))).as("row %s", i)
          .isEqualTo(Double.doubleToRawLongBits(b.value(i)));
    }
  }

  @Test
  void derivedDailyPricesAreWhatTheStageComputesFromThePrices() {
    FuturesSimData data = prices();
    DailyPrices d = DailyPrices.derive(data, AAA).orElseThrow();
    RawData stage = new DefaultRawData(inputs(data));
    assertSameBits(d.adjusted(), stage.dailyPrices(AAA));
    assertSameBits(d.price(), stage.dailyDenominatorPrice(AAA));
    assertSameBits(d.annualisedRoll(), stage.dailyAnnualisedRoll(AAA));
    assertThat(d.adjusted().values()).containsExactly(101, 102, NAN, 104, 107);
    // Wednesday's carry price is zero, and Saturday's adjusted price moves without its contract: two defects
    assertThat(d.defects()).extracting(DataDefect::kind).containsExactlyInAnyOrder(
        DataDefect.Kind.NON_POSITIVE_PRICE, DataDefect.Kind.ADJUSTED_PRICE_MISMATCH);
    assertThat(d.defects()).extracting(DataDefect::detail).anyMatch(m -> m.contains("CARRY is 0.0 on 2024-01-03"));
  }

  @Test
  void noDailyPricesWithoutAValidAdjustedPrice() {
    FuturesSimData data = InMemorySimData.builder().adjustedPrices(AAA, TimeSeries.constant(T, NAN))
        .multiplePrices(AAA, new MultiplePrices(TimeSeries.constant(T, 1.0), TimeSeries.constant(T, 20240300),
            TimeSeries.constant(T, 1.0), TimeSeries.constant(T, 20240600), TimeSeries.constant(T, NAN),
            TimeSeries.constant(T, NAN)))
        .meta(InstrumentMeta.builder(AAA).build()).build();
    assertThat(DailyPrices.derive(data, AAA)).isEmpty();
    assertThat(data.daily(AAA)).isEmpty();
  }

  @Test
  void theStageReadsTheDailyPricesASourceServesAndASubclassDerivesItsOwn() {
    Serving serving = new Serving(prices());
    RawData stage = new DefaultRawData(inputs(serving));
    DailyPrices served = serving.daily(AAA).orElseThrow();
    assertThat(stage.dailyPrices(AAA)).isSameAs(served.adjusted());
    assertThat(stage.dailyDenominatorPrice(AAA)).isSameAs(served.price());
    assertThat(stage.dailyAnnualisedRoll(AAA)).isSameAs(served.annualisedRoll());

    // a subclass may change how any series follows from the prices: it reads the prices
    RawData subclass = new DefaultRawData(inputs(serving)) {
    };
    DailyPrices derived = DailyPrices.derive(prices(), AAA).orElseThrow();
    assertSameBits(subclass.dailyPrices(AAA), derived.adjusted());
    assertSameBits(subclass.dailyAnnualisedRoll(AAA), derived.annualisedRoll());
  }

  @Test
  void checkedDataHandlesServedDefectsAsItHandlesThoseOfThePrices() {
    CheckedSimData kept = CheckedSimData.of(new Serving(prices()), DefectPolicy.defaults(), Currency.USD);
    assertThat(kept.daily(AAA)).isPresent();
    assertThat(kept.defects()).extracting(DataDefect::location).containsExactly("served place");
    // the served defects are the check of the prices: reading the prices does not check them again
    kept.adjustedPrices(AAA);
    assertThat(kept.defects()).extracting(DataDefect::location).containsExactly("served place");

    CheckedSimData leftOut = CheckedSimData.of(new Serving(prices()),
        DefectPolicy.defaults().with(DataDefect.Kind.NON_POSITIVE_PRICE, DefectAction.LEAVE_OUT), Currency.USD);
    assertThatThrownBy(() -> leftOut.daily(AAA)).isInstanceOf(DataException.class)
        .hasMessageContaining("served detail").hasMessageContaining("leave_out");
    assertThatThrownBy(() -> leftOut.adjustedPrices(AAA)).isInstanceOf(DataException.class)
        .hasMessageContaining("served detail");
  }
}
