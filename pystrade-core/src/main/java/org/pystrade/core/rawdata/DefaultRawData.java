package org.pystrade.core.rawdata;

import java.lang.ref.Reference;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.function.Supplier;
import org.pystrade.core.calc.StageContext;
import org.pystrade.core.data.DailyPrices;
import org.pystrade.core.data.DataException;
import org.pystrade.core.data.FuturesSimData;
import org.pystrade.core.data.InstrumentMeta;
import org.pystrade.core.data.MultiplePrices;
import org.pystrade.core.domain.InstrumentCode;
import org.pystrade.core.domain.ReasonCode;
import org.pystrade.core.series.Ewm;
import org.pystrade.core.series.SeriesFrame;
import org.pystrade.core.series.TimeSeries;
import org.pystrade.core.series.Timestamps;
import org.pystrade.core.util.ArgChecker;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * pysystemtrade's raw-data calculations. Memoised through the system's context: every method is computed once per
 * instrument (and argument). Series derived from others are computed through the overridable methods they depend
 * on, so a subclass that overrides, say, {@link #dailyPrices} changes every series computed from the prices.
 */
public class DefaultRawData implements RawData {

  /** Square root of business days in a year, pysystemtrade's annualisation factor. */
  public static final double ROOT_BDAYS_INYEAR = 16.0;

  /**
   * The long averages of a factor: an ewm whose centre of mass is 15 years of 256 business days (hard-coded in
   * pysystemtrade, which passes the number to pandas positionally).
   */
  private static final Ewm FACTOR_AVERAGE = Ewm.com(15 * VolCalculations.BUSINESS_DAYS_IN_YEAR);

  private static final Logger LOG = LoggerFactory.getLogger(DefaultRawData.class);

  private final StageContext context;
  private final FuturesSimData data;
  private final VolatilityParams volatility;

  /**
   * Creates the stage.
   *
   * @param inputs the context and the volatility parameters
   */
  public DefaultRawData(RawDataInputs inputs) {
    ArgChecker.notNull(inputs, "inputs");
    this.context = inputs.context();
    this.data = context.data();
    this.volatility = inputs.volatility();
  }

  private <T> T memo(String method, Object arg, Supplier<T> f) {
    return context.memo("rawdata", method, arg, null, f);
  }

  /**
   * The daily prices the data source keeps ({@link FuturesSimData#daily}), asked once per instrument, used by this
   * class itself only: a subclass may override how any series is derived from the prices, so it derives them all
   * from the prices.
   */
  private Optional<DailyPrices> daily(InstrumentCode code) {
    return getClass() == DefaultRawData.class ? memo("daily", code, () -> data.daily(code)) : Optional.empty();
  }

  @Override
  public TimeSeries dailyPrices(InstrumentCode code) {
    return memo("dailyPrices", code, () -> {
      Optional<DailyPrices> daily = daily(code);
      if (daily.isPresent()) {
        return daily.get().adjusted();
      }
      TimeSeries raw = data.adjustedPrices(code);
      if (raw.firstValidIndex() < 0) {
        throw new DataException(ReasonCode.INSUFFICIENT_DATA, "instrument " + code + " has no valid adjusted prices ("
            + (raw.size() == 0 ? "no row" : raw.size() + (raw.size() == 1 ? " row" : " rows") + ", all empty") + ")");
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
      VolatilityParams p = volatility;
      TimeSeries returns = volatilityInput(code, p.input());
      TimeSeries vol;
      switch (p.function()) {
        case MIXED:
          vol = VolCalculations.mixedVol(returns, p.days(), p.minPeriods(), p.slowVolYears(),
              p.proportionOfSlowVol(), p.volAbsMin(), p.backfill());
          break;
        case SIMPLE_EW:
          // pysystemtrade's simple_ewvol_calc ignores vol_abs_min and backfill
          vol = VolCalculations.simpleEwVol(returns, p.days(), p.minPeriods(), 0.0);
          break;
        case SIMPLE:
          // pysystemtrade's simple_vol_calc ignores vol_abs_min and backfill
          vol = VolCalculations.simpleVol(returns, (int) p.days(), p.minPeriods());
          break;
        case ROBUST:
          vol = VolCalculations.robustVol(returns, p.days(), p.minPeriods(), p.volAbsMin(), p.volFloor(),
              p.floorMinQuant(), p.floorMinPeriods(), p.floorDays(), p.backfill());
          break;
        default:
          throw new IllegalStateException("unhandled volatility function " + p.function());
      }
      return p.multiplier() == 1.0 ? vol : vol.times(p.multiplier());
    });
  }

  /**
   * The raw-data series whose volatility is measured, named by {@code volatility_calculation.
   * name_returns_attr_in_rawdata} as pysystemtrade names its rawdata methods: the daily series that do not depend on
   * the volatility.
   */
  private TimeSeries volatilityInput(InstrumentCode code, VolatilityParams.ReturnsInput input) {
    switch (input) {
      case DAILY_RETURNS:
        return dailyReturns(code);
      case DAILY_PERCENTAGE_RETURNS:
        return dailyPercentageReturns(code);
      case DAILY_PRICES:
        return dailyPrices(code);
      case DAILY_DENOMINATOR_PRICE:
        return dailyDenominatorPrice(code);
      case DAILY_ANNUALISED_ROLL:
        return dailyAnnualisedRoll(code);
      default:
        throw new IllegalStateException("unhandled volatility input " + input);
    }
  }

  /**
   * {@inheritDoc}
   *
   * <p>An instrument without multiple prices (pysystemtrade's {@code missingData}) has its daily adjusted prices as
   * denominator, as in pysystemtrade: such instruments take part in cross-sections of percentage returns (the
   * factor averages of an asset class), though a system cannot trade them.
   */
  @Override
  public TimeSeries dailyDenominatorPrice(InstrumentCode code) {
    return memo("dailyDenominatorPrice", code, () -> {
      Optional<DailyPrices> daily = daily(code);
      if (daily.isPresent()) {
        return daily.get().price();
      }
      MultiplePrices mp;
      try {
        mp = data.multiplePrices(code);
      } catch (DataException ex) {
        if (ex.code() != ReasonCode.MISSING_DATA) {
          throw ex;
        }
        LOG.debug("{}: no multiple prices, percentage returns are of the adjusted prices ({})", code,
            ex.getMessage());
        return dailyPrices(code);
      }
      return mp.price().resampleBusinessDayLast();
    });
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
    MultiplePrices mp = data.multiplePrices(code);
    return mp.price().minus(mp.carry()).map(v -> v == 0.0 ? Double.NaN : v);
  }

  @Override
  public TimeSeries rollDifferentials(InstrumentCode code) {
    MultiplePrices mp = data.multiplePrices(code);
    return mp.carryContract().combine(mp.priceContract(),
        (carry, price) -> MultiplePrices.yearFraction(carry) - MultiplePrices.yearFraction(price));
  }

  @Override
  public TimeSeries annualisedRoll(InstrumentCode code) {
    return data.multiplePrices(code).annualisedRoll();
  }

  @Override
  public TimeSeries dailyAnnualisedRoll(InstrumentCode code) {
    return memo("dailyAnnualisedRoll", code, () -> {
      Optional<DailyPrices> daily = daily(code);
      if (daily.isPresent()) {
        return daily.get().annualisedRoll();
      }
      // the position sizing reads the daily denominator price from the same multiple prices: derived now, while
      // the file is in hand, so that a data source keeping files only while in use need not read it again
      MultiplePrices held = data.multiplePrices(code);
      TimeSeries roll = annualisedRoll(code).resampleBusinessDayMean();
      dailyDenominatorPrice(code);
      Reference.reachabilityFence(held);
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
    return context.memo("rawdata", "smoothedCarry", code, smoothDays,
        () -> rawCarry(code).ewmMean(Ewm.com(smoothDays)));
  }

  @Override
  public TimeSeries medianCarryForAssetClass(InstrumentCode code) {
    return memo("medianCarryForAssetClass", code, () -> {
      String assetClass = data.meta(code).assetClass();
      TimeSeries median = context.memo("rawdata", "medianCarryOfAssetClass", assetClass, null,
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
      String assetClass = data.meta(code).assetClass();
      TimeSeries norm = context.memo("rawdata", "normalisedPriceOfAssetClass", assetClass, null,
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

  // ------------------------------------------------------------------ factors (pysystemtrade's rob_system raw data)

  @Override
  public TimeSeries factorValue(InstrumentCode code, Factor factor) {
    ArgChecker.notNull(factor, "factor");
    return context.memo("rawdata", "factorValue", code, factor, () -> {
      long window = factor.lookbackDays() * Timestamps.SECONDS_PER_DAY;
      switch (factor.kind()) {
        case SKEW:
          return dailyPercentageReturns(code).rollingSkewOverTime(window);
        case NEG_SKEW:
          return factorValue(code, new Factor(Factor.Kind.SKEW, factor.lookbackDays())).map(v -> -v);
        case KURTOSIS:
          return dailyPercentageReturns(code).rollingKurtOverTime(window);
        default:
          throw new IllegalStateException("unhandled factor " + factor);
      }
    });
  }

  @Override
  public TimeSeries factorDemeanValue(InstrumentCode code, Factor factor, DemeanMethod method) {
    ArgChecker.notNull(method, "method");
    switch (method) {
      case AVERAGE_FACTOR_VALUE_FOR_INSTRUMENT:
        return averageFactorValueForInstrument(code, factor);
      case AVERAGE_FACTOR_VALUE_IN_ASSET_CLASS_FOR_INSTRUMENT:
        return averageFactorValueInAssetClass(data.meta(code).assetClass(), factor);
      case CURRENT_AVERAGE_FACTOR_VALUES_OVER_ALL_ASSETS:
        return currentAverageFactorValueOverAllAssets(factor);
      case HISTORIC_AVERAGE_FACTOR_VALUE_ALL_ASSETS:
        return historicAverageFactorValueAllAssets(factor);
      default:
        throw new IllegalStateException("unhandled demean method " + method);
    }
  }

  /**
   * pysystemtrade's {@code average_factor_value_for_instrument}: the instrument's factor averaged by an
   * exponentially weighted mean whose centre of mass is 15 years of 256 business days (pysystemtrade passes the
   * number to pandas positionally).
   *
   * @param code the instrument
   * @param factor the factor
   * @return the long average, on the factor's index
   */
  public TimeSeries averageFactorValueForInstrument(InstrumentCode code, Factor factor) {
    return context.memo("rawdata", "averageFactorValueForInstrument", code, factor,
        () -> factorValue(code, factor).ewmMean(FACTOR_AVERAGE));
  }

  /**
   * pysystemtrade's {@code current_average_factor_value_over_asset_class}: each day, the mean of the factor of every
   * instrument of the asset class that the data holds (instruments with adjusted prices and an asset class in the
   * instrument configuration, whether or not the system trades them), each forward filled over the union of their
   * indexes. An instrument whose factor cannot be computed is left out, with a warning.
   *
   * @param assetClass the asset class
   * @param factor the factor
   * @return the cross-sectional mean, on the union of the factors' indexes
   */
  public TimeSeries averageFactorValueInAssetClass(String assetClass, Factor factor) {
    ArgChecker.notNull(assetClass, "assetClass");
    return context.memo("rawdata", "averageFactorValueInAssetClass", assetClass, factor,
        () -> crossSectionalMeanOfFactor(dataInstrumentsByAssetClass().getOrDefault(assetClass, List.of()), factor,
            "asset class " + assetClass));
  }

  /**
   * pysystemtrade's {@code current_average_factor_values_over_all_assets}: each day, the mean of the factor of every
   * instrument of the system, each forward filled over the union of their indexes.
   *
   * @param factor the factor
   * @return the cross-sectional mean, on the union of the factors' indexes
   */
  public TimeSeries currentAverageFactorValueOverAllAssets(Factor factor) {
    return context.memo("rawdata", "currentAverageFactorValueOverAllAssets", factor, null,
        () -> crossSectionalMeanOfFactor(context.configuredInstruments(), factor, "the system's instruments"));
  }

  /**
   * pysystemtrade's {@code historic_average_factor_value_all_assets}: the {@link
   * #currentAverageFactorValueOverAllAssets} averaged by an exponentially weighted mean with centre of mass 15 years
   * of 256 business days.
   *
   * @param factor the factor
   * @return the long average of the cross-sectional mean
   */
  public TimeSeries historicAverageFactorValueAllAssets(Factor factor) {
    return context.memo("rawdata", "historicAverageFactorValueAllAssets", factor, null,
        () -> currentAverageFactorValueOverAllAssets(factor).ewmMean(FACTOR_AVERAGE));
  }

  private TimeSeries crossSectionalMeanOfFactor(List<InstrumentCode> instruments, Factor factor, String what) {
    List<TimeSeries> values = context.parallel().mapNested(instruments, other -> {
      try {
        return factorValue(other, factor);
      } catch (DataException ex) {
        LOG.warn("{} left out of the {} average of {}: {}", other, factor, what, ex.getMessage());
        return null;
      }
    });
    Map<String, TimeSeries> columns = new LinkedHashMap<>();
    for (int i = 0; i < instruments.size(); i++) {
      if (values.get(i) != null) {
        columns.put(instruments.get(i).value(), values.get(i));
      }
    }
    // pandas: concat(axis=1) on the union of the indexes, ffill() each column, then mean(axis=1) skipping NaN
    return CrossSection.rowMean(SeriesFrame.concat(columns).ffill());
  }

  /**
   * Every instrument the data holds (with adjusted prices) by the asset class its configuration gives, as
   * pysystemtrade's {@code data.all_instruments_in_asset_class}; an instrument without a readable configuration
   * has no asset class.
   */
  private Map<String, List<InstrumentCode>> dataInstrumentsByAssetClass() {
    return context.memo("rawdata", "dataInstrumentsByAssetClass", null, null, () -> {
      Map<String, List<InstrumentCode>> out = new TreeMap<>();
      for (InstrumentCode c : data.instruments()) {
        InstrumentMeta meta = orNull(() -> data.meta(c));
        if (meta != null) {
          out.computeIfAbsent(meta.assetClass(), k -> new ArrayList<>()).add(c);
        }
      }
      return out;
    });
  }

  @Override
  public int rollsPerYear(InstrumentCode code) {
    return data.meta(code).rollParameters().map(r -> r.rollsPerYear()).orElse(1);
  }

  /**
   * The configured instruments of an asset class. Configured, not the portfolio's usable instruments: deciding
   * which instruments are usable computes their positions, which may need this very cross-section.
   */
  private List<InstrumentCode> instrumentsInAssetClass(String assetClass) {
    List<InstrumentCode> out = new ArrayList<>();
    for (InstrumentCode c : context.configuredInstruments()) {
      InstrumentMeta meta = orNull(() -> data.meta(c));
      if (meta != null && meta.assetClass().equals(assetClass)) {
        out.add(c);
      }
    }
    return out;
  }

  /** The value, or null when the instrument's data cannot give it (it is then left out of a cross-section). */
  private static <T> T orNull(Supplier<T> f) {
    try {
      return f.get();
    } catch (DataException ex) {
      return null;
    }
  }
}
