package org.pystrade.core.pandl;

import org.pystrade.core.data.InstrumentMeta;
import org.pystrade.core.util.ArgChecker;

/**
 * An instrument's trading costs in instrument currency, as pysystemtrade's {@code instrumentCosts}: slippage
 * ({@code SpreadCost} price points per contract traded, as pysystemtrade's sim data applies it) plus the largest of
 * per-contract, per-trade and percentage commission.
 *
 * @param priceSlippage slippage in price points per contract
 * @param perBlock commission per contract, instrument currency
 * @param percentage commission as a fraction of the traded value
 * @param perTrade commission per trade, instrument currency
 */
public record CostModel(double priceSlippage, double perBlock, double percentage, double perTrade) {

  /**
   * Validates the costs.
   *
   * @param priceSlippage slippage in price points per contract
   * @param perBlock commission per contract, instrument currency
   * @param percentage commission as a fraction of the traded value
   * @param perTrade commission per trade, instrument currency
   */
  public CostModel {
    ArgChecker.notNegative(priceSlippage, "priceSlippage");
    ArgChecker.notNegative(perBlock, "perBlock");
    ArgChecker.notNegative(percentage, "percentage");
    ArgChecker.notNegative(perTrade, "perTrade");
  }

  /**
   * The costs of an instrument from its metadata: the slippage per contract is the {@code SpreadCost}.
   *
   * @param meta the instrument metadata
   * @return the cost model
   */
  public static CostModel of(InstrumentMeta meta) {
    return new CostModel(meta.spreadCost(), meta.perBlock(), meta.percentage(), meta.perTrade());
  }

  /**
   * The cost of a trade, positive, in instrument currency.
   *
   * @param contracts contracts traded (sign ignored)
   * @param price the price (only the percentage commission uses it; NaN makes that term ignored)
   * @param pointSize value of one price point of one contract
   * @param includeSlippage whether slippage applies (not to the closing leg of a simulated roll)
   * @return the cost
   */
  public double costOfTrade(double contracts, double price, double pointSize, boolean includeSlippage) {
    double blocks = Math.abs(contracts);
    double slippage = includeSlippage ? blocks * priceSlippage * pointSize : 0.0;
    double commission = blocks * perBlock;
    if (perTrade > commission) {
      commission = perTrade;
    }
    double pct = percentage * blocks * price * pointSize;
    if (pct > commission) {
      commission = pct;
    }
    return slippage + commission;
  }
}
