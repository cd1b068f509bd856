package org.pystrade.production.execution;

import java.util.List;
import org.pystrade.broker.api.Fill;
import org.pystrade.core.domain.Failure;
import org.pystrade.core.domain.trading.ExecutionReport;
import org.pystrade.core.util.ArgChecker;

/**
 * What an execution did.
 *
 * @param brokerOrdersSent the broker orders sent (each attempt counts)
 * @param fillsBooked the fills booked, late fills included
 * @param reports the broker orders archived, in the order they were done (an archive a late fill amended in the
 *     place of the order's, or after them if it was archived by a run before)
 * @param failures what the broker refused or failed (the orders concerned are ended), the broker's fills of
 *     pystrade's broker orders that could not be booked (not fitting their order), the fills that went beyond the
 *     quantity of their contract or instrument order, and the broker orders ended here still working at the broker
 *     that could not be cancelled (or the broker's open orders, to find them, could not be read); empty if nothing
 * @param lateFills the fills booked that the broker reported for broker orders ended before (booked on those
 *     orders), empty if none
 * @param unknownFills the broker's fills of references the store does not know (orders placed by someone else),
 *     not booked, each reported once by an execution: the reconciliation shows whether they leave the positions
 *     differing; empty if none
 * @param overFills the contract and instrument orders that fills booked went beyond, one for each order and fill
 *     (more was traded than ordered; each such fill is also a
 *     {@link org.pystrade.core.domain.ReasonCode#RECONCILIATION_BREAK} failure); empty if none
 */
public record ExecutionOutcome(int brokerOrdersSent, int fillsBooked, List<ExecutionReport> reports,
    List<Failure> failures, List<LateFill> lateFills, List<Fill> unknownFills, List<OverFill> overFills) {

  /**
   * Checks and copies.
   *
   * @param brokerOrdersSent the broker orders sent (each attempt counts)
   * @param fillsBooked the fills booked, late fills included
   * @param reports the broker orders archived, in the order they were done (an archive a late fill amended in the
   *     place of the order's, or after them if it was archived by a run before)
   * @param failures what the broker refused or failed (the orders concerned are ended), the broker's fills of
   *     pystrade's broker orders that could not be booked (not fitting their order), the fills that went beyond the
   *     quantity of their contract or instrument order, and the broker orders ended here still working at the
   *     broker that could not be cancelled (or the broker's open orders, to find them, could not be read); empty if
   *     nothing
   * @param lateFills the fills booked that the broker reported for broker orders ended before (booked on those
   *     orders), empty if none
   * @param unknownFills the broker's fills of references the store does not know (orders placed by someone else),
   *     not booked, each reported once by an execution: the reconciliation shows whether they leave the positions
   *     differing; empty if none
   * @param overFills the contract and instrument orders that fills booked went beyond, one for each order and
   *     fill (more was traded than ordered; each such fill is also a
   *     {@link org.pystrade.core.domain.ReasonCode#RECONCILIATION_BREAK} failure); empty if none
   */
  public ExecutionOutcome {
    ArgChecker.isTrue(brokerOrdersSent >= 0 && fillsBooked >= 0, "counts must not be negative");
    reports = List.copyOf(reports);
    failures = List.copyOf(failures);
    lateFills = List.copyOf(lateFills);
    unknownFills = List.copyOf(unknownFills);
    overFills = List.copyOf(overFills);
  }
}
