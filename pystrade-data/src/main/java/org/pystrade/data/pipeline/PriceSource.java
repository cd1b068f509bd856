package org.pystrade.data.pipeline;

import java.util.List;
import java.util.Map;
import org.pystrade.core.data.ContractPrices;
import org.pystrade.core.domain.ContractDate;
import org.pystrade.core.domain.InstrumentCode;

/**
 * Where new bars come from: a folder of per-contract CSV files ({@link CsvFolderPriceSource}), later a broker's
 * history.
 */
public interface PriceSource {

  /**
   * The instruments with new bars, sorted.
   *
   * @return the instruments
   */
  List<InstrumentCode> instruments();

  /**
   * An instrument's new bars, by contract. A source that cannot read some of them refuses the instrument, naming
   * the file and line.
   *
   * @param instrument the instrument
   * @return the bars by contract, or a refusal
   */
  Outcome<Map<ContractDate, ContractPrices>> newBars(InstrumentCode instrument);

  /**
   * What the source is, for messages.
   *
   * @return for example the folder
   */
  String describe();
}
