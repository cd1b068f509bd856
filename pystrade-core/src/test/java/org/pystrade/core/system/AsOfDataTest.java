package org.pystrade.core.system;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.pystrade.core.config.SystemConfig;
import org.pystrade.core.data.DataException;
import org.pystrade.core.data.DataUpdate;
import org.pystrade.core.data.FuturesSimData;
import org.pystrade.core.data.MultiplePriceBar;
import org.pystrade.core.data.MultiplePrices;
import org.pystrade.core.domain.ContractDate;
import org.pystrade.core.domain.Currency;
import org.pystrade.core.domain.FxPair;
import org.pystrade.core.domain.InstrumentCode;
import org.pystrade.core.domain.Quantity;
import org.pystrade.core.domain.Trade;
import org.pystrade.core.series.TimeSeries;
import org.pystrade.core.series.Timestamps;

/**
 * As-of and appended data: a system built on the data as it stood on a day computes the positions the whole
 * history gives up to that day, and appending the following days' bars to it gives, bit for bit, the system of the
 * later day; optimal positions are what a production run asks.
 */
class AsOfDataTest {

  private static final InstrumentCode AAA = InstrumentCode.of("AAA");
  private static final InstrumentCode BBB = InstrumentCode.of("BBB");
  private static final FuturesSimData FULL = SyntheticData.builder(700, "AAA", "USD", "BBB", "EUR").build();
  private static final String YAML = "instrument_weights: {AAA: 0.6, BBB: 0.4}\n"
      + "instrument_div_multiplier: 1.5\n"
      + "trading_rules:\n"
      + "  ewmac8_32: {function: ewmac, data: [rawdata.get_daily_prices, rawdata.daily_returns_volatility],"
      + " other_args: {Lfast: 8, Lslow: 32}, forecast_scalar: 5.3}\n"
      + "  carry: {function: carry, data: [rawdata.raw_carry], forecast_scalar: 30}\n"
      + "forecast_weights: {ewmac8_32: 0.5, carry: 0.5}\n"
      + "forecast_div_multiplier: 1.2\n";

  private static TradingSystem system(FuturesSimData data) {
    return TradingSystem.fromYaml(SystemConfig.fromYaml(YAML, "t"), data);
  }

  private static LocalDate day(int i) {
    return FULL.adjustedPrices(AAA).date(i);
  }

  @Test
  void aSystemAsOfADayHasTheWholeHistorysPositionsUpToThatDay() {
    TradingSystem full = system(FULL);
    for (int i : new int[] {150, 400, 699}) {
      LocalDate d = day(i);
      TradingSystem then = full.withData(FULL.asOf(d));
      long end = Timestamps.of(d.plusDays(1)) - 1;
      for (InstrumentCode c : new InstrumentCode[] {AAA, BBB}) {
        assertThat(then.data().adjustedPrices(c).size()).isEqualTo(i + 1);
        assertThat(then.portfolio().notionalPosition(c))
            .isEqualTo(full.portfolio().notionalPosition(c).slice(Long.MIN_VALUE, end));
        assertThat(then.accounts().bufferedPosition(c, true))
            .isEqualTo(full.accounts().bufferedPosition(c, true).slice(Long.MIN_VALUE, end));
      }
    }
  }

  @Test
  void appendingTheNextDaysGivesTheLaterSystemBitForBit() {
    int from = 500;
    int to = 520;
    FuturesSimData before = FULL.asOf(day(from));
    DataUpdate.Builder update = DataUpdate.builder();
    for (InstrumentCode c : new InstrumentCode[] {AAA, BBB}) {
      TimeSeries adj = FULL.adjustedPrices(c);
      MultiplePrices mp = FULL.multiplePrices(c);
      for (int i = from + 1; i <= to; i++) {
        LocalDateTime t = Timestamps.toDateTime(adj.time(i));
        update.adjustedPrice(c, t, adj.value(i));
        double fwd = mp.forwardContract().value(i);
        update.multiplePrices(c, t, new MultiplePriceBar(mp.price().value(i),
            ContractDate.fromDouble(mp.priceContract().value(i)), mp.carry().value(i),
            ContractDate.fromDouble(mp.carryContract().value(i)), mp.forward().value(i),
            fwd == fwd ? ContractDate.fromDouble(fwd) : null));
      }
    }
    TimeSeries eur = FULL.fxRate(Currency.EUR, Currency.USD);
    long cut = Timestamps.of(day(from).plusDays(1)) - 1;
    for (int i = 0; i < eur.size(); i++) {
      if (eur.time(i) > cut && eur.time(i) <= Timestamps.of(day(to))) {
        update.fxRate(FxPair.of(Currency.EUR, Currency.USD), Timestamps.toDateTime(eur.time(i)), eur.value(i));
      }
    }
    FuturesSimData appended = before.withUpdate(update.build());
    FuturesSimData later = FULL.asOf(day(to));
    for (InstrumentCode c : new InstrumentCode[] {AAA, BBB}) {
      assertThat(appended.adjustedPrices(c)).isEqualTo(later.adjustedPrices(c));
      assertThat(appended.multiplePrices(c)).isEqualTo(later.multiplePrices(c));
    }
    TradingSystem a = system(appended);
    TradingSystem b = system(later);
    for (InstrumentCode c : new InstrumentCode[] {AAA, BBB}) {
      assertThat(a.accounts().bufferedPosition(c, true)).isEqualTo(b.accounts().bufferedPosition(c, true));
      assertThat(a.portfolio().notionalPosition(c)).isEqualTo(b.portfolio().notionalPosition(c));
    }
    assertThat(a.optimalPositions()).isEqualTo(b.optimalPositions());
  }

