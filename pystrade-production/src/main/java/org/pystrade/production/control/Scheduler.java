package org.pystrade.production.control;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import org.pystrade.core.domain.Failure;
import org.pystrade.core.domain.ReasonCode;
import org.pystrade.core.domain.trading.ProcessState;
import org.pystrade.core.domain.trading.ProcessStatus;
import org.pystrade.core.util.ArgChecker;
import org.pystrade.data.production.ProcessControl;
import org.pystrade.data.production.ProcessRun;
import org.pystrade.data.production.ProductionStore;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.slf4j.MDC;

/**
 * Runs scheduled processes from the state store: each when its schedule says and its control is
 * {@link ProcessControl#GO}, under its run lock (one instance at a time across daemons; renewed by a heartbeat
 * while it runs, lapsing after a crash so that the next start runs it again), one process after another on one
 * thread. Each run's status also goes to {@code prod_process}.
 *
 * <p>{@link #requestStop()} lets the current run finish (or abandon between its steps) and starts no other;
 * {@link #awaitStopped(Duration)} waits for that.
 */
public final class Scheduler {

  private static final Logger LOG = LoggerFactory.getLogger(Scheduler.class);
  /** The key of the diagnostic context (SLF4J's MDC) naming the process whose run logs a line. */
  public static final String MDC_PROCESS = "process";
  /** The longest wait between two looks at the state (control changes are seen within it). */
  static final Duration POLL = Duration.ofSeconds(15);

  private final ProductionStore store;
  private final Map<String, ScheduledProcess> processes = new LinkedHashMap<>();
  private final Clock clock;
  private final ProcessListener listener;
  private final String owner;
  private final Duration lockTtl;
  private final Object wake = new Object();
  private final ScheduledExecutorService heartbeats;
  private volatile boolean stop;
  private volatile Thread thread;

  /**
   * Makes a scheduler and registers its processes in the store (as go, unless known).
   *
   * @param store the production state
   * @param processes the processes, names unique
   * @param clock the clock
   * @param listener told of runs
   * @param owner this daemon's id (the lock owner)
   * @param lockTtl how long a run lock lasts without a heartbeat
   */
  public Scheduler(ProductionStore store, List<ScheduledProcess> processes, Clock clock, ProcessListener listener,
      String owner, Duration lockTtl) {
    this.store = ArgChecker.notNull(store, "store");
    this.clock = ArgChecker.notNull(clock, "clock");
    this.listener = ArgChecker.notNull(listener, "listener");
    this.owner = ArgChecker.notBlank(owner, "owner");
    ArgChecker.isTrue(lockTtl.compareTo(Duration.ofSeconds(1)) >= 0, "the lock must last a second at least");
    this.lockTtl = lockTtl;
    for (ScheduledProcess p : processes) {
      ArgChecker.isTrue(this.processes.put(p.name(), p) == null, "process {} twice", p.name());
      store.processControls().register(p.name(), clock.instant());
    }
    this.heartbeats = Executors.newSingleThreadScheduledExecutor(r -> {
      Thread t = new Thread(r, "pystrade-heartbeat");
      t.setDaemon(true);
      return t;
    });
  }

  /**
   * The processes' statuses.
   *
   * @return one view per process, in the order given
   */
  public List<ProcessView> status() {
    Instant now = clock.instant();
    List<ProcessView> out = new ArrayList<>();
    for (ScheduledProcess p : processes.values()) {
      ProcessRun run = record(p.name());
      String state = run.runningAt(now) ? "running" : run.crashedAt(now) ? "crashed" : "idle";
      Optional<Instant> next = run.control() == ProcessControl.GO
          ? Optional.of(p.schedule().nextRun(now, run)) : Optional.empty();
      out.add(new ProcessView(p.name(), p.schedule().describe(), run.control(), state, run.lastStart(),
          run.lastEnd(), run.lastDay(), run.lastOutcome(), next));
    }
    return out;
  }

  private ProcessRun record(String name) {
    return store.processControls().get(name).orElseThrow(() -> new IllegalStateException(
        "process " + name + " is not registered"));
  }

  /**
   * Runs each process that is due now, once, one after another.
   *
   * @return the outcomes of the runs made, by process
   */
  public Map<String, ProcessOutcome> runDue() {
    Map<String, ProcessOutcome> done = new LinkedHashMap<>();
    for (ScheduledProcess p : processes.values()) {
      if (stop) {
        break;
      }
      Instant now = clock.instant();
      ProcessRun run = record(p.name());
      if (run.control() == ProcessControl.GO && !p.schedule().nextRun(now, run).isAfter(now)) {
        runLocked(p).ifPresent(o -> done.put(p.name(), o));
      }
    }
    listener.idle(clock.instant());
    return done;
  }

  /**
   * Runs a process now whatever its schedule (still under its lock and its control: stopped or paused, it does not
   * run).
   *
   * @param name the process
   * @return the outcome, or empty if another owner holds its lock or it is not told to go
   */
  public Optional<ProcessOutcome> runNow(String name) {
    ScheduledProcess p = processes.get(name);
    ArgChecker.isTrue(p != null, "no process {}", name);
    return record(name).control() == ProcessControl.GO ? runLocked(p) : Optional.empty();
  }

