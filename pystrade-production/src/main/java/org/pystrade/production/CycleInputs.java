package org.pystrade.production;

import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;
import org.pystrade.broker.api.Broker;
import org.pystrade.core.domain.trading.CapitalMode;
import org.pystrade.core.domain.trading.StrategyName;
import org.pystrade.core.util.ArgChecker;
import org.pystrade.data.production.ProductionStore;
import org.pystrade.production.execution.ExecutionAlgorithm;
import org.pystrade.production.execution.ExecutionClock;
import org.pystrade.production.strategy.PositionSource;

/**
 * What the daily cycle works with. Build with {@link #builder}.
 *
 * @param store the state store
 * @param broker the broker, connected
 * @param clock the time execution works in
 * @param algorithm how broker orders are worked
 * @param strategies the position source of each strategy to run (strategies of the store without one are not run)
 * @param contracts the priced and forward contracts of each day
 * @param rolls the rolls of each day
 * @param reconciliation the reconciliation step
 * @param capitalMode how the total capital follows the broker's account value
 * @param capitalCheckLimit the largest relative change of the account value applied without a manual check
 * @param requestTimeout how long a broker request may take
 */
public record CycleInputs(ProductionStore store, Broker broker, ExecutionClock clock, ExecutionAlgorithm algorithm,
    Map<StrategyName, PositionSource> strategies, ContractSource contracts, RollPlan rolls,
    Reconciliation reconciliation, CapitalMode capitalMode, double capitalCheckLimit, Duration requestTimeout) {

  /**
   * Checks every part.
   *
   * @param store the state store
   * @param broker the broker, connected
   * @param clock the time execution works in
   * @param algorithm how broker orders are worked
   * @param strategies the position source of each strategy to run (strategies of the store without one are not run)
   * @param contracts the priced and forward contracts of each day
   * @param rolls the rolls of each day
   * @param reconciliation the reconciliation step
   * @param capitalMode how the total capital follows the broker's account value
   * @param capitalCheckLimit the largest relative change of the account value applied without a manual check
   * @param requestTimeout how long a broker request may take
   */
  public CycleInputs {
    ArgChecker.notNull(store, "store");
    ArgChecker.notNull(broker, "broker");
    ArgChecker.notNull(clock, "clock");
    ArgChecker.notNull(algorithm, "algorithm");
    ArgChecker.notNull(strategies, "strategies");
    ArgChecker.isTrue(!strategies.isEmpty(), "the cycle needs at least one strategy");
    strategies = Map.copyOf(strategies);
    ArgChecker.notNull(contracts, "contracts");
    ArgChecker.notNull(rolls, "rolls");
    ArgChecker.notNull(reconciliation, "reconciliation");
    ArgChecker.notNull(capitalMode, "capitalMode");
    ArgChecker.isTrue(capitalCheckLimit > 0 && Double.isFinite(capitalCheckLimit),
        "capital check limit must be positive but was {}", capitalCheckLimit);
    ArgChecker.notNull(requestTimeout, "requestTimeout");
    ArgChecker.isTrue(!requestTimeout.isNegative() && !requestTimeout.isZero(),
        "request timeout must be positive but was {}", requestTimeout);
  }

  /**
   * A builder: market orders, no rolls, no reconciliation, fixed capital with pysystemtrade's 10% check limit,
   * 30 s per broker request.
   *
   * @param store the store
   * @param broker the broker
   * @param clock the clock
   * @param contracts the contracts of each day
   * @return the builder
   */
  public static Builder builder(ProductionStore store, Broker broker, ExecutionClock clock,
      ContractSource contracts) {
    return new Builder(store, broker, clock, contracts);
  }

  /** Builds the inputs. */
  public static final class Builder {
    private final ProductionStore store;
    private final Broker broker;
    private final ExecutionClock clock;
    private final ContractSource contracts;
    private final Map<StrategyName, PositionSource> strategies = new LinkedHashMap<>();
    private ExecutionAlgorithm algorithm = ExecutionAlgorithm.market();
    private RollPlan rolls = RollPlan.NONE;
    private Reconciliation reconciliation = Reconciliation.NONE;
    private CapitalMode capitalMode = CapitalMode.FIXED;
    private double capitalCheckLimit = 0.1;
    private Duration requestTimeout = Duration.ofSeconds(30);

    private Builder(ProductionStore store, Broker broker, ExecutionClock clock, ContractSource contracts) {
      this.store = store;
      this.broker = broker;
      this.clock = clock;
      this.contracts = contracts;
    }

    /**
     * Adds a strategy.
     *
     * @param name its name in the store
     * @param positions where its optimal positions come from
     * @return this builder
     */
    public Builder strategy(StrategyName name, PositionSource positions) {
      ArgChecker.notNull(name, "name");
      ArgChecker.notNull(positions, "positions");
      strategies.put(name, positions);
      return this;
    }

    /**
     * Sets the execution algorithm.
     *
     * @param value the algorithm
     * @return this builder
     */
    public Builder algorithm(ExecutionAlgorithm value) {
      this.algorithm = value;
      return this;
    }

    /**
     * Sets the rolls.
     *
     * @param value the roll plan
     * @return this builder
     */
    public Builder rolls(RollPlan value) {
      this.rolls = value;
      return this;
    }

    /**
     * Sets the reconciliation step.
     *
     * @param value the step
     * @return this builder
     */
    public Builder reconciliation(Reconciliation value) {
      this.reconciliation = value;
      return this;
    }

    /**
     * Sets the capital mode and check limit.
     *
     * @param mode the mode
     * @param checkLimit the largest relative change applied without a manual check
     * @return this builder
     */
    public Builder capital(CapitalMode mode, double checkLimit) {
      this.capitalMode = mode;
      this.capitalCheckLimit = checkLimit;
      return this;
    }

    /**
     * Sets how long a broker request may take.
     *
     * @param value the timeout
     * @return this builder
     */
    public Builder requestTimeout(Duration value) {
      this.requestTimeout = value;
      return this;
    }

    /**
     * Builds the inputs.
     *
     * @return the inputs
     */
    public CycleInputs build() {
      return new CycleInputs(store, broker, clock, algorithm, strategies, contracts, rolls, reconciliation,
          capitalMode, capitalCheckLimit, requestTimeout);
    }
  }
}
