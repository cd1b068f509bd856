package org.pystrade.production.control;

import org.pystrade.core.util.ArgChecker;

/**
 * A named process with its schedule.
 *
 * @param name its name (the key of its control record and run lock)
 * @param schedule when it runs
 * @param process what it does
 */
public record ScheduledProcess(String name, Schedule schedule, ProductionProcess process) {

  /**
   * Checks the arguments.
   *
   * @param name its name (the key of its control record and run lock)
   * @param schedule when it runs
   * @param process what it does
   */
  public ScheduledProcess {
    ArgChecker.notBlank(name, "name");
    ArgChecker.isTrue(name.matches("[A-Za-z0-9_.-]+"), "a process name is letters, digits, _ . - but was '{}'",
        name);
    ArgChecker.notNull(schedule, "schedule");
    ArgChecker.notNull(process, "process");
  }
}
