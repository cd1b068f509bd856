package org.pystrade.data.pipeline;

import java.util.List;
import java.util.Map;
import java.util.Set;
import org.pystrade.core.data.FxRates;
import org.pystrade.core.domain.FxPair;
import org.pystrade.core.series.TimeSeries;
import org.pystrade.core.util.ArgChecker;

/**
 * FX rates of any pair from the stored series, as pysystemtrade's {@code fxPricesData.get_fx_prices} finds them:
 * the pair as stored; else the inverse of the reverse pair ({@code 1 / USDXXX}, element by element); else the cross
 * through USD of the two currencies' USD values, aligned on the union of their timestamps with each forward-filled
 * (pysystemtrade's {@code align(join="outer")} and {@code ffill}), NaN before both have a value. A USD value is the
 * {@code XXXUSD} series, or the inverse of {@code USDXXX}.
 */
public final class FxCrosses {

  private static final String USD = "USD";

  private FxCrosses() {
  }

  /**
   * The rate of a pair.
   *
   * @param pair the pair ({@code GBPEUR}: the value of one GBP in EUR)
   * @param stored the stored series by code ({@code "GBPUSD"})
   * @return the series, or a refusal ({@link Check#MISSING_FX}) naming what is missing
   */
  public static Outcome<TimeSeries> rate(FxPair pair, Map<String, TimeSeries> stored) {
    ArgChecker.notNull(pair, "pair");
    ArgChecker.notNull(stored, "stored");
    String code = pair.code();
    String route = route(code, stored.keySet());
    if (route == null) {
      return Outcome.refused(List.of(Problem.error(Check.MISSING_FX, code, "no " + code + ", no "
          + pair.inverse().code() + " and no USD value of " + pair.base() + " and " + pair.quote() + " (stored: "
          + new java.util.TreeSet<>(stored.keySet()) + ")")));
    }
    if (route.equals(code)) {
      return Outcome.of(stored.get(code));
    }
    if (route.equals(pair.inverse().code())) {
      return Outcome.of(inverse(stored.get(route)));
    }
    return Outcome.of(FxRates.cross(usdValue(pair.base().code(), stored), usdValue(pair.quote().code(), stored)));
  }

  /**
   * {@code 1 / rate}, element by element.
   *
   * @param rate the rate of a pair
   * @return the rate of the inverse pair
   */
  public static TimeSeries inverse(TimeSeries rate) {
    ArgChecker.notNull(rate, "rate");
    return rate.map(v -> 1.0 / v);
  }

  /** How a pair is found: its own code, the reverse code, "cross", or null when it cannot be. */
  static String route(String code, Set<String> available) {
    if (available.contains(code)) {
      return code;
    }
    String base = code.substring(0, 3);
    String quote = code.substring(3);
    if (available.contains(quote + base)) {
      return quote + base;
    }
    return hasUsdValue(base, available) && hasUsdValue(quote, available) ? "cross" : null;
  }

  private static boolean hasUsdValue(String ccy, Set<String> available) {
    return ccy.equals(USD) || available.contains(ccy + USD) || available.contains(USD + ccy);
  }

  private static TimeSeries usdValue(String ccy, Map<String, TimeSeries> stored) {
    if (ccy.equals(USD)) {
      return FxRates.unitSeries();
    }
    TimeSeries direct = stored.get(ccy + USD);
    return direct != null ? direct : inverse(stored.get(USD + ccy));
  }
}
