package org.pystrade.core.system;

import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Function;
import org.assertj.core.api.ThrowableAssert.ThrowingCallable;
import org.junit.jupiter.api.Test;
import org.pystrade.core.accounts.Accounts;
import org.pystrade.core.accounts.AccountsInputs;
import org.pystrade.core.accounts.DefaultAccounts;
import org.pystrade.core.combination.DefaultForecastCombine;
import org.pystrade.core.combination.ForecastCombine;
import org.pystrade.core.combination.ForecastCombineInputs;
import org.pystrade.core.data.DataException;
import org.pystrade.core.domain.InstrumentCode;
import org.pystrade.core.forecast.DefaultForecastScaleCap;
import org.pystrade.core.forecast.ForecastScaleCap;
import org.pystrade.core.forecast.ForecastScaleCapInputs;
import org.pystrade.core.pandl.PandlCurve;
import org.pystrade.core.portfolio.DefaultPortfolio;
import org.pystrade.core.portfolio.Portfolio;
import org.pystrade.core.portfolio.PortfolioInputs;
import org.pystrade.core.rawdata.DefaultRawData;
import org.pystrade.core.rawdata.RawData;
import org.pystrade.core.rawdata.RawDataInputs;
import org.pystrade.core.rules.DefaultRules;
import org.pystrade.core.rules.RuleName;
import org.pystrade.core.rules.Rules;
import org.pystrade.core.rules.RulesInputs;
import org.pystrade.core.series.SeriesFrame;
import org.pystrade.core.series.TimeSeries;
import org.pystrade.core.sizing.DefaultPositionSizing;
import org.pystrade.core.sizing.PositionSizing;
import org.pystrade.core.sizing.PositionSizingInputs;
import org.pystrade.core.testing.stages.AccountsContract;
import org.pystrade.core.testing.stages.ForecastCombineContract;
import org.pystrade.core.testing.stages.ForecastScaleCapContract;
import org.pystrade.core.testing.stages.PortfolioContract;
import org.pystrade.core.testing.stages.PositionSizingContract;
import org.pystrade.core.testing.stages.RawDataContract;
import org.pystrade.core.testing.stages.RulesContract;

/**
 * The stage contracts of {@code org.pystrade.core.testing.stages} catch broken stages: each check, run on a stage
 * that breaks what it checks, fails. (Here rather than beside the contracts: the broken contracts are anonymous
 * classes that a test selection of the contracts' package would otherwise report as not executable.)
 */
class StageContractSelfTest {

  private static void assertCaught(ThrowingCallable check) {
    assertThatThrownBy(check).isInstanceOf(AssertionError.class);
  }

  @Test
  void returnsThatAreNotThePriceChangesAreCaught() {
    RawDataContract doubled = new RawDataContract() {
      @Override
      protected Function<RawDataInputs, RawData> factory() {
        return in -> new DefaultRawData(in) {
          @Override
          public TimeSeries dailyReturns(InstrumentCode code) {
            return super.dailyReturns(code).times(2.0);
          }
        };
      }
    };
    assertCaught(doubled::returnsAreThePriceChanges);
  }

  @Test
  void aNullPointerExceptionForMissingDataIsCaught() {
    RawDataContract nullOnMissingData = new RawDataContract() {
      @Override
      protected Function<RawDataInputs, RawData> factory() {
        return in -> new DefaultRawData(in) {
          @Override
          public TimeSeries dailyPrices(InstrumentCode code) {
            try {
              return super.dailyPrices(code);
            } catch (DataException ex) {
              throw new NullPointerException();
            }
          }
        };
      }
    };
    assertCaught(nullOnMissingData::anInstrumentWithoutDataGivesADataExceptionNamingIt);
    assertCaught(nullOnMissingData::anInstrumentNotInTheSystemGivesAnExceptionNamingIt);
  }

  @Test
  void aForecastThatChangesWhenAskedAgainIsCaught() {
    RulesContract drifting = new RulesContract() {
      @Override
      protected Function<RulesInputs, Rules> factory() {
        AtomicInteger calls = new AtomicInteger();
        return in -> new DefaultRules(in) {
          @Override
          public TimeSeries rawForecast(InstrumentCode code, RuleName rule) {
            return super.rawForecast(code, rule).times(1.0 + calls.incrementAndGet() * 1e-6);
          }
        };
      }
    };
    assertCaught(drifting::resultsAreDeterministic);
  }

