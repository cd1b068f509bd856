package org.pystrade.core.incremental;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.pystrade.core.config.SystemConfig;
import org.pystrade.core.data.DataException;
import org.pystrade.core.data.DataUpdate;
import org.pystrade.core.data.FuturesSimData;
import org.pystrade.core.data.InMemorySimData;
import org.pystrade.core.data.InstrumentMeta;
import org.pystrade.core.data.MultiplePriceBar;
import org.pystrade.core.data.MultiplePrices;
import org.pystrade.core.domain.Currency;
import org.pystrade.core.domain.FxPair;
import org.pystrade.core.domain.InstrumentCode;
import org.pystrade.core.domain.RollParameters;
import org.pystrade.core.series.TimeSeries;
import org.pystrade.core.series.Timestamps;
import org.pystrade.core.system.TradingSystem;
import org.pystrade.core.testing.SameAsFull;

/**
 * An incremental system after each appended day equals, bit for bit, the same system computed in full on the data
 * up to that day, in every stage's series: on intraday data with the days that make a day's rows change after they
 * were first computed (a day only the multiple prices have, a weekend bar, a bar without a value, an FX rate that
 * comes late, an instrument whose data starts during the appends).
 */
class IncrementalSystemTest {

  private static final LocalDate START = LocalDate.of(2000, 1, 3);
  private static final int DAYS = 520;
  private static final int FIRST_APPENDED = 430;

  static final String YAML = "instrument_weights: {AAA: 0.3, BBB: 0.3, CCC: 0.25, DDD: 0.15}\n"
      + "instrument_div_multiplier: 1.6\n"
      + "trading_rules:\n"
      + "  ewmac4_16: {function: systems.provided.rules.ewmac.ewmac, data: [rawdata.get_daily_prices,"
      + " rawdata.daily_returns_volatility], other_args: {Lfast: 4, Lslow: 16}, forecast_scalar: 7.5}\n"
      + "  ewmac16_64: {function: ewmac, data: [rawdata.get_daily_prices, rawdata.daily_returns_volatility],"
      + " other_args: {Lfast: 16, Lslow: 64}, forecast_scalar: 3.75}\n"
      + "  carry: {function: systems.provided.rules.carry.carry, data: [rawdata.raw_carry],"
      + " other_args: {smooth_days: 90}, forecast_scalar: 30}\n"
      + "forecast_weights: {ewmac16_64: 0.4, carry: 0.6}\n"
      + "forecast_div_multiplier: 1.3\n"
      + "percentage_vol_target: 20\n"
      + "notional_trading_capital: 250000\n";

  private static final InstrumentCode AAA = InstrumentCode.of("AAA");
  private static final InstrumentCode DDD = InstrumentCode.of("DDD");

  /** Intraday bars of four instruments with holidays, one-table days, weekend and empty bars; DDD starts late. */
  static FuturesSimData data() {
    InMemorySimData.Builder b = InMemorySimData.builder();
    addInstrument(b, "AAA", "USD", 0, new int[] {10, 15, 23}, 1, 0, 0);
    addInstrument(b, "BBB", "EUR", 0, new int[] {23}, 2, 0, 0);
    // CCC's adjusted prices pause for longer than the days whose states are kept, its multiple prices do not
    addInstrument(b, "CCC", "USD", 120, new int[] {0}, 3, FIRST_APPENDED + 5, FIRST_APPENDED + 51);
    addInstrument(b, "DDD", "EUR", FIRST_APPENDED + 30, new int[] {9, 17}, 4, 0, 0);
    // EUR in USD: one rate a day at 23:00, missing now and then, and a few days late (at the next day's 01:00)
    Random rnd = new Random(99);
    List<Long> t = new ArrayList<>();
    List<Double> v = new ArrayList<>();
    double rate = 1.1;
    for (LocalDate d = START.minusDays(10); d.isBefore(START.plusDays(DAYS * 7 / 5 + 10)); d = d.plusDays(1)) {
      rate *= Math.exp(0.005 * rnd.nextGaussian());
      double u = rnd.nextDouble();
      if (u < 0.05) {
        continue;
      }
      t.add(Timestamps.of(u < 0.1 ? d.plusDays(1).atTime(1, 0) : d.atTime(23, 0)));
      v.add(rate);
    }
    b.fxRate("EUR", TimeSeries.of(t.stream().mapToLong(Long::longValue).toArray(),
        v.stream().mapToDouble(Double::doubleValue).toArray()));
    return b.build();
  }

