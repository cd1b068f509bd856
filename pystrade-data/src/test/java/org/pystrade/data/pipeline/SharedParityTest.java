package org.pystrade.data.pipeline;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;
import org.pystrade.core.data.MultiplePrices;
import org.pystrade.core.data.RollCalendar;
import org.pystrade.core.domain.InstrumentCode;
import org.pystrade.core.series.TimeSeries;
import org.pystrade.data.SharedData;
import org.pystrade.data.csv.CsvFuturesSimData;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Parity with pysystemtrade's shipped data, when {@code ../shared} is present: stitching the shipped multiple prices
 * gives the shipped adjusted prices, and rebuilding multiple prices from the shipped roll calendars and the
 * per-contract prices the multiple prices imply gives the shipped multiple prices where the data allow. The figures
 * per instrument are written to {@code target/pipeline-parity.md}.
 */
class SharedParityTest {

  private static final Logger LOG = LoggerFactory.getLogger(SharedParityTest.class);

  @Test
  void stitchingShippedMultiplePricesGivesShippedAdjustedPrices() throws IOException {
    Optional<CsvFuturesSimData> opened = SharedData.openFuturesData();
    assumeTrue(opened.isPresent(), SharedData.absentMessage());
    CsvFuturesSimData data = opened.get();
    List<InstrumentCode> instruments = data.instrumentsWithMultiplePrices();
    assertThat(instruments).hasSizeGreaterThanOrEqualTo(226);
    TreeMap<String, double[]> worst = new TreeMap<>();
    int within1e9 = 0;
    int within1e6 = 0;
    for (InstrumentCode code : instruments) {
      MultiplePrices m = data.multiplePrices(code);
      TimeSeries shipped = data.adjustedPrices(code);
      Outcome<TimeSeries> stitched = PanamaStitch.stitch(code.value(), m);
      assertThat(stitched.isRefused()).as(code + " " + stitched.problems()).isFalse();
      double[] cmp = ParityFigures.compare(stitched.get(), shipped);
      worst.put(code.value(), cmp);
      if (cmp[0] <= 1e-9) {
        within1e9++;
      }
      if (cmp[0] <= 1e-6) {
        within1e6++;
      }
      assertThat(cmp[1]).as(code + ": common rows").isGreaterThan(0);
    }
    StringBuilder md = new StringBuilder("## Stitched vs shipped adjusted prices\n\n")
        .append("instruments: ").append(instruments.size()).append(", within 1e-9 relative: ").append(within1e9)
        .append(", within 1e-6: ").append(within1e6).append("\n\n| instrument | worst relative error | common rows |"
            + " only stitched | only shipped |\n|---|---|---|---|---|\n");
    worst.forEach((k, v) -> md.append("| ").append(k).append(" | ").append(String.format(Locale.ROOT, "%.3g", v[0]))
        .append(" | ").append((long) v[1]).append(" | ").append((long) v[2]).append(" | ").append((long) v[3])
        .append(" |\n"));
    ParityFigures.write("pipeline-stitch-parity.md", md.toString());
    LOG.info("stitch parity: {} instruments, {} within 1e-9, {} within 1e-6", instruments.size(), within1e9,
        within1e6);
    assertThat(within1e6).isEqualTo(instruments.size());
  }

