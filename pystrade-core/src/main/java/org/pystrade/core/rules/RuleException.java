package org.pystrade.core.rules;

import org.pystrade.core.domain.InstrumentCode;

/**
 * A trading rule's own code failed for an instrument (an exception thrown by the rule, or no forecast returned):
 * a bug in the rule, not bad data. It names the rule variation, its function and the instrument, and keeps the
 * rule's exception as its cause. Unlike a data failure it is never read as "this instrument has no usable data":
 * it stops the computation.
 */
public final class RuleException extends RuntimeException {

  private static final long serialVersionUID = 1L;

  /** The rule variation. */
  private final transient RuleName rule;
  /** The instrument. */
  private final transient InstrumentCode instrument;

  /**
   * Creates the exception.
   *
   * @param rule the rule variation
   * @param function the rule's function name or path
   * @param instrument the instrument
   * @param problem what went wrong
   * @param cause the rule's exception, or null
   */
  public RuleException(RuleName rule, String function, InstrumentCode instrument, String problem, Throwable cause) {
    super("trading rule '" + rule + "'" + (function.equals(rule.value()) ? "" : " (function " + function + ")")
        + " failed for instrument " + instrument + ": " + problem, cause);
    this.rule = rule;
    this.instrument = instrument;
  }

  /**
   * The rule variation that failed.
   *
   * @return the rule
   */
  public RuleName rule() {
    return rule;
  }

  /**
   * The instrument it failed for.
   *
   * @return the instrument
   */
  public InstrumentCode instrument() {
    return instrument;
  }
}
