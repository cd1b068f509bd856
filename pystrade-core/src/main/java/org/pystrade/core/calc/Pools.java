package org.pystrade.core.calc;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import org.pystrade.core.data.DataException;
import org.pystrade.core.data.InstrumentCode;
import org.pystrade.core.system.TradingSystem;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Which instruments take part in an estimate pooled across instruments (forecast scalars, turnover, forecast
 * weights, forecast correlations): those whose own inputs can be computed. An instrument whose data fails is left
 * out of the pools of the others, so that one bad instrument costs only itself (the system reports it as left
 * out), never the estimates of every instrument it would have been pooled with.
 */
public final class Pools {

  private static final Logger LOG = LoggerFactory.getLogger(Pools.class);

  private Pools() {
  }

  /**
   * The candidates to pool, in their order: those whose data can be read ({@link TradingSystem#instrumentsWithData()}
   * (checked as {@link TradingSystem#instrumentsWithSetup()} and then, after the probe, the price files):
   * an instrument with unreadable data is left out of every pool, so that the others get what a system configured
   * without it would give them) and whose inputs to this estimate can be computed (a computation failing for one
   * instrument leaves it out of this pool only).
   *
   * @param system the system
   * @param candidates the instruments that would be pooled
   * @param self the instrument the estimate is for, or null for an estimate shared by all: always kept, so that
   *     its own failure surfaces as its own
   * @param probe computes what the pooled estimate needs of one instrument (results are memoised by the stages),
   *     throwing {@link DataException} if it cannot
   * @return the instruments to pool
   */
  public static List<InstrumentCode> withData(TradingSystem system, List<InstrumentCode> candidates,
      InstrumentCode self, Consumer<InstrumentCode> probe) {
    java.util.Set<InstrumentCode> readable = new java.util.HashSet<>(system.instrumentsWithSetup());
    // the probes compute (and memoise) the pooled instruments' inputs, reading their files: in parallel even inside
    // the instruments' own parallel loop, whose other workers would mostly wait for these same inputs
    List<Boolean> usable = Parallel.mapNested(candidates, c -> {
      if (c.equals(self)) {
        return true;
      }
      if (!readable.contains(c)) {
        LOG.debug("{} left out of a pooled estimate: its data cannot be read", c);
        return false;
      }
      try {
        probe.accept(c);
        // after the probe, which has usually just read the price files: a data source then knows them readable
        system.data().checkPrices(c);
        return true;
      } catch (DataException ex) {
        LOG.debug("{} left out of a pooled estimate: {}", c, ex.getMessage());
        return false;
      }
    });
    List<InstrumentCode> out = new ArrayList<>(candidates.size());
    for (int i = 0; i < candidates.size(); i++) {
      if (usable.get(i)) {
        out.add(candidates.get(i));
      }
    }
    return out;
  }
}
