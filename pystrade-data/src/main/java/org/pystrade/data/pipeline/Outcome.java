package org.pystrade.data.pipeline;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;
import org.pystrade.core.util.ArgChecker;

/**
 * What a step of the pipeline returns: its result, or a refusal, and the problems it found. A refused outcome has
 * at least one {@link Severity#ERROR} problem; an outcome with a result may carry warnings.
 *
 * @param value the result, empty when the step refused
 * @param problems the problems found, in the order found
 * @param <T> the type of the result
 */
public record Outcome<T>(Optional<T> value, List<Problem> problems) {

  /**
   * Checks that a refusal says why and that a result has no error.
   *
   * @param value the result, empty when the step refused
   * @param problems the problems found, in the order found
   */
  public Outcome {
    ArgChecker.notNull(value, "value");
    problems = List.copyOf(problems);
    boolean error = problems.stream().anyMatch(Problem::isError);
    ArgChecker.isTrue(value.isPresent() != error,
        "an outcome has a result and no error problem, or no result and at least one error problem");
  }

  /**
   * A result.
   *
   * @param value the result
   * @param warnings problems reported along with it, none of them an error
   * @param <T> the type of the result
   * @return the outcome
   */
  public static <T> Outcome<T> of(T value, List<Problem> warnings) {
    return new Outcome<>(Optional.of(value), warnings);
  }

  /**
   * A result without problems.
   *
   * @param value the result
   * @param <T> the type of the result
   * @return the outcome
   */
  public static <T> Outcome<T> of(T value) {
    return new Outcome<>(Optional.of(value), List.of());
  }

  /**
   * A refusal.
   *
   * @param problems the problems, at least one an error
   * @param <T> the type the result would have had
   * @return the outcome
   */
  public static <T> Outcome<T> refused(List<Problem> problems) {
    return new Outcome<>(Optional.empty(), problems);
  }

  /**
   * A refusal for one reason, after some warnings.
   *
   * @param warnings problems found before
   * @param error the reason of the refusal
   * @param <T> the type the result would have had
   * @return the outcome
   */
  public static <T> Outcome<T> refused(List<Problem> warnings, Problem error) {
    List<Problem> all = new ArrayList<>(warnings);
    all.add(error);
    return new Outcome<>(Optional.empty(), all);
  }

  /**
   * Whether the step refused.
   *
   * @return true when there is no result
   */
  public boolean isRefused() {
    return value.isEmpty();
  }

  /**
   * The result.
   *
   * @return the result
   * @throws IllegalStateException if the step refused, with its problems
   */
  public T get() {
    return value.orElseThrow(() -> new IllegalStateException("refused: " + problems));
  }

  /**
   * The errors among the problems.
   *
   * @return the problems of severity {@link Severity#ERROR}
   */
  public List<Problem> errors() {
    return problems.stream().filter(Problem::isError).toList();
  }

  /**
   * Transforms the result; the problems are kept.
   *
   * @param f the transformation
   * @param <U> the new type
   * @return the transformed outcome
   */
  public <U> Outcome<U> map(Function<? super T, ? extends U> f) {
    return new Outcome<>(value.map(f), problems);
  }

  /**
   * The same outcome with problems found before it put first.
   *
   * @param earlier problems found before this step
   * @return the outcome with all problems
   */
  public Outcome<T> after(List<Problem> earlier) {
    if (earlier.isEmpty()) {
      return this;
    }
    List<Problem> all = new ArrayList<>(earlier);
    all.addAll(problems);
    return new Outcome<>(value, all);
  }
}
