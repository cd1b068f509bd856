package org.pystrade.core.system;

import java.time.LocalDate;
import org.pystrade.core.data.InMemorySimData;
import org.pystrade.core.testing.stages.SyntheticFutures;

/** Deterministic synthetic futures data for system tests: {@link SyntheticFutures}, published in the test-jar. */
public final class SyntheticData {

  private SyntheticData() {
  }

  /**
   * Random-walk data of instruments, with EUR at 1.1 USD.
   *
   * @param days business days from 3 January 2000
   * @param instrumentsAndCurrencies alternating instrument codes and their currencies
   * @return a builder holding the data
   */
  public static InMemorySimData.Builder builder(int days, String... instrumentsAndCurrencies) {
    return SyntheticFutures.builder(days, instrumentsAndCurrencies);
  }

  /**
   * Business days (Monday to Friday) as timestamps at midnight.
   *
   * @param start the first day (moved to the next business day if needed)
   * @param n the number of days
   * @return the timestamps
   */
  public static long[] businessDays(LocalDate start, int n) {
    return SyntheticFutures.businessDays(start, n);
  }
}
