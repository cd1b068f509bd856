package org.pystrade.production.report;

import java.time.LocalDate;
import java.util.Map;
import java.util.Optional;
import org.pystrade.core.domain.ContractDate;
import org.pystrade.core.domain.Currency;
import org.pystrade.core.domain.InstrumentCode;
import org.pystrade.core.util.ArgChecker;

/**
 * What the reports need to know about an instrument on a day: its configuration, prices, volatility, weight in the
 * reference system and volumes. NaN means not known.
 *
 * @param instrument the instrument
 * @param assetClass its asset class (empty if not configured)
 * @param currency the currency of its prices
 * @param pointSize the value of one price point of one contract (the multiplier), &gt; 0
 * @param fxRate the rate from its currency to the base currency on the day
 * @param price the price of the priced contract on the day
 * @param pricedContract the priced (current) contract
 * @param forwardContract the forward (next) contract, if known
 * @param pricedExpiry the priced contract's (approximate) expiry, if known
 * @param forwardExpiry the forward contract's (approximate) expiry, if known
 * @param lastPriceDate the day of the last price of the instrument, if any
 * @param annualVolatility the annualised percentage volatility of its returns, as a fraction (0.2 = 20%)
 * @param spreadCost the configured slippage per contract, half the bid-ask spread, in price points
 * @param perBlock the configured commission per contract
 * @param percentage the configured commission as a fraction of the traded value
 * @param perTrade the configured minimum commission per trade
 * @param instrumentWeight its instrument weight in the reference system
 * @param averageVolumes the average daily volume (contracts) of contracts where known
 */
