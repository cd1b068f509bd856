package org.pystrade.data.pipeline;

import org.pystrade.core.domain.ReasonCode;

/** What a {@link Problem} is about: the check or rule that found it, with its reason code. */
public enum Check {
  /** A new price moves more than {@code max_price_spike} average absolute daily moves. */
  SPIKE(ReasonCode.BAD_VALUE),
  /** A price of zero (dropped, as pysystemtrade's {@code ignore_zero_prices}). */
  ZERO_PRICE(ReasonCode.BAD_VALUE),
  /** A negative price (kept unless configured otherwise: it may be real, as oil in April 2020). */
  NEGATIVE_PRICE(ReasonCode.BAD_VALUE),
  /** A price with a timestamp after the update's time (dropped, as pysystemtrade's {@code ignore_future_prices}). */
  FUTURE_PRICE(ReasonCode.BAD_VALUE),
  /** A price with zero volume, dropped when so configured. */
  ZERO_VOLUME(ReasonCode.BAD_VALUE),
  /** A run of unchanged prices. */
  STALE_PRICE(ReasonCode.BAD_VALUE),
  /** The same timestamp twice in new prices. */
  DUPLICATE_TIMESTAMP(ReasonCode.MALFORMED_DATA),
  /** A timestamp earlier than the one before it in new prices. */
  OUT_OF_ORDER_TIMESTAMP(ReasonCode.MALFORMED_DATA),
  /** No FX rate for an instrument's currency. */
  MISSING_FX(ReasonCode.NO_FX_RATE),
  /** A roll calendar row whose contracts have no price (or no price on the roll date). */
  CALENDAR_WITHOUT_PRICES(ReasonCode.MISSING_DATA),
  /** A contract the calendar or the multiple prices need has no prices at all. */
  MISSING_CONTRACT(ReasonCode.MISSING_DATA),
  /** No date on which the contracts of a roll all have prices. */
  NO_ROLL_DATE(ReasonCode.MISSING_DATA),
  /** No contract to start from (none held with a carry contract priced). */
  NO_START(ReasonCode.INSUFFICIENT_DATA),
  /** A roll without the prices of both the held and the forward contract on the day before. */
  ROLL_WITHOUT_PRICES(ReasonCode.MISSING_DATA),
  /** A stored value and a new value for the same time that differ: the stored one is kept. */
  MERGE_CONFLICT(ReasonCode.BAD_VALUE),
  /** New prices labelled with another contract than the stored ones on their last day: not merged. */
  LABEL_MISMATCH(ReasonCode.BAD_VALUE),
  /** The held contract changed in the new rows but the adjusted prices were not rolled. */
  ROLL_NOT_REGISTERED(ReasonCode.DEFECTIVE_RESULT),
  /** Nothing to work on (an empty series or calendar). */
  EMPTY(ReasonCode.MISSING_DATA),
  /** A contract id that is not a valid {@code YYYYMMDD} date. */
  BAD_CONTRACT_ID(ReasonCode.MALFORMED_DATA),
  /** A value derived twice that disagrees with itself (two columns giving one contract two prices). */
  INCONSISTENT(ReasonCode.BAD_VALUE),
  /** A file that could not be read or written. */
  IO(ReasonCode.MALFORMED_DATA),
  /** Something worth knowing that is no fault (a roll calendar starting later than the prices). */
  NOTE(ReasonCode.UNKNOWN);

  private final ReasonCode code;

  Check(ReasonCode code) {
    this.code = code;
  }

  /**
   * The reason code of problems of this kind.
   *
   * @return the code
   */
  public ReasonCode code() {
    return code;
  }
}
