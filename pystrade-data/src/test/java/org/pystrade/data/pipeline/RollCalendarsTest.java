package org.pystrade.data.pipeline;

import static org.assertj.core.api.Assertions.assertThat;
import static org.pystrade.data.pipeline.Fixtures.t;

import java.util.Map;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;
import org.pystrade.core.data.MultiplePrices;
import org.pystrade.core.data.RollCalendar;
import org.pystrade.core.domain.ContractDate;
import org.pystrade.core.domain.RollParameters;
import org.pystrade.core.series.TimeSeries;
import org.pystrade.core.series.Timestamps;

/** Roll calendars from roll parameters and prices, backed out of multiple prices, and checked. */
class RollCalendarsTest {

  /** Carry the next contract: the roll dates need prices of the held and next contracts only. */
  private static final RollParameters QUARTERLY = RollParameters.of("HMUZ", -5, 1, "HMUZ", 14);
  /** Carry the previous contract: the roll dates need the carry contracts' prices too. */
  private static final RollParameters QUARTERLY_BACK = RollParameters.of("HMUZ", -5, -1, "HMUZ", 14);

  @Test
  void approximateCalendarRollsEachContractAtExpiryPlusOffsetsWithTheNextHeldAndThePreviousPricedContracts() {
    ContractFinals finals = Fixtures.quarterly(2019, 2020);
    RollCalendar approx = RollCalendars.approximate(QUARTERLY_BACK, finals).get();
    // 2019-03 has no previous contract with prices: the calendar starts at 2019-06
    assertThat(approx.current(0)).isEqualTo(ContractDate.of("20190600"));
    assertThat(approx.next(0)).isEqualTo(ContractDate.of("20190900"));
    assertThat(approx.carry(0)).isEqualTo(ContractDate.of("20190300"));
    // expiry 1 June + 14 days, roll 5 days before: 10 June, midnight
    assertThat(Timestamps.format(approx.time(0))).isEqualTo("2019-06-10");
    assertThat(approx.size()).isEqualTo(6);
    assertThat(approx.current(5)).isEqualTo(ContractDate.of("20200900"));
  }

  @Test
  void adjustedCalendarMovesEachRollToTheClosestDayWithPricesAndDropsTheLastRow() {
    ContractFinals finals = Fixtures.quarterly(2019, 2020);
    RollCalendar cal = RollCalendars.fromPrices(QUARTERLY, finals).get();
    assertThat(cal.size()).isEqualTo(6);
    assertThat(cal.current(0)).isEqualTo(ContractDate.of("20190300"));
    assertThat(cal.carry(0)).isEqualTo(ContractDate.of("20190600"));
    assertThat(Timestamps.format(cal.time(0))).isEqualTo("2019-03-11 23:00:00");
    cal = RollCalendars.adjustToPrices(RollCalendars.approximate(QUARTERLY, finals).get(), finals).get();
    assertThat(cal.size()).isEqualTo(6);
    cal = RollCalendars.fromPrices(RollParameters.of("HMUZ", -5, 1, "HMUZ", 14), finals).get();
    // 2019-06-10 is a Monday: its closest bar is 2019-06-10 23:00 (0 whole days after midnight)
    assertThat(Timestamps.format(cal.time(1))).isEqualTo("2019-06-10 23:00:00");
    // 2019-09-10 (Tuesday) likewise
    assertThat(Timestamps.format(cal.time(2))).isEqualTo("2019-09-10 23:00:00");
    assertThat(RollCalendars.checkAgainstPrices(cal, finals)).isEmpty();
  }

  @Test
  void distancesAreWholeDaysFlooredAsPandasTimedeltaDaysSoAnHourBeforeCountsAsADay() {
    // roll offset -4: Tuesday 2019-06-11 00:00. Monday 23:00 is an hour before (-1h: floor -1 day, distance 1),
    // Tuesday 23:00 is 23 hours after (0 days): Tuesday wins
    RollParameters p = RollParameters.of("HMUZ", -4, 1, "HMUZ", 14);
    RollCalendar cal = RollCalendars.fromPrices(p, Fixtures.quarterly(2019, 2020)).get();
    assertThat(Timestamps.format(cal.time(1))).isEqualTo("2019-06-11 23:00:00");
  }

