package org.pystrade.core.data;

import java.util.Optional;
import org.pystrade.core.domain.ContractDate;
import org.pystrade.core.series.TimeSeries;
import org.pystrade.core.util.ArgChecker;

/**
 * pysystemtrade's multiple prices of an instrument: on one index, the price of the currently held contract
 * ({@code PRICE}), of the carry contract ({@code CARRY}) and of the next contract ({@code FORWARD}), each with its
 * contract id as a {@code YYYYMMDD} number ({@code 20231200.0}); NaN where missing.
 *
 * @param price PRICE
 * @param priceContract PRICE_CONTRACT ids
 * @param carry CARRY
 * @param carryContract CARRY_CONTRACT ids
 * @param forward FORWARD
 * @param forwardContract FORWARD_CONTRACT ids
 */
public record MultiplePrices(TimeSeries price, TimeSeries priceContract, TimeSeries carry, TimeSeries carryContract,
    TimeSeries forward, TimeSeries forwardContract) {

  /**
   * Validates that all columns share one index, and stores them on one timestamp array.
   *
   * @param price PRICE
   * @param priceContract PRICE_CONTRACT ids
   * @param carry CARRY
   * @param carryContract CARRY_CONTRACT ids
   * @param forward FORWARD
   * @param forwardContract FORWARD_CONTRACT ids
   */
  public MultiplePrices {
    ArgChecker.notNull(price, "price");
    for (TimeSeries s : new TimeSeries[] {priceContract, carry, carryContract, forward, forwardContract}) {
      ArgChecker.notNull(s, "column");
      ArgChecker.isTrue(s.hasSameTimes(price), "multiple prices columns must share one index");
    }
    priceContract = priceContract.withTimesOf(price);
    carry = carry.withTimesOf(price);
    carryContract = carryContract.withTimesOf(price);
    forward = forward.withTimesOf(price);
    forwardContract = forwardContract.withTimesOf(price);
  }

  /**
   * The rows from {@code from} to {@code to}, both included ({@link TimeSeries#slice} of every column); this value
   * itself when every row is inside.
   *
   * @param from the first time kept
   * @param to the last time kept
   * @return the rows in the window
   */
  public MultiplePrices slice(long from, long to) {
    if (price.isEmpty() || (price.time(0) >= from && price.time(price.size() - 1) <= to)) {
      return this;
    }
    return new MultiplePrices(price.slice(from, to), priceContract.slice(from, to), carry.slice(from, to),
        carryContract.slice(from, to), forward.slice(from, to), forwardContract.slice(from, to));
  }

  /**
   * The contract held on a row ({@code PRICE_CONTRACT}).
   *
   * @param row the row
   * @return the contract date
   * @throws IllegalArgumentException if the row has no valid contract id
   */
  public ContractDate priceContractAt(int row) {
    return ContractDate.fromDouble(priceContract.value(row));
  }

  /**
   * The carry contract on a row ({@code CARRY_CONTRACT}).
   *
   * @param row the row
   * @return the contract date
   * @throws IllegalArgumentException if the row has no valid contract id
   */
  public ContractDate carryContractAt(int row) {
    return ContractDate.fromDouble(carryContract.value(row));
  }

  /**
   * The next contract to be held on a row ({@code FORWARD_CONTRACT}), if there is one.
   *
   * @param row the row
   * @return the contract date, or empty if the row has none
   */
  public Optional<ContractDate> forwardContractAt(int row) {
    double id = forwardContract.value(row);
    return id == id ? Optional.of(ContractDate.fromDouble(id)) : Optional.empty();
  }

  /**
   * The annualised roll at each row, pysystemtrade's {@code raw_futures_roll / roll_differentials}: the price minus
   * the carry price (an exact zero read as missing) over the years between the carry and the priced contract
   * ({@link #yearFraction}), in one pass.
   *
   * @return the annualised roll on the prices' index, NaN where missing
   */
  public TimeSeries annualisedRoll() {
    double[] p = price.valuesView();
    double[] c = carry.valuesView();
    double[] pc = priceContract.valuesView();
    double[] cc = carryContract.valuesView();
    double[] out = new double[p.length];
    // contract ids repeat for months of rows: their year fractions are computed once per change
    double lastPriceId = Double.NaN;
    double lastCarryId = Double.NaN;
    double priceYears = Double.NaN;
    double carryYears = Double.NaN;
    for (int i = 0; i < p.length; i++) {
      if (Double.doubleToRawLongBits(pc[i]) != Double.doubleToRawLongBits(lastPriceId)) {
        lastPriceId = pc[i];
        priceYears = yearFraction(lastPriceId);
      }
      if (Double.doubleToRawLongBits(cc[i]) != Double.doubleToRawLongBits(lastCarryId)) {
        lastCarryId = cc[i];
        carryYears = yearFraction(lastCarryId);
      }
      out[i] = annualisedRoll(p[i], c[i], priceYears, carryYears);
    }
    return price.withValuesOwned(out);
  }

  /**
   * The year fraction of a {@code YYYYMMDD} contract id: {@code year + month / 12}.
   *
   * @param contractId the id as a number, NaN if missing
   * @return the year fraction, NaN if missing
   */
  public static double yearFraction(double contractId) {
    if (contractId != contractId) {
      return Double.NaN;
    }
    long id = (long) contractId;
    long year = id / 10000;
    long month = (id / 100) % 100;
    return year + month / 12.0;
  }

  /**
   * One row of {@link #annualisedRoll()}: the price minus the carry price (an exact zero read as missing) over the
   * years between the two contracts.
   *
   * @param price the priced contract's price
   * @param carry the carry contract's price
   * @param priceYears the {@link #yearFraction} of the priced contract
   * @param carryYears the {@link #yearFraction} of the carry contract
   * @return the annualised roll, NaN if missing
   */
  public static double annualisedRoll(double price, double carry, double priceYears, double carryYears) {
    double roll = price - carry;
    if (roll == 0.0) {
      roll = Double.NaN;
    }
    return roll / (carryYears - priceYears);
  }

  /**
   * Number of rows.
   *
   * @return the row count
   */
  public int size() {
    return price.size();
  }
}
