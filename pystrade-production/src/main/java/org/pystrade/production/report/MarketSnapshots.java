package org.pystrade.production.report;

import java.time.LocalDate;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.NavigableMap;
import java.util.Optional;
import java.util.TreeMap;
import org.pystrade.core.data.FuturesSimData;
import org.pystrade.core.data.InstrumentMeta;
import org.pystrade.core.data.MultiplePrices;
import org.pystrade.core.domain.ContractDate;
import org.pystrade.core.domain.Currency;
import org.pystrade.core.domain.FuturesContract;
import org.pystrade.core.domain.InstrumentCode;
import org.pystrade.core.domain.RollParameters;
import org.pystrade.core.pandl.VolTarget;
import org.pystrade.core.portfolio.Portfolio;
import org.pystrade.core.series.TimeSeries;
import org.pystrade.core.series.Timestamps;
import org.pystrade.core.system.TradingSystem;
import org.pystrade.core.util.ArgChecker;

/**
 * Makes a {@link MarketSnapshot} from a trading system (the reference for weights, the diversification multiplier,
 * the risk target and volatilities) and its data, as of a day.
 *
 * <ul>
 *   <li>price, priced and forward contract: the multiple prices' last row on or before the day;</li>
 *   <li>expiries: the contract month plus the roll configuration's {@code ExpiryOffset} (approximate);</li>
 *   <li>volatility: the system's daily percentage volatility (pysystemtrade's {@code robust_vol_calc} of returns
 *       over the price) times 16, as a fraction;</li>
 *   <li>correlations: of the instruments' daily percentage returns over the last {@value #CORRELATION_DAYS} days
 *       both have (at least 20 such days, else not known);</li>
 *   <li>contract prices (marks): each day's price of a contract in whichever multiple-prices column holds it;</li>
 *   <li>volumes: the mean of a contract's last {@code volumeDays} known daily volumes up to the day.</li>
 * </ul>
 */
public final class MarketSnapshots {

  /** Days of returns in a correlation. */
  static final int CORRELATION_DAYS = 250;
  private static final int MIN_CORRELATION_DAYS = 20;

  private MarketSnapshots() {
  }

  /**
   * A snapshot.
   *
   * @param system the reference system (its config and data are the strategy's)
   * @param data the data the system runs on (its configuration gives costs and asset classes)
   * @param day the day
   * @param toMark contracts whose daily prices to keep (those traded or held)
   * @param volumes contract volumes ({@link ContractVolumes#NONE} if none)
   * @param volumeDays how many recent days of volume to average, &gt; 0
   * @return the snapshot
   */
  public static MarketSnapshot of(TradingSystem system, FuturesSimData data, LocalDate day,
      Collection<FuturesContract> toMark, ContractVolumes volumes, int volumeDays) {
    ArgChecker.notNull(system, "system");
    ArgChecker.notNull(data, "data");
    ArgChecker.notNull(day, "day");
    ArgChecker.notNull(toMark, "toMark");
    ArgChecker.notNull(volumes, "volumes");
    ArgChecker.positive(volumeDays, "volumeDays");
    long end = Timestamps.of(day.atTime(LocalTime.MAX).withNano(0));
    Currency base = system.context().baseCurrency();
    Portfolio portfolio = system.portfolio();
    Map<InstrumentCode, InstrumentFacts> facts = new LinkedHashMap<>();
    for (InstrumentCode code : system.instruments()) {
      instrumentFacts(system, data, code, end, base, portfolio, volumes, volumeDays)
          .ifPresent(f -> facts.put(code, f));
    }
    double idm = portfolio.instrumentDiversificationMultiplier().lastValidAtOrBefore(end);
    double riskTarget = VolTarget.fromConfig(system.config()).percentageVolTarget() / 100.0;
    Map<FuturesContract, NavigableMap<LocalDate, Double>> marks = new LinkedHashMap<>();
    Map<InstrumentCode, MultiplePrices> multiple = new LinkedHashMap<>();
    for (FuturesContract c : toMark) {
      MultiplePrices mp = multiple.computeIfAbsent(c.instrument(), data::multiplePrices);
      marks.put(c, contractPrices(mp, c.date(), end));
    }
    return new MarketSnapshot(day, base, facts, correlations(system, new ArrayList<>(facts.keySet()), end), idm,
        riskTarget, marks);
  }

  private static Optional<InstrumentFacts> instrumentFacts(TradingSystem system, FuturesSimData data,
      InstrumentCode code, long end, Currency base, Portfolio portfolio, ContractVolumes volumes, int volumeDays) {
    MultiplePrices mp = data.multiplePrices(code);
    int row = lastRowAtOrBefore(mp.price(), end);
    if (row < 0) {
      return Optional.empty();
    }
    InstrumentMeta meta = data.meta(code);
    ContractDate priced = mp.priceContractAt(row);
    Optional<ContractDate> forward = mp.forwardContractAt(row);
    double price = mp.price().lastValidAtOrBefore(end);
    double fx = meta.currency().equals(base) ? 1.0
        : data.fxRateForInstrument(code, base).lastValidAtOrBefore(end);
    double vol = system.rawData().dailyPercentageVolatility(code).lastValidAtOrBefore(end) * 16.0 / 100.0;
    double weight = portfolio.instrumentWeights().names().contains(code.value())
        ? portfolio.instrumentWeights().column(code.value()).lastValidAtOrBefore(end) : Double.NaN;
    Optional<Integer> expiryOffset = meta.rollParameters().map(RollParameters::expiryOffset);
    Map<ContractDate, Double> avg = new LinkedHashMap<>();
    averageVolume(volumes, FuturesContract.of(code, priced), end, volumeDays).ifPresent(v -> avg.put(priced, v));
    forward.flatMap(f -> averageVolume(volumes, FuturesContract.of(code, f), end, volumeDays))
        .ifPresent(v -> avg.put(forward.get(), v));
    LocalDate last = lastValidDay(mp.price(), end);
    return Optional.of(InstrumentFacts.builder(code, meta.currency(), meta.pointSize(), priced)
        .assetClass(meta.assetClass()).price(price, fx).forwardContract(forward.orElse(null))
        .expiries(expiryOffset.map(priced::expiry).orElse(null),
            forward.flatMap(f -> expiryOffset.map(f::expiry)).orElse(null))
        .lastPriceDate(last).annualVolatility(vol)
        .costs(meta.spreadCost(), meta.perBlock(), meta.percentage(), meta.perTrade())
        .instrumentWeight(weight).averageVolumes(avg).build());
  }

