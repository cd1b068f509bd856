package org.pystrade.broker.sim;

import java.time.Duration;
import org.pystrade.core.domain.Money;
import org.pystrade.core.util.ArgChecker;

/**
 * How the simulated broker behaves.
 *
 * @param account the account id it reports
 * @param initialCash the cash the account starts with; its currency is the account's base currency
 * @param seed the seed of the random choices (partial fills, random rejects)
 * @param latency how long after it is placed an order can first trade: it fills at the first price after
 *     {@code placed + latency}
 * @param slippageFactor slippage per contract as a multiple of the instrument's spread cost (pysystemtrade's
 *     {@code SpreadCost}, half the bid-ask spread): 1 by default, 0 fills at the price itself
 * @param partialFillProbability the chance that a price fills only part of an order of more than one contract
 *     (the rest fills at later prices); 0 by default
 * @param rejectProbability the chance that an order is rejected at once; 0 by default
 * @param maxOrderSize orders of more contracts (or FX units) than this are rejected (as a broker's size limit)
 * @param quoteSize the size the simulated quotes show at bid and ask
 * @param fxHalfSpread half the bid-ask spread of FX, as a fraction of the rate (slippage of FX trades)
 * @param fxCommissionRate the commission of FX trades as a fraction of the traded value (in the quote currency)
 * @param marginFraction initial margin as a fraction of the notional value of the futures positions (maintenance
 *     margin is 80% of it)
 */