  private static void addInstrument(InMemorySimData.Builder b, String code, String ccy, int firstDay, int[] hours,
      long seed, int pauseFrom, int pauseTo) {
    Random rnd = new Random(seed);
    List<Long> at = new ArrayList<>();
    List<Double> av = new ArrayList<>();
    List<Long> mt = new ArrayList<>();
    List<double[]> mv = new ArrayList<>();
    double p = 100 + 10 * seed;
    LocalDate day = START;
    for (int i = 0; i < DAYS; i++, day = next(day)) {
      if (i < firstDay) {
        continue;
      }
      double u = rnd.nextDouble();
      // holidays of the adjusted prices, some with multiple prices, and a pause
      boolean adjustedToday = u > 0.04 && (i < pauseFrom || i >= pauseTo);
      boolean multipleToday = u > 0.02 && u < 0.97; // and days of the adjusted prices only
      int year = day.getYear();
      for (int h : hours) {
        p += rnd.nextGaussian();
        long time = Timestamps.of(day.atTime(h, 0));
        boolean empty = rnd.nextDouble() < 0.03;
        if (adjustedToday) {
          at.add(time);
          av.add(empty ? Double.NaN : p);
        }
        if (multipleToday) {
          mt.add(time);
          mv.add(new double[] {empty ? Double.NaN : p + 5, (year + 1) * 10000 + 300, p + 5.5 + 0.3 * Math.sin(i),
              year * 10000 + 1200, Double.NaN, (year + 1) * 10000 + 600});
        }
      }
      if (rnd.nextDouble() < 0.03 && day.getDayOfWeek().getValue() == 5) {
        // a Saturday bar: it belongs to Friday
        p += rnd.nextGaussian();
        long sat = Timestamps.of(day.plusDays(1).atTime(9, 0));
        at.add(sat);
        av.add(p);
        mt.add(sat);
        mv.add(new double[] {p + 5, (year + 1) * 10000 + 300, p + 5.4, year * 10000 + 1200, Double.NaN,
            (year + 1) * 10000 + 600});
      }
    }
    InstrumentCode c = InstrumentCode.of(code);
    b.adjustedPrices(c, TimeSeries.of(at.stream().mapToLong(Long::longValue).toArray(),
        av.stream().mapToDouble(Double::doubleValue).toArray()));
    long[] times = mt.stream().mapToLong(Long::longValue).toArray();
    double[][] cols = new double[6][times.length];
    for (int i = 0; i < times.length; i++) {
      for (int k = 0; k < 6; k++) {
        cols[k][i] = mv.get(i)[k];
      }
    }
    b.multiplePrices(c, new MultiplePrices(TimeSeries.of(times, cols[0]), TimeSeries.of(times, cols[1]),
        TimeSeries.of(times, cols[2]), TimeSeries.of(times, cols[3]), TimeSeries.of(times, cols[4]),
        TimeSeries.of(times, cols[5])));
    b.meta(InstrumentMeta.builder(c).currency(ccy).pointSize(10 * seed).assetClass("Test").perBlock(1)
        .spreadCost(0.1).rollParameters(RollParameters.of("HMUZ", -5, 1, "HMUZ", 15)).build());
  }

  private static LocalDate next(LocalDate day) {
    LocalDate d = day.plusDays(1);
    while (d.getDayOfWeek().getValue() > 5) {
      d = d.plusDays(1);
    }
    return d;
  }

  static LocalDate day(int i) {
    LocalDate d = START;
    for (int k = 0; k < i; k++) {
      d = next(d);
    }
    return d;
  }

  static TradingSystem system(String yaml, FuturesSimData data) {
    return TradingSystem.fromYaml(SystemConfig.fromYaml(yaml, "test"), data);
  }

