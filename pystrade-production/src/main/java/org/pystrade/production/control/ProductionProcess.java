package org.pystrade.production.control;

/**
 * A production process that the scheduler runs (pysystemtrade's {@code run_*} processes): implement
 * {@link #run(ProcessContext)}.
 *
 * <p>The contract: a run is idempotent per day (a run after one that completed {@link ProcessContext#day()} changes
 * nothing and says {@link ProcessOutcome.Status#ALREADY_DONE}); failures are returned as values, not thrown; a
 * process that works in steps checks {@link ProcessContext#stopRequested()} between them and returns
 * {@link ProcessOutcome.Status#ABANDONED} when asked to stop, leaving the state so that the next run resumes.
 */
@FunctionalInterface
public interface ProductionProcess {

  /**
   * Runs the process once.
   *
   * @param context the state store, the day, the last day completed and the stop signal
   * @return what happened
   */
  ProcessOutcome run(ProcessContext context);
}
