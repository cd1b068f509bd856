package org.pystrade.core.rawdata;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.pystrade.core.config.ConfigException;
import org.pystrade.core.config.SystemConfig;
import org.pystrade.core.data.DataException;
import org.pystrade.core.data.InstrumentCode;
import org.pystrade.core.data.InstrumentMeta;
import org.pystrade.core.data.MultiplePrices;
import org.pystrade.core.series.Ewm;
import org.pystrade.core.series.SeriesFrame;
import org.pystrade.core.series.TimeSeries;
import org.pystrade.core.calc.StageKey;
import org.pystrade.core.system.TradingSystem;

/**
 * pysystemtrade's raw-data calculations. Memoised through the system: every method is computed once per
 * instrument (and argument).
 */
public class DefaultRawData implements RawData {

  /** Square root of business days in a year, pysystemtrade's annualisation factor. */
  public static final double ROOT_BDAYS_INYEAR = 16.0;

  /** The volatility functions of {@code sysquant.estimators.vol} that pystrade knows. */
  private static final String VOL_FUNCTIONS = "sysquant.estimators.vol.mixed_vol_calc, "
      + "sysquant.estimators.vol.robust_vol_calc, sysquant.estimators.vol.simple_ewvol_calc, "
      + "sysquant.estimators.vol.simple_vol_calc";

  /** The {@code name_returns_attr_in_rawdata} values pystrade supports. */
  private static final String RETURNS_ATTRS = "daily_returns, get_daily_percentage_returns, get_daily_prices, "
      + "daily_denominator_price, daily_annualised_roll";

  private final TradingSystem system;

  /**
   * Creates the stage for a system.
   *
   * @param system the system
   */
  public DefaultRawData(TradingSystem system) {
    this.system = system;
  }

  private <T> T memo(String method, Object arg, java.util.function.Supplier<T> f) {
    return system.memo().get(new StageKey("rawdata", method, arg, null), f);
  }

  @Override
  public TimeSeries dailyPrices(InstrumentCode code) {
    return memo("dailyPrices", code, () -> {
      TimeSeries raw = system.data().adjustedPrices(code);
      if (raw.countValid() == 0) {
        throw new DataException("instrument " + code + " has no valid adjusted prices");
      }
      return raw.resampleBusinessDayLast();
    });
  }

  @Override
  public TimeSeries dailyReturns(InstrumentCode code) {
    return dailyPrices(code).diff();
  }

  @Override
  public TimeSeries dailyPercentageReturns(InstrumentCode code) {
    return memo("dailyPercentageReturns", code, () -> RawData.super.dailyPercentageReturns(code));
  }

  @Override
  public TimeSeries dailyReturnsVolatility(InstrumentCode code) {
    return memo("dailyReturnsVolatility", code, () -> {
      SystemConfig c = system.config();
      String p = "volatility_calculation.";
      String func = c.getString(p + "func");
      TimeSeries returns = volatilityInput(code, c.has(p + "name_returns_attr_in_rawdata")
          ? c.getString(p + "name_returns_attr_in_rawdata") : "daily_returns");
      double multiplier = c.getDouble(p + "multiplier_to_get_daily_vol", 1.0);
      double days = c.getDouble(p + "days", 35);
      int minPeriods = (int) c.getDouble(p + "min_periods", 10);
      double volAbsMin = c.getDouble(p + "vol_abs_min", 1e-10);
      boolean backfill = c.find(p + "backfill").map(n -> n.asBoolean()).orElse(false);
      String shortName = func.substring(func.lastIndexOf('.') + 1);
      TimeSeries vol;
      switch (shortName) {
        case "mixed_vol_calc":
          vol = VolCalculations.mixedVol(returns, days, minPeriods, c.getDouble(p + "slow_vol_years", 20),
              c.getDouble(p + "proportion_of_slow_vol", 0.3), volAbsMin, backfill);
          break;
        case "simple_ewvol_calc":
          // pysystemtrade's simple_ewvol_calc ignores vol_abs_min and backfill
          vol = VolCalculations.simpleEwVol(returns, days, minPeriods, 0.0);
          break;
        case "simple_vol_calc":
          // pysystemtrade's simple_vol_calc ignores vol_abs_min and backfill
          vol = VolCalculations.simpleVol(returns, rollingWindow(days, minPeriods), minPeriods);
          break;
        case "robust_vol_calc":
          vol = VolCalculations.robustVol(returns, days, minPeriods, volAbsMin,
              c.find(p + "vol_floor").map(n -> n.asBoolean()).orElse(true), c.getDouble(p + "floor_min_quant", 0.05),
              (int) c.getDouble(p + "floor_min_periods", 100), (int) c.getDouble(p + "floor_days", 500), backfill);
          break;
        default:
          throw new ConfigException("config key 'volatility_calculation.func' names an unknown volatility function '"
              + func + "'; known: " + VOL_FUNCTIONS);
      }
      return multiplier == 1.0 ? vol : vol.times(multiplier);
    });
  }

