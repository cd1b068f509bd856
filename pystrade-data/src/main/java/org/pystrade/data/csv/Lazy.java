package org.pystrade.data.csv;

import java.util.function.Supplier;
import org.pystrade.core.data.DataException;
import org.pystrade.core.domain.ReasonCode;

/**
 * A value computed at most once, on first use, by whichever thread asks first; other threads asking meanwhile wait
 * for it. A failure is remembered too: a data file is read once whether it parses or not, and every later request
 * gets a fresh {@link DataException} with the same message (caused by the original).
 *
 * @param <T> the value type
 */
final class Lazy<T> implements Supplier<T> {

  private Supplier<T> supplier;
  private volatile boolean done;
  private T value;
  private RuntimeException error;

  /**
   * Creates a lazy value.
   *
   * @param supplier computes the value, called at most once
   */
  Lazy(Supplier<T> supplier) {
    this.supplier = supplier;
  }

  /**
   * The value, computed on first call.
   *
   * @return the value
   * @throws RuntimeException the supplier's failure ({@link DataException}s are re-created per call)
   */
  @Override
  public T get() {
    if (!done) {
      synchronized (this) {
        if (!done) {
          try {
            value = supplier.get();
          } catch (RuntimeException ex) {
            error = ex;
          }
          supplier = null;
          done = true;
        }
      }
    }
    if (error != null) {
      throw rethrow(error);
    }
    return value;
  }

  /**
   * The exception to throw for a remembered failure: a fresh {@link DataException} with the same message (caused
   * by the original) so that each request gets its own stack, or the original for other exceptions.
   *
   * @param error the remembered failure
   * @return the exception to throw
   */
  static RuntimeException rethrow(RuntimeException error) {
    if (error instanceof DataException) {
      return new DataException(((DataException) error).code(), error.getMessage(), error);
    }
    return error;
  }
}
