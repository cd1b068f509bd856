package org.pystrade.core.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.pystrade.core.domain.DomainAssertions.assertRejects;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;

/**
 * Roll parameters as rollconfig.csv rows; the carry and next held contracts are worked out by hand from
 * pysystemtrade's rules (carry: the next or previous priced contract; next held: the next month of the hold cycle).
 */
class RollParametersTest {

  /** CORN: holds December only, prices HKNUZ, carry from the previous priced contract. */
  private static final RollParameters CORN = RollParameters.builder().holdCycle(RollCycle.of("Z"))
      .pricedCycle(RollCycle.of("HKNUZ")).rollOffsetDays(-60).carryOffset(-1).expiryOffset(14).build();

  /** GOLD: holds and prices GJMQVZ, carry from the next priced contract. */
  private static final RollParameters GOLD = RollParameters.builder().holdCycle(RollCycle.of("GJMQVZ"))
      .pricedCycle(RollCycle.of("GJMQVZ")).rollOffsetDays(-30).carryOffset(1).expiryOffset(26).build();

  @Test
  void holdsTheConfiguredValues() {
    assertThat(CORN.holdCycle()).isEqualTo(RollCycle.of("Z"));
    assertThat(CORN.pricedCycle()).isEqualTo(RollCycle.of("HKNUZ"));
    assertThat(CORN.rollOffsetDays()).isEqualTo(-60);
    assertThat(CORN.carryOffset()).isEqualTo(-1);
    assertThat(CORN.expiryOffset()).isEqualTo(14);
  }

  @Test
  void rollsPerYearIsTheHoldCycleSize() {
    assertThat(CORN.rollsPerYear()).isEqualTo(1);
    assertThat(GOLD.rollsPerYear()).isEqualTo(6);
  }

  @Test
  void builderDefaultsAreThoseOfPysystemtrade() {
    RollParameters p = cycles("HMUZ", "HMUZ").build();
    assertThat(p.rollOffsetDays()).isZero();
    assertThat(p.carryOffset()).isEqualTo(-1);
    assertThat(p.expiryOffset()).isZero();
  }

  @Test
  void carryMinusOneIsThePreviousPricedContract() {
    assertThat(CORN.carryContract(ContractDate.of("20241200"))).isEqualTo(ContractDate.of("20240900"));
    assertThat(CORN.carryContract(ContractDate.of("20240300"))).isEqualTo(ContractDate.of("20231200"));
    // October is not priced: as pysystemtrade, move to the nearest priced month (December), then one back
    assertThat(CORN.carryContract(ContractDate.of("20241000"))).isEqualTo(ContractDate.of("20240900"));
  }

  @Test
  void carryPlusOneIsTheNextPricedContract() {
    assertThat(GOLD.carryContract(ContractDate.of("20240800"))).isEqualTo(ContractDate.of("20241000"));
    assertThat(GOLD.carryContract(ContractDate.of("20241200"))).isEqualTo(ContractDate.of("20250200"));
    // July is not priced: as pysystemtrade, move to the nearest priced month before (June), then one on
    assertThat(GOLD.carryContract(ContractDate.of("20240700"))).isEqualTo(ContractDate.of("20240800"));
  }

  @Test
  void nextHeldContractFollowsTheHoldCycleAndDropsTheDay() {
    assertThat(CORN.nextHeldContract(ContractDate.of("20241200"))).isEqualTo(ContractDate.of("20251200"));
    assertThat(GOLD.nextHeldContract(ContractDate.of("20240600"))).isEqualTo(ContractDate.of("20240800"));
    RollParameters monthly = cycles("FGHJKMNQUVXZ", "FGHJKMNQUVXZ").build();
    assertThat(monthly.nextHeldContract(ContractDate.of("20231220"))).isEqualTo(ContractDate.of("20240100"));
  }

  @Test
  void theBundRollsOnTheSecondOfItsMonthAsPysystemtradesDocumentationWorksOut() {
    // BUND,HMUZ,-5,1,HMUZ,6: expires on the 1 + 6 = 7th, rolls 5 days before, on the 2nd
    RollParameters bund = cycles("HMUZ", "HMUZ").rollOffsetDays(-5).carryOffset(1).expiryOffset(6).build();
    assertThat(bund.approximateExpiry(ContractDate.of("20240300"))).isEqualTo(LocalDate.of(2024, 3, 7));
    assertThat(bund.approximateRollDate(ContractDate.of("20240300"))).isEqualTo(LocalDate.of(2024, 3, 2));
    assertThat(bund.carryContract(ContractDate.of("20240300"))).isEqualTo(ContractDate.of("20240600"));
  }

  @Test
  void approximateExpiryAndRollDate() {
    assertThat(CORN.approximateExpiry(ContractDate.of("20241200"))).isEqualTo(LocalDate.of(2024, 12, 15));
    assertThat(CORN.approximateRollDate(ContractDate.of("20241200"))).isEqualTo(LocalDate.of(2024, 10, 16));
    assertThat(GOLD.approximateRollDate(ContractDate.of("20240200"))).isEqualTo(LocalDate.of(2024, 1, 28));
  }

  @Test
  void contractMethodsRejectNull() {
    assertRejects(() -> CORN.carryContract(null), "priced must not be null");
    assertRejects(() -> CORN.nextHeldContract(null), "current must not be null");
    assertRejects(() -> CORN.approximateExpiry(null), "contract must not be null");
  }

  @Test
  void rejectsMissingCycles() {
    assertRejects(() -> RollParameters.builder().pricedCycle(RollCycle.of("HMUZ")).build(),
        "holdCycle must not be null");
    assertRejects(() -> RollParameters.builder().holdCycle(RollCycle.of("HMUZ")).build(),
        "pricedCycle must not be null");
  }

  @Test
  void rejectsAHeldMonthThatIsNotPriced() {
    assertRejects(() -> cycles("FHMUZ", "HMUZ").build(),
        "pricedCycle HMUZ must contain every month of holdCycle FHMUZ but lacks 'F'");
  }

  @Test
  void rejectsARollAfterExpiry() {
    assertRejects(() -> cycles("Z", "Z").rollOffsetDays(5).build(),
        "rollOffsetDays must be <= 0 (days before expiry) but was 5");
  }

  @Test
  void rejectsACarryOffsetOtherThanOneStep() {
    for (int bad : new int[] {0, 2, -2}) {
      assertRejects(() -> cycles("Z", "Z").carryOffset(bad).build(), "carryOffset must be +1 or -1 but was " + bad);
    }
  }

  private static RollParameters.Builder cycles(String hold, String priced) {
    return RollParameters.builder().holdCycle(RollCycle.of(hold)).pricedCycle(RollCycle.of(priced));
  }
}