  @Test
  void withThePreviousContractAsCarryTheRollNeedsBothCarryContractsPricedAsPysystemtradesNewestCalendar() {
    // held 2019-06 (carry 2019-03) rolls into 2019-09 (carry 2019-06): the four have prices together only up to
    // 2019-03-15, the last bar of 2019-03, which is the closest such day to 2019-06-10
    RollCalendar cal = RollCalendars.fromPrices(QUARTERLY_BACK, Fixtures.quarterly(2019, 2020)).get();
    assertThat(Timestamps.format(cal.time(0))).isEqualTo("2019-03-15 23:00:00");
    // the next row must come after 2019-06-10 (the previous approximate date): 2019-06 prices end on 2019-06-14
    assertThat(Timestamps.format(cal.time(1))).isEqualTo("2019-06-14 23:00:00");
  }

  @Test
  void calendarRebuildsTheMultiplePricesItWasBackedOutOf() {
    ContractFinals finals = Fixtures.quarterly(2019, 2021);
    RollCalendar cal = RollCalendars.fromPrices(QUARTERLY, finals).get();
    MultiplePrices m = MultiplePriceBuilder.fromCalendar(cal, finals).get();
    RollCalendar backed = RollCalendars.fromMultiplePrices("TEST", m).get();
    // backed-out rows are at the first time of each new contract, with the contracts of the row before
    for (int i = 0; i < backed.size() - 1; i++) {
      assertThat(backed.current(i)).isEqualTo(cal.current(i + 1));
      assertThat(backed.next(i)).isEqualTo(cal.next(i + 1));
      assertThat(backed.carry(i)).isEqualTo(cal.carry(i + 1));
      int at = m.price().indexOf(backed.time(i));
      assertThat(m.priceContractAt(at)).isEqualTo(cal.next(i + 1));
      assertThat(m.priceContractAt(at - 1)).isEqualTo(cal.current(i + 1));
    }
    int last = backed.size() - 1;
    assertThat(backed.time(last)).isEqualTo(m.price().time(m.size() - 1));
    assertThat(backed.current(last)).isEqualTo(m.priceContractAt(m.size() - 1));
  }

  @Test
  void contractsWithoutPricesAreReportedNotThrown() {
    ContractFinals finals = Fixtures.quarterly(2019, 2020);
    Map<ContractDate, TimeSeries> fewer = new TreeMap<>(finals.byContract());
    fewer.remove(ContractDate.of("20191200"));
    Outcome<RollCalendar> out = RollCalendars.fromPrices(QUARTERLY, ContractFinals.of(Fixtures.TEST, fewer));
    // 2019-12 missing: 2019-09 rolls into 2020-03, with 2020-03 as its carry (the next priced with prices)
    RollCalendar skipping = out.get();
    assertThat(skipping.current(2)).isEqualTo(ContractDate.of("20190900"));
    assertThat(skipping.next(2)).isEqualTo(ContractDate.of("20200300"));
    RollCalendar cal = RollCalendars.fromPrices(QUARTERLY, finals).get();
    assertThat(RollCalendars.checkAgainstPrices(cal, ContractFinals.of(Fixtures.TEST, fewer)))
        .isNotEmpty().allSatisfy(p -> assertThat(p.check()).isEqualTo(Check.CALENDAR_WITHOUT_PRICES));
    assertThat(RollCalendars.fromPrices(QUARTERLY, ContractFinals.of(Fixtures.TEST, Map.of())).errors())
        .extracting(Problem::check).containsExactly(Check.EMPTY);
  }

  @Test
  void aDayNumberIsCarriedToTheNextContractAsPysystemtradeDoes() {
    RollParameters weekly = RollParameters.of("FGHJKMNQUVXZ", 0, 1, "FGHJKMNQUVXZ", 0);
    assertThat(Contracts.next(weekly.holdCycle(), 20231220)).isEqualTo(20240120);
    assertThat(Contracts.previous(weekly.pricedCycle(), 20230331)).isEqualTo(20230231);
    assertThat(Contracts.date(20230231)).isEmpty();
  }

  @Test
  void timestampsOfFixtures() {
    assertThat(t("2019-06-10 23:00:00") - t("2019-06-10")).isEqualTo(23 * 3600);
  }
}
