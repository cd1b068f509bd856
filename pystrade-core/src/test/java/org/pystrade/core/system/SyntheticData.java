package org.pystrade.core.system;

import java.time.LocalDate;
import org.pystrade.core.data.InMemorySimData;
import org.pystrade.core.testing.stages.SyntheticFutures;

/** Deterministic synthetic futures data for system tests: {@link SyntheticFutures}, published in the test-jar. */
final class SyntheticData {

  private SyntheticData() {
  }

  static InMemorySimData.Builder builder(int days, String... instrumentsAndCurrencies) {
    return SyntheticFutures.builder(days, instrumentsAndCurrencies);
  }

  static long[] businessDays(LocalDate start, int n) {
    return SyntheticFutures.businessDays(start, n);
  }
}
