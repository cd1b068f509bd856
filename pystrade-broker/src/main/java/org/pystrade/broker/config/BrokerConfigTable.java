package org.pystrade.broker.config;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import org.pystrade.broker.api.BrokerContractSpec;
import org.pystrade.core.domain.Currency;
import org.pystrade.core.domain.InstrumentCode;
import org.pystrade.core.domain.ReasonCode;
import org.pystrade.core.domain.Result;
import org.pystrade.core.util.ArgChecker;

/**
 * The broker config table: for each instrument, the broker's symbol, exchange, currency, multiplier and price
 * magnifier, read from a CSV file with the header {@code instrument,symbol,exchange,currency,multiplier,
 * price_magnifier}.
 *
 * <p>{@link #bundled()} is the table shipped with pystrade, for the instruments of pysystemtrade's bundled data
 * (written for IB: IB's symbols and exchange codes; the multiplier over the magnifier is pysystemtrade's point
 * size for every row).
 */
public final class BrokerConfigTable {

  private static final String RESOURCE = "broker_config_futures.csv";
  private static final List<String> COLUMNS =
      List.of("instrument", "symbol", "exchange", "currency", "multiplier", "price_magnifier");

  private final Map<InstrumentCode, BrokerContractSpec> specs;

  private BrokerConfigTable(Map<InstrumentCode, BrokerContractSpec> specs) {
    this.specs = Collections.unmodifiableMap(new TreeMap<>(specs));
  }

  /**
   * A table of the given rows.
   *
   * @param rows the rows, one per instrument
   * @return the table
   */
  public static BrokerConfigTable of(List<BrokerContractSpec> rows) {
    ArgChecker.notNull(rows, "rows");
    Map<InstrumentCode, BrokerContractSpec> m = new TreeMap<>();
    for (BrokerContractSpec s : rows) {
      ArgChecker.isTrue(m.put(s.instrument(), s) == null, "instrument {} is in the broker config table twice",
          s.instrument());
    }
    return new BrokerConfigTable(m);
  }

  /**
   * The table shipped with pystrade.
   *
   * @return the table
   */
  public static BrokerConfigTable bundled() {
    try (InputStream in = BrokerConfigTable.class.getResourceAsStream(RESOURCE)) {
      if (in == null) {
        throw new IllegalStateException("the bundled broker config table " + RESOURCE + " is not on the class path");
      }
      return read(in, "bundled " + RESOURCE).orElseThrow(f -> new IllegalStateException(f.toString()));
    } catch (IOException ex) {
      throw new UncheckedIOException(ex);
    }
  }

  /**
   * Reads a table from a CSV file.
   *
   * @param file the file
   * @return the table, or {@code MALFORMED_DATA} / {@code MISSING_DATA} naming the file and line
   */
  public static Result<BrokerConfigTable> read(Path file) {
    ArgChecker.notNull(file, "file");
    if (!Files.isRegularFile(file)) {
      return Result.err(ReasonCode.MISSING_DATA, "broker config table " + file + " does not exist");
    }
    try (InputStream in = Files.newInputStream(file)) {
      return read(in, file.toString());
    } catch (IOException ex) {
      return Result.err(ReasonCode.MISSING_DATA, "cannot read broker config table " + file + ": " + ex.getMessage());
    }
  }

  private static Result<BrokerConfigTable> read(InputStream in, String source) {
    return CsvLines.read(in, source, COLUMNS).flatMap(t -> {
      Map<InstrumentCode, BrokerContractSpec> m = new TreeMap<>();
      for (int i = 0; i < t.rows().size(); i++) {
        Map<String, String> r = t.rows().get(i);
        String where = source + " line " + t.lines().get(i);
        try {
          BrokerContractSpec s = new BrokerContractSpec(InstrumentCode.of(r.get("instrument")), r.get("symbol"),
              r.get("exchange"), Currency.of(r.get("currency")), Double.parseDouble(r.get("multiplier")),
              Integer.parseInt(r.get("price_magnifier")));
          if (m.put(s.instrument(), s) != null) {
            return Result.err(ReasonCode.CONFIG_ERROR, where + ": instrument " + s.instrument() + " given twice");
          }
        } catch (IllegalArgumentException ex) {
          return Result.err(ReasonCode.MALFORMED_DATA, where + ": " + ex.getMessage());
        }
      }
      return Result.ok(new BrokerConfigTable(m));
    });
  }

  /**
   * The row of an instrument.
   *
   * @param instrument the instrument
   * @return the row, or {@code NO_CONFIGURATION}
   */
  public Result<BrokerContractSpec> spec(InstrumentCode instrument) {
    ArgChecker.notNull(instrument, "instrument");
    BrokerContractSpec s = specs.get(instrument);
    return s != null ? Result.ok(s)
        : Result.err(ReasonCode.NO_CONFIGURATION, "instrument " + instrument + " has no row in the broker config "
            + "table (" + specs.size() + " instruments configured)");
  }

  /**
   * The instrument a broker symbol and exchange belong to: the reverse of {@link #spec}, for positions and
   * executions the broker reports. Two rows may share a symbol and exchange (a mini and a full contract): the
   * multiplier then decides.
   *
   * @param symbol the broker's symbol
   * @param exchange the broker's exchange, or empty to match any
   * @param multiplier the broker's multiplier, or NaN to match any
   * @return the row, or empty
   */
  public Optional<BrokerContractSpec> bySymbol(String symbol, String exchange, double multiplier) {
    BrokerContractSpec found = null;
    for (BrokerContractSpec s : specs.values()) {
      if (s.symbol().equals(symbol) && (exchange.isEmpty() || s.exchange().equals(exchange))
          && (Double.isNaN(multiplier) || s.multiplier() == multiplier)) {
        if (found != null) {
          return Optional.empty();
        }
        found = s;
      }
    }
    return Optional.ofNullable(found);
  }

  /**
   * Every row, by instrument.
   *
   * @return the rows, in instrument order
   */
  public List<BrokerContractSpec> rows() {
    return List.copyOf(specs.values());
  }
}
