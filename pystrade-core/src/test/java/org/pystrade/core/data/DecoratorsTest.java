package org.pystrade.core.data;

import static org.assertj.core.api.Assertions.assertThat;

import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Every data source that wraps another must pass every question on, including those with a default answer
 * (where a row comes from, the source's own defects): a default silently answering for the wrapped data would lose
 * what it knows.
 */
class DecoratorsTest {

  @Test
  void everyWrapperOverridesEveryMethodOfTheInterface() throws Exception {
    for (Class<?> wrapper : List.of(WindowSimData.class, UpdatedSimData.class, CheckedSimData.class)) {
      List<String> missing = new ArrayList<>();
      for (Method m : FuturesSimData.class.getMethods()) {
        if (Modifier.isStatic(m.getModifiers())) {
          continue;
        }
        Method impl = wrapper.getMethod(m.getName(), m.getParameterTypes());
        if (impl.getDeclaringClass() == FuturesSimData.class) {
          missing.add(m.getName());
        }
      }
      // asOf, from and withUpdate are views: the default wrapping of this data is right for them
      missing.removeAll(List.of("asOf", "from", "withUpdate", "fxRateForInstrument"));
      assertThat(missing).as(wrapper.getSimpleName()).isEmpty();
    }
  }
}
