package org.pystrade.core.rules;

import java.util.List;
import org.pystrade.core.domain.InstrumentCode;
import org.pystrade.core.series.TimeSeries;
import org.pystrade.core.util.ArgChecker;

/**
 * What a {@link TradingRule} is given: the instrument, its declared data inputs (in the order of the rule's
 * {@code data:} list, already computed by the system) and its {@code other_args}.
 *
 * @param instrument the instrument the forecast is for
 * @param data the data inputs in declared order
 * @param args the rule's parameters
 */
public record RuleInputs(InstrumentCode instrument, List<TimeSeries> data, RuleArgs args) {

  /**
   * Copies the inputs.
   *
   * @param instrument the instrument the forecast is for
   * @param data the data inputs in declared order
   * @param args the rule's parameters
   */
  public RuleInputs {
    ArgChecker.notNull(instrument, "instrument");
    data = List.copyOf(ArgChecker.notNull(data, "data"));
    ArgChecker.notNull(args, "args");
  }

  /**
   * A data input by position.
   *
   * @param i the position in the rule's {@code data:} list
   * @return the series
   * @throws IllegalArgumentException if the rule declared fewer inputs
   */
  public TimeSeries data(int i) {
    ArgChecker.isTrue(i >= 0 && i < data.size(), "rule for {} needs data input {} but only {} were declared",
        instrument, i, data.size());
    return data.get(i);
  }
}
