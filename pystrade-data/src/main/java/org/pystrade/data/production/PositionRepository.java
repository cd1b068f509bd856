package org.pystrade.data.production;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.LinkedHashMap;
import java.util.Map;
import org.pystrade.core.domain.ContractDate;
import org.pystrade.core.domain.FuturesContract;
import org.pystrade.core.domain.InstrumentCode;
import org.pystrade.core.domain.Quantity;
import org.pystrade.core.domain.trading.StrategyName;
import org.pystrade.core.util.ArgChecker;

/**
 * Positions: each strategy's position in each instrument, and the position in each contract. They change only
 * through {@link ProductionStore#bookFill} and {@link ProductionStore#bookLateFill}, in the transaction that books
 * the fill, so that every position is the sum of its fills.
 */
public final class PositionRepository {

  private final Db db;

  PositionRepository(Db db) {
    this.db = db;
  }

  /**
   * A strategy's position in an instrument.
   *
   * @param strategy the strategy
   * @param instrument the instrument
   * @return the position, zero if none
   */
  public Quantity instrumentPosition(StrategyName strategy, InstrumentCode instrument) {
    ArgChecker.notNull(strategy, "strategy");
    ArgChecker.notNull(instrument, "instrument");
    return db.read("position of " + strategy + " in " + instrument, c -> Db.query(c,
        "SELECT quantity FROM prod_instrument_position WHERE strategy = ? AND instrument = ?",
        rs -> Quantity.ofWhole(rs.getLong(1)), strategy.value(), instrument.value()))
        .stream().findFirst().orElse(Quantity.ZERO);
  }

  /**
   * A strategy's positions that are not zero, by instrument.
   *
   * @param strategy the strategy
   * @return the positions
   */
  public Map<InstrumentCode, Quantity> instrumentPositions(StrategyName strategy) {
    ArgChecker.notNull(strategy, "strategy");
    Map<InstrumentCode, Quantity> out = new LinkedHashMap<>();
    db.read("positions of " + strategy, c -> Db.query(c,
        "SELECT instrument, quantity FROM prod_instrument_position WHERE strategy = ? AND quantity <> 0"
            + " ORDER BY instrument", rs -> out.put(InstrumentCode.of(rs.getString(1)),
            Quantity.ofWhole(rs.getLong(2))), strategy.value()));
    return Map.copyOf(out);
  }

  /**
   * The position in a contract (all strategies together).
   *
   * @param contract the contract
   * @return the position, zero if none
   */
  public Quantity contractPosition(FuturesContract contract) {
    ArgChecker.notNull(contract, "contract");
    return db.read("position in " + contract, c -> Db.query(c,
        "SELECT quantity FROM prod_contract_position WHERE instrument = ? AND contract_date = ?",
        rs -> Quantity.ofWhole(rs.getLong(1)), contract.instrument().value(), contract.date().asId()))
        .stream().findFirst().orElse(Quantity.ZERO);
  }

  /**
   * The positions in an instrument's contracts that are not zero.
   *
   * @param instrument the instrument
   * @return the positions by contract
   */
  public Map<FuturesContract, Quantity> contractPositions(InstrumentCode instrument) {
    ArgChecker.notNull(instrument, "instrument");
    Map<FuturesContract, Quantity> out = new LinkedHashMap<>();
    db.read("contract positions in " + instrument, c -> Db.query(c,
        "SELECT contract_date, quantity FROM prod_contract_position WHERE instrument = ? AND quantity <> 0"
            + " ORDER BY contract_date", rs -> out.put(FuturesContract.of(instrument,
            ContractDate.of(rs.getString(1))), Quantity.ofWhole(rs.getLong(2))), instrument.value()));
    return Map.copyOf(out);
  }

  /**
   * The positions in every contract that are not zero (all strategies together).
   *
   * @return the positions by contract, by instrument and contract date
   */
  public Map<FuturesContract, Quantity> allContractPositions() {
    Map<FuturesContract, Quantity> out = new LinkedHashMap<>();
    db.read("all contract positions", c -> Db.query(c,
        "SELECT instrument, contract_date, quantity FROM prod_contract_position WHERE quantity <> 0"
            + " ORDER BY instrument, contract_date", rs -> out.put(FuturesContract.of(
            InstrumentCode.of(rs.getString(1)), ContractDate.of(rs.getString(2))), Quantity.ofWhole(rs.getLong(3)))));
    return java.util.Collections.unmodifiableMap(out);
  }

  static void addToInstrument(Connection c, StrategyName strategy, InstrumentCode instrument, long delta)
      throws SQLException {
    Db.update(c, "INSERT INTO prod_instrument_position (strategy, instrument, quantity) VALUES (?, ?, ?)"
        + " ON CONFLICT (strategy, instrument) DO UPDATE SET quantity = prod_instrument_position.quantity"
        + " + excluded.quantity", strategy.value(), instrument.value(), delta);
  }

  static void addToContract(Connection c, FuturesContract contract, long delta) throws SQLException {
    Db.update(c, "INSERT INTO prod_contract_position (instrument, contract_date, quantity) VALUES (?, ?, ?)"
        + " ON CONFLICT (instrument, contract_date) DO UPDATE SET quantity = prod_contract_position.quantity"
        + " + excluded.quantity", contract.instrument().value(), contract.date().asId(), delta);
  }

}
