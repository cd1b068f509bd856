package org.pystrade.broker.testkit;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Predicate;
import org.pystrade.broker.api.ClientOrderRef;
import org.pystrade.broker.api.Fill;
import org.pystrade.broker.api.OrderEvent;
import org.pystrade.broker.api.OrderListener;
import org.pystrade.broker.api.OrderState;

/** Records a broker's order events and waits for them; for tests. */
public final class EventRecorder implements OrderListener {

  private final List<OrderEvent> events = new ArrayList<>();

  @Override
  public synchronized void onEvent(OrderEvent event) {
    events.add(event);
    notifyAll();
  }

  /**
   * The events so far.
   *
   * @return a copy, in the order received
   */
  public synchronized List<OrderEvent> events() {
    return List.copyOf(events);
  }

  /**
   * The fills of an order so far.
   *
   * @param ref the order's reference
   * @return its fills
   */
  public synchronized List<Fill> fills(ClientOrderRef ref) {
    List<Fill> out = new ArrayList<>();
    for (OrderEvent e : events) {
      if (e instanceof OrderEvent.Filled f && f.fill().ref().equals(ref)) {
        out.add(f.fill());
      }
    }
    return out;
  }

  /**
   * Waits for a state of an order.
   *
   * @param ref the order's reference
   * @param condition what the state must satisfy
   * @param timeout how long to wait
   * @return the first state satisfying it
   * @throws AssertionError when none arrives in time
   */
  public synchronized OrderState awaitState(ClientOrderRef ref, Predicate<OrderState> condition, Duration timeout) {
    long deadline = System.nanoTime() + timeout.toNanos();
    while (true) {
      for (OrderEvent e : events) {
        if (e instanceof OrderEvent.StatusChanged s && s.state().ref().equals(ref) && condition.test(s.state())) {
          return s.state();
        }
      }
      long left = deadline - System.nanoTime();
      if (left <= 0) {
        throw new AssertionError("no matching state of order " + ref + " within " + timeout + "; events: " + events);
      }
      try {
        wait(Math.max(1, left / 1_000_000));
      } catch (InterruptedException ex) {
        Thread.currentThread().interrupt();
        throw new AssertionError("interrupted", ex);
      }
    }
  }
}
