package org.pystrade.production;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.pystrade.broker.orders.StrategyOrderDecision;
import org.pystrade.core.domain.Failure;
import org.pystrade.core.domain.trading.CapitalEntry;
import org.pystrade.core.util.ArgChecker;
import org.pystrade.production.execution.ExecutionOutcome;

/**
 * What a day's cycle did.
 *
 * @param day the day
 * @param capital the total capital after the capital step, empty if it could not be updated
 * @param decisions the strategies' decisions, strategy by strategy, instrument by instrument
 * @param rolls the rolls ordered
 * @param execution what execution did
 * @param failures what failed (capital, contracts, broker), empty if nothing
 * @param breaks what the reconciliation found, empty if nothing
 */
public record CycleReport(LocalDate day, Optional<CapitalEntry> capital, List<StrategyOrderDecision> decisions,
    List<Roll> rolls, ExecutionOutcome execution, List<Failure> failures, List<Failure> breaks) {

  /**
   * Checks and copies.
   *
   * @param day the day
   * @param capital the total capital after the capital step, empty if it could not be updated
   * @param decisions the strategies' decisions, strategy by strategy, instrument by instrument
   * @param rolls the rolls ordered
   * @param execution what execution did
   * @param failures what failed (capital, contracts, broker), empty if nothing
   * @param breaks what the reconciliation found, empty if nothing
   */
  public CycleReport {
    ArgChecker.notNull(day, "day");
    ArgChecker.notNull(capital, "capital");
    decisions = List.copyOf(decisions);
    rolls = List.copyOf(rolls);
    ArgChecker.notNull(execution, "execution");
    failures = List.copyOf(failures);
    breaks = List.copyOf(breaks);
  }

  /**
   * Whether everything went through: no failure and no reconciliation break.
   *
   * @return true if complete
   */
  public boolean complete() {
    return failures.isEmpty() && execution.failures().isEmpty() && breaks.isEmpty();
  }
}
