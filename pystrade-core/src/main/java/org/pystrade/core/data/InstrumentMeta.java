package org.pystrade.core.data;

import java.util.Optional;
import org.pystrade.core.domain.Currency;
import org.pystrade.core.domain.InstrumentCode;
import org.pystrade.core.domain.RollParameters;
import org.pystrade.core.util.ArgChecker;

/**
 * Static facts of an instrument, as in pysystemtrade's {@code instrumentconfig.csv}, {@code spreadcosts.csv} and
 * {@code rollconfig.csv}.
 *
 * @param code the instrument
 * @param description free text
 * @param pointSize value of a one-point price move of one contract, in the instrument's currency (&gt; 0)
 * @param currency the currency of prices ({@code USD}, {@code EUR}, pysystemtrade's {@code MXP})
 * @param assetClass asset class name ({@code "Bond"}, {@code "Equity"}...)
 * @param perBlock commission per contract, instrument currency
 * @param percentage commission as a fraction of notional value
 * @param perTrade commission per trade, instrument currency
 * @param region region name
 * @param spreadCost pysystemtrade's {@code SpreadCost}: the bid/ask spread in price points
 * @param rollParameters the roll configuration, if known
 */
public record InstrumentMeta(InstrumentCode code, String description, double pointSize, Currency currency,
    String assetClass, double perBlock, double percentage, double perTrade, String region, double spreadCost,
    Optional<RollParameters> rollParameters) {

  /**
   * Validates the facts.
   *
   * @param code the instrument
   * @param description free text
   * @param pointSize value of a one-point price move of one contract, in the instrument's currency (&gt; 0)
   * @param currency the currency of prices ({@code USD}, {@code EUR}, pysystemtrade's {@code MXP})
   * @param assetClass asset class name ({@code "Bond"}, {@code "Equity"}...)
   * @param perBlock commission per contract, instrument currency
   * @param percentage commission as a fraction of notional value
   * @param perTrade commission per trade, instrument currency
   * @param region region name
   * @param spreadCost pysystemtrade's {@code SpreadCost}: the bid/ask spread in price points
   * @param rollParameters the roll configuration, if known
   */
  public InstrumentMeta {
    ArgChecker.notNull(code, "code");
    description = description == null ? "" : description;
    ArgChecker.positive(pointSize, "pointSize of " + code);
    ArgChecker.notNull(currency, "currency of " + code);
    assetClass = assetClass == null ? "" : assetClass;
    region = region == null ? "" : region;
    ArgChecker.notNegative(perBlock, "perBlock of " + code);
    ArgChecker.notNegative(percentage, "percentage of " + code);
    ArgChecker.notNegative(perTrade, "perTrade of " + code);
    ArgChecker.notNegative(spreadCost, "spreadCost of " + code);
    rollParameters = rollParameters == null ? Optional.empty() : rollParameters;
  }

  /**
   * A builder.
   *
   * @param code the instrument
   * @return a builder with zero costs and no roll parameters
   */
  public static Builder builder(InstrumentCode code) {
    return new Builder(code);
  }

  /** Builder of {@link InstrumentMeta}. */
  public static final class Builder {
    private final InstrumentCode code;
    private String description = "";
    private double pointSize = 1;
    private Currency currency = Currency.USD;
    private String assetClass = "";
    private double perBlock;
    private double percentage;
    private double perTrade;
    private String region = "";
    private double spreadCost;
    private RollParameters rollParameters;

    private Builder(InstrumentCode code) {
      this.code = ArgChecker.notNull(code, "code");
    }

    /**
     * Sets the description.
     *
     * @param v text
     * @return this
     */
    public Builder description(String v) {
      this.description = v;
      return this;
    }

    /**
     * Sets the point size.
     *
     * @param v value of one point, instrument currency
     * @return this
     */
    public Builder pointSize(double v) {
      this.pointSize = v;
      return this;
    }

    /**
     * Sets the currency.
     *
     * @param v currency code
     * @return this
     */
    public Builder currency(String v) {
      return currency(Currency.of(v));
    }

    /**
     * Sets the currency.
     *
     * @param v the currency
     * @return this
     */
    public Builder currency(Currency v) {
      this.currency = v;
      return this;
    }

    /**
     * Sets the asset class.
     *
     * @param v asset class
     * @return this
     */
    public Builder assetClass(String v) {
      this.assetClass = v;
      return this;
    }

    /**
     * Sets the per-block commission.
     *
     * @param v commission per contract
     * @return this
     */
    public Builder perBlock(double v) {
      this.perBlock = v;
      return this;
    }

    /**
     * Sets the percentage commission.
     *
     * @param v fraction of notional
     * @return this
     */
    public Builder percentage(double v) {
      this.percentage = v;
      return this;
    }

    /**
     * Sets the per-trade commission.
     *
     * @param v commission per trade
     * @return this
     */
    public Builder perTrade(double v) {
      this.perTrade = v;
      return this;
    }

    /**
     * Sets the region.
     *
     * @param v region
     * @return this
     */
    public Builder region(String v) {
      this.region = v;
      return this;
    }

    /**
     * Sets the spread cost.
     *
     * @param v price points
     * @return this
     */
    public Builder spreadCost(double v) {
      this.spreadCost = v;
      return this;
    }

    /**
     * Sets the roll parameters.
     *
     * @param v roll parameters
     * @return this
     */
    public Builder rollParameters(RollParameters v) {
      this.rollParameters = v;
      return this;
    }

    /**
     * Builds the metadata.
     *
     * @return the metadata
     */
    public InstrumentMeta build() {
      return new InstrumentMeta(code, description, pointSize, currency, assetClass, perBlock, percentage, perTrade,
          region, spreadCost, Optional.ofNullable(rollParameters));
    }
  }
}
