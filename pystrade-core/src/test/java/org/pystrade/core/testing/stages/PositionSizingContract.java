package org.pystrade.core.testing.stages;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;
import static org.pystrade.core.testing.stages.SeriesChecks.assertAgreeWhereBothDefined;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.pystrade.core.config.SystemConfig;
import org.pystrade.core.domain.InstrumentCode;
import org.pystrade.core.series.TimeSeries;
import org.pystrade.core.sizing.PositionSizing;
import org.pystrade.core.sizing.PositionSizingInputs;
import org.pystrade.core.system.TradingSystem;

/**
 * The contract of a {@link PositionSizing} stage: the checks of {@link StageContract} on every method of the stage,
 * and the definitions its interface documents: the capital is positive and the daily cash volatility target is
 * {@code capital * percentage_vol_target / 100 / 16}; FX rates are positive; the block value is the denominator
 * price times the point size times 0.01; the currency volatility is the block value times the percentage
 * volatility, and the value volatility that in base currency; the volatility scalar is the daily cash volatility
 * target over the value volatility; the subsystem position is the volatility scalar times the combined forecast over
 * {@code average_absolute_forecast} (never short for a long-only instrument).
 *
 * <p>Usage: extend it and return the factory of the stage under test.
 * <pre>{@code
 * class MySizingTest extends PositionSizingContract {
 *   @Override
 *   protected Function<PositionSizingInputs, PositionSizing> factory() {
 *     return MySizing::new;
 *   }
 * }
 * }</pre>
 */
public abstract class PositionSizingContract extends StageContract<PositionSizingInputs, PositionSizing> {

  /** For subclasses. */
  protected PositionSizingContract() {
    super(TradingSystem.Builder::positionSizing, TradingSystem::positionSizing);
  }

  @Override
  final List<StageCall> systemCalls(TradingSystem system) {
    PositionSizing p = system.positionSizing();
    return List.of(
        StageCall.configOnly("notionalCapital", "", () -> p.notionalCapital()),
        StageCall.configOnly("dailyCashVolTarget", "", () -> p.dailyCashVolTarget()));
  }

  @Override
  final List<StageCall> instrumentCalls(TradingSystem system, InstrumentCode c) {
    PositionSizing p = system.positionSizing();
    return List.of(
        StageCall.of("fxRate", c, () -> p.fxRate(c)),
        StageCall.of("blockValue", c, () -> p.blockValue(c)),
        StageCall.of("instrumentCurrencyVol", c, () -> p.instrumentCurrencyVol(c)),
        StageCall.of("instrumentValueVol", c, () -> p.instrumentValueVol(c)),
        StageCall.of("volatilityScalar", c, () -> p.volatilityScalar(c)),
        StageCall.of("subsystemPosition", c, () -> p.subsystemPosition(c)));
  }

  /** The capital is positive and the daily cash volatility target is its annual percentage target over 16. */
  @Test
  public void dailyCashVolTargetIsTheCapitalsAnnualTargetOverSixteen() {
    PositionSizing p = system().positionSizing();
    double capital = p.notionalCapital();
    assertThat(capital).as("notionalCapital()").isPositive().isFinite();
    double percent = system().config().getDouble("percentage_vol_target");
    assertThat(p.dailyCashVolTarget()).as("dailyCashVolTarget()")
        .isCloseTo(capital * percent / 100.0 / 16.0, within(1e-9 * capital));
  }

  /**
   * FX rates are positive, the block value is the denominator price times the point size times 0.01, the currency
   * volatility the block value times the percentage volatility, the value volatility that times the FX rate.
   */
  @Test
  public void volatilityIsTheBlockValueTimesThePercentageVolatilityInBaseCurrency() {
    TradingSystem s = system();
    PositionSizing p = s.positionSizing();
    for (InstrumentCode c : fixture().instruments()) {
      TimeSeries fx = p.fxRate(c);
      SeriesChecks.assertAll("fxRate(" + c + ")", fx, v -> v > 0, "is not positive");
      double pointSize = s.data().meta(c).pointSize();
      TimeSeries block = p.blockValue(c);
      assertAgreeWhereBothDefined("blockValue(" + c + ")", block,
          s.rawData().dailyDenominatorPrice(c).ffill().times(pointSize * 0.01));
      TimeSeries percentageVol = s.rawData().dailyPercentageVolatility(c);
      TimeSeries ccyVol = p.instrumentCurrencyVol(c);
      assertAgreeWhereBothDefined("instrumentCurrencyVol(" + c + ")", ccyVol,
          block.ffill().reindex(percentageVol).times(percentageVol));
      assertAgreeWhereBothDefined("instrumentValueVol(" + c + ")", p.instrumentValueVol(c),
          ccyVol.ffill().times(fx.reindexPad(ccyVol)));
    }
  }

  /**
   * The volatility scalar is the daily cash volatility target over the value volatility, and the subsystem position
   * the volatility scalar times the combined forecast over {@code average_absolute_forecast}, floored at zero for a
   * long-only instrument.
   */
  @Test
  public void subsystemPositionIsTheVolatilityScalarTimesTheForecast() {
    TradingSystem s = system();
    PositionSizing p = s.positionSizing();
    SystemConfig config = s.config();
    double average = config.getDouble("average_absolute_forecast");
    List<String> longOnly = config.getStringList("long_only_instruments");
    for (InstrumentCode c : fixture().instruments()) {
      TimeSeries scalar = p.volatilityScalar(c);
      double target = p.dailyCashVolTarget();
      assertAgreeWhereBothDefined("volatilityScalar(" + c + ")", scalar,
          p.instrumentValueVol(c).map(v -> target / v));
      TimeSeries forecast = s.combine().combinedForecast(c);
      TimeSeries expected = scalar.reindexPad(forecast).times(forecast).dividedBy(average);
      if (longOnly.contains(c.value())) {
        expected = expected.map(v -> Math.max(v, 0.0));
      }
      assertAgreeWhereBothDefined("subsystemPosition(" + c + ")", p.subsystemPosition(c), expected);
    }
  }
}
