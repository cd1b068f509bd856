package org.pystrade.production.control;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.pystrade.core.domain.Failure;
import org.pystrade.core.domain.ReasonCode;
import org.pystrade.core.domain.trading.OrderStatus;
import org.pystrade.core.util.ArgChecker;
import org.pystrade.production.CycleInputs;
import org.pystrade.production.CycleReport;
import org.pystrade.production.DailyCycle;
import org.pystrade.production.TradingDay;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The daily cycle as a process (pysystemtrade's {@code run_daily}: prices, capital, strategies, orders, execution,
 * reconciliation). Idempotent per day: when the day's cycle completed, a second run changes nothing.
 */
public final class DailyCycleProcess implements ProductionProcess {

  private static final Logger LOG = LoggerFactory.getLogger(DailyCycleProcess.class);

  /** Prepares a day's cycle: the broker, the strategies' position sources and the day. */
  public interface CycleSetup {

    /**
     * The trading day a run is for (the day's date for a live broker, the data's last day for the simulated one).
     *
     * @param context the run
     * @return the day
     */
    LocalDate tradingDay(ProcessContext context);

    /**
     * Prepares the cycle of a day (connects to the broker).
     *
     * @param context the run
     * @param day the trading day
     * @return the cycle's inputs and day, and what to close after it
     */
    PreparedCycle prepare(ProcessContext context, LocalDate day);
  }

  /**
   * A cycle ready to run.
   *
   * @param inputs its inputs
   * @param day its day's times
   * @param resources closed after the run (the broker connection)
   */
  public record PreparedCycle(CycleInputs inputs, TradingDay day, AutoCloseable resources) {

    /**
     * Checks the arguments.
     *
     * @param inputs its inputs
     * @param day its day's times
     * @param resources closed after the run (the broker connection)
     */
    public PreparedCycle {
      ArgChecker.notNull(inputs, "inputs");
      ArgChecker.notNull(day, "day");
      ArgChecker.notNull(resources, "resources");
    }
  }

  private final CycleSetup setup;

  /**
   * Makes the process.
   *
   * @param setup prepares each day's cycle
   */
  public DailyCycleProcess(CycleSetup setup) {
    this.setup = ArgChecker.notNull(setup, "setup");
  }

  @Override
  public ProcessOutcome run(ProcessContext context) {
    LocalDate day = setup.tradingDay(context);
    if (context.completed(day)) {
      return ProcessOutcome.alreadyDone(day);
    }
    if (context.stopRequested()) {
      return ProcessOutcome.abandoned("stop requested before the cycle of " + day);
    }
    PreparedCycle cycle = setup.prepare(context, day);
    CycleReport report;
    try (AutoCloseable ignored = cycle.resources()) {
      report = new DailyCycle(cycle.inputs()).run(cycle.day());
    } catch (RuntimeException ex) {
      throw ex;
    } catch (Exception ex) {
      LOG.warn("closing the cycle's resources failed", ex);
      return ProcessOutcome.failed(Failure.of(ReasonCode.BROKER_DISCONNECTED, "closing: " + ex));
    }
    List<Failure> failures = new ArrayList<>(report.failures());
    failures.addAll(report.execution().failures());
    int rejected = (int) report.execution().reports().stream().filter(r -> r.status() == OrderStatus.REJECTED)
        .count();
    String message = "day " + day + ": " + report.decisions().size() + " decisions, "
        + report.execution().brokerOrdersSent() + " broker orders, " + report.execution().fillsBooked() + " fills"
        + (report.execution().lateFills().isEmpty() ? "" : " (" + report.execution().lateFills().size()
            + " of them late: of broker orders ended before)")
        + (report.execution().unknownFills().isEmpty() ? "" : ", " + report.execution().unknownFills().size()
            + " fills at the broker of no order in the store (not booked)")
        + (report.execution().overFills().isEmpty() ? "" : ", " + report.execution().overFills().size()
            + " orders filled beyond their quantity (more traded than ordered)")
        + (failures.isEmpty() ? "" : ", " + failures.size() + " failures")
        + (report.breaks().isEmpty() ? "" : ", " + report.breaks().size() + " reconciliation breaks");
    return new ProcessOutcome(ProcessOutcome.Status.COMPLETED, java.util.Optional.of(day), message, failures,
        report.breaks().size(), rejected);
  }
}
