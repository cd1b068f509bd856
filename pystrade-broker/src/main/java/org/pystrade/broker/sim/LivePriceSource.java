package org.pystrade.broker.sim;

import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import org.pystrade.broker.api.Bar;
import org.pystrade.broker.api.Tradable;
import org.pystrade.core.domain.FuturesContract;
import org.pystrade.core.util.ArgChecker;

/**
 * A price source fed as prices arrive: paper trading records live prices (a real broker's quotes, a market data
 * feed) into it, and the simulated broker, on the system clock, fills its orders at the next price recorded after
 * each order. Thread-safe; prices of a tradable must be recorded in increasing time.
 */
public final class LivePriceSource implements SimPriceSource {

  private final Map<Tradable, TreeMap<Instant, Double>> prices = new HashMap<>();

  /**
   * Records a price.
   *
   * @param tradable the contract or pair
   * @param time when it was seen, not before the last price recorded for it
   * @param price the price, finite, in pystrade's units
   */
  public synchronized void record(Tradable tradable, Instant time, double price) {
    ArgChecker.notNull(tradable, "tradable");
    ArgChecker.notNull(time, "time");
    ArgChecker.isTrue(Double.isFinite(price), "price of {} at {} must be finite but was {}", tradable.id(), time,
        price);
    TreeMap<Instant, Double> series = prices.computeIfAbsent(tradable, t -> new TreeMap<>());
    ArgChecker.isTrue(series.isEmpty() || !time.isBefore(series.lastKey()),
        "price of {} at {} is before the last one recorded, at {}", tradable.id(), time,
        series.isEmpty() ? null : series.lastKey());
    series.put(time, price);
  }

  @Override
  public synchronized Optional<PricePoint> priceAfter(Tradable tradable, Instant after) {
    TreeMap<Instant, Double> series = prices.get(tradable);
    Map.Entry<Instant, Double> e = series == null ? null : series.higherEntry(after);
    return e == null ? Optional.empty() : Optional.of(new PricePoint(e.getKey(), e.getValue()));
  }

  @Override
  public synchronized Optional<PricePoint> priceAtOrBefore(Tradable tradable, Instant atOrBefore) {
    TreeMap<Instant, Double> series = prices.get(tradable);
    Map.Entry<Instant, Double> e = series == null ? null : series.floorEntry(atOrBefore);
    return e == null ? Optional.empty() : Optional.of(new PricePoint(e.getKey(), e.getValue()));
  }

  @Override
  public synchronized List<Bar> bars(FuturesContract contract, Instant from, Instant to) {
    TreeMap<Instant, Double> series = prices.get(Tradable.future(contract));
    List<Bar> out = new ArrayList<>();
    if (series != null) {
      series.subMap(from, true, to, true).forEach((t, p) -> out.add(new Bar(t, p, p, p, p, Double.NaN)));
    }
    return out;
  }
}
