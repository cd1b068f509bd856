package org.pystrade.core.domain;

import java.util.function.Function;
import org.pystrade.core.util.ArgChecker;

/**
 * The outcome of an operation that may fail for a reason the caller should handle (missing data, a broker refusal):
 * either {@link Ok} with a value, or {@link Err} with a {@link Failure}. Programmer errors are not results: they
 * throw {@link IllegalArgumentException}.
 *
 * <p>An {@code Ok} value is never null.
 *
 * @param <T> the type of the value
 */
public sealed interface Result<T> permits Result.Ok, Result.Err {

  /**
   * A success.
   *
   * @param value the value, non-null
   * @param <T> the type of the value
   * @return the result
   */
  static <T> Result<T> ok(T value) {
    return new Ok<>(value);
  }

  /**
   * A failure.
   *
   * @param code what kind of failure
   * @param message what exactly went wrong, non-blank
   * @param <T> the type the value would have had
   * @return the result
   */
  static <T> Result<T> err(ReasonCode code, String message) {
    return new Err<>(Failure.of(code, message));
  }

  /**
   * A failure.
   *
   * @param failure the failure
   * @param <T> the type the value would have had
   * @return the result
   */
  static <T> Result<T> err(Failure failure) {
    return new Err<>(failure);
  }

  /**
   * Whether this is a success.
   *
   * @return true for {@link Ok}, false for {@link Err}
   */
  boolean isOk();

  /**
   * The value of a success.
   *
   * @return the value, non-null
   * @throws IllegalStateException for a failure, with the failure ({@code "CODE: message"}) as its message
   */
  T value();

  /**
   * The failure of an unsuccessful result.
   *
   * @return the failure
   * @throws IllegalStateException for a success, which has no failure
   */
  Failure failure();

  /**
   * Transforms the value of a success; a failure passes through unchanged.
   *
   * @param mapper the transformation, which must not return null
   * @param <U> the type of the new value
   * @return the transformed success, or this failure
   */
  <U> Result<U> map(Function<? super T, ? extends U> mapper);

  /**
   * Chains an operation that may itself fail onto a success; a failure passes through unchanged, and
   * {@code mapper} is not called.
   *
   * @param mapper the next operation, which must not return null
   * @param <U> the type of the new value
   * @return the next operation's result, or this failure
   */
  <U> Result<U> flatMap(Function<? super T, ? extends Result<U>> mapper);

  /**
   * The value of a success, or a fallback for a failure.
   *
   * @param other the fallback, may be null
   * @return the value, or {@code other} for a failure
   */
  T orElse(T other);

  /**
   * The value of a success, or throws an exception made from the failure.
   *
   * @param toException makes the exception to throw from the failure
   * @return the value of a success
   */
  T orElseThrow(Function<Failure, ? extends RuntimeException> toException);

  /**
   * A successful result.
   *
   * @param value the value, non-null
   * @param <T> the type of the value
   */
  record Ok<T>(T value) implements Result<T> {

    /**
     * Checks that the value is not null.
     *
     * @param value the value, non-null
     */
    public Ok {
      ArgChecker.notNull(value, "value");
    }

    @Override
    public boolean isOk() {
      return true;
    }

    @Override
    public Failure failure() {
      throw new IllegalStateException("a successful result has no failure");
    }

    @Override
    public <U> Result<U> map(Function<? super T, ? extends U> mapper) {
      ArgChecker.notNull(mapper, "mapper");
      return new Ok<>(ArgChecker.notNull(mapper.apply(value), "value returned by mapper"));
    }

    @Override
    public <U> Result<U> flatMap(Function<? super T, ? extends Result<U>> mapper) {
      ArgChecker.notNull(mapper, "mapper");
      return ArgChecker.notNull(mapper.apply(value), "result returned by mapper");
    }

    @Override
    public T orElse(T other) {
      return value;
    }

    @Override
    public T orElseThrow(Function<Failure, ? extends RuntimeException> toException) {
      ArgChecker.notNull(toException, "toException");
      return value;
    }
  }

  /**
   * An unsuccessful result.
   *
   * @param failure why it failed
   * @param <T> the type the value would have had
   */
  record Err<T>(Failure failure) implements Result<T> {

    /**
     * Checks that the failure is given.
     *
     * @param failure why it failed
     */
    public Err {
      ArgChecker.notNull(failure, "failure");
    }

    @Override
    public boolean isOk() {
      return false;
    }

    @Override
    public T value() {
      throw new IllegalStateException(failure.toString());
    }

    @Override
    public <U> Result<U> map(Function<? super T, ? extends U> mapper) {
      ArgChecker.notNull(mapper, "mapper");
      return new Err<>(failure);
    }

    @Override
    public <U> Result<U> flatMap(Function<? super T, ? extends Result<U>> mapper) {
      ArgChecker.notNull(mapper, "mapper");
      return new Err<>(failure);
    }

    @Override
    public T orElse(T other) {
      return other;
    }

    @Override
    public T orElseThrow(Function<Failure, ? extends RuntimeException> toException) {
      ArgChecker.notNull(toException, "toException");
      throw ArgChecker.notNull(toException.apply(failure), "exception returned by toException");
    }
  }
}
