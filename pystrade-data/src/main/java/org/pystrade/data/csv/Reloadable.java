package org.pystrade.data.csv;

import java.lang.ref.WeakReference;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.Supplier;

/**
 * A value computed on first use and kept only weakly, plus strongly while it is among the most recently used
 * values of its {@link Recent} set: the {@link Retention#RECENT} holder. If the value has been collected, the next
 * request computes it again. A failure is remembered, as by {@link Lazy}.
 *
 * @param <T> the value type
 */
final class Reloadable<T> implements Supplier<T> {

  private final Supplier<T> supplier;
  private final Recent recent;
  private WeakReference<T> ref;
  private RuntimeException error;

  /**
   * Creates a holder.
   *
   * @param supplier computes the value, possibly several times
   * @param recent the set of recently used values that keeps this one alive for a while
   */
  Reloadable(Supplier<T> supplier, Recent recent) {
    this.supplier = supplier;
    this.recent = recent;
  }

  @Override
  public synchronized T get() {
    if (error != null) {
      throw Lazy.rethrow(error);
    }
    T value = ref == null ? null : ref.get();
    if (value == null) {
      try {
        value = supplier.get();
      } catch (RuntimeException ex) {
        error = ex;
        throw Lazy.rethrow(ex);
      }
      ref = new WeakReference<>(value);
    }
    recent.touch(this, value);
    return value;
  }

  /** The most recently used values, held strongly: a bounded access-ordered map. */
  static final class Recent {

    private final Map<Object, Object> values;

    /**
     * Creates the set.
     *
     * @param capacity how many values to hold
     */
    Recent(int capacity) {
      this.values = new LinkedHashMap<>(2 * capacity, 0.75f, true) {
        private static final long serialVersionUID = 1L;

        @Override
        protected boolean removeEldestEntry(Map.Entry<Object, Object> eldest) {
          return size() > capacity;
        }
      };
    }

    synchronized void touch(Object key, Object value) {
      values.put(key, value);
    }
  }
}
