package org.pystrade.core.domain;

import org.pystrade.core.util.ArgChecker;

/**
 * A signed number of futures contracts: positive long, negative short. It is a {@code double} because a backtest's
 * optimal (notional) positions are fractional (2.37 contracts), while held positions and orders are whole; see
 * {@link #isWhole()}, {@link #rounded()} and {@link #longValueExact()}.
 *
 * <p>The value must be finite (NaN and infinities are rejected, also when an operation's result overflows). A
 * negative zero is stored as zero, so that equal quantities are {@link #equals equal}. Quantities order by value.
 *
 * @param value the number of contracts, finite
 */
public record Quantity(double value) implements Comparable<Quantity> {

  /** No contracts. */
  public static final Quantity ZERO = new Quantity(0);

  /** 2^53: every whole number up to this size, and no larger range, is exact as a {@code double}. */
  private static final long LARGEST_EXACT = 1L << 53;

  /**
   * Checks that the value is finite; turns a negative zero into zero.
   *
   * @param value the number of contracts, finite
   */
  public Quantity {
    ArgChecker.isTrue(Double.isFinite(value), "quantity must be finite but was {}", value);
    value += 0.0;
  }

  /**
   * Obtains a quantity, whole or fractional.
   *
   * @param value the number of contracts, finite
   * @return the quantity
   */
  public static Quantity of(double value) {
    return new Quantity(value);
  }

  /**
   * Obtains a whole quantity.
   *
   * @param contracts the number of contracts, at most 2^53 in size (so that it is exact as a {@code double})
   * @return the quantity
   */
  public static Quantity ofWhole(long contracts) {
    ArgChecker.isTrue(contracts >= -LARGEST_EXACT && contracts <= LARGEST_EXACT,
        "whole quantity must be within +/-2^53 (exact as a double) but was {}", contracts);
    return new Quantity(contracts);
  }

  /**
   * Whether this is a whole number of contracts, as a held position or an order is.
   *
   * @return true if the value has no fractional part
   */
  public boolean isWhole() {
    return value == Math.rint(value);
  }

  /**
   * The whole number of contracts.
   *
   * @return the value as a long
   * @throws IllegalArgumentException if the value is not whole, or too large for a long
   */
  public long longValueExact() {
    ArgChecker.isTrue(isWhole() && value >= -0x1p63 && value < 0x1p63,
        "quantity must be a whole number of contracts within the range of a long but was {}", value);
    return (long) value;
  }

  /**
   * The nearest whole quantity, as pystrade's backtest rounds optimal positions: {@link Math#rint(double)}, which
   * rounds halves to the even neighbour (2.5 to 2, 3.5 to 4), as numpy's {@code round} does in pysystemtrade.
   *
   * @return the rounded quantity
   */
  public Quantity rounded() {
    return new Quantity(Math.rint(value));
  }

  /**
   * Adds a quantity.
   *
   * @param other the quantity to add
   * @return the sum
   */
  public Quantity plus(Quantity other) {
    ArgChecker.notNull(other, "other");
    return new Quantity(value + other.value);
  }

  /**
   * Subtracts a quantity.
   *
   * @param other the quantity to subtract
   * @return this minus {@code other}
   */
  public Quantity minus(Quantity other) {
    ArgChecker.notNull(other, "other");
    return new Quantity(value - other.value);
  }

  /**
   * The opposite quantity: a long position for a short one and back.
   *
   * @return minus this quantity
   */
  public Quantity negated() {
    return new Quantity(-value);
  }

  /**
   * The size, without the sign.
   *
   * @return the absolute quantity
   */
  public Quantity abs() {
    return value < 0 ? new Quantity(-value) : this;
  }

  /**
   * Whether there are no contracts.
   *
   * @return true if the value is zero
   */
  public boolean isZero() {
    return value == 0;
  }

  /**
   * The direction.
   *
   * @return 1 for long, -1 for short, 0 for none
   */
  public int signum() {
    return (int) Math.signum(value);
  }

  @Override
  public int compareTo(Quantity o) {
    return Double.compare(value, o.value);
  }

  /**
   * The value.
   *
   * @return the value as {@link Double#toString(double)} writes it ({@code "3.0"}, {@code "-2.37"})
   */
  @Override
  public String toString() {
    return Double.toString(value);
  }

  // equals and hashCode written out: the generated ones bootstrap method handles on first use (start-up time)

  @Override
  public boolean equals(Object obj) {
    return this == obj || (obj instanceof Quantity && value == ((Quantity) obj).value);
  }

  @Override
  public int hashCode() {
    return Double.hashCode(value);
  }
}