public record SimSettings(String account, Money initialCash, long seed, Duration latency, double slippageFactor,
    double partialFillProbability, double rejectProbability, long maxOrderSize, double quoteSize,
    double fxHalfSpread, double fxCommissionRate, double marginFraction) {

  /**
   * Checks every part.
   *
   * @param account the account id it reports
   * @param initialCash the cash the account starts with; its currency is the account's base currency
   * @param seed the seed of the random choices (partial fills, random rejects)
   * @param latency how long after it is placed an order can first trade: it fills at the first price after
   *         {@code placed + latency}
   * @param slippageFactor slippage per contract as a multiple of the instrument's spread cost (pysystemtrade's
   *         {@code SpreadCost}, half the bid-ask spread): 1 by default, 0 fills at the price itself
   * @param partialFillProbability the chance that a price fills only part of an order of more than one contract
   *         (the rest fills at later prices); 0 by default
   * @param rejectProbability the chance that an order is rejected at once; 0 by default
   * @param maxOrderSize orders of more contracts (or FX units) than this are rejected (as a broker's size limit)
   * @param quoteSize the size the simulated quotes show at bid and ask
   * @param fxHalfSpread half the bid-ask spread of FX, as a fraction of the rate (slippage of FX trades)
   * @param fxCommissionRate the commission of FX trades as a fraction of the traded value (in the quote currency)
   * @param marginFraction initial margin as a fraction of the notional value of the futures positions (maintenance
   *         margin is 80% of it)
   */
  public SimSettings {
    ArgChecker.notBlank(account, "account");
    ArgChecker.notNull(initialCash, "initialCash");
    ArgChecker.notNull(latency, "latency");
    ArgChecker.isTrue(!latency.isNegative(), "latency must not be negative but was {}", latency);
    ArgChecker.isTrue(slippageFactor >= 0 && Double.isFinite(slippageFactor), "slippage factor must be >= 0: {}",
        slippageFactor);
    ArgChecker.inRange(partialFillProbability, 0, 1, "partialFillProbability");
    ArgChecker.inRange(rejectProbability, 0, 1, "rejectProbability");
    ArgChecker.isTrue(maxOrderSize > 0, "maxOrderSize must be > 0 but was {}", maxOrderSize);
    ArgChecker.isTrue(quoteSize > 0, "quoteSize must be > 0 but was {}", quoteSize);
    ArgChecker.inRange(fxHalfSpread, 0, 0.1, "fxHalfSpread");
    ArgChecker.inRange(fxCommissionRate, 0, 0.1, "fxCommissionRate");
    ArgChecker.inRange(marginFraction, 0, 1, "marginFraction");
  }

  /**
   * A builder with the defaults: account {@code SIM001}, 1,000,000 USD, seed 1, no latency, slippage of one spread
   * cost, no partial fills, no random rejects, orders up to 1,000,000 units, quotes of 10, FX half-spread 0.005%,
   * FX commission 0.002%, margin 10%.
   *
   * @return the builder
   */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * The defaults.
   *
   * @return {@code builder().build()}
   */
  public static SimSettings defaults() {
    return builder().build();
  }

  /** Builds {@link SimSettings}. */
  public static final class Builder {
    private String account = "SIM001";
    private Money initialCash = Money.of(1_000_000, "USD");
    private long seed = 1;
    private Duration latency = Duration.ZERO;
    private double slippageFactor = 1;
    private double partialFillProbability;
    private double rejectProbability;
    private long maxOrderSize = 1_000_000;
    private double quoteSize = 10;
    private double fxHalfSpread = 0.00005;
    private double fxCommissionRate = 0.00002;
    private double marginFraction = 0.1;

    private Builder() {
    }

    /**
     * Sets the account id.
     *
     * @param value the id
     * @return this builder
     */
    public Builder account(String value) {
      this.account = value;
      return this;
    }

    /**
     * Sets the initial cash, and so the base currency.
     *
     * @param value the cash
     * @return this builder
     */
    public Builder initialCash(Money value) {
      this.initialCash = value;
      return this;
    }

    /**
     * Sets the seed.
     *
     * @param value the seed
     * @return this builder
     */
    public Builder seed(long value) {
      this.seed = value;
      return this;
    }

    /**
     * Sets the latency.
     *
     * @param value the latency
     * @return this builder
     */
    public Builder latency(Duration value) {
      this.latency = value;
      return this;
    }

    /**
     * Sets the slippage as a multiple of the spread cost.
     *
     * @param value the factor
     * @return this builder
     */
    public Builder slippageFactor(double value) {
      this.slippageFactor = value;
      return this;
    }

    /**
     * Sets the chance of a partial fill.
     *
     * @param value 0 to 1
     * @return this builder
     */
    public Builder partialFillProbability(double value) {
      this.partialFillProbability = value;
      return this;
    }

    /**
     * Sets the chance of a random reject.
     *
     * @param value 0 to 1
     * @return this builder
     */
    public Builder rejectProbability(double value) {
      this.rejectProbability = value;
      return this;
    }

    /**
     * Sets the largest order accepted.
     *
     * @param value contracts or FX units
     * @return this builder
     */
    public Builder maxOrderSize(long value) {
      this.maxOrderSize = value;
      return this;
    }

    /**
     * Sets the quote size.
     *
     * @param value the size
     * @return this builder
     */
    public Builder quoteSize(double value) {
      this.quoteSize = value;
      return this;
    }

    /**
     * Sets the FX half-spread.
     *
     * @param value a fraction of the rate
     * @return this builder
     */
    public Builder fxHalfSpread(double value) {
      this.fxHalfSpread = value;
      return this;
    }

    /**
     * Sets the FX commission rate.
     *
     * @param value a fraction of the traded value
     * @return this builder
     */
    public Builder fxCommissionRate(double value) {
      this.fxCommissionRate = value;
      return this;
    }

    /**
     * Sets the margin fraction.
     *
     * @param value a fraction of notional
     * @return this builder
     */
    public Builder marginFraction(double value) {
      this.marginFraction = value;
      return this;
    }

    /**
     * Builds the settings.
     *
     * @return the settings
     */
    public SimSettings build() {
      return new SimSettings(account, initialCash, seed, latency, slippageFactor, partialFillProbability,
          rejectProbability, maxOrderSize, quoteSize, fxHalfSpread, fxCommissionRate, marginFraction);
    }
  }
}
