package org.pystrade.broker.orders;

import java.time.Instant;
import java.util.Optional;
import java.util.OptionalLong;
import org.pystrade.core.domain.Quantity;
import org.pystrade.core.domain.trading.InstrumentLock;
import org.pystrade.core.domain.trading.RollState;
import org.pystrade.core.domain.trading.StrategyName;
import org.pystrade.core.domain.trading.TradingOverride;
import org.pystrade.core.system.OptimalPosition;
import org.pystrade.core.util.ArgChecker;

/**
 * What a strategy order is made from: the strategy's optimal position and buffer in an instrument, the positions
 * held and the controls in force. Build with {@link #builder}.
 *
 * @param strategy the strategy
 * @param optimal the optimal position and buffer from the strategy's system
 * @param held the strategy's position held, whole
 * @param instrumentHeld the position of all strategies together in the instrument, whole
 * @param override the trading override in force
 * @param rollState the instrument's roll state
 * @param lock the lock on the instrument, if any
 * @param strategyPositionLimit the strategy's largest absolute position, if limited
 * @param instrumentPositionLimit the largest absolute position of all strategies together, if limited
 * @param tradeCapacity the contracts the trade limits still allow (the least over the limits that apply), if
 *     limited
 * @param now when the order is made
 */
public record StrategyOrderInputs(StrategyName strategy, OptimalPosition optimal, Quantity held,
    Quantity instrumentHeld, TradingOverride override, RollState rollState, Optional<InstrumentLock> lock,
    OptionalLong strategyPositionLimit, OptionalLong instrumentPositionLimit, OptionalLong tradeCapacity,
    Instant now) {

  /**
   * Checks the arguments.
   *
   * @param strategy the strategy
   * @param optimal the optimal position and buffer from the strategy's system
   * @param held the strategy's position held, whole
   * @param instrumentHeld the position of all strategies together in the instrument, whole
   * @param override the trading override in force
   * @param rollState the instrument's roll state
   * @param lock the lock on the instrument, if any
   * @param strategyPositionLimit the strategy's largest absolute position, if limited
   * @param instrumentPositionLimit the largest absolute position of all strategies together, if limited
   * @param tradeCapacity the contracts the trade limits still allow (the least over the limits that apply), if
   *         limited
   * @param now when the order is made
   */
  public StrategyOrderInputs {
    ArgChecker.notNull(strategy, "strategy");
    ArgChecker.notNull(optimal, "optimal");
    ArgChecker.notNull(held, "held");
    ArgChecker.isTrue(held.isWhole(), "held position must be whole: {}", held);
    ArgChecker.notNull(instrumentHeld, "instrumentHeld");
    ArgChecker.isTrue(instrumentHeld.isWhole(), "instrument position must be whole: {}", instrumentHeld);
    ArgChecker.notNull(override, "override");
    ArgChecker.notNull(rollState, "rollState");
    ArgChecker.notNull(lock, "lock");
    ArgChecker.isTrue(lock.isEmpty() || lock.get().instrument().equals(optimal.instrument()),
        "lock {} is not on {}", lock, optimal.instrument());
    for (OptionalLong l : new OptionalLong[] {strategyPositionLimit, instrumentPositionLimit, tradeCapacity}) {
      ArgChecker.notNull(l, "limit");
      ArgChecker.isTrue(l.isEmpty() || l.getAsLong() >= 0, "limits must not be negative: {}", l);
    }
    ArgChecker.notNull(now, "now");
  }

  /**
   * A builder: no override, no roll, no lock, no limit; the instrument's position that of the strategy.
   *
   * @param strategy the strategy
   * @param optimal the optimal position
   * @param held the strategy's position held
   * @param now the time
   * @return the builder
   */
  public static Builder builder(StrategyName strategy, OptimalPosition optimal, Quantity held, Instant now) {
    return new Builder(strategy, optimal, held, now);
  }

  /** Builds the inputs. */
  public static final class Builder {
    private final StrategyName strategy;
    private final OptimalPosition optimal;
    private final Quantity held;
    private final Instant now;
    private Quantity instrumentHeld;
    private TradingOverride override = TradingOverride.NONE;
    private RollState rollState = RollState.NO_ROLL;
    private InstrumentLock lock;
    private OptionalLong strategyLimit = OptionalLong.empty();
    private OptionalLong instrumentLimit = OptionalLong.empty();
    private OptionalLong tradeCapacity = OptionalLong.empty();

    private Builder(StrategyName strategy, OptimalPosition optimal, Quantity held, Instant now) {
      this.strategy = strategy;
      this.optimal = optimal;
      this.held = held;
      this.now = now;
      this.instrumentHeld = held;
    }

    /**
     * Sets the position of all strategies together.
     *
     * @param value the position
     * @return this builder
     */
    public Builder instrumentHeld(Quantity value) {
      this.instrumentHeld = value;
      return this;
    }

    /**
     * Sets the override in force.
     *
     * @param value the override
     * @return this builder
     */
    public Builder override(TradingOverride value) {
      this.override = value;
      return this;
    }

    /**
     * Sets the roll state.
     *
     * @param value the state
     * @return this builder
     */
    public Builder rollState(RollState value) {
      this.rollState = value;
      return this;
    }

    /**
     * Sets the lock.
     *
     * @param value the lock
     * @return this builder
     */
    public Builder lock(InstrumentLock value) {
      this.lock = value;
      return this;
    }

    /**
     * Sets the strategy's position limit.
     *
     * @param maxAbs the largest absolute position
     * @return this builder
     */
    public Builder strategyPositionLimit(long maxAbs) {
      this.strategyLimit = OptionalLong.of(maxAbs);
      return this;
    }

    /**
     * Sets the position limit of all strategies together.
     *
     * @param maxAbs the largest absolute position
     * @return this builder
     */
    public Builder instrumentPositionLimit(long maxAbs) {
      this.instrumentLimit = OptionalLong.of(maxAbs);
      return this;
    }

    /**
     * Sets what the trade limits still allow.
     *
     * @param contracts the contracts
     * @return this builder
     */
    public Builder tradeCapacity(long contracts) {
      this.tradeCapacity = OptionalLong.of(contracts);
      return this;
    }

    /**
     * Builds the inputs.
     *
     * @return the inputs
     */
    public StrategyOrderInputs build() {
      return new StrategyOrderInputs(strategy, optimal, held, instrumentHeld, override, rollState,
          Optional.ofNullable(lock), strategyLimit, instrumentLimit, tradeCapacity, now);
    }
  }
}
