package org.pystrade.data.store;

import org.pystrade.core.domain.Currency;
import org.pystrade.core.domain.InstrumentCode;
import org.pystrade.core.util.ArgChecker;

/**
 * One row of pysystemtrade's instrument configuration ({@code instrumentconfig.csv}: {@code Instrument,
 * Description, Pointsize, Currency, AssetClass, PerBlock, Percentage, PerTrade, Region}), as stored: a number may be
 * NaN (an empty cell), text may be empty. What a backtest makes of it ({@link org.pystrade.core.data.InstrumentMeta})
 * is decided by {@link StoreSimData}.
 *
 * @param instrument the instrument
 * @param description free text
 * @param pointSize value of a one-point move of one contract; NaN if empty
 * @param currency the currency of prices
 * @param assetClass the asset class
 * @param perBlock commission per contract; NaN if empty
 * @param percentage commission as a fraction of notional; NaN if empty
 * @param perTrade commission per trade; NaN if empty
 * @param region the region
 */
public record InstrumentConfig(InstrumentCode instrument, String description, double pointSize, Currency currency,
    String assetClass, double perBlock, double percentage, double perTrade, String region) {

  /**
   * Checks that the instrument and currency are given; null text is empty.
   *
   * @param instrument the instrument
   * @param description free text
   * @param pointSize value of a one-point move of one contract; NaN if empty
   * @param currency the currency of prices
   * @param assetClass the asset class
   * @param perBlock commission per contract; NaN if empty
   * @param percentage commission as a fraction of notional; NaN if empty
   * @param perTrade commission per trade; NaN if empty
   * @param region the region
   */
  public InstrumentConfig {
    ArgChecker.notNull(instrument, "instrument");
    ArgChecker.notNull(currency, "currency");
    description = description == null ? "" : description;
    assetClass = assetClass == null ? "" : assetClass;
    region = region == null ? "" : region;
  }

  /**
   * A builder.
   *
   * @param instrument the instrument
   * @return a builder: empty text, point size 1, USD, zero costs
   */
  public static Builder builder(InstrumentCode instrument) {
    return new Builder(instrument);
  }

  /** Builder of {@link InstrumentConfig}. */
  public static final class Builder {
    private final InstrumentCode instrument;
    private String description = "";
    private double pointSize = 1;
    private Currency currency = Currency.USD;
    private String assetClass = "";
    private double perBlock;
    private double percentage;
    private double perTrade;
    private String region = "";

    private Builder(InstrumentCode instrument) {
      this.instrument = ArgChecker.notNull(instrument, "instrument");
    }

    /**
     * Sets the description.
     *
     * @param v the text
     * @return this
     */
    public Builder description(String v) {
      description = v;
      return this;
    }

    /**
     * Sets the point size.
     *
     * @param v the value of one point
     * @return this
     */
    public Builder pointSize(double v) {
      pointSize = v;
      return this;
    }

    /**
     * Sets the currency.
     *
     * @param v the currency
     * @return this
     */
    public Builder currency(Currency v) {
      currency = v;
      return this;
    }

    /**
     * Sets the asset class.
     *
     * @param v the asset class
     * @return this
     */
    public Builder assetClass(String v) {
      assetClass = v;
      return this;
    }

    /**
     * Sets the commission per contract.
     *
     * @param v the commission
     * @return this
     */
    public Builder perBlock(double v) {
      perBlock = v;
      return this;
    }

    /**
     * Sets the commission as a fraction of notional.
     *
     * @param v the fraction
     * @return this
     */
    public Builder percentage(double v) {
      percentage = v;
      return this;
    }

    /**
     * Sets the commission per trade.
     *
     * @param v the commission
     * @return this
     */
    public Builder perTrade(double v) {
      perTrade = v;
      return this;
    }

    /**
     * Sets the region.
     *
     * @param v the region
     * @return this
     */
    public Builder region(String v) {
      region = v;
      return this;
    }

    /**
     * Builds the row.
     *
     * @return the row
     */
    public InstrumentConfig build() {
      return new InstrumentConfig(instrument, description, pointSize, currency, assetClass, perBlock, percentage,
          perTrade, region);
    }
  }
}
