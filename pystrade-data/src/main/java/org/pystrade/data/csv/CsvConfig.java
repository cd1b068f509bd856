package org.pystrade.data.csv;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.pystrade.core.data.DataException;
import org.pystrade.core.domain.Currency;
import org.pystrade.core.domain.InstrumentCode;
import org.pystrade.core.domain.ReasonCode;
import org.pystrade.core.domain.RollCycle;
import org.pystrade.data.store.ConfigCodec;
import org.pystrade.data.store.ConfigKind;
import org.pystrade.data.store.InstrumentConfig;
import org.pystrade.data.store.RollConfig;
import org.pystrade.data.store.SpreadCost;

/**
 * pysystemtrade's configuration files ({@code csvconfig/instrumentconfig.csv}, {@code rollconfig.csv},
 * {@code spreadcosts.csv}) as a {@link ConfigCodec}: read as {@link CsvFuturesSimData} reads them (numbers as pandas
 * reads them), written in their column order with whole numbers as integers (see {@code CsvWriting}), so that the
 * files pysystemtrade ships are written back byte for byte.
 */
public final class CsvConfig implements ConfigCodec {

  private static final CsvConfig INSTANCE = new CsvConfig();

  static final List<String> INSTRUMENT_COLUMNS = List.of("Instrument", "Description", "Pointsize", "Currency",
      "AssetClass", "PerBlock", "Percentage", "PerTrade", "Region");
  static final List<String> ROLL_COLUMNS = List.of("Instrument", "HoldRollCycle", "RollOffsetDays", "CarryOffset",
      "PricedRollCycle", "ExpiryOffset");
  static final List<String> SPREAD_COLUMNS = List.of("Instrument", "SpreadCost");

  private CsvConfig() {
  }

  /**
   * The codec.
   *
   * @return the one instance
   */
  public static CsvConfig codec() {
    return INSTANCE;
  }

  @Override
  public String fileName(ConfigKind kind) {
    return kind.baseName() + CsvFiles.CSV;
  }

  @Override
  public List<InstrumentConfig> readInstrumentConfig(Path file) {
    ConfigTable t = ConfigTable.read(file, "Instrument", "Pointsize", "Currency");
    List<InstrumentConfig> out = new ArrayList<>();
    for (ConfigTable.Row r : t.rows()) {
      try {
        out.add(InstrumentConfig.builder(key(r))
            .description(r.text("Description")).pointSize(r.number("Pointsize"))
            .currency(Currency.of(r.text("Currency"))).assetClass(r.text("AssetClass"))
            .perBlock(r.number("PerBlock")).percentage(r.number("Percentage")).perTrade(r.number("PerTrade"))
            .region(r.text("Region")).build());
      } catch (IllegalArgumentException ex) {
        throw bad(r, ex);
      }
    }
    return out;
  }

  @Override
  public List<RollConfig> readRollConfig(Path file) {
    ConfigTable t = ConfigTable.read(file, "HoldRollCycle", "RollOffsetDays", "CarryOffset", "PricedRollCycle",
        "ExpiryOffset");
    List<RollConfig> out = new ArrayList<>();
    for (ConfigTable.Row r : t.rows()) {
      try {
        out.add(new RollConfig(key(r), RollCycle.of(r.text("HoldRollCycle")),
            whole(r.number("RollOffsetDays"), "RollOffsetDays"), whole(r.number("CarryOffset"), "CarryOffset"),
            RollCycle.of(r.text("PricedRollCycle")), whole(r.number("ExpiryOffset"), "ExpiryOffset")));
      } catch (IllegalArgumentException ex) {
        throw bad(r, ex);
      }
    }
    return out;
  }

  @Override
  public List<SpreadCost> readSpreadCosts(Path file) {
    ConfigTable t = ConfigTable.read(file, "SpreadCost");
    List<SpreadCost> out = new ArrayList<>();
    for (ConfigTable.Row r : t.rows()) {
      try {
        out.add(SpreadCost.of(key(r), r.number("SpreadCost")));
      } catch (IllegalArgumentException ex) {
        throw bad(r, ex);
      }
    }
    return out;
  }

  /** The row's key: its first cell, whatever the first column's name. */
  private static InstrumentCode key(ConfigTable.Row r) {
    return InstrumentCode.of(r.key());
  }

  private static int whole(double v, String column) {
    if (v != Math.rint(v) || Math.abs(v) > 100_000) {
      throw new IllegalArgumentException(column + " must be a whole number of days but was " + v);
    }
    return (int) v;
  }

  private static DataException bad(ConfigTable.Row r, IllegalArgumentException ex) {
    return new DataException(ReasonCode.BAD_VALUE, r.path() + " line " + r.line() + ": " + ex.getMessage(), ex);
  }

  @Override
  public void write(ConfigKind kind, List<?> rows, Path target) throws IOException {
    List<List<String>> cells = new ArrayList<>();
    List<String> header;
    switch (kind) {
      case INSTRUMENT_CONFIG -> {
        header = INSTRUMENT_COLUMNS;
        for (Object o : rows) {
          InstrumentConfig r = (InstrumentConfig) o;
          cells.add(List.of(r.instrument().value(), r.description(), CsvWriting.configNumber(r.pointSize()),
              r.currency().code(), r.assetClass(), CsvWriting.configNumber(r.perBlock()),
              CsvWriting.configNumber(r.percentage()), CsvWriting.configNumber(r.perTrade()), r.region()));
        }
      }
      case ROLL_CONFIG -> {
        header = ROLL_COLUMNS;
        for (Object o : rows) {
          RollConfig r = (RollConfig) o;
          cells.add(List.of(r.instrument().value(), r.holdCycle().letters(), Integer.toString(r.rollOffsetDays()),
              Integer.toString(r.carryOffset()), r.pricedCycle().letters(), Integer.toString(r.expiryOffset())));
        }
      }
      default -> {
        header = SPREAD_COLUMNS;
        for (Object o : rows) {
          SpreadCost r = (SpreadCost) o;
          cells.add(List.of(r.instrument().value(), CsvWriting.configNumber(r.spreadCost())));
        }
      }
    }
    CsvWriting.writeTable(header, cells, target);
  }
}
