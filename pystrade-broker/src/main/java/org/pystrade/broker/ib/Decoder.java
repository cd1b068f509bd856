package org.pystrade.broker.ib;

import java.util.ArrayList;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Decodes received messages by their id into {@link IbEvents} calls, reading fields by position for the server
 * versions pystrade negotiates ({@value IbBroker#MIN_SERVER_VERSION} to {@value IbBroker#MAX_SERVER_VERSION}).
 * Fields a newer server adds after those read are ignored; messages pystrade does not use are skipped.
 */
final class Decoder {

  static final int TICK_PRICE = 1;
  static final int TICK_SIZE = 2;
  static final int ORDER_STATUS = 3;
  static final int ERROR = 4;
  static final int OPEN_ORDER = 5;
  static final int NEXT_VALID_ID = 9;
  static final int CONTRACT_DATA = 10;
  static final int EXECUTION_DATA = 11;
  static final int MANAGED_ACCOUNTS = 15;
  static final int HISTORICAL_DATA = 17;
  static final int CURRENT_TIME = 49;
  static final int CONTRACT_DATA_END = 52;
  static final int OPEN_ORDER_END = 53;
  static final int EXECUTION_DATA_END = 55;
  static final int TICK_SNAPSHOT_END = 57;
  static final int COMMISSION_REPORT = 59;
  static final int POSITION = 61;
  static final int POSITION_END = 62;
  static final int ACCOUNT_SUMMARY = 63;
  static final int ACCOUNT_SUMMARY_END = 64;
  static final int COMPLETED_ORDER = 101;
  static final int COMPLETED_ORDERS_END = 102;

  private static final Logger LOG = LoggerFactory.getLogger(Decoder.class);

  private Decoder() {
  }

  static void dispatch(Fields f, IbEvents h, int serverVersion) {
    int id = f.integer(0);
    switch (id) {
      case TICK_PRICE:
        h.tickPrice(f.integer(2), f.integer(3), f.dbl(4), f.dbl(5));
        break;
      case TICK_SIZE:
        h.tickSize(f.integer(2), f.integer(3), f.dbl(4));
        break;
      case ORDER_STATUS:
        h.orderStatus(new Messages.OrderStatus(f.longValue(1), f.str(2), f.dbl(3), f.dbl(4), f.dbl(5)));
        break;
      case ERROR:
        h.error(new Messages.Error(f.longValue(2), f.integer(3), f.str(4)));
        break;
      case OPEN_ORDER:
        h.openOrder(new Messages.OpenOrder(f.longValue(1), Messages.Contract.read(f, 2), f.str(13), f.dbl(14),
            f.str(15), f.dbl(16), f.str(23)));
        break;
      case NEXT_VALID_ID:
        h.nextValidId(f.longValue(2));
        break;
      case CONTRACT_DATA:
        contractData(f, h);
        break;
      case EXECUTION_DATA:
        h.execution(new Messages.Execution(f.integer(1), f.longValue(2), Messages.Contract.read(f, 3), f.str(14),
            f.str(15), f.str(18), f.dbl(19), f.dbl(20), f.str(26)));
        break;
      case MANAGED_ACCOUNTS:
        h.managedAccounts(f.str(2));
        break;
      case HISTORICAL_DATA:
        history(f, h);
        break;
      case CURRENT_TIME:
        h.currentTime(f.longValue(2));
        break;
      case CONTRACT_DATA_END:
        h.contractDetailsEnd(f.integer(2));
        break;
      case OPEN_ORDER_END:
        h.openOrderEnd();
        break;
      case EXECUTION_DATA_END:
        h.executionsEnd(f.integer(2));
        break;
      case TICK_SNAPSHOT_END:
        h.tickSnapshotEnd(f.integer(2));
        break;
      case COMMISSION_REPORT:
        h.commission(new Messages.Commission(f.str(2), f.dbl(3), f.str(4)));
        break;
      case POSITION:
        h.position(new Messages.Position(f.str(2), Messages.Contract.read(f, 3), f.dbl(14)));
        break;
      case POSITION_END:
        h.positionEnd();
        break;
      case ACCOUNT_SUMMARY:
        h.accountValue(new Messages.AccountValue(f.integer(2), f.str(3), f.str(4), f.str(5), f.str(6)));
        break;
      case ACCOUNT_SUMMARY_END:
        h.accountSummaryEnd(f.integer(2));
        break;
      case COMPLETED_ORDER:
        h.completedOrder(completedOrder(f, serverVersion));
        break;
      case COMPLETED_ORDERS_END:
        h.completedOrdersEnd();
        break;
      default:
        if (LOG.isDebugEnabled()) {
          LOG.debug("message {} not used by pystrade: {}", id, f);
        }
    }
  }

  /**
   * Contract details, server version 164 on: reqId, symbol, secType, lastTradeDate (with a time and zone after a
   * space or dash on newer servers), strike, right, exchange, currency, localSymbol, marketName, tradingClass, conId,
   * minTick, multiplier, orderTypes, validExchanges, priceMagnifier, underConId, longName, primaryExchange,
   * contractMonth, ...
   */
  private static void contractData(Fields f, IbEvents h) {
    String lastTimes = f.str(4);
    int cut = lastTimes.indexOf(lastTimes.indexOf('-') >= 0 ? '-' : ' ');
    String lastTradeDate = cut >= 0 ? lastTimes.substring(0, cut) : lastTimes;
    Messages.Contract c = new Messages.Contract(f.longValue(12), f.str(2), f.str(3), lastTradeDate, f.str(14),
        f.str(7), f.str(8), f.str(9), f.str(11));
    int magnifier = f.isEmpty(17) ? 1 : Math.max(1, f.integer(17));
    h.contractDetails(new Messages.ContractDetails(f.integer(1), c, magnifier, f.str(21)));
  }

  /**
   * A completed order: the contract and order fields up to the order ref as an open order has them (without the
   * order id), then, after parts whose length depends on the order (delta-neutral fields, combo legs, routing and
   * algo parameters, scale and hedge fields), its status.
   */
  private static Messages.CompletedOrder completedOrder(Fields f, int serverVersion) {
    Messages.Contract c = Messages.Contract.read(f, 1);
    int i = 31;                                     // after faPercentage
    if (serverVersion < 177) {
      i++;                                          // faProfile
    }
    i += 21;                                        // modelCode .. volatilityType
    boolean deltaNeutral = !f.isEmpty(i);
    i += 2;                                         // deltaNeutralOrderType, deltaNeutralAuxPrice
    if (deltaNeutral) {
      i += 4;
    }
    i += 5;                                         // continuousUpdate .. comboLegsDescrip
    i += 1 + 8 * f.integer(i);                      // combo legs
    i += 1 + f.integer(i);                          // order combo legs
    i += 1 + 2 * f.integer(i);                      // smart combo routing params
    double increment = f.dbl(i + 2);
    i += 3;                                         // scaleInitLevelSize, scaleSubsLevelSize, scalePriceIncrement
    if (increment > 0) {
      i += 7;
    }
    boolean hedge = !f.isEmpty(i);
    i += hedge ? 2 : 1;
    boolean dnc = f.bool(i + 3);
    i += 4;                                         // clearingAccount, clearingIntent, notHeld, dncPresent
    if (dnc) {
      i += 3;
    }
    boolean algo = !f.isEmpty(i);
    i++;
    if (algo) {
      i += 1 + 2 * f.integer(i);
    }
    i++;                                            // solicited
    return new Messages.CompletedOrder(c, f.str(12), f.dbl(13), f.str(14), f.dbl(15), f.str(22), f.str(i));
  }

  /** Historical bars: reqId, start, end, count, then date, open, high, low, close, volume, wap, count per bar. */
  private static void history(Fields f, IbEvents h) {
    int n = f.integer(4);
    List<Messages.RawBar> bars = new ArrayList<>(Math.max(0, Math.min(n, 100_000)));
    int i = 5;
    for (int k = 0; k < n; k++, i += 8) {
      bars.add(new Messages.RawBar(f.str(i), f.dbl(i + 1), f.dbl(i + 2), f.dbl(i + 3), f.dbl(i + 4), f.dbl(i + 5)));
    }
    h.history(new Messages.History(f.integer(1), bars));
  }
}
