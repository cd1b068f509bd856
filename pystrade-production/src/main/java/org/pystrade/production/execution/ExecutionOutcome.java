package org.pystrade.production.execution;

import java.util.List;
import org.pystrade.core.domain.Failure;
import org.pystrade.core.domain.trading.ExecutionReport;
import org.pystrade.core.util.ArgChecker;

/**
 * What an execution did.
 *
 * @param brokerOrdersSent the broker orders sent (each attempt counts)
 * @param fillsBooked the fills booked
 * @param reports the broker orders archived, in the order they were done
 * @param failures what the broker refused or failed (the orders concerned are ended), empty if nothing
 */
public record ExecutionOutcome(int brokerOrdersSent, int fillsBooked, List<ExecutionReport> reports,
    List<Failure> failures) {

  /**
   * Checks and copies.
   *
   * @param brokerOrdersSent the broker orders sent (each attempt counts)
   * @param fillsBooked the fills booked
   * @param reports the broker orders archived, in the order they were done
   * @param failures what the broker refused or failed (the orders concerned are ended), empty if nothing
   */
  public ExecutionOutcome {
    ArgChecker.isTrue(brokerOrdersSent >= 0 && fillsBooked >= 0, "counts must not be negative");
    reports = List.copyOf(reports);
    failures = List.copyOf(failures);
  }
}
