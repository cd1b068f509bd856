package org.pystrade.examples.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.pystrade.core.data.FuturesSimData;

/**
 * The command line's data still being opened passes every question on to the data, those with a default answer
 * included: a default answering for the data would lose what it knows (its daily prices from the binary cache, where
 * a row comes from, its own defects).
 */
class PendingDataTest {

  @Test
  void everyMethodOfTheInterfaceIsPassedOn() throws Exception {
    List<String> missing = new ArrayList<>();
    for (Method m : FuturesSimData.class.getMethods()) {
      if (Modifier.isStatic(m.getModifiers())) {
        continue;
      }
      if (PendingData.class.getMethod(m.getName(), m.getParameterTypes()).getDeclaringClass()
          == FuturesSimData.class) {
        missing.add(m.getName());
      }
    }
    // views of the data: the default wrapping of this object is right for them
    missing.removeAll(List.of("asOf", "from", "withUpdate"));
    assertThat(missing).isEmpty();
  }
}