  @Test
  void eachAppendedDayEqualsTheSystemComputedInFullOnTheDataUpToThatDay() {
    FuturesSimData full = data();
    IncrementalSystem inc = IncrementalSystem.start(system(YAML, full.asOf(day(FIRST_APPENDED - 1))));
    assertThat(inc.isStepped()).as("%s", inc.recomputedBecause()).isTrue();
    TradingSystem definition = system(YAML, full);
    int recomputedInFull = 0;
    for (int i = FIRST_APPENDED; i < DAYS; i++) {
      inc.append(full, day(i));
      if (!inc.isStepped()) {
        recomputedInFull++;
      }
      SameAsFull.assertSameAsFull(inc, definition.withData(full.asOf(day(i))), day(i).toString());
    }
    assertThat(inc.isStepped()).isTrue();
    assertThat(inc.instruments()).contains(DDD);
    assertThat(recomputedInFull).isZero();
  }

  @Test
  void updatesAsProductionBringsThemAreAppendedAlike() {
    FuturesSimData full = data();
    IncrementalSystem inc = IncrementalSystem.start(system(YAML, full.asOf(day(FIRST_APPENDED - 1))));
    TradingSystem definition = system(YAML, full);
    long previousEnd = endOf(day(FIRST_APPENDED - 1));
    for (int i = FIRST_APPENDED; i < FIRST_APPENDED + 40; i++) {
      long end = endOf(day(i));
      inc.append(updateOf(full, previousEnd, end));
      previousEnd = end;
      SameAsFull.assertSameAsFull(inc, definition.withData(full.asOf(day(i))), day(i).toString());
    }
    assertThat(inc.isStepped()).isTrue();
  }

  @Test
  void severalDaysAtOnceAndDaysWithoutBarsAreAppendedAlike() {
    FuturesSimData full = data();
    IncrementalSystem inc = IncrementalSystem.start(system(YAML, full.asOf(day(FIRST_APPENDED - 1))));
    TradingSystem definition = system(YAML, full);
    for (int i = FIRST_APPENDED + 3; i < FIRST_APPENDED + 60; i += 4) {
      inc.append(full, day(i));
      inc.append(full, day(i)); // nothing new
      SameAsFull.assertSameAsFull(inc, definition.withData(full.asOf(day(i))), day(i).toString());
    }
  }

  @ParameterizedTest
  @ValueSource(doubles = {0.12, 0.0001})
  void rulesTooExpensiveForTheCostCeilingAreLeftOutAsInFull(double ceiling) {
    String yaml = YAML + "forecast_post_ceiling_cost_SR: " + ceiling + "\n";
    FuturesSimData full = data();
    TradingSystem definition = system(yaml, full);
    IncrementalSystem inc = IncrementalSystem.start(definition.withData(full.asOf(day(FIRST_APPENDED - 1))));
    for (int i = FIRST_APPENDED; i < FIRST_APPENDED + 25; i++) {
      inc.append(full, day(i));
      TradingSystem then = definition.withData(full.asOf(day(i)));
      SameAsFull.assertSameAsFull(inc, then, day(i).toString());
    }
    assertThat(inc.isStepped()).as("%s", inc.recomputedBecause()).isTrue();
    TradingSystem last = definition.withData(full.asOf(day(FIRST_APPENDED + 24)));
    assertThat(last.combine().forecastWeights(AAA).names()).as("some rule is left out")
        .hasSizeLessThan(ceiling < 0.001 ? 3 : 2);
  }

  @Test
  void aSystemThatCannotBeSteppedIsComputedInFullOnEachAppend() {
    String yaml = YAML.replace("forecast_div_multiplier: 1.3\n", "forecast_div_multiplier: 1.3\n"
        + "volatility_calculation: {func: sysquant.estimators.vol.robust_vol_calc}\n");
    FuturesSimData full = data();
    IncrementalSystem inc = IncrementalSystem.start(system(yaml, full.asOf(day(FIRST_APPENDED - 1))));
    assertThat(inc.isStepped()).isFalse();
    assertThat(inc.recomputedBecause()).hasValueSatisfying(r -> assertThat(r).contains("robust_vol_calc"));
    TradingSystem definition = system(yaml, full);
    for (int i = FIRST_APPENDED; i < FIRST_APPENDED + 3; i++) {
      inc.append(full, day(i));
      SameAsFull.assertSameAsFull(inc, definition.withData(full.asOf(day(i))), day(i).toString());
    }
  }

