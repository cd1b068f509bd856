package org.pystrade.core.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.pystrade.core.domain.DomainAssertions.assertRejects;

import java.util.List;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;

/** A futures contract is written {@code instrument/YYYYMMDD}, as pysystemtrade prints it. */
class FuturesContractTest {

  @Test
  void writesInstrumentSlashDate() {
    FuturesContract c = FuturesContract.of("SOFR", "20231200");
    assertThat(c.instrument()).isEqualTo(InstrumentCode.of("SOFR"));
    assertThat(c.date()).isEqualTo(ContractDate.ofYearMonth(2023, 12));
    assertThat(c.id()).isEqualTo("SOFR/20231200");
    assertThat(c).hasToString("SOFR/20231200");
  }

  @Test
  void parseReadsWhatIdWrites() {
    FuturesContract c = FuturesContract.of(InstrumentCode.of("VIX"), ContractDate.of("20231220"));
    assertThat(FuturesContract.parse(c.id())).isEqualTo(c).hasSameHashCodeAs(c);
    assertThat(FuturesContract.parse("GAS_US/202401")).isEqualTo(FuturesContract.of("GAS_US", "20240100"));
  }

  @Test
  void equalityNeedsBothParts() {
    FuturesContract c = FuturesContract.of("SOFR", "20231200");
    assertThat(c).isNotEqualTo(FuturesContract.of("SOFR", "20240300"))
        .isNotEqualTo(FuturesContract.of("US10", "20231200")).isNotEqualTo("SOFR/20231200");
  }

  @Test
  void ordersByInstrumentThenDate() {
    List<FuturesContract> sorted = List.copyOf(new TreeSet<>(List.of(FuturesContract.of("SOFR", "20240300"),
        FuturesContract.of("US10", "20231200"), FuturesContract.of("SOFR", "20231200"),
        FuturesContract.of("CORN", "20241200"))));
    assertThat(sorted).extracting(FuturesContract::id)
        .containsExactly("CORN/20241200", "SOFR/20231200", "SOFR/20240300", "US10/20231200");
  }

  @Test
  void rejectsMissingParts() {
    assertRejects(() -> FuturesContract.of(null, ContractDate.of("20231200")), "instrument must not be null");
    assertRejects(() -> FuturesContract.of(InstrumentCode.of("SOFR"), null), "date must not be null");
  }

  @Test
  void parseRejectsMalformedIds() {
    assertRejects(() -> FuturesContract.parse(null), "futures contract id must not be null");
    for (String bad : new String[] {"SOFR", "/20231200", ""}) {
      assertRejects(() -> FuturesContract.parse(bad),
          "futures contract id must be INSTRUMENT/YYYYMMDD but was '" + bad + "'");
    }
    assertRejects(() -> FuturesContract.parse("SOFR/2023"),
        "contract date must be eight digits YYYYMMDD (or six, YYYYMM) but was '2023'");
    assertRejects(() -> FuturesContract.parse(" /20231200"), "instrument code must not be blank");
  }
}
