package org.pystrade.data.check;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.pystrade.core.domain.InstrumentCode;
import org.pystrade.core.util.ArgChecker;

/**
 * The data-quality report of one instrument.
 *
 * @param instrument the instrument
 * @param first the first day with an adjusted price, if any
 * @param last the last day with an adjusted price, if any
 * @param adjustedRows rows of adjusted prices
 * @param multipleRows rows of multiple prices
 * @param findings what was found, in {@link Finding.Kind} order
 */
public record InstrumentCheck(InstrumentCode instrument, Optional<LocalDate> first, Optional<LocalDate> last,
    int adjustedRows, int multipleRows, List<Finding> findings) {

  /**
   * Checks the parts and copies the findings.
   *
   * @param instrument the instrument
   * @param first the first day with an adjusted price, if any
   * @param last the last day with an adjusted price, if any
   * @param adjustedRows rows of adjusted prices
   * @param multipleRows rows of multiple prices
   * @param findings what was found, in {@link Finding.Kind} order
   */
  public InstrumentCheck {
    ArgChecker.notNull(instrument, "instrument");
    ArgChecker.notNull(first, "first");
    ArgChecker.notNull(last, "last");
    findings = List.copyOf(findings);
  }

  /**
   * Whether a backtest can use the instrument: no finding that makes it unusable.
   *
   * @return true if usable
   */
  public boolean usable() {
    return findings.stream().noneMatch(f -> f.kind().makesUnusable());
  }
}
