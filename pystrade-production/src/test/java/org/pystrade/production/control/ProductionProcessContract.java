package org.pystrade.production.control;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.pystrade.core.domain.trading.OrderLevel;
import org.pystrade.core.domain.trading.OrderStatus;
import org.pystrade.data.production.ProductionStore;
import org.pystrade.data.production.WriteListener;

/**
 * The contract of a {@link ProductionProcess}: extend it with the process and the state it needs. A run through
 * the scheduler (under its lock) does its day; a second run the same day says so and changes nothing (orders,
 * fills, positions, capital, and what {@link #extraState()} shows); with the stop requested before it starts, it
 * abandons or completes, never throws; the day it completed is recorded.
 */
public abstract class ProductionProcessContract {

  /** A folder for the state and anything else. */
  @TempDir
  protected Path dir;

  /** The store of the test, SQLite in {@code dir/state}. */
  protected ProductionStore store;

  /** The instant the runs happen at. */
  protected static final Instant NOW = Instant.parse("2026-12-07T10:00:00Z");

  /**
   * The process under test.
   *
   * @return it
   */
  protected abstract ProductionProcess process();

  /**
   * Puts into the store what the process needs (default: nothing).
   *
   * @param s the store
   */
  protected void prepare(ProductionStore s) throws Exception {
  }

  /**
   * State beyond the store that the process changes (default: none), compared between runs.
   *
   * @return a description of it
   */
  protected String extraState() throws Exception {
    return "";
  }

  /**
   * Checks the first run's outcome further (default: nothing).
   *
   * @param outcome the outcome
   */
  protected void checkFirstRun(ProcessOutcome outcome) throws Exception {
  }

  /** Opens the store and prepares it. */
  @BeforeEach
  void openStore() throws Exception {
    store = ProductionStore.openIn(dir.resolve("state"), WriteListener.NONE);
    prepare(store);
  }

  /** Closes the store. */
  @AfterEach
  void closeStore() {
    store.close();
  }

  private Scheduler scheduler(String owner) {
    ScheduledProcess p = new ScheduledProcess("under_test", Schedule.onceADay(LocalTime.MIN, LocalTime.MAX,
        ZoneOffset.UTC), process());
    return new Scheduler(store, List.of(p), Clock.fixed(NOW, ZoneOffset.UTC), ProcessListener.NONE, owner,
        Duration.ofMinutes(2));
  }

  private String snapshot() throws Exception {
    List<Object> all = new ArrayList<>();
    for (OrderLevel level : OrderLevel.values()) {
      for (OrderStatus status : OrderStatus.values()) {
        all.add(store.orders().withStatus(level, status));
      }
    }
    all.add(store.fills().all());
    all.add(store.capital().totalHistory());
    for (var s : store.strategies().all()) {
      all.add(store.positions().instrumentPositions(s.name()));
      all.add(store.capital().strategyCapitalEntries(s.name()));
    }
    all.add(store.optimalPositions().toString().isEmpty());
    all.add(extraState());
    return all.toString();
  }

  @Test
  void runningTwiceTheSameDayChangesNothingTheSecondTime() throws Exception {
    Scheduler scheduler = scheduler("first");
    ProcessOutcome first = scheduler.runNow("under_test").orElseThrow();
    assertThat(first.status()).as(first.message()).isEqualTo(ProcessOutcome.Status.COMPLETED);
    checkFirstRun(first);
    LocalDate day = first.day().orElseThrow();
    assertThat(store.processControls().get("under_test").orElseThrow().lastDay()).contains(day);
    String after = snapshot();
    ProcessOutcome second = scheduler("second").runNow("under_test").orElseThrow();
    assertThat(second.status()).isEqualTo(ProcessOutcome.Status.ALREADY_DONE);
    assertThat(second.day()).contains(day);
    assertThat(snapshot()).isEqualTo(after);
  }

  @Test
  void aStopRequestedBeforeTheRunAbandonsOrCompletesWithoutThrowing() {
    ProcessContext context = new ProcessContext("under_test", store, NOW, LocalDate.of(2026, 12, 7),
        Optional.empty(), () -> true);
    ProcessOutcome outcome = process().run(context);
    assertThat(outcome.status()).isIn(ProcessOutcome.Status.ABANDONED, ProcessOutcome.Status.COMPLETED);
  }
}
