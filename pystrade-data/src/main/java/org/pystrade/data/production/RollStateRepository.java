package org.pystrade.data.production;

import java.util.LinkedHashMap;
import java.util.Map;
import org.pystrade.core.domain.InstrumentCode;
import org.pystrade.core.domain.trading.RollState;
import org.pystrade.core.util.ArgChecker;

/** Each instrument's roll state; an instrument without one is not rolling ({@link RollState#NO_ROLL}). */
public final class RollStateRepository {

  private final Db db;

  RollStateRepository(Db db) {
    this.db = db;
  }

  /**
   * Sets an instrument's roll state.
   *
   * @param instrument the instrument
   * @param state the state
   */
  public void set(InstrumentCode instrument, RollState state) {
    ArgChecker.notNull(instrument, "instrument");
    ArgChecker.notNull(state, "state");
    db.write("set roll state of " + instrument, c -> Db.update(c, "INSERT INTO prod_roll_state (instrument, state)"
        + " VALUES (?, ?) ON CONFLICT (instrument) DO UPDATE SET state = excluded.state", instrument.value(),
        state.name()));
  }

  /**
   * An instrument's roll state.
   *
   * @param instrument the instrument
   * @return its state, {@link RollState#NO_ROLL} if none was set
   */
  public RollState get(InstrumentCode instrument) {
    ArgChecker.notNull(instrument, "instrument");
    return db.read("roll state of " + instrument, c -> Db.query(c,
        "SELECT state FROM prod_roll_state WHERE instrument = ?", rs -> RollState.valueOf(rs.getString(1)),
        instrument.value())).stream().findFirst().orElse(RollState.NO_ROLL);
  }

  /**
   * All roll states set.
   *
   * @return the states by instrument
   */
  public Map<InstrumentCode, RollState> all() {
    Map<InstrumentCode, RollState> out = new LinkedHashMap<>();
    db.read("roll states", c -> Db.query(c, "SELECT instrument, state FROM prod_roll_state ORDER BY instrument",
        rs -> out.put(InstrumentCode.of(rs.getString(1)), RollState.valueOf(rs.getString(2)))));
    return Map.copyOf(out);
  }
}
