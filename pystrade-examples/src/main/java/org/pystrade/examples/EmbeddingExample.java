package org.pystrade.examples;

import java.time.LocalDate;
import java.util.Map;
import java.util.Random;
import org.pystrade.core.accounts.AccountStats;
import org.pystrade.core.data.InMemorySimData;
import org.pystrade.core.data.InstrumentMeta;
import org.pystrade.core.data.MultiplePrices;
import org.pystrade.core.domain.InstrumentCode;
import org.pystrade.core.domain.RollParameters;
import org.pystrade.core.rules.RuleSpec;
import org.pystrade.core.series.TimeSeries;
import org.pystrade.core.series.Timestamps;
import org.pystrade.core.system.TradingSystem;

/**
 * Embedding pystrade in another JVM application: market data handed over in memory (no files), a system built with
 * the DSL, one user rule written as a lambda, and the results read back as series. The data here is a
 * deterministic synthetic random walk standing in for whatever the host application has.
 */
public final class EmbeddingExample {

  private EmbeddingExample() {
  }

  /**
   * Builds in-memory data for two instruments over {@code days} business days from 2000-01-03.
   *
   * @param days business days of history
   * @return the data
   */
  public static InMemorySimData data(int days) {
    InMemorySimData.Builder b = InMemorySimData.builder();
    long[] t = new long[days];
    long day = LocalDate.of(2000, 1, 3).toEpochDay();
    for (int i = 0; i < days; i++) {
      t[i] = day * Timestamps.SECONDS_PER_DAY;
      day = Timestamps.nextBusinessDay(day);
    }
    String[][] instruments = {{"ALPHA", "USD"}, {"BETA", "EUR"}};
    for (int k = 0; k < instruments.length; k++) {
      Random rnd = new Random(17 + k);
      double[] adjusted = new double[days];
      double[] price = new double[days];
      double[] carry = new double[days];
      double[] priceContract = new double[days];
      double[] carryContract = new double[days];
      double p = 100;
      for (int i = 0; i < days; i++) {
        p += rnd.nextGaussian() + 0.02;
        adjusted[i] = p;
        price[i] = p + 10;
        carry[i] = p + 10.2;
        int year = 2000 + i / 256;
        priceContract[i] = (year + 1) * 10000 + 300;
        carryContract[i] = year * 10000 + 1200;
      }
      InstrumentCode code = InstrumentCode.of(instruments[k][0]);
      b.adjustedPrices(code, TimeSeries.of(t, adjusted));
      b.multiplePrices(code, new MultiplePrices(TimeSeries.of(t, price), TimeSeries.of(t, priceContract),
          TimeSeries.of(t, carry), TimeSeries.of(t, carryContract), TimeSeries.constant(t, Double.NaN),
          TimeSeries.constant(t, Double.NaN)));
      b.meta(InstrumentMeta.builder(code).currency(instruments[k][1]).pointSize(50).assetClass("Example")
          .perBlock(2.0).spreadCost(0.1).rollParameters(RollParameters.of("HMUZ", -5, 1, "HMUZ", 15)).build());
    }
    b.fxRate("EUR", TimeSeries.constant(t, 1.1));
    return b.build();
  }

  /**
   * Builds the example system.
   *
   * @param data the data
   * @return the system
   */
  public static TradingSystem system(InMemorySimData data) {
    return TradingSystem.builder()
        .data(data)
        .rule(RuleSpec.of("ewmac16_64", "ewmac").data("rawdata.get_daily_prices", "rawdata.daily_returns_volatility")
            .args("Lfast", 16, "Lslow", 64).forecastScalar(3.75))
        // a user rule: 20-day price change over volatility, one lambda
        .rule(RuleSpec.builder("momentum20")
            .rule(in -> in.data(0).minus(in.data(0).shift(20)).dividedBy(in.data(1)))
            .data("rawdata.get_daily_prices", "rawdata.daily_returns_volatility")
            .forecastScalar(2.0))
        .forecastWeights(Map.of("ewmac16_64", 0.5, "momentum20", 0.5))
        .forecastDivMultiplier(1.1)
        .percentageVolTarget(20).notionalTradingCapital(1_000_000).baseCurrency("USD")
        .instrumentWeights(Map.of("ALPHA", 0.5, "BETA", 0.5))
        .instrumentDivMultiplier(1.2)
        .build();
  }

  /**
   * Runs the example and prints the portfolio Sharpe ratio and today's positions.
   *
   * @param args unused
   */
  public static void main(String[] args) {
    TradingSystem system = system(data(2000));
    AccountStats stats = AccountStats.of(system.accounts().portfolio().netPercent());
    System.out.println("Sharpe " + stats.formatted().get("sharpe"));
    for (InstrumentCode code : system.instruments()) {
      TimeSeries position = system.accounts().bufferedPosition(code, true);
      System.out.println(code + " position " + position.lastValid() + " on " + position.date(position.size() - 1));
    }
  }
}
