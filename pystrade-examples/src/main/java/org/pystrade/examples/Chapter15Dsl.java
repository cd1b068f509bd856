package org.pystrade.examples;

import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import org.pystrade.core.accounts.AccountStats;
import org.pystrade.core.data.FuturesSimData;
import org.pystrade.core.rules.RuleSpec;
import org.pystrade.core.system.TradingSystem;
import org.pystrade.data.SampleData;
import org.pystrade.data.csv.CsvFuturesSimData;

/**
 * pysystemtrade's chapter-15 fixed-parameter system written with the Java DSL instead of YAML: six EWMAC speeds and
 * carry, fixed forecast scalars and weights, FDM 1.31, 20% volatility target on 250,000 USD, fixed instrument weights
 * and IDM 1.89. It builds a system equal to {@code TradingSystem.fromYaml} of {@code sample-data/configs/chapter15.yaml}.
 */
public final class Chapter15Dsl {

  private static final String[] PRICE_AND_VOL = {"rawdata.get_daily_prices", "rawdata.daily_returns_volatility"};

  private Chapter15Dsl() {
  }

  /**
   * Builds the chapter-15 system on some data.
   *
   * @param data the market data
   * @return the system
   */
  public static TradingSystem system(FuturesSimData data) {
    TradingSystem.Builder b = TradingSystem.builder().data(data);
    ewmac(b, 2, 8, 10.6);
    ewmac(b, 4, 16, 7.5);
    ewmac(b, 8, 32, 5.3);
    ewmac(b, 16, 64, 3.75);
    ewmac(b, 32, 128, 2.65);
    ewmac(b, 64, 256, 1.87);
    b.rule(RuleSpec.of("carry", "systems.provided.rules.carry.carry").data("rawdata.raw_carry")
        .args("smooth_days", 90).forecastScalar(30));
    Map<String, Double> forecastWeights = new LinkedHashMap<>();
    forecastWeights.put("ewmac16_64", 0.21);
    forecastWeights.put("ewmac32_128", 0.08);
    forecastWeights.put("ewmac64_256", 0.21);
    forecastWeights.put("carry", 0.50);
    Map<String, Double> instrumentWeights = new LinkedHashMap<>();
    instrumentWeights.put("SOFR", 0.117);
    instrumentWeights.put("US10", 0.117);
    instrumentWeights.put("EUROSTX", 0.20);
    instrumentWeights.put("V2X", 0.098);
    instrumentWeights.put("MXP", 0.233);
    instrumentWeights.put("CORN", 0.233);
    return b.forecastCap(20.0)
        .forecastWeights(forecastWeights)
        .forecastDivMultiplier(1.31)
        .percentageVolTarget(20.0)
        .notionalTradingCapital(250000)
        .baseCurrency("USD")
        .instrumentWeights(instrumentWeights)
        .instrumentDivMultiplier(1.89)
        .build();
  }

  private static void ewmac(TradingSystem.Builder b, int fast, int slow, double scalar) {
    b.rule(RuleSpec.of("ewmac" + fast + "_" + slow, "systems.provided.rules.ewmac.ewmac").data(PRICE_AND_VOL)
        .args("Lfast", fast, "Lslow", slow).forecastScalar(scalar));
  }

  /**
   * Runs the system on the sample data (or the folder given as the first argument) and prints its Sharpe ratio.
   *
   * @param args optional data folder
   */
  public static void main(String[] args) {
    FuturesSimData data = args.length > 0 ? CsvFuturesSimData.open(Path.of(args[0])) : SampleData.open();
    TradingSystem system = system(data);
    AccountStats stats = AccountStats.of(system.accounts().portfolio().netPercent());
    System.out.println("chapter 15 (DSL): Sharpe " + stats.formatted().get("sharpe") + ", annual mean "
        + stats.formatted().get("ann_mean") + "%, annual std " + stats.formatted().get("ann_std") + "%");
  }
}
