package org.pystrade.core.util;

import java.util.Collection;
import java.util.Iterator;

/**
 * Helpers for error messages that stay readable with large universes.
 */
public final class Messages {

  private static final int SHOWN = 12;

  private Messages() {
  }

  /**
   * Lists names for a message: all of them when there are at most 12, else the first 12 and how many in all.
   *
   * @param names the names
   * @return e.g. {@code [A, B, C]} or {@code [A, B, ... (238 in all)]}
   */
  public static String list(Collection<?> names) {
    if (names.size() <= SHOWN) {
      return names.toString();
    }
    StringBuilder sb = new StringBuilder("[");
    Iterator<?> it = names.iterator();
    for (int i = 0; i < SHOWN; i++) {
      sb.append(it.next()).append(", ");
    }
    return sb.append("... (").append(names.size()).append(" in all)]").toString();
  }
}
