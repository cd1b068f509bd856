package org.pystrade.core.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.pystrade.core.domain.DomainAssertions.assertRejects;

import java.time.Month;
import java.time.YearMonth;
import org.junit.jupiter.api.Test;

/** A roll cycle is a set of futures month letters, kept in calendar order, stepped through across years. */
class RollCycleTest {

  private static final RollCycle QUARTERLY = RollCycle.of("HMUZ");

  @Test
  void keepsLettersInCalendarOrder() {
    RollCycle c = RollCycle.of("ZHMU");
    assertThat(c.letters()).isEqualTo("HMUZ");
    assertThat(c).hasToString("HMUZ").isEqualTo(QUARTERLY).hasSameHashCodeAs(QUARTERLY);
    assertThat(RollCycle.of("ZFGHJKMNQUVX").letters()).isEqualTo("FGHJKMNQUVXZ");
    assertThat(c).isNotEqualTo(RollCycle.of("HMU")).isNotEqualTo("HMUZ");
  }

  @Test
  void listsItsMonths() {
    assertThat(QUARTERLY.months()).containsExactly(Month.MARCH, Month.JUNE, Month.SEPTEMBER, Month.DECEMBER);
    assertThat(QUARTERLY.size()).isEqualTo(4);
    assertThat(RollCycle.of("GJMQVZ").size()).isEqualTo(6);
  }

  @Test
  void containsOnlyItsMonths() {
    assertThat(QUARTERLY.contains(Month.MARCH)).isTrue();
    assertThat(QUARTERLY.contains(Month.DECEMBER)).isTrue();
    assertThat(QUARTERLY.contains(Month.APRIL)).isFalse();
    assertThat(QUARTERLY.contains(Month.JANUARY)).isFalse();
    assertRejects(() -> QUARTERLY.contains(null), "month must not be null");
  }

  @Test
  void nextAndPreviousAreStrictlyAfterAndBeforeAcrossYears() {
    assertSteps(QUARTERLY, "2024-03", "2024-06", "2023-12");
    assertSteps(QUARTERLY, "2024-04", "2024-06", "2024-03");
    assertSteps(QUARTERLY, "2024-06", "2024-09", "2024-03");
    assertSteps(QUARTERLY, "2024-11", "2024-12", "2024-09");
    assertSteps(QUARTERLY, "2024-12", "2025-03", "2024-09");
    assertSteps(QUARTERLY, "2024-01", "2024-03", "2023-12");
    assertSteps(RollCycle.of("Z"), "2024-12", "2025-12", "2023-12");
    assertSteps(RollCycle.of("FGHJKMNQUVXZ"), "2024-12", "2025-01", "2024-11");
  }

  private static void assertSteps(RollCycle cycle, String from, String next, String previous) {
    assertThat(cycle.next(YearMonth.parse(from))).as("next after %s in %s", from, cycle)
        .isEqualTo(YearMonth.parse(next));
    assertThat(cycle.previous(YearMonth.parse(from))).as("previous before %s in %s", from, cycle)
        .isEqualTo(YearMonth.parse(previous));
  }

  @Test
  void stepsRejectNull() {
    assertRejects(() -> QUARTERLY.next(null), "after must not be null");
    assertRejects(() -> QUARTERLY.previous(null), "before must not be null");
  }

  @Test
  void rejectsNullAndEmpty() {
    assertRejects(() -> RollCycle.of(null), "roll cycle must not be null");
    assertRejects(() -> RollCycle.of(""), "roll cycle must have at least one month letter but was empty");
  }

  @Test
  void rejectsUnknownLetters() {
    assertRejects(() -> RollCycle.of("HMAZ"),
        "roll cycle 'HMAZ' has 'A', which is not a futures month letter (FGHJKMNQUVXZ)");
    assertRejects(() -> RollCycle.of("hmuz"),
        "roll cycle 'hmuz' has 'h', which is not a futures month letter (FGHJKMNQUVXZ)");
  }

  @Test
  void rejectsRepeatedLetters() {
    assertRejects(() -> RollCycle.of("HMUZH"), "roll cycle 'HMUZH' repeats the month letter 'H'");
  }
}
