package org.pystrade.production;

import java.time.LocalDate;
import java.util.List;

/**
 * The rolls to trade on a day. The replay takes them from the multiple prices' roll dates; the roll state machine
 * of production (pysystemtrade's {@code interactive_update_roll_status}) is a later step and plugs in here.
 */
public interface RollPlan {

  /** No rolls. */
  RollPlan NONE = day -> List.of();

  /**
   * The rolls of a day.
   *
   * @param day the day
   * @return the rolls, at most one per instrument
   */
  List<Roll> rollsOn(LocalDate day);
}
