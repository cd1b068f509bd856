package org.pystrade.core.incremental;

import java.util.function.Supplier;
import java.util.function.UnaryOperator;

/**
 * The states of the last few rows of a computation stepped one business day at a time: the state after each of the
 * latest rows, to step again from a row whose inputs have changed (a day's later bars, a day an instrument had no
 * bar while another had). Older states are dropped; asking for one is answered with null and the caller starts over
 * from the first row.
 *
 * @param <S> the state
 */
final class SnapshotRing<S> {

  private final Object[] states;
  private final int[] rows;
  private final UnaryOperator<S> copier;
  private int count;
  private int next;

  SnapshotRing(int size, UnaryOperator<S> copier) {
    this.states = new Object[size];
    this.rows = new int[size];
    this.copier = copier;
  }

  /**
   * Where to step from, and with which state.
   *
   * @param <S> the state
   * @param state the state after the day before {@code start}
   * @param start the first day to step
   */
  record Resume<S>(S state, int start) {
  }

  /**
   * The state to step from a day on. A day after the last one stepped continues from the current state, after the
   * last day stepped; an earlier day resumes from the kept state of the day before it, or, when that is no longer
   * kept (or the day is the first), from a fresh state on the first day. The states of the days to step again are
   * forgotten.
   *
   * @param from the first day whose inputs changed
   * @param first the first day of the computation
   * @param done the last day stepped
   * @param current the state after {@code done}
   * @param fresh a state before the first day
   * @return the state and the first day to step
   */
  Resume<S> resume(int from, int first, int done, S current, Supplier<S> fresh) {
    int start = Math.max(from, first);
    if (start > done) {
      return new Resume<>(current, done + 1);
    }
    S kept = start == first ? null : copyOf(start - 1);
    if (kept == null) {
      kept = fresh.get();
      start = first;
    }
    dropFrom(start);
    return new Resume<>(kept, start);
  }

  /** Keeps a copy of the state after a row; a row kept before and after it is forgotten (it is being recomputed). */
  void keep(int row, S state) {
    dropFrom(row);
    states[next] = copier.apply(state);
    rows[next] = row;
    next = (next + 1) % states.length;
    count = Math.min(count + 1, states.length);
  }

  /** A copy of the state after a row, or null if that row's state is not kept. */
  @SuppressWarnings("unchecked")
  S copyOf(int row) {
    for (int k = 0; k < count; k++) {
      int i = Math.floorMod(next - 1 - k, states.length);
      if (rows[i] == row) {
        return copier.apply((S) states[i]);
      }
      if (rows[i] < row) {
        return null;
      }
    }
    return null;
  }

  /** Forgets the states of a row and of every later row. */
  void dropFrom(int row) {
    while (count > 0 && rows[Math.floorMod(next - 1, states.length)] >= row) {
      next = Math.floorMod(next - 1, states.length);
      states[next] = null;
      count--;
    }
  }

  void clear() {
    dropFrom(Integer.MIN_VALUE);
  }
}