  private Optional<ProcessOutcome> runLocked(ScheduledProcess p) {
    // what the run logs on this thread carries the process's name in the diagnostic context (JSON logs show it)
    try (MDC.MDCCloseable named = MDC.putCloseable(MDC_PROCESS, p.name())) {
      return runNamed(p);
    }
  }

  private Optional<ProcessOutcome> runNamed(ScheduledProcess p) {
    Instant start = clock.instant();
    ProcessRun before = record(p.name());
    if (!store.processControls().tryStart(p.name(), owner, start, start.plus(lockTtl))) {
      LOG.info("process {} is locked by {} until {}", p.name(), before.lockOwner().orElse("?"),
          before.lockExpires().orElse(start));
      return Optional.empty();
    }
    if (before.crashedAt(start)) {
      LOG.warn("process {}: the run started at {} did not end: running it again", p.name(),
          before.lastStart().orElseThrow());
      listener.crashed(p.name(), before.lastStart().orElseThrow());
    }
    long pid = ProcessHandle.current().pid();
    store.processes().put(new ProcessStatus(p.name(), ProcessState.RUNNING, pid, start, "started"));
    listener.started(p.name(), start);
    long beat = Math.max(200, lockTtl.toMillis() / 3);
    ScheduledFuture<?> heartbeat = heartbeats.scheduleAtFixedRate(() -> renew(p.name()), beat, beat,
        TimeUnit.MILLISECONDS);
    ProcessOutcome outcome;
    try {
      ProcessContext context = new ProcessContext(p.name(), store, start, p.schedule().dayOf(start),
          before.lastDay(), () -> stop);
      outcome = p.process().run(context);
    } catch (RuntimeException ex) {
      LOG.error("process {} failed", p.name(), ex);
      outcome = ProcessOutcome.failed(Failure.of(ReasonCode.UNKNOWN, ex.toString()));
    } finally {
      heartbeat.cancel(false);
    }
    Instant end = clock.instant();
    if (outcome.status() == ProcessOutcome.Status.ABANDONED) {
      store.processControls().release(p.name(), owner);
    } else {
      store.processControls().end(p.name(), owner, end, outcome.dayDone() ? outcome.day() : Optional.empty(),
          outcome.message());
    }
    store.processes().put(new ProcessStatus(p.name(), outcome.status() == ProcessOutcome.Status.FAILED
        ? ProcessState.FAILED : ProcessState.STOPPED, pid, end, outcome.message()));
    LOG.info("process {}: {} ({})", p.name(), outcome.status(), outcome.message());
    listener.ended(p.name(), outcome, Duration.between(start, end));
    return Optional.of(outcome);
  }

  private void renew(String name) {
    try {
      if (!store.processControls().heartbeat(name, owner, clock.instant().plus(lockTtl))) {
        LOG.error("process {}: the run lock was lost (it lapsed and another daemon took it)", name);
      }
    } catch (RuntimeException ex) {
      LOG.error("process {}: cannot renew the run lock", name, ex);
    }
  }

  /** Starts the scheduler's thread: it runs what is due, then waits until the next run (or a poll). */
  public synchronized void start() {
    ArgChecker.isTrue(thread == null, "started already");
    Thread t = new Thread(this::loop, "pystrade-scheduler");
    t.setDaemon(false);
    thread = t;
    t.start();
  }

  private void loop() {
    LOG.info("scheduler {} started with {}", owner, processes.keySet());
    while (!stop) {
      try {
        runDue();
        long wait = waitMillis();
        synchronized (wake) {
          if (!stop && wait > 0) {
            wake.wait(wait);
          }
        }
      } catch (InterruptedException ex) {
        Thread.currentThread().interrupt();
        break;
      } catch (RuntimeException ex) {
        LOG.error("scheduler pass failed; trying again after {}", POLL, ex);
        synchronized (wake) {
          try {
            wake.wait(POLL.toMillis());
          } catch (InterruptedException ie) {
            Thread.currentThread().interrupt();
            break;
          }
        }
      }
    }
    LOG.info("scheduler {} stopped", owner);
  }

  /** Until the next run due, at most {@link #POLL}. */
  private long waitMillis() {
    Instant now = clock.instant();
    Instant next = now.plus(POLL);
    for (ProcessView v : status()) {
      if (v.nextRun().isPresent() && v.nextRun().get().isBefore(next)) {
        next = v.nextRun().get();
      }
    }
    return Math.max(0, Duration.between(now, next).toMillis());
  }

  /** Asks to stop: the current run finishes or abandons between its steps, no other starts. */
  public void requestStop() {
    stop = true;
    synchronized (wake) {
      wake.notifyAll();
    }
  }

  /**
   * Whether a stop was asked for.
   *
   * @return true if so
   */
  public boolean stopRequested() {
    return stop;
  }

  /**
   * Waits for the scheduler's thread to end after {@link #requestStop()}.
   *
   * @param timeout the longest wait
   * @return true if it ended (or never started), false if a run is still going
   * @throws InterruptedException if interrupted
   */
  public boolean awaitStopped(Duration timeout) throws InterruptedException {
    Thread t = thread;
    if (t != null) {
      t.join(Math.max(1, timeout.toMillis()));
      if (t.isAlive()) {
        return false;
      }
    }
    heartbeats.shutdownNow();
    return true;
  }
}
