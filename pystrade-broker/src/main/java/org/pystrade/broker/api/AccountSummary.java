package org.pystrade.broker.api;

import java.util.Collections;
import java.util.Map;
import java.util.TreeMap;
import org.pystrade.core.domain.Currency;
import org.pystrade.core.domain.Money;
import org.pystrade.core.util.ArgChecker;

/**
 * The values of a broker account.
 *
 * @param account the account's id
 * @param netLiquidation what the account is worth, in its base currency
 * @param cash cash per currency (the base currency included), in currency order
 * @param initialMargin the initial margin required, in the base currency
 * @param maintenanceMargin the maintenance margin required, in the base currency
 * @param availableFunds funds available for new positions, in the base currency
 */
public record AccountSummary(String account, Money netLiquidation, Map<Currency, Money> cash, Money initialMargin,
    Money maintenanceMargin, Money availableFunds) {

  /**
   * Checks every part; the margins and funds are in the currency of the net liquidation value.
   *
   * @param account the account's id
   * @param netLiquidation what the account is worth, in its base currency
   * @param cash cash per currency (the base currency included), in currency order
   * @param initialMargin the initial margin required, in the base currency
   * @param maintenanceMargin the maintenance margin required, in the base currency
   * @param availableFunds funds available for new positions, in the base currency
   */
  public AccountSummary {
    ArgChecker.notBlank(account, "account");
    ArgChecker.notNull(netLiquidation, "netLiquidation");
    cash = Collections.unmodifiableMap(new TreeMap<>(ArgChecker.notNull(cash, "cash")));
    for (Map.Entry<Currency, Money> e : cash.entrySet()) {
      ArgChecker.isTrue(e.getKey().equals(e.getValue().currency()), "cash {} is filed under {}", e.getValue(),
          e.getKey());
    }
    for (Money m : new Money[] {initialMargin, maintenanceMargin, availableFunds}) {
      ArgChecker.notNull(m, "margin");
      ArgChecker.isTrue(m.currency().equals(netLiquidation.currency()), "{} is not in the base currency {}", m,
          netLiquidation.currency());
    }
  }

  /**
   * The base currency.
   *
   * @return the currency of the net liquidation value
   */
  public Currency baseCurrency() {
    return netLiquidation.currency();
  }

  /**
   * A new builder.
   *
   * @param account the account's id
   * @param base the base currency; margins default to zero in it
   * @return the builder
   */
  public static Builder builder(String account, Currency base) {
    return new Builder(account, base);
  }

  /** Builds an {@link AccountSummary}. */
  public static final class Builder {
    private final String account;
    private Money netLiquidation;
    private final Map<Currency, Money> cash = new TreeMap<>();
    private Money initialMargin;
    private Money maintenanceMargin;
    private Money availableFunds;

    private Builder(String account, Currency base) {
      this.account = account;
      Money zero = Money.of(0, base);
      this.netLiquidation = zero;
      this.initialMargin = zero;
      this.maintenanceMargin = zero;
      this.availableFunds = zero;
    }

    /**
     * Sets the net liquidation value.
     *
     * @param value in the base currency
     * @return this builder
     */
    public Builder netLiquidation(Money value) {
      this.netLiquidation = value;
      return this;
    }

    /**
     * Sets the cash in one currency.
     *
     * @param value the cash
     * @return this builder
     */
    public Builder cash(Money value) {
      cash.put(value.currency(), value);
      return this;
    }

    /**
     * Sets the initial margin.
     *
     * @param value in the base currency
     * @return this builder
     */
    public Builder initialMargin(Money value) {
      this.initialMargin = value;
      return this;
    }

    /**
     * Sets the maintenance margin.
     *
     * @param value in the base currency
     * @return this builder
     */
    public Builder maintenanceMargin(Money value) {
      this.maintenanceMargin = value;
      return this;
    }

    /**
     * Sets the available funds.
     *
     * @param value in the base currency
     * @return this builder
     */
    public Builder availableFunds(Money value) {
      this.availableFunds = value;
      return this;
    }

    /**
     * Builds the summary.
     *
     * @return the summary
     */
    public AccountSummary build() {
      return new AccountSummary(account, netLiquidation, cash, initialMargin, maintenanceMargin, availableFunds);
    }
  }
}
