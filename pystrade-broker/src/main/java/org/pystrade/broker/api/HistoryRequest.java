package org.pystrade.broker.api;

import java.time.Duration;
import java.time.Instant;
import org.pystrade.core.domain.FuturesContract;
import org.pystrade.core.util.ArgChecker;

/**
 * A request for historical bars of a contract: bars of {@code barSize} covering {@code lookback} before {@code end}.
 *
 * @param contract the contract
 * @param barSize the bar length
 * @param lookback how far back from the end, at least one bar long
 * @param end the end of the period
 */
public record HistoryRequest(FuturesContract contract, BarSize barSize, Duration lookback, Instant end) {

  /**
   * Checks every part.
   *
   * @param contract the contract
   * @param barSize the bar length
   * @param lookback how far back from the end, at least one bar long
   * @param end the end of the period
   */
  public HistoryRequest {
    ArgChecker.notNull(contract, "contract");
    ArgChecker.notNull(barSize, "barSize");
    ArgChecker.notNull(lookback, "lookback");
    ArgChecker.notNull(end, "end");
    ArgChecker.isTrue(lookback.compareTo(barSize.length()) >= 0, "lookback {} is shorter than one {} bar",
        lookback, barSize.code());
  }

  /**
   * Obtains a request.
   *
   * @param contract the contract
   * @param barSize the bar length
   * @param lookback how far back
   * @param end the end of the period
   * @return the request
   */
  public static HistoryRequest of(FuturesContract contract, BarSize barSize, Duration lookback, Instant end) {
    return new HistoryRequest(contract, barSize, lookback, end);
  }

  /**
   * The start of the period.
   *
   * @return end minus lookback
   */
  public Instant start() {
    return end.minus(lookback);
  }
}
