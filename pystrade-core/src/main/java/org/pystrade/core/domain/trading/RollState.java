package org.pystrade.core.domain.trading;

import java.util.List;

/**
 * pysystemtrade's roll states of an instrument, what each lets the order stacks trade, and which state may follow
 * which (pysystemtrade's {@code allowable_roll_state_from_current_and_position}: the next states depend on whether
 * anything is held in the priced contract; the first one listed is the one recommended).
 */
public enum RollState {
  /** No roll: trade the priced contract. */
  NO_ROLL("no rolling: only the priced contract is traded"),
  /** Passive roll: reduce in the priced contract, add in the forward contract. */
  PASSIVE("let the position roll naturally: trades that reduce go to the priced contract, the rest to the forward"),
  /** Force roll: roll the position with a spread order. */
  FORCE("roll the position as soon as possible with a spread order (no other trading meanwhile)"),
  /** Force roll with two outright orders instead of a spread. */
  FORCE_OUTRIGHT("roll the position as soon as possible with two outright orders (no other trading meanwhile)"),
  /** Close the position in the priced contract, open nothing. */
  CLOSE("only reducing trades, in the priced contract"),
  /** The roll is done: roll the adjusted prices. */
  ROLL_ADJUSTED("roll the adjusted prices from the priced to the forward contract, then back to no roll "
      + "(no trading meanwhile)");

  private final String explanation;

  RollState(String explanation) {
    this.explanation = explanation;
  }

  /**
   * What the state means for trading.
   *
   * @return one sentence
   */
  public String explanation() {
    return explanation;
  }

  /**
   * The states that may follow this one, the recommended first (pysystemtrade's transition table): with nothing
   * held in the priced contract the roll can complete ({@link #ROLL_ADJUSTED}); with a position there it cannot, and
   * {@link #ROLL_ADJUSTED} itself may then only stay.
   *
   * @param holdsPricedContract whether any position is held in the priced contract
   * @return the allowed next states, this one included where it may stay
   */
  public List<RollState> allowedNext(boolean holdsPricedContract) {
    if (!holdsPricedContract) {
      return switch (this) {
        case NO_ROLL, PASSIVE -> List.of(ROLL_ADJUSTED, PASSIVE, NO_ROLL);
        case FORCE, FORCE_OUTRIGHT, CLOSE -> List.of(ROLL_ADJUSTED, PASSIVE);
        case ROLL_ADJUSTED -> List.of(NO_ROLL);
      };
    }
    return switch (this) {
      case NO_ROLL -> List.of(PASSIVE, FORCE, FORCE_OUTRIGHT, NO_ROLL, CLOSE);
      case PASSIVE -> List.of(FORCE, FORCE_OUTRIGHT, PASSIVE, NO_ROLL, CLOSE);
      case FORCE, FORCE_OUTRIGHT -> List.of(FORCE, FORCE_OUTRIGHT, PASSIVE, NO_ROLL, CLOSE);
      case CLOSE -> List.of(CLOSE, FORCE, FORCE_OUTRIGHT, PASSIVE, NO_ROLL);
      case ROLL_ADJUSTED -> List.of(ROLL_ADJUSTED);
    };
  }

  /**
   * Whether a state may follow this one.
   *
   * @param next the state asked for
   * @param holdsPricedContract whether any position is held in the priced contract
   * @return true if the transition is allowed
   */
  public boolean allows(RollState next, boolean holdsPricedContract) {
    return allowedNext(holdsPricedContract).contains(next);
  }

  /**
   * Whether new instrument orders may trade in this state: not while a forced roll or the adjusted-price roll is
   * under way (the roll's own orders go first).
   *
   * @return true for {@link #NO_ROLL}, {@link #PASSIVE} and {@link #CLOSE} (reducing trades only)
   */
  public boolean allowsStrategyTrades() {
    return this == NO_ROLL || this == PASSIVE || this == CLOSE;
  }
}
