package org.pystrade.core.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.pystrade.core.domain.DomainAssertions.assertRejects;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;

/** A contract date reads and writes pysystemtrade's {@code YYYYMMDD}, the day {@code 00} when unknown. */
class ContractDateTest {

  @Test
  void readsAMonthOnlyDate() {
    ContractDate d = ContractDate.of("20231200");
    assertThat(d.year()).isEqualTo(2023);
    assertThat(d.month()).isEqualTo(12);
    assertThat(d.day()).isZero();
    assertThat(d.isDayKnown()).isFalse();
    assertThat(d.monthLetter()).isEqualTo('Z');
    assertThat(d.yearMonth()).isEqualTo(YearMonth.of(2023, 12));
    assertThat(d.asId()).isEqualTo("20231200");
    assertThat(d.asInt()).isEqualTo(20231200);
    assertThat(d.asDouble()).isEqualTo(20231200.0);
    assertThat(d).hasToString("20231200");
  }

  @Test
  void readsADatedContract() {
    ContractDate d = ContractDate.of("20231220");
    assertThat(d.day()).isEqualTo(20);
    assertThat(d.isDayKnown()).isTrue();
    assertThat(d.asId()).isEqualTo("20231220");
  }

  @Test
  void readsSixDigitsAsAMonthOnlyDate() {
    assertThat(ContractDate.of("202403")).isEqualTo(ContractDate.ofYearMonth(2024, 3));
    assertThat(ContractDate.of("202403").asId()).isEqualTo("20240300");
  }

  @Test
  void everyFactoryAgrees() {
    ContractDate d = ContractDate.of(2024, 3, 0);
    assertThat(List.of(ContractDate.of("20240300"), ContractDate.of(20240300), ContractDate.ofYearMonth(2024, 3),
        ContractDate.ofYearMonth(YearMonth.of(2024, 3)), ContractDate.fromDouble(20240300.0)))
        .allSatisfy(other -> assertThat(other).isEqualTo(d).hasSameHashCodeAs(d));
    assertThat(ContractDate.of(20240315)).isEqualTo(ContractDate.of(2024, 3, 15)).isNotEqualTo(d);
  }

  @Test
  void monthLettersRunFromFToZ() {
    StringBuilder letters = new StringBuilder();
    for (int month = 1; month <= 12; month++) {
      letters.append(ContractDate.ofYearMonth(2024, month).monthLetter());
    }
    assertThat(letters).hasToString("FGHJKMNQUVXZ");
  }

  @Test
  void yearFractionIsYearPlusMonthOverTwelve() {
    assertThat(ContractDate.of("20231200").yearFraction()).isEqualTo(2024.0);
    assertThat(ContractDate.of("20240300").yearFraction()).isEqualTo(2024.25);
    assertThat(ContractDate.of("20240715").yearFraction()).isEqualTo(2024 + 7 / 12.0);
  }

  @Test
  void expiryAddsTheOffsetToTheFirstOfTheMonthWhenTheDayIsUnknown() {
    assertThat(ContractDate.of("20240300").expiry(0)).isEqualTo(LocalDate.of(2024, 3, 1));
    assertThat(ContractDate.of("20240300").expiry(6)).isEqualTo(LocalDate.of(2024, 3, 7));
    assertThat(ContractDate.of("20240300").expiry(14)).isEqualTo(LocalDate.of(2024, 3, 15));
    assertThat(ContractDate.of("20231200").expiry(-11)).isEqualTo(LocalDate.of(2023, 11, 20));
    assertThat(ContractDate.of("20231200").expiry(35)).isEqualTo(LocalDate.of(2024, 1, 5));
  }

  @Test
  void expiryAddsTheOffsetToTheKnownDay() {
    assertThat(ContractDate.of("20231220").expiry(0)).isEqualTo(LocalDate.of(2023, 12, 20));
    assertThat(ContractDate.of("20231220").expiry(2)).isEqualTo(LocalDate.of(2023, 12, 22));
  }

  @Test
  void ordersByYearMonthAndDayWithTheUnknownDayFirst() {
    List<ContractDate> sorted = List.copyOf(new TreeSet<>(List.of(ContractDate.of("20240100"),
        ContractDate.of("20231215"), ContractDate.of("20231200"), ContractDate.of("20230300"))));
    assertThat(sorted).extracting(ContractDate::asId)
        .containsExactly("20230300", "20231200", "20231215", "20240100");
  }

  @Test
  void acceptsTheLeapDayOnlyInLeapYears() {
    assertThat(ContractDate.of("20240229").day()).isEqualTo(29);
    assertRejects(() -> ContractDate.of("20230229"),
        "contract day must be 0 (unknown) or 1 to 28 in 2023-02 but was 29");
  }

  @Test
  void rejectsBadParts() {
    assertRejects(() -> ContractDate.of(999, 12, 0), "contract year must have four digits (1000 to 9999) but was 999");
    assertRejects(() -> ContractDate.ofYearMonth(10_000, 1),
        "contract year must have four digits (1000 to 9999) but was 10000");
    assertRejects(() -> ContractDate.of("20231300"), "contract month must be 1 to 12 but was 13");
    assertRejects(() -> ContractDate.ofYearMonth(2023, 0), "contract month must be 1 to 12 but was 0");
    assertRejects(() -> ContractDate.of(2023, 12, 32),
        "contract day must be 0 (unknown) or 1 to 31 in 2023-12 but was 32");
    assertRejects(() -> ContractDate.of(2023, 12, -1),
        "contract day must be 0 (unknown) or 1 to 31 in 2023-12 but was -1");
    assertRejects(() -> ContractDate.ofYearMonth(null), "yearMonth must not be null");
  }

  @Test
  void rejectsMalformedText() {
    assertRejects(() -> ContractDate.of((String) null), "contract date must not be null");
    for (String bad : new String[] {"", "2023120", "202312000", "2023-12-", "2023120a", "+2023120", "Z23"}) {
      assertRejects(() -> ContractDate.of(bad),
          "contract date must be eight digits YYYYMMDD (or six, YYYYMM) but was '" + bad + "'");
    }
  }

  @Test
  void rejectsNumbersOfTheWrongSize() {
    for (int bad : new int[] {9_999_999, 100_000_000, -20_231_200, 0}) {
      assertRejects(() -> ContractDate.of(bad), "contract id must be an eight-digit YYYYMMDD number but was " + bad);
    }
  }

  @Test
  void fromDoubleRejectsWhatIsNotAWholeEightDigitNumber() {
    for (double bad : new double[] {Double.NaN, Double.POSITIVE_INFINITY, Double.NEGATIVE_INFINITY, 20231200.5,
        9_999_999.0, 1e8, -20231200.0}) {
      assertRejects(() -> ContractDate.fromDouble(bad),
          "contract id must be a whole eight-digit YYYYMMDD number but was " + bad);
    }
    assertRejects(() -> ContractDate.fromDouble(20231300.0), "contract month must be 1 to 12 but was 13");
  }
}
