package org.pystrade.broker.ib;

import java.util.Locale;
import org.pystrade.core.domain.ReasonCode;

/**
 * What IB's error and notice codes mean, as pystrade acts on them. IB sends errors, warnings and notices through one
 * message with a code; the codes are documented in IB's "Message Codes" page.
 */
public final class IbCodes {

  /** The meaning of a code. */
  public enum Meaning {
    /** 1100: TWS or the gateway lost its connection to IB's servers. */
    CONNECTIVITY_LOST,
    /** 1101: connectivity restored, market data subscriptions lost (they must be made again). */
    CONNECTIVITY_RESTORED_DATA_LOST,
    /** 1102: connectivity restored, data kept. */
    CONNECTIVITY_RESTORED,
    /** 2104, 2106, 2158: a market data, historical data or security definition farm is connected. */
    FARM_OK,
    /** 2103, 2105, 2157: a farm connection is broken. */
    FARM_BROKEN,
    /** 2107, 2108: a farm is inactive but available on demand. */
    FARM_INACTIVE,
    /** 200: no security definition found for the request. */
    NO_SECURITY_DEFINITION,
    /** 201, 203: an order was rejected. */
    ORDER_REJECTED,
    /** 202: an order was cancelled. */
    ORDER_CANCELLED,
    /** 161, 135, 10147, 10148: an order cannot be cancelled or modified (not working, not found). */
    ORDER_NOT_WORKING,
    /** 103: a duplicate order id. */
    DUPLICATE_ORDER_ID,
    /** 162 (with "pacing"), 100, 420: too many requests (pacing violation). */
    PACING_VIOLATION,
    /** 162 without "pacing": a historical data query with no result, or otherwise refused. */
    HISTORICAL_DATA_ERROR,
    /** 326: the client id is in use by another connection. */
    CLIENT_ID_IN_USE,
    /** 502, 504, 507: not connected, or the connection is broken. */
    NOT_CONNECTED,
    /** 354, 10168, 10089, 10090: market data not subscribed (and no delayed data in its place). */
    NO_MARKET_DATA_PERMISSION,
    /**
     * 2100 to 2199 other than the farm codes, 399, 2109, 10167 (delayed data shown in place of live data): a warning or
     * notice; nothing failed.
     */
    NOTICE,
    /** Any other code: the request with this id failed. */
    ERROR
  }

  private IbCodes() {
  }

  /**
   * The meaning of a code.
   *
   * @param code IB's code
   * @param message IB's message (162 is both a pacing violation and "no data", told apart by its text)
   * @return the meaning
   */
  public static Meaning meaningOf(int code, String message) {
    switch (code) {
      case 1100:
        return Meaning.CONNECTIVITY_LOST;
      case 1101:
        return Meaning.CONNECTIVITY_RESTORED_DATA_LOST;
      case 1102:
        return Meaning.CONNECTIVITY_RESTORED;
      case 2104:
      case 2106:
      case 2158:
        return Meaning.FARM_OK;
      case 2103:
      case 2105:
      case 2157:
        return Meaning.FARM_BROKEN;
      case 2107:
      case 2108:
        return Meaning.FARM_INACTIVE;
      case 200:
        return Meaning.NO_SECURITY_DEFINITION;
      case 201:
      case 203:
        return Meaning.ORDER_REJECTED;
      case 202:
        return Meaning.ORDER_CANCELLED;
      case 161:
      case 135:
      case 10147:
      case 10148:
        return Meaning.ORDER_NOT_WORKING;
      case 103:
        return Meaning.DUPLICATE_ORDER_ID;
      case 100:
      case 420:
        return Meaning.PACING_VIOLATION;
      case 162:
        return message != null && message.toLowerCase(Locale.ROOT).contains("pacing") ? Meaning.PACING_VIOLATION
            : Meaning.HISTORICAL_DATA_ERROR;
      case 326:
        return Meaning.CLIENT_ID_IN_USE;
      case 502:
      case 504:
      case 507:
        return Meaning.NOT_CONNECTED;
      case 354:
      case 10089:
      case 10090:
      case 10168:
        return Meaning.NO_MARKET_DATA_PERMISSION;
      case 399:
      case 2109:
      case 10167:
        return Meaning.NOTICE;
      default:
        return code >= 2100 && code < 2200 ? Meaning.NOTICE : Meaning.ERROR;
    }
  }

  /**
   * The reason code of a failure IB reported with this code.
   *
   * @param code IB's code
   * @param message IB's message
   * @return the reason code
   */
  public static ReasonCode reasonOf(int code, String message) {
    switch (meaningOf(code, message)) {
      case NO_SECURITY_DEFINITION:
        return ReasonCode.NO_SUCH_CONTRACT;
      case PACING_VIOLATION:
        return ReasonCode.PACING;
      case HISTORICAL_DATA_ERROR:
        return message != null && message.toLowerCase(Locale.ROOT).contains("no data") ? ReasonCode.MISSING_DATA
            : ReasonCode.BROKER_REJECTED;
      case NOT_CONNECTED:
      case CONNECTIVITY_LOST:
        return ReasonCode.BROKER_DISCONNECTED;
      case NO_MARKET_DATA_PERMISSION:
        return ReasonCode.MISSING_DATA;
      default:
        return ReasonCode.BROKER_REJECTED;
    }
  }

  /**
   * Whether a code is only a warning or notice: the request it names goes on.
   *
   * @param code IB's code
   * @param message IB's message
   * @return true for notices, farm status and connectivity messages
   */
  public static boolean isNotice(int code, String message) {
    switch (meaningOf(code, message)) {
      case NOTICE:
      case FARM_OK:
      case FARM_BROKEN:
      case FARM_INACTIVE:
      case CONNECTIVITY_LOST:
      case CONNECTIVITY_RESTORED:
      case CONNECTIVITY_RESTORED_DATA_LOST:
        return true;
      default:
        return false;
    }
  }
}
