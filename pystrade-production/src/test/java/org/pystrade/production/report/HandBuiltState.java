package org.pystrade.production.report;

import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Map;
import java.util.TreeMap;
import org.pystrade.core.domain.ContractDate;
import org.pystrade.core.domain.Currency;
import org.pystrade.core.domain.FuturesContract;
import org.pystrade.core.domain.InstrumentCode;
import org.pystrade.core.domain.Money;
import org.pystrade.core.domain.Quantity;
import org.pystrade.core.domain.trading.ExecutionReport;
import org.pystrade.core.domain.trading.FillRecord;
import org.pystrade.core.domain.trading.OrderLevel;
import org.pystrade.core.domain.trading.OrderStatus;
import org.pystrade.core.domain.trading.Strategy;
import org.pystrade.core.domain.trading.StrategyName;
import org.pystrade.core.domain.trading.TradingOrder;
import org.pystrade.data.production.ProductionCapital;
import org.pystrade.data.production.ProductionStore;
import org.pystrade.data.production.WriteListener;
import org.pystrade.production.DailyCycle;

/**
 * A small state written through the real store (orders of the three stacks, fills booked with {@code bookFill}) and
 * a market set by hand, small enough that every figure of the reports can be worked out by hand (see
 * {@link ReportArithmeticTest}).
 */
final class HandBuiltState {

  static final LocalDate DAY = LocalDate.of(2021, 12, 31);
  static final StrategyName TREND = StrategyName.of("trend");
  static final InstrumentCode CORN = InstrumentCode.of("CORN");
  static final InstrumentCode EUX = InstrumentCode.of("EUROSTX");
  static final ContractDate Z21 = ContractDate.of(20211200);
  static final ContractDate H22 = ContractDate.of(20220300);
  static final ContractDate K22 = ContractDate.of(20220500);

  private static int refs;

  private HandBuiltState() {
  }

  static Instant at(String date, int hour) {
    return LocalDate.parse(date).atTime(hour, 0).toInstant(ZoneOffset.UTC);
  }

  /** Writes the state into a new store in the folder. */
  static ProductionStore store(Path folder) {
    ProductionStore s = ProductionStore.openIn(folder, WriteListener.NONE);
    s.strategies().put(new Strategy(TREND, 1.0, "hand"));
    new ProductionCapital(s).setByHand(at("2021-11-30", 12), Money.of(100_000, Currency.USD), null, null, null);
    FuturesContract cornZ = FuturesContract.of(CORN, Z21);
    FuturesContract cornH = FuturesContract.of(CORN, H22);
    // buy 2 at 500 (mid 499.75), commission 2; sell 1 at 520 (mid 520.5), commission 1
    fill(s, TREND, cornZ, 2, 500, at("2021-12-01", 15), 2.0, 499.75);
    fill(s, TREND, cornZ, -1, 520, at("2021-12-27", 15), 1.0, 520.5);
    // the roll: close Z21 at 530, open H22 at 535, no mid archived
    fill(s, DailyCycle.ROLL_STRATEGY, cornZ, -1, 530, at("2021-12-29", 23), 0, Double.NaN);
    fill(s, DailyCycle.ROLL_STRATEGY, cornH, 1, 535, at("2021-12-29", 23), 0, Double.NaN);
    // sell 3 EUROSTX at 4000 (mid 4001), no commission
    fill(s, TREND, FuturesContract.of(EUX, H22), -3, 4000, at("2021-12-30", 15), 0, 4001);
    return s;
  }

  private static void fill(ProductionStore s, StrategyName strategy, FuturesContract k, long qty, double price,
      Instant time, double commission, double mid) {
    Quantity q = Quantity.ofWhole(qty);
    TradingOrder i = s.orders().insert(TradingOrder.builder(OrderLevel.INSTRUMENT, strategy, k.instrument(), q)
        .created(time).build());
    TradingOrder c = s.orders().insert(TradingOrder.builder(OrderLevel.CONTRACT, strategy, k.instrument(), q)
        .parent(i.id()).contract(k).created(time).build());
    TradingOrder b = s.orders().insert(TradingOrder.builder(OrderLevel.BROKER, strategy, k.instrument(), q)
        .parent(c.id()).contract(k).clientRef("hand-" + (++refs)).created(time).build());
    Currency ccy = k.instrument().equals(EUX) ? Currency.of("EUR") : Currency.USD;
    s.bookFill(FillRecord.of(b.id(), "exec-" + refs, q, price, time, Money.of(commission, ccy)));
    if (!Double.isNaN(mid)) {
      s.executions().archive(new ExecutionReport(b.id(), "market", mid, q, price,
          (price - mid) * Long.signum(qty), OrderStatus.COMPLETED, time));
    }
  }

  /** The market of the day, set by hand. */
  static MarketSnapshot market() {
    InstrumentFacts corn = InstrumentFacts.builder(CORN, Currency.USD, 50, H22).assetClass("Ags").price(548, 1.0)
        .forwardContract(K22).expiries(LocalDate.of(2022, 3, 14), LocalDate.of(2022, 5, 13))
        .lastPriceDate(DAY).annualVolatility(0.25).costs(0.125, 1.5, 0, 0).instrumentWeight(0.5)
        .averageVolumes(Map.of(H22, 150.0, K22, 30.0)).build();
    InstrumentFacts eux = InstrumentFacts.builder(EUX, Currency.of("EUR"), 10, H22).assetClass("Equity")
        .price(4100, 1.2).lastPriceDate(LocalDate.of(2021, 12, 24)).annualVolatility(0.2).costs(1, 0, 0, 0)
        .instrumentWeight(0.5).averageVolumes(Map.of(H22, 50_000.0)).build();
    Map<FuturesContract, java.util.NavigableMap<LocalDate, Double>> marks = Map.of(
        FuturesContract.of(CORN, Z21), marks("2021-11-30", 495, "2021-12-24", 515, "2021-12-29", 530),
        FuturesContract.of(CORN, H22), marks("2021-12-29", 535, "2021-12-30", 540, "2021-12-31", 548),
        FuturesContract.of(EUX, H22), marks("2021-12-30", 4000, "2021-12-31", 4100));
    return new MarketSnapshot(DAY, Currency.USD, Map.of(CORN, corn, EUX, eux), Map.of(CORN, Map.of(EUX, 0.3)),
        1.5, 0.2, marks);
  }

  private static java.util.NavigableMap<LocalDate, Double> marks(Object... dayPrice) {
    java.util.NavigableMap<LocalDate, Double> m = new TreeMap<>();
    for (int i = 0; i < dayPrice.length; i += 2) {
      m.put(LocalDate.parse((String) dayPrice[i]), ((Number) dayPrice[i + 1]).doubleValue());
    }
    return m;
  }
}
