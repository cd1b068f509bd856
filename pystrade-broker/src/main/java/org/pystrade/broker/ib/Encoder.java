package org.pystrade.broker.ib;

/**
 * Encodes the requests pystrade sends, field by field as the TWS API protocol has them for server versions
 * {@value IbBroker#MIN_SERVER_VERSION} to {@value IbBroker#MAX_SERVER_VERSION}. Unset numbers are empty fields.
 */
final class Encoder {

  static final int REQ_MKT_DATA = 1;
  static final int CANCEL_MKT_DATA = 2;
  static final int PLACE_ORDER = 3;
  static final int CANCEL_ORDER = 4;
  static final int REQ_OPEN_ORDERS = 5;
  static final int REQ_EXECUTIONS = 7;
  static final int REQ_IDS = 8;
  static final int REQ_CONTRACT_DATA = 9;
  static final int REQ_HISTORICAL_DATA = 20;
  static final int CANCEL_HISTORICAL_DATA = 25;
  static final int REQ_CURRENT_TIME = 49;
  static final int REQ_MARKET_DATA_TYPE = 59;
  static final int REQ_POSITIONS = 61;
  static final int REQ_ACCOUNT_SUMMARY = 62;
  static final int CANCEL_ACCOUNT_SUMMARY = 63;
  static final int CANCEL_POSITIONS = 64;
  static final int START_API = 71;
  static final int REQ_COMPLETED_ORDERS = 99;

  /** The account summary tags pystrade asks for; {@code $LEDGER:ALL} adds cash per currency. */
  static final String SUMMARY_TAGS =
      "NetLiquidation,TotalCashValue,InitMarginReq,MaintMarginReq,AvailableFunds,$LEDGER:ALL";

  /**
   * A contract as requests carry it.
   *
   * @param conId IB's id, 0 when not known
   * @param symbol the symbol
   * @param secType FUT or CASH
   * @param lastTradeDateOrContractMonth YYYYMM or YYYYMMDD, empty for CASH
   * @param multiplier the multiplier as text, empty for CASH
   * @param exchange the exchange
   * @param currency the currency
   */
  record OutContract(long conId, String symbol, String secType, String lastTradeDateOrContractMonth,
      String multiplier, String exchange, String currency) {
  }

  private Encoder() {
  }

  private static MessageWriter contract(MessageWriter w, OutContract c) {
    return w.add(c.conId()).add(c.symbol()).add(c.secType()).add(c.lastTradeDateOrContractMonth()).add(0.0)
        .add("").add(c.multiplier()).add(c.exchange()).add("").add(c.currency()).add("").add("");
  }

  static byte[] startApi(int clientId) {
    return new MessageWriter().add(START_API).add(2).add(clientId).add("").toBytes();
  }

  static byte[] reqIds() {
    return new MessageWriter().add(REQ_IDS).add(1).add(1).toBytes();
  }

  static byte[] reqCurrentTime() {
    return new MessageWriter().add(REQ_CURRENT_TIME).add(1).toBytes();
  }

  static byte[] reqMarketDataType(int type) {
    return new MessageWriter().add(REQ_MARKET_DATA_TYPE).add(1).add(type).toBytes();
  }

  static byte[] reqContractDetails(int serverVersion, int reqId, OutContract c) {
    MessageWriter w = contract(new MessageWriter().add(REQ_CONTRACT_DATA).add(8).add(reqId), c)
        .add(true).add("").add("");
    if (serverVersion >= 176) {
      w.add("");
    }
    return w.toBytes();
  }

  static byte[] reqHistoricalData(int reqId, OutContract c, String end, String barSize, String duration,
      boolean daily) {
    return contract(new MessageWriter().add(REQ_HISTORICAL_DATA).add(reqId), c).add(true).add(end).add(barSize)
        .add(duration).add(0).add("TRADES").add(daily ? 1 : 2).add(false).add("").toBytes();
  }

  static byte[] cancelHistoricalData(int reqId) {
    return new MessageWriter().add(CANCEL_HISTORICAL_DATA).add(1).add(reqId).toBytes();
  }

  static byte[] reqMktDataSnapshot(int reqId, OutContract c) {
    return contract(new MessageWriter().add(REQ_MKT_DATA).add(11).add(reqId), c).add(false).add("").add(true)
        .add(false).add("").toBytes();
  }

  static byte[] cancelMktData(int reqId) {
    return new MessageWriter().add(CANCEL_MKT_DATA).add(2).add(reqId).toBytes();
  }

  static byte[] reqOpenOrders() {
    return new MessageWriter().add(REQ_OPEN_ORDERS).add(1).toBytes();
  }

  static byte[] reqCompletedOrders(boolean apiOnly) {
    return new MessageWriter().add(REQ_COMPLETED_ORDERS).add(apiOnly).toBytes();
  }

  static byte[] reqExecutions(int reqId, int clientId) {
    return new MessageWriter().add(REQ_EXECUTIONS).add(3).add(reqId).add(clientId).add("").add("").add("").add("")
        .add("").add("").toBytes();
  }

  static byte[] reqPositions() {
    return new MessageWriter().add(REQ_POSITIONS).add(1).toBytes();
  }

