package org.pystrade.production.replay;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import org.pystrade.broker.config.BrokerConfigTable;
import org.pystrade.broker.config.InstrumentCosts;
import org.pystrade.broker.sim.ManualClock;
import org.pystrade.broker.sim.SimSettings;
import org.pystrade.broker.sim.SimulatedBroker;
import org.pystrade.core.data.FuturesSimData;
import org.pystrade.core.data.InstrumentMeta;
import org.pystrade.core.domain.Currency;
import org.pystrade.core.domain.InstrumentCode;
import org.pystrade.core.domain.Money;
import org.pystrade.core.util.ArgChecker;
import org.pystrade.production.execution.ExecutionClock;

/**
 * A simulated broker over a data source's daily contract prices ({@link ReplayPrices}), with the data's costs
 * (spread cost as slippage, pysystemtrade's commissions) and a manual clock: what the replay, and a daily run
 * against the simulated broker, trade with.
 *
 * @param broker the broker, connected
 * @param clock its clock
 * @param prices the daily contract prices
 * @param costs the instruments' costs
 */
public record SimulatedMarket(SimulatedBroker broker, ManualClock clock, ReplayPrices prices, InstrumentCosts costs) {

  /**
   * Checks every part.
   *
   * @param broker the broker, connected
   * @param clock its clock
   * @param prices the daily contract prices
   * @param costs the instruments' costs
   */
  public SimulatedMarket {
    ArgChecker.notNull(broker, "broker");
    ArgChecker.notNull(clock, "clock");
    ArgChecker.notNull(prices, "prices");
    ArgChecker.notNull(costs, "costs");
  }

  /**
   * A simulated broker over data.
   *
   * @param data the data
   * @param instruments the instruments traded
   * @param cash the account's cash at the start (its currency is the base currency)
   * @param start the clock's start
   * @param lastDay the last day traded (prices are kept from the week before the start to this day)
   * @return the market, its broker connected
   */
  public static SimulatedMarket of(FuturesSimData data, List<InstrumentCode> instruments, Money cash,
      Instant start, LocalDate lastDay) {
    ArgChecker.notNull(data, "data");
    ArgChecker.notNull(cash, "cash");
    ArgChecker.notNull(start, "start");
    ArgChecker.notNull(lastDay, "lastDay");
    Currency base = cash.currency();
    ReplayPrices prices = ReplayPrices.of(data, instruments, base, start.atZone(ZoneOffset.UTC).toLocalDate(),
        lastDay);
    List<InstrumentCosts.Costs> rows = new ArrayList<>();
    for (InstrumentCode code : instruments) {
      InstrumentMeta m = data.meta(code);
      rows.add(new InstrumentCosts.Costs(code, m.currency(), m.pointSize(), m.perBlock(), m.percentage(),
          m.perTrade(), m.spreadCost()));
    }
    InstrumentCosts costs = InstrumentCosts.of(rows);
    ManualClock clock = ManualClock.at(start);
    SimulatedBroker broker = new SimulatedBroker(SimSettings.builder().initialCash(cash).build(),
        BrokerConfigTable.bundled(), costs, prices.priceSource(), clock);
    broker.connect().join();
    return new SimulatedMarket(broker, clock, prices, costs);
  }

  /**
   * The execution clock of this market: waiting moves the clock and lets the broker fill.
   *
   * @return the clock
   */
  public ExecutionClock executionClock() {
    return ExecutionClock.simulated(clock, broker::step);
  }
}
