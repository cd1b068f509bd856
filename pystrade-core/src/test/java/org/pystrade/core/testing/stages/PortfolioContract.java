package org.pystrade.core.testing.stages;

import static org.assertj.core.api.Assertions.assertThat;
import static org.pystrade.core.testing.stages.SeriesChecks.assertAgreeWhereBothDefined;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.pystrade.core.data.InstrumentFailure;
import org.pystrade.core.domain.InstrumentCode;
import org.pystrade.core.portfolio.Portfolio;
import org.pystrade.core.portfolio.PortfolioInputs;
import org.pystrade.core.series.SeriesFrame;
import org.pystrade.core.series.TimeSeries;
import org.pystrade.core.series.Timestamps;
import org.pystrade.core.system.TradingSystem;

/**
 * The contract of a {@link Portfolio} stage: the checks of {@link StageContract} on every method of the stage, and
 * what its interface documents: the portfolio holds the configured instruments with usable data, in configured
 * order, and reports the one without data as a failure naming it; instrument weights are one column per instrument,
 * never negative, and each day's weights sum to one; the IDM is positive; the notional position is the subsystem
 * position times the instrument weight times the IDM; the buffer is never negative, its edges are the position plus
 * and minus the buffer, so {@code lowerBuffer <= notionalPosition <= upperBuffer} wherever they are defined.
 *
 * <p>Usage: extend it and return the factory of the stage under test.
 * <pre>{@code
 * class MyPortfolioTest extends PortfolioContract {
 *   @Override
 *   protected Function<PortfolioInputs, Portfolio> factory() {
 *     return MyPortfolio::new;
 *   }
 * }
 * }</pre>
 */
public abstract class PortfolioContract extends StageContract<PortfolioInputs, Portfolio> {

  /** For subclasses. */
  protected PortfolioContract() {
    super(TradingSystem.Builder::portfolio, TradingSystem::portfolio);
  }

  @Override
  final List<StageCall> systemCalls(TradingSystem system) {
    Portfolio p = system.portfolio();
    return List.of(
        StageCall.of("instruments", "", () -> p.instruments()),
        StageCall.of("failures", "", () -> p.failures()),
        StageCall.of("instrumentWeights", "", () -> p.instrumentWeights()),
        StageCall.of("instrumentDiversificationMultiplier", "", () -> p.instrumentDiversificationMultiplier()));
  }

  @Override
  final List<StageCall> instrumentCalls(TradingSystem system, InstrumentCode c) {
    Portfolio p = system.portfolio();
    return List.of(
        StageCall.of("notionalPosition", c, () -> p.notionalPosition(c)),
        StageCall.of("buffer", c, () -> p.buffer(c)),
        StageCall.of("upperBuffer", c, () -> p.upperBuffer(c)),
        StageCall.of("lowerBuffer", c, () -> p.lowerBuffer(c)));
  }

  /**
   * The portfolio holds the configured instruments with usable data in configured order, and reports the one
   * without data as a failure whose reason names it.
   */
  @Test
  public void thePortfolioHoldsTheInstrumentsWithDataAndReportsTheOthers() {
    Portfolio p = system().portfolio();
    assertThat(p.instruments()).as("instruments()").containsExactlyElementsOf(fixture().instruments());
    InstrumentCode missing = fixture().missingDataInstrument();
    assertThat(p.failures()).as("failures()").extracting(InstrumentFailure::instrument).containsExactly(missing);
    assertThat(p.failures().get(0).reason()).as("the failure's reason").contains(missing.value());
  }

  /** Instrument weights have one column per instrument, are never negative and sum to one each day. */
  @Test
  public void instrumentWeightsSumToOne() {
    Portfolio p = system().portfolio();
    SeriesFrame weights = p.instrumentWeights();
    List<String> names = new ArrayList<>();
    p.instruments().forEach(c -> names.add(c.value()));
    assertThat(weights.names()).as("instrumentWeights() columns").containsExactlyInAnyOrderElementsOf(names);
    SeriesChecks.assertWeights("instrumentWeights()", weights);
  }

  /**
   * The IDM is positive and the notional position is the subsystem position times the instrument weight times the
   * IDM (the last known on the day).
   */
  @Test
  public void notionalPositionIsTheSubsystemPositionTimesWeightTimesIdm() {
    TradingSystem s = system();
    Portfolio p = s.portfolio();
    TimeSeries idm = p.instrumentDiversificationMultiplier();
    SeriesChecks.assertAll("instrumentDiversificationMultiplier()", idm, v -> v > 0, "is not positive");
    for (InstrumentCode c : fixture().instruments()) {
      TimeSeries subsystem = s.positionSizing().subsystemPosition(c);
      TimeSeries weight = p.instrumentWeights().column(c.value()).reindexThenFfill(subsystem.timesView());
      TimeSeries expected = subsystem.times(weight).times(idm.reindexThenFfill(subsystem.timesView()));
      assertAgreeWhereBothDefined("notionalPosition(" + c + ")", p.notionalPosition(c), expected);
    }
  }

  /**
   * The buffer is never negative, its edges are the notional position plus and minus the buffer (both
   * forward-filled), and the notional position lies between them.
   */
  @Test
  public void theNotionalPositionLiesWithinItsBuffer() {
    Portfolio p = system().portfolio();
    for (InstrumentCode c : fixture().instruments()) {
      TimeSeries position = p.notionalPosition(c).ffill();
      TimeSeries buffer = p.buffer(c);
      SeriesChecks.assertAll("buffer(" + c + ")", buffer, v -> v >= 0, "is negative");
      TimeSeries upper = p.upperBuffer(c);
      TimeSeries lower = p.lowerBuffer(c);
      assertAgreeWhereBothDefined("upperBuffer(" + c + ")", upper, position.plus(buffer.ffill()));
      assertAgreeWhereBothDefined("lowerBuffer(" + c + ")", lower, position.minus(buffer.ffill()));
      int compared = 0;
      for (int i = 0; i < position.size(); i++) {
        long t = position.time(i);
        double x = position.value(i);
        double hi = upper.padValueAt(t);
        double lo = lower.padValueAt(t);
        if (x == x && hi == hi && lo == lo) {
          compared++;
          double slack = 1e-9 * Math.max(1.0, Math.abs(x));
          assertThat(lo <= x + slack && x <= hi + slack).as("lowerBuffer <= notionalPosition <= upperBuffer for "
              + c + " on " + Timestamps.format(t) + ": " + lo + ", " + x + ", " + hi).isTrue();
        }
      }
      assertThat(compared).as("days with a position and buffers for " + c).isPositive();
    }
  }
}