  /**
   * The raw-data series whose volatility is measured, named by {@code volatility_calculation.
   * name_returns_attr_in_rawdata} as pysystemtrade names its rawdata methods: the daily series that do not depend on
   * the volatility.
   */
  private TimeSeries volatilityInput(InstrumentCode code, String attr) {
    switch (attr) {
      case "daily_returns":
        return dailyReturns(code);
      case "get_daily_percentage_returns":
        return dailyPercentageReturns(code);
      case "get_daily_prices":
        return dailyPrices(code);
      case "daily_denominator_price":
        return dailyDenominatorPrice(code);
      case "daily_annualised_roll":
        return dailyAnnualisedRoll(code);
      case "daily_returns_volatility":
      case "annualised_returns_volatility":
      case "get_daily_percentage_volatility":
      case "get_daily_vol_normalised_returns":
      case "get_cumulative_daily_vol_normalised_returns":
      case "raw_carry":
      case "smoothed_carry":
      case "median_carry_for_asset_class":
      case "normalised_price_for_asset_class":
        throw new ConfigException("config key 'volatility_calculation.name_returns_attr_in_rawdata' names '" + attr
            + "', which is computed from the volatility itself (pysystemtrade recurses without end); use one of "
            + RETURNS_ATTRS);
      default:
        throw new ConfigException("config key 'volatility_calculation.name_returns_attr_in_rawdata' names '" + attr
            + "', which pystrade does not support; supported: " + RETURNS_ATTRS);
    }
  }

  /** pandas' rolling window: a whole number of rows, at least {@code min_periods}. */
  private static int rollingWindow(double days, int minPeriods) {
    if (days != Math.rint(days) || days < 1 || days > Integer.MAX_VALUE) {
      throw new ConfigException("config key 'volatility_calculation.days' must be a whole number of days, at least 1,"
          + " for sysquant.estimators.vol.simple_vol_calc (a rolling window) but was " + days);
    }
    if (minPeriods > days) {
      throw new ConfigException("config key 'volatility_calculation.min_periods' must be <= 'days' for "
          + "sysquant.estimators.vol.simple_vol_calc but was " + minPeriods + " > " + (int) days);
    }
    return (int) days;
  }

  @Override
  public TimeSeries dailyDenominatorPrice(InstrumentCode code) {
    return memo("dailyDenominatorPrice", code,
        () -> system.data().multiplePrices(code).price().resampleBusinessDayLast());
  }

  @Override
  public TimeSeries dailyPercentageVolatility(InstrumentCode code) {
    TimeSeries vol = dailyReturnsVolatility(code);
    // vol / |denominator price, forward-filled on vol's index| * 100, in one pass
    double[] denom = dailyDenominatorPrice(code).valuesOn(vol.timesView());
    double[] v = vol.valuesView();
    double last = Double.NaN;
    for (int i = 0; i < denom.length; i++) {
      double d = denom[i];
      if (d == d) {
        last = d;
      }
      denom[i] = v[i] / Math.abs(last) * 100.0;
    }
    return vol.withValuesOwned(denom);
  }

  // The roll series below are at the data's own (possibly intraday) resolution: they are computed on demand, not
  // memoised, so that a large universe does not keep several full-resolution copies alive; the daily annualised
  // roll, which the carry rules read, is memoised.

  @Override
  public TimeSeries rawFuturesRoll(InstrumentCode code) {
    MultiplePrices mp = system.data().multiplePrices(code);
    return mp.price().minus(mp.carry()).map(v -> v == 0.0 ? Double.NaN : v);
  }

  @Override
  public TimeSeries rollDifferentials(InstrumentCode code) {
    MultiplePrices mp = system.data().multiplePrices(code);
    return mp.carryContract().combine(mp.priceContract(),
        (carry, price) -> yearFraction(carry) - yearFraction(price));
  }

  /**
   * The year fraction of a {@code YYYYMMDD} contract id: {@code year + month / 12}.
   *
   * @param contractId the id as a number, NaN if missing
   * @return the year fraction, NaN if missing
   */
  static double yearFraction(double contractId) {
    if (contractId != contractId) {
      return Double.NaN;
    }
    long id = (long) contractId;
    long year = id / 10000;
    long month = (id / 100) % 100;
    return year + month / 12.0;
  }

  @Override
  public TimeSeries annualisedRoll(InstrumentCode code) {
    // rawFuturesRoll / rollDifferentials in one pass (the same arithmetic, one array instead of three)
    MultiplePrices mp = system.data().multiplePrices(code);
    double[] price = mp.price().valuesView();
    double[] carry = mp.carry().valuesView();
    double[] priceContract = mp.priceContract().valuesView();
    double[] carryContract = mp.carryContract().valuesView();
    double[] out = new double[price.length];
    // contract ids repeat for months of rows: their year fractions are computed once per change
    double lastPriceId = Double.NaN;
    double lastCarryId = Double.NaN;
    double priceYears = Double.NaN;
    double carryYears = Double.NaN;
    for (int i = 0; i < price.length; i++) {
      double roll = price[i] - carry[i];
      if (roll == 0.0) {
        roll = Double.NaN;
      }
      if (Double.doubleToRawLongBits(priceContract[i]) != Double.doubleToRawLongBits(lastPriceId)) {
        lastPriceId = priceContract[i];
        priceYears = yearFraction(lastPriceId);
      }
      if (Double.doubleToRawLongBits(carryContract[i]) != Double.doubleToRawLongBits(lastCarryId)) {
        lastCarryId = carryContract[i];
        carryYears = yearFraction(lastCarryId);
      }
      out[i] = roll / (carryYears - priceYears);
    }
    return mp.price().withValuesOwned(out);
  }

