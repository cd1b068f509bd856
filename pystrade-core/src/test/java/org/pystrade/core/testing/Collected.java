package org.pystrade.core.testing;

import static org.assertj.core.api.Assertions.assertThat;

import java.lang.ref.WeakReference;
import java.util.ArrayList;
import java.util.List;

/**
 * Waits for the garbage collector to take an object that only a weak reference still refers to: how a test shows
 * that a memoised result was let go ({@link org.pystrade.core.calc.Retention#IN_USE}, a released result), so that
 * asking for it again computes it again.
 */
public final class Collected {

  private Collected() {
  }

  /**
   * Asks the collector to run until the referent is gone, and fails if it is still there after many attempts (a
   * strong reference left somewhere: the result was not let go).
   *
   * @param ref the weak reference to the object
   * @param what what the object is, for the failure message
   */
  public static void await(WeakReference<?> ref, String what) {
    for (int attempt = 0; attempt < 50 && ref.get() != null; attempt++) {
      // some garbage, so that a collector that ignores System.gc() still collects
      List<long[]> garbage = new ArrayList<>();
      for (int i = 0; i < 64; i++) {
        garbage.add(new long[16_384]);
      }
      garbage.clear();
      System.gc();
      try {
        Thread.sleep(5);
      } catch (InterruptedException ex) {
        Thread.currentThread().interrupt();
        break;
      }
    }
    assertThat(ref.get()).as(what + " was let go and collected").isNull();
  }
}