public record InstrumentFacts(InstrumentCode instrument, String assetClass, Currency currency, double pointSize,
    double fxRate, double price, ContractDate pricedContract, Optional<ContractDate> forwardContract,
    Optional<LocalDate> pricedExpiry, Optional<LocalDate> forwardExpiry, Optional<LocalDate> lastPriceDate,
    double annualVolatility, double spreadCost, double perBlock, double percentage, double perTrade,
    double instrumentWeight, Map<ContractDate, Double> averageVolumes) {

  /**
   * Checks the arguments.
   *
   * @param instrument the instrument
   * @param assetClass its asset class (empty if not configured)
   * @param currency the currency of its prices
   * @param pointSize the value of one price point of one contract (the multiplier), &gt; 0
   * @param fxRate the rate from its currency to the base currency on the day
   * @param price the price of the priced contract on the day
   * @param pricedContract the priced (current) contract
   * @param forwardContract the forward (next) contract, if known
   * @param pricedExpiry the priced contract's (approximate) expiry, if known
   * @param forwardExpiry the forward contract's (approximate) expiry, if known
   * @param lastPriceDate the day of the last price of the instrument, if any
   * @param annualVolatility the annualised percentage volatility of its returns, as a fraction (0.2 = 20%)
   * @param spreadCost the configured slippage per contract, half the bid-ask spread, in price points
   * @param perBlock the configured commission per contract
   * @param percentage the configured commission as a fraction of the traded value
   * @param perTrade the configured minimum commission per trade
   * @param instrumentWeight its instrument weight in the reference system
   * @param averageVolumes the average daily volume (contracts) of contracts where known
   */
  public InstrumentFacts {
    ArgChecker.notNull(instrument, "instrument");
    assetClass = assetClass == null ? "" : assetClass;
    ArgChecker.notNull(currency, "currency");
    ArgChecker.positive(pointSize, "pointSize");
    ArgChecker.notNull(pricedContract, "pricedContract");
    ArgChecker.notNull(forwardContract, "forwardContract");
    ArgChecker.notNull(pricedExpiry, "pricedExpiry");
    ArgChecker.notNull(forwardExpiry, "forwardExpiry");
    ArgChecker.notNull(lastPriceDate, "lastPriceDate");
    averageVolumes = Map.copyOf(ArgChecker.notNull(averageVolumes, "averageVolumes"));
  }

  /**
   * A builder with every number not known and no forward contract, expiry or volume.
   *
   * @param instrument the instrument
   * @param currency the currency of its prices
   * @param pointSize the multiplier
   * @param pricedContract the priced contract
   * @return the builder
   */
  public static Builder builder(InstrumentCode instrument, Currency currency, double pointSize,
      ContractDate pricedContract) {
    return new Builder(instrument, currency, pointSize, pricedContract);
  }

  /**
   * The average daily volume of a contract.
   *
   * @param contract the contract
   * @return the volume, NaN if not known
   */
  public double averageVolume(ContractDate contract) {
    return averageVolumes.getOrDefault(contract, Double.NaN);
  }

  /**
   * The annualised risk of one contract in the base currency: price x multiplier x FX x volatility.
   *
   * @return the risk, NaN if a part is not known
   */
  public double annualRiskPerContract() {
    return price * pointSize * fxRate * annualVolatility;
  }

  /**
   * The configured commission of a trade, as pysystemtrade charges it: the largest of the per-contract, percentage
   * and per-trade commissions.
   *
   * @param contracts the number of contracts traded
   * @param tradePrice the price traded
   * @return the commission in the instrument's currency
   */
  public double configuredCommission(double contracts, double tradePrice) {
    double blocks = Math.abs(contracts);
    return Math.max(Math.max(perBlock * blocks, percentage * blocks * Math.abs(tradePrice) * pointSize), perTrade);
  }

  /** Builds {@link InstrumentFacts}. */
  public static final class Builder {
    private final InstrumentCode instrument;
    private final Currency currency;
    private final double pointSize;
    private final ContractDate pricedContract;
    private String assetClass = "";
    private double fxRate = Double.NaN;
    private double price = Double.NaN;
    private ContractDate forwardContract;
    private LocalDate pricedExpiry;
    private LocalDate forwardExpiry;
    private LocalDate lastPriceDate;
    private double annualVolatility = Double.NaN;
    private double spreadCost = Double.NaN;
    private double perBlock;
    private double percentage;
    private double perTrade;
    private double instrumentWeight = Double.NaN;
    private Map<ContractDate, Double> averageVolumes = Map.of();

    private Builder(InstrumentCode instrument, Currency currency, double pointSize, ContractDate pricedContract) {
      this.instrument = instrument;
      this.currency = currency;
      this.pointSize = pointSize;
      this.pricedContract = pricedContract;
    }

    /**
     * Sets the asset class.
     *
     * @param value the asset class
     * @return this builder
     */
    public Builder assetClass(String value) {
      this.assetClass = value;
      return this;
    }

    /**
     * Sets the price of the priced contract and the FX rate to the base currency on the day.
     *
     * @param priceValue the price
     * @param fx the FX rate
     * @return this builder
     */
    public Builder price(double priceValue, double fx) {
      this.price = priceValue;
      this.fxRate = fx;
      return this;
    }

    /**
     * Sets the forward contract.
     *
     * @param value the forward contract, null if none
     * @return this builder
     */
    public Builder forwardContract(ContractDate value) {
      this.forwardContract = value;
      return this;
    }

    /**
     * Sets the expiries.
     *
     * @param priced the priced contract's, null if not known
     * @param forward the forward contract's, null if not known
     * @return this builder
     */
    public Builder expiries(LocalDate priced, LocalDate forward) {
      this.pricedExpiry = priced;
      this.forwardExpiry = forward;
      return this;
    }

    /**
     * Sets the day of the last price.
     *
     * @param value the day, null if none
     * @return this builder
     */
    public Builder lastPriceDate(LocalDate value) {
      this.lastPriceDate = value;
      return this;
    }

    /**
     * Sets the annualised volatility.
     *
     * @param value a fraction
     * @return this builder
     */
    public Builder annualVolatility(double value) {
      this.annualVolatility = value;
      return this;
    }

    /**
     * Sets the configured costs.
     *
     * @param spread the slippage per contract in price points (half the spread)
     * @param block commission per contract
     * @param percent commission as a fraction of value
     * @param trade minimum commission per trade
     * @return this builder
     */
    public Builder costs(double spread, double block, double percent, double trade) {
      this.spreadCost = spread;
      this.perBlock = block;
      this.percentage = percent;
      this.perTrade = trade;
      return this;
    }

    /**
     * Sets the instrument weight.
     *
     * @param value the weight
     * @return this builder
     */
    public Builder instrumentWeight(double value) {
      this.instrumentWeight = value;
      return this;
    }

    /**
     * Sets the average daily volumes.
     *
     * @param value volume by contract
     * @return this builder
     */
    public Builder averageVolumes(Map<ContractDate, Double> value) {
      this.averageVolumes = value;
      return this;
    }

    /**
     * The facts.
     *
     * @return the facts
     */
    public InstrumentFacts build() {
      return new InstrumentFacts(instrument, assetClass, currency, pointSize, fxRate, price, pricedContract,
          Optional.ofNullable(forwardContract), Optional.ofNullable(pricedExpiry), Optional.ofNullable(forwardExpiry),
          Optional.ofNullable(lastPriceDate), annualVolatility, spreadCost, perBlock, percentage, perTrade,
          instrumentWeight, averageVolumes);
    }
  }
}