  private static Optional<Double> averageVolume(ContractVolumes volumes, FuturesContract contract, long end,
      int days) {
    Optional<TimeSeries> daily = volumes.daily(contract);
    if (daily.isEmpty()) {
      return Optional.empty();
    }
    TimeSeries s = daily.get();
    double sum = 0;
    int n = 0;
    for (int i = lastRowAtOrBefore(s, end); i >= 0 && n < days; i--) {
      double v = s.valuesView()[i];
      if (v == v) {
        sum += v;
        n++;
      }
    }
    return n == 0 ? Optional.empty() : Optional.of(sum / n);
  }

  /** Each day's last price of a contract, in whichever column holds it (the columns share one index). */
  private static NavigableMap<LocalDate, Double> contractPrices(MultiplePrices mp, ContractDate contract, long end) {
    NavigableMap<LocalDate, Double> out = new TreeMap<>();
    double[][] prices = {mp.price().valuesView(), mp.carry().valuesView(), mp.forward().valuesView()};
    double[][] contracts = {mp.priceContract().valuesView(), mp.carryContract().valuesView(),
        mp.forwardContract().valuesView()};
    long[] t = mp.price().timesView();
    double id = contract.asDouble();
    for (int i = 0; i < t.length && t[i] <= end; i++) {
      for (int col = 0; col < prices.length; col++) {
        if (contracts[col][i] == id && prices[col][i] == prices[col][i]) {
          out.put(Timestamps.toDate(t[i]), prices[col][i]);
        }
      }
    }
    return out;
  }

  private static Map<InstrumentCode, Map<InstrumentCode, Double>> correlations(TradingSystem system,
      List<InstrumentCode> codes, long end) {
    List<double[]> returns = new ArrayList<>();
    List<long[]> times = new ArrayList<>();
    for (InstrumentCode c : codes) {
      TimeSeries r = system.rawData().dailyPercentageReturns(c);
      returns.add(r.valuesView());
      times.add(r.timesView());
    }
    Map<InstrumentCode, Map<InstrumentCode, Double>> out = new LinkedHashMap<>();
    for (int a = 0; a < codes.size(); a++) {
      Map<InstrumentCode, Double> row = new LinkedHashMap<>();
      for (int b = a + 1; b < codes.size(); b++) {
        double rho = correlation(times.get(a), returns.get(a), times.get(b), returns.get(b), end);
        if (rho == rho) {
          row.put(codes.get(b), rho);
        }
      }
      out.put(codes.get(a), row);
    }
    return out;
  }

  /** Pearson's correlation over the last days (by date, on or before the end) both series have. */
  static double correlation(long[] ta, double[] ra, long[] tb, double[] rb, long end) {
    Map<LocalDate, Double> byDay = new TreeMap<>();
    for (int i = 0; i < ta.length && ta[i] <= end; i++) {
      if (ra[i] == ra[i]) {
        byDay.put(Timestamps.toDate(ta[i]), ra[i]);
      }
    }
    List<double[]> pairs = new ArrayList<>();
    for (int i = 0; i < tb.length && tb[i] <= end; i++) {
      Double x = byDay.get(Timestamps.toDate(tb[i]));
      if (x != null && rb[i] == rb[i]) {
        pairs.add(new double[] {x, rb[i]});
      }
    }
    int from = Math.max(0, pairs.size() - CORRELATION_DAYS);
    int n = pairs.size() - from;
    if (n < MIN_CORRELATION_DAYS) {
      return Double.NaN;
    }
    double mx = 0;
    double my = 0;
    for (int i = from; i < pairs.size(); i++) {
      mx += pairs.get(i)[0];
      my += pairs.get(i)[1];
    }
    mx /= n;
    my /= n;
    double sxy = 0;
    double sxx = 0;
    double syy = 0;
    for (int i = from; i < pairs.size(); i++) {
      double dx = pairs.get(i)[0] - mx;
      double dy = pairs.get(i)[1] - my;
      sxy += dx * dy;
      sxx += dx * dx;
      syy += dy * dy;
    }
    return sxx > 0 && syy > 0 ? sxy / Math.sqrt(sxx * syy) : Double.NaN;
  }

  private static int lastRowAtOrBefore(TimeSeries s, long end) {
    long[] t = s.timesView();
    int i = java.util.Arrays.binarySearch(t, end);
    return i >= 0 ? i : -i - 2;
  }

  private static LocalDate lastValidDay(TimeSeries s, long end) {
    double[] v = s.valuesView();
    for (int i = lastRowAtOrBefore(s, end); i >= 0; i--) {
      if (v[i] == v[i]) {
        return Timestamps.toDate(s.timesView()[i]);
      }
    }
    return null;
  }
}
