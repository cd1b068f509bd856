package org.pystrade.production.crash;

import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import org.pystrade.broker.api.ConnectionInfo;
import org.pystrade.broker.config.BrokerConfigTable;
import org.pystrade.broker.ib.IbBroker;
import org.pystrade.broker.ib.IbSettings;
import org.pystrade.core.domain.FuturesContract;
import org.pystrade.core.domain.InstrumentCode;
import org.pystrade.core.domain.Quantity;
import org.pystrade.core.domain.Result;
import org.pystrade.core.domain.trading.ProcessState;
import org.pystrade.core.domain.trading.ProcessStatus;
import org.pystrade.core.domain.trading.StrategyName;
import org.pystrade.core.system.OptimalPosition;
import org.pystrade.data.production.ProductionStore;
import org.pystrade.data.production.WriteListener;
import org.pystrade.production.BrokerReconciliation;
import org.pystrade.production.CycleInputs;
import org.pystrade.production.CycleReport;
import org.pystrade.production.DailyCycle;
import org.pystrade.production.TradingDay;
import org.pystrade.production.execution.BrokerCalls;
import org.pystrade.production.execution.ExecutionClock;
import org.pystrade.production.strategy.PricedContracts;

/**
 * The child JVM of the crash-safety test: the order cycle as production runs it, on the state store in a folder,
 * trading with the parent's fake TWS server through the IB client. It runs one short daily cycle after another
 * (day numbers continue from the last day the store says was done) until it has run the days asked for or is
 * killed. Arguments: state folder, server port, days to run. Prints {@code ready} once connected and one line per
 * day; exits 0 when every day it ran was complete (no failure, no reconciliation break), 3 otherwise.
 */
public final class CrashChild {

  static final StrategyName STRATEGY = StrategyName.of("crash");
  static final String PROCESS = "crash_child";
  static final FuturesContract SOFR = FuturesContract.of("SOFR", "20250300");
  static final FuturesContract CORN = FuturesContract.of("CORN", "20250300");
  static final LocalDate DAY_ZERO = LocalDate.of(2025, 1, 1);

  private CrashChild() {
  }

  /**
   * The strategy's wanted positions on a day: they change every day, so every day trades.
   *
   * @param day the day number
   * @return the positions by contract
   */
  static Map<FuturesContract, Long> targets(int day) {
    Map<FuturesContract, Long> out = new LinkedHashMap<>();
    out.put(SOFR, (long) ((day * 7) % 11 - 5));
    out.put(CORN, (long) ((day * 5) % 9 - 4));
    return out;
  }

  /**
   * The day number a store's last completed cycle was on.
   *
   * @param store the store
   * @return the day, 0 if none
   */
  static int lastDay(ProductionStore store) {
    return store.processes().get(PROCESS).map(s -> Integer.parseInt(s.message().substring("day ".length())))
        .orElse(0);
  }

  /**
   * Runs the child.
   *
   * @param args state folder, port, days to run
   */
  public static void main(String[] args) {
    Path state = Path.of(args[0]);
    int port = Integer.parseInt(args[1]);
    int days = Integer.parseInt(args[2]);
    boolean allComplete = true;
    try (ProductionStore store = ProductionStore.openIn(state, WriteListener.NONE);
        IbBroker ib = new IbBroker(IbSettings.builder("127.0.0.1", port, 7).connectTimeout(Duration.ofSeconds(5))
            .requestTimeout(Duration.ofSeconds(2)).reconnect(true, Duration.ofMillis(20), Duration.ofMillis(200))
            .maxMessagesPerSecond(10_000).build(), BrokerConfigTable.bundled())) {
      Result<ConnectionInfo> connected = BrokerCalls.await(ib.connect(), Duration.ofSeconds(10));
      if (!connected.isOk()) {
        System.out.println("cannot connect: " + connected.failure());
        System.exit(2);
      }
      Clock clock = Clock.systemUTC();
      DailyCycle cycle = new DailyCycle(CycleInputs.builder(store, ib, ExecutionClock.system(clock),
          (instrument, d) -> Optional.of(instrument.equals(SOFR.instrument()) ? new PricedContracts(SOFR, SOFR)
              : new PricedContracts(CORN, CORN)))
          .strategy(STRATEGY, d -> positions((int) (d.toEpochDay() - DAY_ZERO.toEpochDay())))
          .reconciliation(new BrokerReconciliation(Duration.ofSeconds(2), clock))
          .requestTimeout(Duration.ofSeconds(2)).build());
      System.out.println("ready");
      System.out.flush();
      int first = lastDay(store) + 1;
      for (int day = first; day < first + days; day++) {
        Instant now = clock.instant();
        CycleReport report = cycle.run(new TradingDay(DAY_ZERO.plusDays(day), now, now.plusMillis(40),
            now.plusMillis(80)));
        store.processes().put(new ProcessStatus(PROCESS, ProcessState.STOPPED, ProcessHandle.current().pid(),
            clock.instant(), "day " + day));
        allComplete &= report.complete();
        System.out.println("day " + day + (report.complete() ? " complete" : " incomplete: " + report.failures()
            + " " + report.execution().failures() + " " + report.breaks()));
        System.out.flush();
      }
    }
    System.exit(allComplete ? 0 : 3);
  }

  private static Map<InstrumentCode, OptimalPosition> positions(int day) {
    Map<InstrumentCode, OptimalPosition> out = new LinkedHashMap<>();
    targets(day).forEach((contract, q) -> out.put(contract.instrument(), new OptimalPosition(contract.instrument(),
        DAY_ZERO.plusDays(day).atTime(23, 0), q, q - 0.1, q + 0.1, Quantity.ofWhole(q), true)));
    return out;
  }
}
