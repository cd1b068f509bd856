package org.pystrade.core.calc;

import java.util.Objects;

/**
 * The memoisation key of a stage result: stage, method and up to two arguments (instrument, rule...).
 *
 * @param stage the stage name
 * @param method the method name
 * @param a the first argument, or null
 * @param b the second argument, or null
 */
record StageKey(String stage, String method, Object a, Object b) {

  // written out rather than generated: a record's generated equals/hashCode bootstrap method handles on first use,
  // which costs start-up time for a key looked up from the first stage on

  @Override
  public boolean equals(Object obj) {
    if (this == obj) {
      return true;
    }
    if (!(obj instanceof StageKey)) {
      return false;
    }
    StageKey k = (StageKey) obj;
    return Objects.equals(stage, k.stage) && Objects.equals(method, k.method)
        && Objects.equals(a, k.a)
        && Objects.equals(b, k.b);
  }

  @Override
  public int hashCode() {
    int h = Objects.hashCode(stage);
    h = 31 * h + Objects.hashCode(method);
    h = 31 * h + Objects.hashCode(a);
    return 31 * h + Objects.hashCode(b);
  }

  @Override
  public String toString() {
    return "StageKey[stage=" + stage + ", method=" + method + ", a=" + a + ", b=" + b + "]";
  }
}
