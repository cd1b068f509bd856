package org.pystrade.examples.cli;

import java.io.PrintStream;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.LongSupplier;
import org.pystrade.core.util.ArgChecker;
import org.pystrade.optimisation.fitting.EstimationProgress;

/**
 * The command line's progress bar for long estimations: one line, redrawn in place with a carriage return, showing
 * the share of the steps of every task seen so far that are done, how many tasks are finished and the task that
 * moved last, for example {@code estimating [##########----------]  50%  3/6 tasks  forecast weights CORN 25/50}.
 *
 * <p>Tasks are announced as they start (the total is not known in advance), so the share can step back when a new
 * task appears. Steps arrive from several threads, possibly out of order; a task's count never goes down. The line
 * is redrawn at most every {@code minIntervalNanos} (and always when a task finishes), and {@link #finish()} ends
 * it with a newline. Thread-safe.
 */
final class ConsoleProgress implements EstimationProgress {

  private static final int WIDTH = 20;
  private static final long DEFAULT_INTERVAL_NANOS = 100_000_000L;

  private final PrintStream out;
  private final LongSupplier clock;
  private final long minIntervalNanos;
  private final Map<String, int[]> tasks = new LinkedHashMap<>();
  private long lastDraw = Long.MIN_VALUE;
  private int lastLength;
  private boolean drawn;

  /**
   * A progress bar on a stream, redrawn at most ten times a second.
   *
   * @param out where the bar is drawn (standard error)
   */
  ConsoleProgress(PrintStream out) {
    this(out, System::nanoTime, DEFAULT_INTERVAL_NANOS);
  }

  ConsoleProgress(PrintStream out, LongSupplier clock, long minIntervalNanos) {
    this.out = ArgChecker.notNull(out, "out");
    this.clock = ArgChecker.notNull(clock, "clock");
    this.minIntervalNanos = minIntervalNanos;
  }

  @Override
  public synchronized void step(String task, int done, int total) {
    int[] state = tasks.computeIfAbsent(task, t -> new int[2]);
    boolean finished = done >= total && state[0] < total;
    state[0] = Math.max(state[0], Math.min(done, total));
    state[1] = Math.max(state[1], total);
    long now = clock.getAsLong();
    if (!finished && drawn && now - lastDraw < minIntervalNanos) {
      return;
    }
    lastDraw = now;
    draw(line(task, state));
  }

  /**
   * The line as it is drawn now (without the carriage return).
   *
   * @param task the task that moved last
   * @param state its done and total steps
   * @return the line
   */
  private String line(String task, int[] state) {
    long done = 0;
    long total = 0;
    int finishedTasks = 0;
    for (int[] s : tasks.values()) {
      done += s[0];
      total += s[1];
      if (s[0] >= s[1]) {
        finishedTasks++;
      }
    }
    double share = total == 0 ? 0 : (double) done / total;
    int filled = (int) Math.floor(share * WIDTH);
    StringBuilder sb = new StringBuilder("estimating [");
    for (int i = 0; i < WIDTH; i++) {
      sb.append(i < filled ? '#' : '-');
    }
    sb.append(String.format("] %3d%%  %d/%d tasks  %s %d/%d", (int) Math.floor(share * 100), finishedTasks,
        tasks.size(), task, state[0], state[1]));
    return sb.toString();
  }

  private void draw(String line) {
    StringBuilder sb = new StringBuilder("\r").append(line);
    for (int i = line.length(); i < lastLength; i++) {
      sb.append(' ');
    }
    lastLength = line.length();
    out.print(sb);
    out.flush();
    drawn = true;
  }

  /**
   * Ends the bar's line (nothing if nothing was drawn), so that what is printed next starts on a line of its own.
   */
  synchronized void finish() {
    if (drawn) {
      out.println();
      out.flush();
      drawn = false;
      lastLength = 0;
    }
  }
}
