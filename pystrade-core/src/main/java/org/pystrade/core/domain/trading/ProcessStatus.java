package org.pystrade.core.domain.trading;

import java.time.Instant;
import org.pystrade.core.util.ArgChecker;

/**
 * The last known status of a production process.
 *
 * @param process the process's name
 * @param state its state
 * @param pid the operating system's process id, 0 if unknown
 * @param updated when the status was written
 * @param message free text (the failure), may be empty
 */
public record ProcessStatus(String process, ProcessState state, long pid, Instant updated, String message) {

  /**
   * Checks the arguments.
   *
   * @param process the process's name
   * @param state its state
   * @param pid the operating system's process id, 0 if unknown
   * @param updated when the status was written
   * @param message free text (the failure), may be empty
   */
  public ProcessStatus {
    ArgChecker.notBlank(process, "process");
    ArgChecker.notNull(state, "state");
    ArgChecker.isTrue(pid >= 0, "pid must not be negative but was {}", pid);
    ArgChecker.notNull(updated, "updated");
    ArgChecker.notNull(message, "message");
  }
}
