package org.pystrade.core.data;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.pystrade.core.testing.SimDataWrappers;

/**
 * Every data source that wraps another must pass every question on, including those with a default answer
 * (where a row comes from, the source's own defects): a default silently answering for the wrapped data would lose
 * what it knows.
 */
class DecoratorsTest {

  @Test
  void everyWrapperOverridesEveryMethodOfTheInterface() throws Exception {
    for (Class<? extends FuturesSimData> wrapper : List.of(WindowSimData.class, UpdatedSimData.class,
        CheckedSimData.class)) {
      // asOf, from and withUpdate are views: the default wrapping of this data is right for them
      assertThat(SimDataWrappers.notPassedOn(wrapper, List.of("asOf", "from", "withUpdate", "fxRateForInstrument")))
          .as(wrapper.getSimpleName()).isEmpty();
    }
  }
}