  @Test
  void aBarThatDoesNotFollowTheLastIsRefusedAndNothingIsAppended() {
    FuturesSimData full = data();
    IncrementalSystem inc = IncrementalSystem.start(system(YAML, full.asOf(day(FIRST_APPENDED - 1))));
    TradingSystem before = system(YAML, full.asOf(day(FIRST_APPENDED - 1)));
    DataUpdate stale = DataUpdate.builder().adjustedPrice(AAA, day(FIRST_APPENDED - 1).atTime(10, 0), 1.0)
        .adjustedPrice(InstrumentCode.of("BBB"), day(FIRST_APPENDED).atTime(10, 0), 1.0).build();
    assertThatThrownBy(() -> inc.append(stale)).isInstanceOf(DataException.class)
        .hasMessageContaining("adjusted prices of AAA").hasMessageContaining("does not follow");
    SameAsFull.assertSameAsFull(inc, before, "after the refused update");
  }

  static long endOf(LocalDate day) {
    return Timestamps.of(day.atTime(23, 59, 59));
  }

  /** The bars of every instrument and the EUR rate in {@code (from, to]}, as a production update. */
  static DataUpdate updateOf(FuturesSimData data, long from, long to) {
    DataUpdate.Builder u = DataUpdate.builder();
    for (InstrumentCode code : data.instruments()) {
      TimeSeries a = data.adjustedPrices(code).slice(from + 1, to);
      for (int i = 0; i < a.size(); i++) {
        u.adjustedPrice(code, Timestamps.toDateTime(a.time(i)), a.value(i));
      }
      MultiplePrices mp = data.multiplePrices(code).slice(from + 1, to);
      for (int i = 0; i < mp.size(); i++) {
        u.multiplePrices(code, Timestamps.toDateTime(mp.price().time(i)), new MultiplePriceBar(mp.price().value(i),
            mp.priceContractAt(i), mp.carry().value(i), mp.carryContractAt(i), mp.forward().value(i),
            mp.forwardContractAt(i).orElse(null)));
      }
    }
    TimeSeries fx = data.fxRate(Currency.of("EUR"), Currency.of("USD")).slice(from + 1, to);
    for (int i = 0; i < fx.size(); i++) {
      u.fxRate(FxPair.of(Currency.of("EUR"), Currency.of("USD")), Timestamps.toDateTime(fx.time(i)), fx.value(i));
    }
    return u.build();
  }

  @Test
  void businessDaysAreNumberedConsecutively() {
    LocalDate d = LocalDate.of(1969, 12, 26);
    int previous = BusinessDays.index(d.toEpochDay());
    for (int k = 0; k < 30; k++) {
      d = next(d);
      int i = BusinessDays.index(d.toEpochDay());
      assertThat(i).isEqualTo(previous + 1);
      assertThat(BusinessDays.midnight(i)).isEqualTo(Timestamps.of(d));
      previous = i;
    }
    LocalDateTime saturday = LocalDateTime.of(2024, 6, 8, 10, 0);
    assertThat(BusinessDays.bucketOf(Timestamps.of(saturday))).isEqualTo(BusinessDays.index(LocalDate.of(2024, 6,
        7).toEpochDay()));
    assertThat(BusinessDays.firstAtOrAfter(Timestamps.of(saturday))).isEqualTo(BusinessDays.index(LocalDate.of(2024,
        6, 10).toEpochDay()));
    assertThat(BusinessDays.firstAtOrAfter(Timestamps.of(LocalDate.of(2024, 6, 10)))).isEqualTo(
        BusinessDays.index(LocalDate.of(2024, 6, 10).toEpochDay()));
  }
}