  @Test
  void aScalarThatDependsOnTheThreadIsCaught() {
    ForecastScaleCapContract threadDependent = new ForecastScaleCapContract() {
      @Override
      protected Function<ForecastScaleCapInputs, ForecastScaleCap> factory() {
        return in -> new DefaultForecastScaleCap(in) {
          @Override
          public TimeSeries forecastScalar(InstrumentCode code, RuleName rule) {
            boolean worker = !Thread.currentThread().getName().equals("main");
            return super.forecastScalar(code, rule).times(worker ? 2.0 : 1.0);
          }
        };
      }
    };
    assertCaught(threadDependent::resultsAreTheSameFromEightThreadsAtOnce);
  }

  @Test
  void aForecastBeyondTheCapIsCaught() {
    ForecastScaleCapContract uncapped = new ForecastScaleCapContract() {
      @Override
      protected Function<ForecastScaleCapInputs, ForecastScaleCap> factory() {
        return in -> new DefaultForecastScaleCap(in) {
          @Override
          public TimeSeries cappedForecast(InstrumentCode code, RuleName rule) {
            return scaledForecast(code, rule);
          }
        };
      }
    };
    assertCaught(uncapped::forecastsAreScaledThenCapped);
  }

  @Test
  void forecastWeightsNotSummingToOneAreCaught() {
    ForecastCombineContract overweight = new ForecastCombineContract() {
      @Override
      protected Function<ForecastCombineInputs, ForecastCombine> factory() {
        return in -> new DefaultForecastCombine(in) {
          @Override
          public SeriesFrame forecastWeights(InstrumentCode code) {
            SeriesFrame w = super.forecastWeights(code);
            double[][] cols = new double[w.names().size()][];
            for (int k = 0; k < cols.length; k++) {
              cols[k] = w.column(w.names().get(k)).times(1.5).values();
            }
            return SeriesFrame.of(w.timestamps(), w.names(), cols);
          }
        };
      }
    };
    assertCaught(overweight::forecastWeightsSumToOne);
  }

  @Test
  void aVolatilityTargetOffTheCapitalIsCaught() {
    PositionSizingContract doubleTarget = new PositionSizingContract() {
      @Override
      protected Function<PositionSizingInputs, PositionSizing> factory() {
        return in -> new DefaultPositionSizing(in) {
          @Override
          public double dailyCashVolTarget() {
            return 2 * super.dailyCashVolTarget();
          }
        };
      }
    };
    assertCaught(doubleTarget::dailyCashVolTargetIsTheCapitalsAnnualTargetOverSixteen);
  }

  @Test
  void aPositionOutsideItsBufferIsCaught() {
    PortfolioContract shifted = new PortfolioContract() {
      @Override
      protected Function<PortfolioInputs, Portfolio> factory() {
        return in -> new DefaultPortfolio(in) {
          @Override
          public TimeSeries lowerBuffer(InstrumentCode code) {
            return super.upperBuffer(code).plus(1.0);
          }
        };
      }
    };
    assertCaught(shifted::theNotionalPositionLiesWithinItsBuffer);
  }

  @Test
  void pandlWithoutItsCostsAndFractionalPositionsAreCaught() {
    AccountsContract costless = new AccountsContract() {
      @Override
      protected Function<AccountsInputs, Accounts> factory() {
        return in -> new DefaultAccounts(in) {
          @Override
          public PandlCurve pandlForInstrument(InstrumentCode code, boolean delayFill, boolean roundPositions) {
            PandlCurve c = super.pandlForInstrument(code, delayFill, roundPositions);
            return new PandlCurve(c.gross(), c.costs(), c.gross(), c.capital());
          }

          @Override
          public TimeSeries bufferedPosition(InstrumentCode code, boolean roundPositions) {
            return super.bufferedPosition(code, roundPositions).plus(0.5);
          }
        };
      }
    };
    assertCaught(costless::netPandlIsGrossPlusCosts);
    assertCaught(costless::bufferedPositionsStayInsideTheBuffers);
  }
}