  @Test
  void rebuildingMultiplePricesFromShippedCalendarsGivesShippedMultiplePrices() throws IOException {
    Optional<Path> dir = SharedData.futuresData();
    assumeTrue(dir.isPresent(), SharedData.absentMessage());
    CsvFuturesSimData data = CsvFuturesSimData.open(dir.get());
    StringBuilder md = new StringBuilder("## Rebuilt vs shipped multiple prices\n\n| instrument | shipped rows in"
        + " calendar span | identical | differing | only rebuilt | only shipped | differing on roll days |\n"
        + "|---|---|---|---|---|---|---|\n");
    long allRows = 0;
    long allSame = 0;
    long allDiff = 0;
    long allRollDiff = 0;
    int instrumentsCompared = 0;
    List<String> refused = new ArrayList<>();
    for (InstrumentCode code : data.instrumentsWithMultiplePrices()) {
      Path calFile = dir.get().resolve("roll_calendars_csv").resolve(code.value() + ".csv.gz");
      if (!Files.exists(calFile)) {
        continue;
      }
      Outcome<RollCalendar> read = PysystemtradeCsv.readRollCalendar(calFile);
      if (read.isRefused()) {
        refused.add(code + ": " + read.errors().get(0).message());
        continue;
      }
      RollCalendar calendar = read.get();
      MultiplePrices shipped = data.multiplePrices(code);
      ContractFinals finals = ContractFinals.derivedFrom(code, shipped).get();
      Outcome<MultiplePrices> rebuilt = MultiplePriceBuilder.fromCalendar(calendar, finals);
      if (rebuilt.isRefused()) {
        refused.add(code + ": " + rebuilt.errors().get(0).message());
        continue;
      }
      long[] c = ParityFigures.compareMultiple(rebuilt.get(), shipped, calendar);
      instrumentsCompared++;
      allRows += c[0];
      allSame += c[1];
      allDiff += c[2];
      allRollDiff += c[5];
      md.append("| ").append(code).append(" | ").append(c[0]).append(" | ").append(c[1]).append(" | ")
          .append(c[2]).append(" | ").append(c[3]).append(" | ").append(c[4]).append(" | ").append(c[5])
          .append(" |\n");
    }
    md.insert(0, "instruments compared: " + instrumentsCompared + ", refused: " + refused.size() + " " + refused
        + "\nshipped rows in calendar spans: " + allRows + ", identical: " + allSame + ", differing: " + allDiff
        + " (of which on roll days: " + allRollDiff + ")\n\n");
    ParityFigures.write("pipeline-multiple-parity.md", md.toString());
    LOG.info("multiple parity: {} instruments, {} rows, {} identical, {} differing ({} on roll days), refused {}",
        instrumentsCompared, allRows, allSame, allDiff, allRollDiff, refused);
    assertThat(instrumentsCompared).isGreaterThan(200);
    assertThat(allSame).isGreaterThan(allRows * 9 / 10);
  }

  /**
   * Roll calendars made from the roll configuration and the per-contract prices the multiple prices imply, against
   * the shipped calendars: a figure, not parity (the shipped calendars were made from pysystemtrade's own contract
   * prices, which have bars the multiple prices do not show, and some were edited by hand).
   */
  @Test
  void rollCalendarsFromImpliedContractPricesAgainstShippedCalendars() throws IOException {
    Optional<Path> dir = SharedData.futuresData();
    assumeTrue(dir.isPresent(), SharedData.absentMessage());
    CsvFuturesSimData data = CsvFuturesSimData.open(dir.get());
    long shippedRows = 0;
    long sameContracts = 0;
    long sameRows = 0;
    int made = 0;
    List<String> refused = new ArrayList<>();
    StringBuilder md = new StringBuilder("| instrument | shipped rows | same contracts | same contracts and time |\n"
        + "|---|---|---|---|\n");
    for (InstrumentCode code : data.instrumentsWithMultiplePrices()) {
      Path calFile = dir.get().resolve("roll_calendars_csv").resolve(code.value() + ".csv.gz");
      Optional<org.pystrade.core.domain.RollParameters> params = data.meta(code).rollParameters();
      if (!Files.exists(calFile) || params.isEmpty()) {
        continue;
      }
      Outcome<RollCalendar> shipped = PysystemtradeCsv.readRollCalendar(calFile);
      if (shipped.isRefused()) {
        continue;
      }
      ContractFinals finals = ContractFinals.derivedFrom(code, data.multiplePrices(code)).get();
      Outcome<RollCalendar> ours = RollCalendars.fromPrices(params.get(), finals);
      if (ours.isRefused()) {
        refused.add(code.value());
        continue;
      }
      made++;
      java.util.Map<Integer, Long> byCurrent = new java.util.HashMap<>();
      RollCalendar o = ours.get();
      for (int i = 0; i < o.size(); i++) {
        byCurrent.put(o.current(i).asInt() * 31 + o.next(i).asInt(), o.time(i));
      }
      RollCalendar s = shipped.get();
      long same = 0;
      long sameTime = 0;
      for (int i = 0; i < s.size(); i++) {
        Long t = byCurrent.get(s.current(i).asInt() * 31 + s.next(i).asInt());
        if (t != null) {
          same++;
          sameTime += t == s.time(i) ? 1 : 0;
        }
      }
      shippedRows += s.size();
      sameContracts += same;
      sameRows += sameTime;
      md.append("| ").append(code).append(" | ").append(s.size()).append(" | ").append(same).append(" | ")
          .append(sameTime).append(" |\n");
    }
    md.insert(0, "## Roll calendars from implied contract prices vs shipped\n\ncalendars made: " + made
        + ", refused: " + refused + "\nshipped rows: " + shippedRows + ", with a row of ours holding the same contracts: "
        + sameContracts + ", at the same time too: " + sameRows + "\n\n");
    ParityFigures.write("pipeline-calendar-figures.md", md.toString());
    LOG.info("roll calendars: {} made, refused {}; shipped rows {}, same contracts {}, same time {}", made, refused,
        shippedRows, sameContracts, sameRows);
    assertThat(made).isGreaterThan(200);
  }
}
