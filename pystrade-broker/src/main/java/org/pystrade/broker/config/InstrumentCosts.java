package org.pystrade.broker.config;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.pystrade.core.domain.Currency;
import org.pystrade.core.domain.InstrumentCode;
import org.pystrade.core.domain.Money;
import org.pystrade.core.domain.Quantity;
import org.pystrade.core.domain.ReasonCode;
import org.pystrade.core.domain.Result;
import org.pystrade.core.util.ArgChecker;

/**
 * The trading costs of instruments, as pysystemtrade configures them: commission from {@code instrumentconfig.csv}
 * ({@code PerBlock}, {@code Percentage}, {@code PerTrade}, in the instrument's {@code Currency}) and slippage from
 * {@code spreadcosts.csv} ({@code SpreadCost}: pysystemtrade's expected slippage, half the bid-ask spread, in price
 * units).
 */
public final class InstrumentCosts {

  /**
   * The costs of one instrument.
   *
   * @param instrument the instrument
   * @param currency the currency of its prices and commission
   * @param pointSize the value of one price point
   * @param perBlock commission per contract
   * @param percentage commission as a fraction of the traded value
   * @param perTrade minimum commission per trade
   * @param spreadCost half the bid-ask spread in price units; NaN when spreadcosts.csv has no row
   */
  public record Costs(InstrumentCode instrument, Currency currency, double pointSize, double perBlock,
      double percentage, double perTrade, double spreadCost) {

    /**
     * Checks every part.
     *
     * @param instrument the instrument
     * @param currency the currency of its prices and commission
     * @param pointSize the value of one price point
     * @param perBlock commission per contract
     * @param percentage commission as a fraction of the traded value
     * @param perTrade minimum commission per trade
     * @param spreadCost half the bid-ask spread in price units; NaN when spreadcosts.csv has no row
     */
    public Costs {
      ArgChecker.notNull(instrument, "instrument");
      ArgChecker.notNull(currency, "currency");
      ArgChecker.isTrue(pointSize > 0, "point size of {} must be > 0 but was {}", instrument, pointSize);
      ArgChecker.isTrue(perBlock >= 0 && percentage >= 0 && perTrade >= 0,
          "commissions of {} must be >= 0", instrument);
      ArgChecker.isTrue(Double.isNaN(spreadCost) || spreadCost >= 0, "spread cost of {} must be >= 0 but was {}",
          instrument, spreadCost);
    }

    /**
     * The commission of a trade, as pysystemtrade charges it: the largest of the per-contract, percentage and
     * per-trade commissions.
     *
     * @param quantity the contracts traded, either sign
     * @param price the price
     * @return the commission, in the instrument's currency, &gt;= 0
     */
    public Money commission(Quantity quantity, double price) {
      double blocks = Math.abs(quantity.value());
      double c = Math.max(Math.max(perBlock * blocks, percentage * blocks * Math.abs(price) * pointSize), perTrade);
      return Money.of(c, currency);
    }
  }

  private final Map<InstrumentCode, Costs> costs;

  private InstrumentCosts(Map<InstrumentCode, Costs> costs) {
    this.costs = costs;
  }

  /**
   * Costs of the given instruments.
   *
   * @param rows one per instrument
   * @return the costs
   */
  public static InstrumentCosts of(List<Costs> rows) {
    Map<InstrumentCode, Costs> m = new TreeMap<>();
    for (Costs c : rows) {
      m.put(c.instrument(), c);
    }
    return new InstrumentCosts(m);
  }

  /**
   * Reads {@code instrumentconfig.csv} and {@code spreadcosts.csv} (optional) from a pysystemtrade
   * {@code csvconfig} folder.
   *
   * @param csvconfig the folder
   * @return the costs, or why they cannot be read
   */
  public static Result<InstrumentCosts> read(Path csvconfig) {
    ArgChecker.notNull(csvconfig, "csvconfig");
    Path config = csvconfig.resolve("instrumentconfig.csv");
    Path spreads = csvconfig.resolve("spreadcosts.csv");
    if (!Files.isRegularFile(config)) {
      return Result.err(ReasonCode.MISSING_DATA, config + " does not exist");
    }
    try (InputStream in = Files.newInputStream(config)) {
      Result<CsvLines.Table> t = CsvLines.read(in, config.toString(),
          List.of("Instrument", "Pointsize", "Currency", "PerBlock", "Percentage", "PerTrade"));
      if (!t.isOk()) {
        return Result.err(t.failure());
      }
      Map<InstrumentCode, Double> spread = new TreeMap<>();
      if (Files.isRegularFile(spreads)) {
        try (InputStream s = Files.newInputStream(spreads)) {
          Result<CsvLines.Table> st = CsvLines.read(s, spreads.toString(), List.of("Instrument", "SpreadCost"));
          if (!st.isOk()) {
            return Result.err(st.failure());
          }
          for (Map<String, String> r : st.value().rows()) {
            spread.put(InstrumentCode.of(r.get("Instrument")), CsvLines.number(r.get("SpreadCost")));
          }
        }
      }
      Map<InstrumentCode, Costs> m = new TreeMap<>();
      List<Map<String, String>> rows = t.value().rows();
      for (int i = 0; i < rows.size(); i++) {
        Map<String, String> r = rows.get(i);
        try {
          InstrumentCode code = InstrumentCode.of(r.get("Instrument"));
          m.put(code, new Costs(code, Currency.of(r.get("Currency")), Double.parseDouble(r.get("Pointsize")),
              zeroIfEmpty(r.get("PerBlock")), zeroIfEmpty(r.get("Percentage")), zeroIfEmpty(r.get("PerTrade")),
              spread.getOrDefault(code, Double.NaN)));
        } catch (IllegalArgumentException ex) {
          return Result.err(ReasonCode.MALFORMED_DATA, config + " line " + t.value().lines().get(i) + ": "
              + ex.getMessage());
        }
      }
      return Result.ok(new InstrumentCosts(m));
    } catch (IOException ex) {
      return Result.err(ReasonCode.MISSING_DATA, "cannot read " + config + ": " + ex.getMessage());
    }
  }

  private static double zeroIfEmpty(String cell) {
    return cell.isEmpty() ? 0 : Double.parseDouble(cell);
  }

  /**
   * The costs of an instrument.
   *
   * @param instrument the instrument
   * @return the costs, or {@code NO_CONFIGURATION}
   */
  public Result<Costs> costs(InstrumentCode instrument) {
    Costs c = costs.get(instrument);
    return c != null ? Result.ok(c)
        : Result.err(ReasonCode.NO_CONFIGURATION, "instrument " + instrument + " has no row in instrumentconfig.csv");
  }
}