  @Test
  void aBarThatDoesNotFollowTheDataIsAnErrorNamingTheSeries() {
    FuturesSimData before = FULL.asOf(day(300));
    LocalDateTime stale = Timestamps.toDateTime(FULL.adjustedPrices(AAA).time(299));
    FuturesSimData bad = before.withUpdate(DataUpdate.builder().adjustedPrice(AAA, stale, 100.0).build());
    assertThatThrownBy(() -> bad.adjustedPrices(AAA)).isInstanceOf(DataException.class)
        .hasMessageContaining("adjusted prices of AAA").hasMessageContaining("does not follow");
    assertThat(bad.adjustedPrices(BBB)).isEqualTo(before.adjustedPrices(BBB));
    assertThatThrownBy(() -> DataUpdate.builder().adjustedPrice(AAA, stale, 1).adjustedPrice(AAA, stale, 2))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("time order");
  }

  @Test
  void optimalPositionsAreTheLatestPositionsAndBuffers() {
    TradingSystem s = system(FULL.asOf(day(400)));
    Map<InstrumentCode, OptimalPosition> positions = s.optimalPositions();
    assertThat(positions).containsOnlyKeys(AAA, BBB);
    OptimalPosition p = positions.get(BBB);
    long t = Timestamps.of(p.time());
    assertThat(p.time().toLocalDate()).isEqualTo(day(400));
    assertThat(p.optimal()).isEqualTo(s.portfolio().notionalPosition(BBB).valueAt(t));
    assertThat(p.lowerBuffer()).isEqualTo(s.portfolio().lowerBuffer(BBB).valueAt(t));
    assertThat(p.upperBuffer()).isEqualTo(s.portfolio().upperBuffer(BBB).valueAt(t));
    assertThat(p.bufferedPosition().value()).isEqualTo(s.accounts().bufferedPosition(BBB, true).valueAt(t));
    assertThat(p.bufferedPosition().isWhole()).isTrue();
    assertThat(p.tradeToEdge()).isTrue();
  }

  @Test
  void theTargetKeepsAHeldPositionInsideTheBufferAndTradesToTheEdgeOtherwise() {
    OptimalPosition p = new OptimalPosition(AAA, LocalDateTime.of(2024, 1, 2, 0, 0), 10.2, 8.6, 11.8,
        Quantity.of(10), true);
    assertThat(p.target(Quantity.of(10))).isEqualTo(Quantity.of(10));
    assertThat(p.target(Quantity.of(9))).isEqualTo(Quantity.of(9));
    assertThat(p.target(Quantity.of(15))).isEqualTo(Quantity.of(12));
    assertThat(p.target(Quantity.of(3))).isEqualTo(Quantity.of(9));
    assertThat(p.tradeFrom(Quantity.of(15))).isEqualTo(Trade.of(AAA, Quantity.of(-3)));
    assertThat(p.tradeFrom(Quantity.of(10)).isZero()).isTrue();
    OptimalPosition toOptimum = new OptimalPosition(AAA, p.time(), 10.2, 8.6, 11.8, Quantity.of(10), false);
    assertThat(toOptimum.target(Quantity.of(15))).isEqualTo(Quantity.of(10));
    assertThatThrownBy(() -> new OptimalPosition(AAA, p.time(), 1, 3, 2, Quantity.ZERO, true))
        .hasMessageContaining("lower buffer");
  }

  @Test
  void startDateCutsEveryPriceAndFxSeriesAsPysystemtradesSimDataDoes() {
    LocalDate start = day(200);
    TradingSystem s = TradingSystem.fromYaml(SystemConfig.fromYaml(YAML + "start_date: " + start + "\n", "t"), FULL);
    for (InstrumentCode c : new InstrumentCode[] {AAA, BBB}) {
      assertThat(s.data().adjustedPrices(c).date(0)).isEqualTo(start);
      assertThat(s.data().multiplePrices(c).price().date(0)).isEqualTo(start);
    }
    assertThat(s.data().fxRate(Currency.EUR, Currency.USD).date(0)).isEqualTo(start);
    // the same system as one built on the data cut by hand
    TradingSystem byHand = system(FULL.from(start.atStartOfDay()));
    assertThat(s.accounts().bufferedPosition(BBB, true)).isEqualTo(byHand.accounts().bufferedPosition(BBB, true));
    assertThat(s.accounts().portfolio().net()).isEqualTo(byHand.accounts().portfolio().net());
    assertThatThrownBy(() -> TradingSystem.fromYaml(SystemConfig.fromYaml(YAML + "start_date: 2000-13-01\n", "t"),
        FULL)).hasMessageContaining("start_date").hasMessageContaining("2000-13-01");
  }
}