  static byte[] cancelPositions() {
    return new MessageWriter().add(CANCEL_POSITIONS).add(1).toBytes();
  }

  static byte[] reqAccountSummary(int reqId) {
    return new MessageWriter().add(REQ_ACCOUNT_SUMMARY).add(1).add(reqId).add("All").add(SUMMARY_TAGS).toBytes();
  }

  static byte[] cancelAccountSummary(int reqId) {
    return new MessageWriter().add(CANCEL_ACCOUNT_SUMMARY).add(1).add(reqId).toBytes();
  }

  static byte[] cancelOrder(int serverVersion, long orderId) {
    MessageWriter w = new MessageWriter().add(CANCEL_ORDER).add(1).add(orderId);
    if (serverVersion >= 169) {
      w.add("");
    }
    return w.toBytes();
  }

  /**
   * A market or limit order, day order, transmitted at once, every other order attribute at IB's default: the full
   * field list of the protocol for these server versions.
   *
   * @param action BUY or SELL
   * @param quantity the unsigned quantity
   * @param orderType MKT or LMT
   * @param limitPrice the limit in IB's price units, NaN for MKT
   * @param account the account, empty for the default
   * @param orderRef the client's reference
   */
  static byte[] placeOrder(int serverVersion, long orderId, OutContract c, String action, long quantity,
      String orderType, double limitPrice, String account, String orderRef) {
    MessageWriter w = contract(new MessageWriter().add(PLACE_ORDER).add(orderId), c);
    w.add("").add("");                                 // secIdType, secId
    w.add(action).add(quantity).add(orderType).add(limitPrice).add(Double.NaN); // lmtPrice, auxPrice
    w.add("DAY").add("").add(account).add("").add(0);  // tif, ocaGroup, account, openClose, origin (customer)
    w.add(orderRef).add(true).add(0).add(false).add(false).add(0).add(0).add(false).add(false);
    // transmit, parentId, blockOrder, sweepToFill, displaySize, triggerMethod, outsideRth, hidden
    w.add("");                                         // deprecated sharesAllocation
    w.add(0.0).add("").add("").add("").add("").add(""); // discretionaryAmt, goodAfterTime, goodTillDate, fa group,
    //                                                    method, percentage
    if (serverVersion < 177) {
      w.add("");                                       // faProfile
    }
    w.add("").add(0).add("").add(-1).add(0);           // modelCode, shortSaleSlot, designatedLocation, exemptCode,
    //                                                    ocaType
    w.add("").add("").add(false).add(Double.NaN).add(Double.NaN); // rule80A, settlingFirm, allOrNone, minQty,
    //                                                               percentOffset
    w.add(false).add(false).add(Double.NaN).add(0);    // eTradeOnly, firmQuoteOnly, nbboPriceCap, auctionStrategy
    w.add(Double.NaN).add(Double.NaN).add(Double.NaN).add(Double.NaN).add(Double.NaN); // startingPrice,
    //                                      stockRefPrice, delta, stockRangeLower, stockRangeUpper
    w.add(false).add(Double.NaN).add(Double.NaN);      // overridePercentageConstraints, volatility, volatilityType
    w.add("").add(Double.NaN);                         // deltaNeutralOrderType, deltaNeutralAuxPrice
    w.add(false).add(Double.NaN).add(Double.NaN).add(Double.NaN); // continuousUpdate, referencePriceType,
    //                                                               trailStopPrice, trailingPercent
    w.add(Double.NaN).add(Double.NaN).add(Double.NaN); // scaleInitLevelSize, scaleSubsLevelSize, scalePriceIncrement
    w.add("").add("").add("").add("");                 // scaleTable, activeStartTime, activeStopTime, hedgeType
    w.add(false).add("").add("").add(false);           // optOutSmartRouting, clearingAccount, clearingIntent, notHeld
    w.add(false);                                      // no delta-neutral contract
    w.add("");                                         // algoStrategy
    w.add("").add(false).add("").add(false).add(false).add(false); // algoId, whatIf, orderMiscOptions, solicited,
    //                                                                randomizeSize, randomizePrice
    w.add(0);                                          // no conditions
    w.add("").add(Double.NaN).add(Double.NaN).add(Double.NaN).add(Double.NaN).add(Double.NaN).add(0);
    // adjustedOrderType, triggerPrice, lmtPriceOffset, adjustedStopPrice, adjustedStopLimitPrice,
    // adjustedTrailingAmount, adjustableTrailingUnit
    w.add("").add("").add("").add(Double.NaN);         // extOperator, softDollarTier name and value, cashQty
    w.add("").add("").add("").add("");                 // mifid2 decision maker and algo, execution trader and algo
    w.add(false).add(false).add(false).add("");        // dontUseAutoPriceForHedge, isOmsContainer,
    //                                                    discretionaryUpToLimitPrice, usePriceMgmtAlgo
    w.add(Double.NaN);                                 // duration (158)
    w.add(Double.NaN);                                 // postToAts (160)
    w.add(false);                                      // autoCancelParent (162)
    w.add("");                                         // advancedErrorOverride (166)
    if (serverVersion >= 169) {
      w.add("");                                       // manualOrderTime
    }
    return w.toBytes();
  }
}
