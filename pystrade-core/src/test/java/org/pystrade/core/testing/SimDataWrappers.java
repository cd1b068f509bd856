package org.pystrade.core.testing;

import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import org.pystrade.core.data.FuturesSimData;

/**
 * For data sources that wrap another: a wrapper must pass every question on, those with a default answer included
 * (where a row comes from, the source's own defects, its daily prices): a default silently answering for the wrapped
 * data would lose what it knows.
 */
public final class SimDataWrappers {

  private SimDataWrappers() {
  }

  /**
   * The methods of {@link FuturesSimData} a wrapper leaves to the interface's default answer.
   *
   * @param wrapper the wrapper's class
   * @param defaultsMeant the methods whose default is right for the wrapper (views such as {@code asOf})
   * @return the names of the other methods it does not override, empty if it passes every question on
   * @throws NoSuchMethodException never: every method of the interface is a method of an implementation
   */
  public static List<String> notPassedOn(Class<? extends FuturesSimData> wrapper, Collection<String> defaultsMeant)
      throws NoSuchMethodException {
    List<String> missing = new ArrayList<>();
    for (Method m : FuturesSimData.class.getMethods()) {
      if (Modifier.isStatic(m.getModifiers()) || defaultsMeant.contains(m.getName())) {
        continue;
      }
      if (wrapper.getMethod(m.getName(), m.getParameterTypes()).getDeclaringClass() == FuturesSimData.class) {
        missing.add(m.getName());
      }
    }
    return missing;
  }
}
