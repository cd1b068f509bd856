package org.pystrade.production.execution;

import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.pystrade.core.domain.ReasonCode;
import org.pystrade.core.domain.Result;
import org.pystrade.core.util.ArgChecker;

/** Waiting for a broker's answer, with a timeout; every way it can fail is a {@link Result} with a reason code. */
public final class BrokerCalls {

  private BrokerCalls() {
  }

  /**
   * Waits for an answer.
   *
   * @param future the broker's answer
   * @param timeout how long to wait
   * @param <T> the answer's type
   * @return the answer, or {@link ReasonCode#TIMEOUT}, {@link ReasonCode#BROKER_DISCONNECTED} (interrupted) or
   *     {@link ReasonCode#UNKNOWN} (the future failed)
   */
  public static <T> Result<T> await(CompletableFuture<Result<T>> future, Duration timeout) {
    ArgChecker.notNull(future, "future");
    ArgChecker.notNull(timeout, "timeout");
    try {
      return future.get(timeout.toMillis(), TimeUnit.MILLISECONDS);
    } catch (TimeoutException ex) {
      return Result.err(ReasonCode.TIMEOUT, "no answer from the broker within " + timeout);
    } catch (InterruptedException ex) {
      Thread.currentThread().interrupt();
      return Result.err(ReasonCode.BROKER_DISCONNECTED, "interrupted while waiting for the broker");
    } catch (ExecutionException ex) {
      return Result.err(ReasonCode.UNKNOWN, "the broker request failed: " + ex.getCause());
    }
  }
}
