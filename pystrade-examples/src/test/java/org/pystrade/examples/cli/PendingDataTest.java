package org.pystrade.examples.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.pystrade.core.testing.SimDataWrappers;

/**
 * The command line's data still being opened passes every question on to the data, those with a default answer
 * included: a default answering for the data would lose what it knows (its daily prices from the binary cache, where
 * a row comes from, its own defects).
 */
class PendingDataTest {

  @Test
  void everyMethodOfTheInterfaceIsPassedOn() throws Exception {
    // views of the data: the default wrapping of this object is right for them
    assertThat(SimDataWrappers.notPassedOn(PendingData.class, List.of("asOf", "from", "withUpdate"))).isEmpty();
  }
}
