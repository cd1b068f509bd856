package org.pystrade.core.rawdata;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import org.pystrade.core.util.ArgChecker;
import org.pystrade.core.util.Suggestions;

/** Looks up the constant of an enum by the pysystemtrade name it stands for. */
final class PythonNames {

  private PythonNames() {
  }

  /**
   * The constant whose pysystemtrade name is {@code name}.
   *
   * @param values the enum's constants
   * @param pythonName each constant's pysystemtrade name
   * @param name the name looked up
   * @param what what the name names, for the message ("factor", "demean method")
   * @param <E> the enum
   * @return the constant
   * @throws IllegalArgumentException naming the unknown name, the nearest known one and all known ones
   */
  static <E extends Enum<E>> E lookup(E[] values, Function<E, String> pythonName, String name, String what) {
    ArgChecker.notNull(name, what);
    List<String> known = new ArrayList<>();
    for (E e : values) {
      if (pythonName.apply(e).equals(name)) {
        return e;
      }
      known.add(pythonName.apply(e));
    }
    throw new IllegalArgumentException("unknown " + what + " '" + name + "'" + Suggestions.hint(name, known)
        + "; known: " + known);
  }
}
