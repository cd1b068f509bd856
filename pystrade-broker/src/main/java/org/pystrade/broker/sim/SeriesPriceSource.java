package org.pystrade.broker.sim;

import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.pystrade.broker.api.Bar;
import org.pystrade.broker.api.Tradable;
import org.pystrade.core.data.ContractPrices;
import org.pystrade.core.domain.FuturesContract;
import org.pystrade.core.domain.FxPair;
import org.pystrade.core.series.TimeSeries;
import org.pystrade.core.series.Timestamps;
import org.pystrade.core.util.ArgChecker;

/**
 * A price source over in-memory series: contract prices (their FINAL column, OPEN/HIGH/LOW/VOLUME for bars) and FX
 * rates. The series' naive timestamps are read as UTC. NaN prices are skipped.
 */
public final class SeriesPriceSource implements SimPriceSource {

  private final Map<FuturesContract, ContractPrices> contracts;
  private final Map<FxPair, TimeSeries> fx;

  private SeriesPriceSource(Map<FuturesContract, ContractPrices> contracts, Map<FxPair, TimeSeries> fx) {
    this.contracts = Map.copyOf(contracts);
    this.fx = Map.copyOf(fx);
  }

  /**
   * A source over the given series.
   *
   * @param contracts prices per contract
   * @param fx rates per pair (the inverse pair is served from them too)
   * @return the source
   */
  public static SeriesPriceSource of(Map<FuturesContract, ContractPrices> contracts, Map<FxPair, TimeSeries> fx) {
    ArgChecker.notNull(contracts, "contracts");
    ArgChecker.notNull(fx, "fx");
    return new SeriesPriceSource(new HashMap<>(contracts), new HashMap<>(fx));
  }

  private static long seconds(Instant t) {
    return Timestamps.of(t.atOffset(ZoneOffset.UTC).toLocalDateTime());
  }

  private static Instant instant(long timestamp) {
    return Timestamps.toDateTime(timestamp).toInstant(ZoneOffset.UTC);
  }

  /** The series and whether it is the inverse of the stored pair. */
  private TimeSeries series(Tradable tradable, boolean[] inverse) {
    if (tradable instanceof Tradable.Future f) {
      ContractPrices p = contracts.get(f.contract());
      return p == null ? null : p.fin();
    }
    FxPair pair = ((Tradable.Fx) tradable).pair();
    TimeSeries s = fx.get(pair);
    if (s == null) {
      s = fx.get(pair.inverse());
      inverse[0] = s != null;
    }
    return s;
  }

  @Override
  public Optional<PricePoint> priceAfter(Tradable tradable, Instant after) {
    return scan(tradable, after, true);
  }

  @Override
  public Optional<PricePoint> priceAtOrBefore(Tradable tradable, Instant atOrBefore) {
    return scan(tradable, atOrBefore, false);
  }

  /** The first valid price after {@code time} (forward) or the last at or before it (backward). */
  private Optional<PricePoint> scan(Tradable tradable, Instant time, boolean forward) {
    boolean[] inverse = new boolean[1];
    TimeSeries s = series(tradable, inverse);
    if (s == null) {
      return Optional.empty();
    }
    long[] t = s.timesView();
    double[] v = s.valuesView();
    int i = Arrays.binarySearch(t, seconds(time));
    int step = forward ? 1 : -1;
    i = i >= 0 ? (forward ? i + 1 : i) : (forward ? -i - 1 : -i - 2);
    for (; i >= 0 && i < t.length; i += step) {
      if (!Double.isNaN(v[i])) {
        return Optional.of(new PricePoint(instant(t[i]), inverse[0] ? 1 / v[i] : v[i]));
      }
    }
    return Optional.empty();
  }

  @Override
  public List<Bar> bars(FuturesContract contract, Instant from, Instant to) {
    ContractPrices p = contracts.get(contract);
    List<Bar> out = new ArrayList<>();
    if (p == null) {
      return out;
    }
    long lo = seconds(from);
    long hi = seconds(to);
    TimeSeries fin = p.fin();
    for (int i = 0; i < fin.size(); i++) {
      long t = fin.time(i);
      double c = fin.value(i);
      if (t < lo || t > hi || Double.isNaN(c)) {
        continue;
      }
      out.add(new Bar(instant(t), orClose(p.open().value(i), c), orClose(p.high().value(i), c),
          orClose(p.low().value(i), c), c, p.volume().value(i)));
    }
    return out;
  }

  private static double orClose(double v, double close) {
    return Double.isNaN(v) ? close : v;
  }
}