  @Override
  public TimeSeries dailyAnnualisedRoll(InstrumentCode code) {
    return memo("dailyAnnualisedRoll", code, () -> {
      // the position sizing reads the daily denominator price from the same multiple prices: derived now, while
      // the file is in hand, so that a data source keeping files only while in use need not read it again
      MultiplePrices held = system.data().multiplePrices(code);
      TimeSeries roll = annualisedRoll(code).resampleBusinessDayMean();
      dailyDenominatorPrice(code);
      java.lang.ref.Reference.reachabilityFence(held);
      return roll;
    });
  }

  @Override
  public TimeSeries rawCarry(InstrumentCode code) {
    TimeSeries annStdev = dailyReturnsVolatility(code).times(ROOT_BDAYS_INYEAR);
    return dailyAnnualisedRoll(code).dividedBy(annStdev);
  }

  @Override
  public TimeSeries smoothedCarry(InstrumentCode code, double smoothDays) {
    return system.memo().get(new StageKey("rawdata", "smoothedCarry", code, smoothDays),
        () -> rawCarry(code).ewmMean(Ewm.com(smoothDays)));
  }

  @Override
  public TimeSeries medianCarryForAssetClass(InstrumentCode code) {
    return memo("medianCarryForAssetClass", code, () -> {
      String assetClass = system.data().meta(code).assetClass();
      TimeSeries median = system.memo().get(new StageKey("rawdata", "medianCarryOfAssetClass", assetClass, null),
          () -> {
            Map<String, TimeSeries> carries = new LinkedHashMap<>();
            for (InstrumentCode other : instrumentsInAssetClass(assetClass)) {
              TimeSeries carry = orNull(() -> rawCarry(other));
              if (carry != null) {
                carries.put(other.value(), carry);
              }
            }
            // pandas: concat then ewm(90) per column (positional = centre of mass), then row median
            SeriesFrame frame = SeriesFrame.concat(carries);
            Map<String, TimeSeries> smoothed = new LinkedHashMap<>();
            for (Map.Entry<String, TimeSeries> e : frame.toMap().entrySet()) {
              smoothed.put(e.getKey(), e.getValue().ewmMean(Ewm.com(90)));
            }
            return CrossSection.rowMedian(SeriesFrame.concat(smoothed));
          });
      return median.reindex(rawCarry(code)).ffill();
    });
  }

  @Override
  public TimeSeries dailyVolNormalisedReturns(InstrumentCode code) {
    return memo("dailyVolNormalisedReturns", code,
        () -> dailyReturns(code).dividedBy(dailyReturnsVolatility(code).shift(1)));
  }

  @Override
  public TimeSeries cumulativeDailyVolNormalisedReturns(InstrumentCode code) {
    return memo("cumulativeDailyVolNormalisedReturns", code, () -> dailyVolNormalisedReturns(code).cumsum());
  }

  @Override
  public TimeSeries normalisedPriceForAssetClass(InstrumentCode code) {
    return memo("normalisedPriceForAssetClass", code, () -> {
      String assetClass = system.data().meta(code).assetClass();
      TimeSeries norm = system.memo().get(new StageKey("rawdata", "normalisedPriceOfAssetClass", assetClass, null),
          () -> {
            Map<String, TimeSeries> returns = new LinkedHashMap<>();
            for (InstrumentCode other : instrumentsInAssetClass(assetClass)) {
              TimeSeries r = orNull(() -> dailyVolNormalisedReturns(other));
              if (r != null) {
                returns.put(other.value(), r);
              }
            }
            return CrossSection.rowMedian(SeriesFrame.concat(returns)).cumsum();
          });
      return norm.reindex(cumulativeDailyVolNormalisedReturns(code)).ffill();
    });
  }

  @Override
  public int rollsPerYear(InstrumentCode code) {
    return system.data().meta(code).rollParameters().map(r -> r.rollsPerYear()).orElse(1);
  }

  /**
   * The configured instruments of an asset class. Configured, not {@link TradingSystem#instruments()}: deciding
   * which instruments are usable computes their positions, which may need this very cross-section.
   */
  private List<InstrumentCode> instrumentsInAssetClass(String assetClass) {
    List<InstrumentCode> out = new ArrayList<>();
    for (InstrumentCode c : system.configuredInstruments()) {
      InstrumentMeta meta = orNull(() -> system.data().meta(c));
      if (meta != null && meta.assetClass().equals(assetClass)) {
        out.add(c);
      }
    }
    return out;
  }

  /** The value, or null when the instrument's data cannot give it (it is then left out of a cross-section). */
  private static <T> T orNull(java.util.function.Supplier<T> f) {
    try {
      return f.get();
    } catch (DataException ex) {
      return null;
    }
  }
}
