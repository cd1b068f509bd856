package org.pystrade.production.control;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.pystrade.core.domain.Failure;
import org.pystrade.core.util.ArgChecker;

/**
 * What a run of a process did.
 *
 * @param status how it ended
 * @param day the day it completed (or found completed already), if any
 * @param message a summary
 * @param failures what failed (a completed run may report failures it carried on past, such as a broker error)
 * @param reconciliationBreaks the reconciliation breaks found
 * @param rejectedOrders the broker orders rejected in the run
 */
public record ProcessOutcome(Status status, Optional<LocalDate> day, String message, List<Failure> failures,
    int reconciliationBreaks, int rejectedOrders) {

  /** How a run ended. */
  public enum Status {
    /** It did its work for the day. */
    COMPLETED,
    /** The day was done already: nothing changed. */
    ALREADY_DONE,
    /** Asked to stop, it left its work part-done in a state the next run resumes from. */
    ABANDONED,
    /** It could not do its work. */
    FAILED
  }

  /**
   * Checks and copies.
   *
   * @param status how it ended
   * @param day the day it completed (or found completed already), if any
   * @param message a summary
   * @param failures what failed (a completed run may report failures it carried on past, such as a broker error)
   * @param reconciliationBreaks the reconciliation breaks found
   * @param rejectedOrders the broker orders rejected in the run
   */
  public ProcessOutcome {
    ArgChecker.notNull(status, "status");
    ArgChecker.notNull(day, "day");
    ArgChecker.notNull(message, "message");
    failures = List.copyOf(failures);
    ArgChecker.isTrue(reconciliationBreaks >= 0 && rejectedOrders >= 0, "counts must not be negative");
    ArgChecker.isTrue(status != Status.COMPLETED && status != Status.ALREADY_DONE || day.isPresent(),
        "a completed run names its day");
  }

  /**
   * A completed run.
   *
   * @param day the day
   * @param message a summary
   * @return the outcome
   */
  public static ProcessOutcome completed(LocalDate day, String message) {
    return new ProcessOutcome(Status.COMPLETED, Optional.of(day), message, List.of(), 0, 0);
  }

  /**
   * A run that found its day done.
   *
   * @param day the day
   * @return the outcome
   */
  public static ProcessOutcome alreadyDone(LocalDate day) {
    return new ProcessOutcome(Status.ALREADY_DONE, Optional.of(day), day + " done already", List.of(), 0, 0);
  }

  /**
   * A failed run.
   *
   * @param failure why
   * @return the outcome
   */
  public static ProcessOutcome failed(Failure failure) {
    return new ProcessOutcome(Status.FAILED, Optional.empty(), failure.toString(), List.of(failure), 0, 0);
  }

  /**
   * An abandoned run.
   *
   * @param message where it stopped
   * @return the outcome
   */
  public static ProcessOutcome abandoned(String message) {
    return new ProcessOutcome(Status.ABANDONED, Optional.empty(), message, List.of(), 0, 0);
  }

  /**
   * Whether the day is done (completed now or before).
   *
   * @return true if so
   */
  public boolean dayDone() {
    return status == Status.COMPLETED || status == Status.ALREADY_DONE;
  }
}
