package org.pystrade.production.control;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.pystrade.data.production.ProcessControl;
import org.pystrade.data.production.ProductionStore;
import org.pystrade.data.production.WriteListener;

/** The scheduler: control, lock, crash rerun, schedules and a graceful stop, on a real SQLite store. */
class SchedulerTest {

  @TempDir
  Path dir;

  private static final Instant T = Instant.parse("2026-12-07T10:00:00Z");

  @Test
  void runsUnderControlAndLockAndRerunsACrashedRun() throws Exception {
    AtomicInteger runs = new AtomicInteger();
    List<String> crashes = new CopyOnWriteArrayList<>();
    ProductionProcess counting = c -> {
      runs.incrementAndGet();
      return ProcessOutcome.completed(c.day(), "ran");
    };
    ProcessListener listener = new ProcessListener() {
      @Override
      public void crashed(String process, Instant started) {
        crashes.add(process + "@" + started);
      }
    };
    ScheduledProcess p = new ScheduledProcess("p", Schedule.onceADay(LocalTime.of(6, 0), LocalTime.of(22, 0),
        ZoneOffset.UTC), counting);
    try (ProductionStore store = ProductionStore.openIn(dir, WriteListener.NONE)) {
      Scheduler s = new Scheduler(store, List.of(p), Clock.fixed(T, ZoneOffset.UTC), listener, "me",
          Duration.ofMinutes(2));
      store.processControls().setControl("p", ProcessControl.PAUSE, T);
      assertThat(s.runDue()).isEmpty();
      store.processControls().setControl("p", ProcessControl.GO, T);
      // a crashed daemon's lock: held until it lapses
      assertThat(store.processControls().tryStart("p", "ghost", T.minusSeconds(60), T.plusSeconds(60))).isTrue();
      assertThat(s.runDue()).isEmpty();
      assertThat(s.status().get(0).state()).isEqualTo("running");
      Scheduler later = new Scheduler(store, List.of(p), Clock.fixed(T.plusSeconds(61), ZoneOffset.UTC), listener,
          "me", Duration.ofMinutes(2));
      assertThat(later.status().get(0).state()).isEqualTo("crashed");
      assertThat(later.runDue()).containsOnlyKeys("p");
      assertThat(crashes).containsExactly("p@" + T.minusSeconds(60));
      assertThat(runs).hasValue(1);
      // once a day: done for today, next at tomorrow's window
      assertThat(later.runDue()).isEmpty();
      ProcessView v = later.status().get(0);
      assertThat(v.state()).isEqualTo("idle");
      assertThat(v.lastDay()).contains(LocalDate.of(2026, 12, 7));
      assertThat(v.nextRun()).contains(Instant.parse("2026-12-08T06:00:00Z"));
      store.processControls().setControl("p", ProcessControl.STOP, T);
      assertThat(later.status().get(0).nextRun()).isEmpty();
    }
  }

  @Test
  void schedulesOnceADayAndEveryNMinutesWithinTheWindow() {
    Schedule every = Schedule.everyMinutes(15, LocalTime.of(8, 0), LocalTime.of(18, 0), ZoneOffset.UTC);
    var never = new org.pystrade.data.production.ProcessRun("p", ProcessControl.GO, Optional.empty(),
        Optional.empty(), Optional.empty(), "", Optional.empty(), Optional.empty());
    assertThat(every.nextRun(Instant.parse("2026-12-07T07:00:00Z"), never))
        .isEqualTo(Instant.parse("2026-12-07T08:00:00Z"));
    var ran = new org.pystrade.data.production.ProcessRun("p", ProcessControl.GO,
        Optional.of(Instant.parse("2026-12-07T09:00:00Z")), Optional.of(Instant.parse("2026-12-07T09:01:00Z")),
        Optional.empty(), "", Optional.empty(), Optional.empty());
    assertThat(every.nextRun(Instant.parse("2026-12-07T09:05:00Z"), ran))
        .isEqualTo(Instant.parse("2026-12-07T09:15:00Z"));
    assertThat(every.nextRun(Instant.parse("2026-12-07T18:00:00Z"), ran))
        .isEqualTo(Instant.parse("2026-12-08T08:00:00Z"));
    Schedule once = Schedule.onceADay(LocalTime.of(8, 0), LocalTime.of(18, 0), ZoneOffset.UTC);
    assertThat(once.nextRun(Instant.parse("2026-12-07T09:05:00Z"), ran))
        .isEqualTo(Instant.parse("2026-12-08T08:00:00Z"));
    assertThat(once.nextRun(Instant.parse("2026-12-07T09:05:00Z"), never))
        .isEqualTo(Instant.parse("2026-12-07T09:05:00Z"));
  }

  @Test
  void aStopLetsTheCurrentRunFinishAndStartsNoOther() throws Exception {
    java.util.concurrent.CountDownLatch inside = new java.util.concurrent.CountDownLatch(1);
    AtomicInteger abandoned = new AtomicInteger();
    ProductionProcess slow = c -> {
      inside.countDown();
      while (!c.stopRequested()) {
        Thread.onSpinWait();
      }
      abandoned.incrementAndGet();
      return ProcessOutcome.abandoned("stopped between steps");
    };
    Schedule always = Schedule.onceADay(LocalTime.MIN, LocalTime.MAX, ZoneOffset.UTC);
    try (ProductionStore store = ProductionStore.openIn(dir, WriteListener.NONE)) {
      Scheduler s = new Scheduler(store, List.of(new ScheduledProcess("slow", always, slow),
          new ScheduledProcess("next", always, c -> ProcessOutcome.completed(c.day(), "x"))), Clock.systemUTC(),
          ProcessListener.NONE, "me", Duration.ofSeconds(5));
      s.start();
      inside.await();
      s.requestStop();
      assertThat(s.awaitStopped(Duration.ofSeconds(10))).isTrue();
      assertThat(abandoned).hasValue(1);
      assertThat(store.processControls().get("next").orElseThrow().lastStart()).isEmpty();
      // abandoned: the lock is free, no end recorded, so the next start resumes it
      var slowRun = store.processControls().get("slow").orElseThrow();
      assertThat(slowRun.lockOwner()).isEmpty();
      assertThat(slowRun.lastEnd()).isEmpty();
    }
  }
}
