package org.pystrade.core.testing.stages;

import java.util.function.Function;
import org.junit.jupiter.api.Nested;
import org.pystrade.core.accounts.Accounts;
import org.pystrade.core.accounts.AccountsInputs;
import org.pystrade.core.accounts.DefaultAccounts;
import org.pystrade.core.combination.DefaultForecastCombine;
import org.pystrade.core.combination.ForecastCombine;
import org.pystrade.core.combination.ForecastCombineInputs;
import org.pystrade.core.forecast.DefaultForecastScaleCap;
import org.pystrade.core.forecast.ForecastScaleCap;
import org.pystrade.core.forecast.ForecastScaleCapInputs;
import org.pystrade.core.portfolio.DefaultPortfolio;
import org.pystrade.core.portfolio.Portfolio;
import org.pystrade.core.portfolio.PortfolioInputs;
import org.pystrade.core.rawdata.DefaultRawData;
import org.pystrade.core.rawdata.RawData;
import org.pystrade.core.rawdata.RawDataInputs;
import org.pystrade.core.rules.DefaultRules;
import org.pystrade.core.rules.Rules;
import org.pystrade.core.rules.RulesInputs;
import org.pystrade.core.sizing.DefaultPositionSizing;
import org.pystrade.core.sizing.PositionSizing;
import org.pystrade.core.sizing.PositionSizingInputs;

/** The stage contracts run against the default stages. */
class DefaultStagesContractTest {

  @Nested
  class DefaultRawDataContract extends RawDataContract {
    @Override
    protected Function<RawDataInputs, RawData> factory() {
      return DefaultRawData::new;
    }
  }

  @Nested
  class DefaultRulesContract extends RulesContract {
    @Override
    protected Function<RulesInputs, Rules> factory() {
      return DefaultRules::new;
    }
  }

  @Nested
  class DefaultForecastScaleCapContract extends ForecastScaleCapContract {
    @Override
    protected Function<ForecastScaleCapInputs, ForecastScaleCap> factory() {
      return DefaultForecastScaleCap::new;
    }
  }

  @Nested
  class DefaultForecastCombineContract extends ForecastCombineContract {
    @Override
    protected Function<ForecastCombineInputs, ForecastCombine> factory() {
      return DefaultForecastCombine::new;
    }
  }

  @Nested
  class DefaultPositionSizingContract extends PositionSizingContract {
    @Override
    protected Function<PositionSizingInputs, PositionSizing> factory() {
      return DefaultPositionSizing::new;
    }
  }

  @Nested
  class DefaultPortfolioContract extends PortfolioContract {
    @Override
    protected Function<PortfolioInputs, Portfolio> factory() {
      return DefaultPortfolio::new;
    }
  }

  @Nested
  class DefaultAccountsContract extends AccountsContract {
    @Override
    protected Function<AccountsInputs, Accounts> factory() {
      return DefaultAccounts::new;
    }
  }
}
