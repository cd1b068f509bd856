package org.pystrade.data.csv;

import java.lang.ref.WeakReference;
import java.util.function.Supplier;

/**
 * A value computed on first use and held only weakly: the {@link Retention#IN_USE} holder. If the value has been
 * collected, the next request computes it again. A failure is remembered, as by {@link Lazy}.
 *
 * @param <T> the value type
 */
final class Reloadable<T> implements Supplier<T> {

  private final Supplier<T> supplier;
  private WeakReference<T> ref;
  private RuntimeException error;

  /**
   * Creates a holder.
   *
   * @param supplier computes the value, possibly several times
   */
  Reloadable(Supplier<T> supplier) {
    this.supplier = supplier;
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
    return value;
  }
}
