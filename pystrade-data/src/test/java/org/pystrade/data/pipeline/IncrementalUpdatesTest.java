package org.pystrade.data.pipeline;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.pystrade.core.data.MultiplePrices;
import org.pystrade.core.domain.ContractDate;
import org.pystrade.core.domain.InstrumentCode;
import org.pystrade.core.domain.RollParameters;
import org.pystrade.core.series.TimeSeries;
import org.pystrade.data.SampleData;
import org.pystrade.data.csv.CsvFuturesSimData;

/** Extending multiple and adjusted prices without a rebuild, and rolling them, on the sample instruments. */
class IncrementalUpdatesTest {

  private static final CsvFuturesSimData DATA = SampleData.open();

  static MultiplePrices head(MultiplePrices m, int rows) {
    return m.slice(m.price().time(0), m.price().time(rows - 1));
  }

  /** The index of the last row whose held contract differs from the row before. */
  static int lastRoll(MultiplePrices m) {
    for (int i = m.size() - 1; i > 0; i--) {
      if (m.priceContract().value(i) != m.priceContract().value(i - 1)) {
        return i;
      }
    }
    return 0;
  }

  @Test
  void finalsDerivedForSomeContractsAreThoseOfTheWholeDerivation() {
    for (InstrumentCode code : DATA.instrumentsWithMultiplePrices()) {
      MultiplePrices full = DATA.multiplePrices(code);
      ContractFinals all = ContractFinals.derivedFrom(code, full).get();
      java.util.List<ContractDate> every = new java.util.ArrayList<>(all.byContract().keySet());
      assertThat(every).as(code.value()).hasSizeGreaterThan(3);
      // the first, a middle one, the last, and one the data never names
      java.util.List<ContractDate> some = java.util.List.of(every.get(0), every.get(every.size() / 2),
          every.get(every.size() - 1), ContractDate.ofYearMonth(1901, 1));
      ContractFinals part = ContractFinals.derivedFrom(code, full, some).get();
      assertThat(part.byContract().keySet()).as(code.value()).containsExactly(every.get(0), every.get(every.size() / 2),
          every.get(every.size() - 1));
      for (ContractDate c : part.byContract().keySet()) {
        TimeSeries a = all.get(c.asInt()).orElseThrow();
        TimeSeries p = part.get(c.asInt()).orElseThrow();
        assertThat(p.timesView()).as(code + " " + c).containsExactly(a.timesView());
        assertThat(p.valuesView()).as(code + " " + c).containsExactly(a.valuesView());
      }
    }
  }

  @Test
  void newContractPricesExtendMultipleAndAdjustedPricesAsARebuildWould() {
    for (InstrumentCode code : DATA.instrumentsWithMultiplePrices()) {
      MultiplePrices full = DATA.multiplePrices(code);
      int roll = lastRoll(full);
      int cut = Math.max(roll + 1, full.size() - 40);
      if (cut >= full.size() - 1) {
        continue;
      }
      MultiplePrices stored = head(full, cut);
      TimeSeries storedAdjusted = PanamaStitch.stitch(code.value(), stored).get();
      ContractFinals finals = ContractFinals.derivedFrom(code, full).get();
      Outcome<IncrementalUpdates.Prices> out = IncrementalUpdates.update(
          new IncrementalUpdates.Prices(stored, storedAdjusted), finals);
      assertThat(out.errors()).as(code.value()).isEmpty();
      MultiplePrices updated = out.get().multiple();
      assertThat(updated.price().timesView()).as(code + " times").containsExactly(full.price().timesView());
      assertThat(updated.price().valuesView()).as(code + " PRICE").containsExactly(full.price().valuesView());
      assertThat(updated.carry().valuesView()).as(code + " CARRY").containsExactly(full.carry().valuesView());
      assertThat(updated.forward().valuesView()).as(code + " FORWARD").containsExactly(full.forward().valuesView());
      assertThat(updated.priceContract().valuesView()).containsExactly(full.priceContract().valuesView());
      assertThat(updated.carryContract().valuesView()).containsExactly(full.carryContract().valuesView());
      assertThat(updated.forwardContract().valuesView()).containsExactly(full.forwardContract().valuesView());
      // the rebuild's rows, but new rows without a price are not added (pysystemtrade drops them)
      TimeSeries rebuilt = PanamaStitch.stitch(code.value(), full).get();
      java.util.List<Integer> rows = new java.util.ArrayList<>();
      for (int i = 0; i < rebuilt.size(); i++) {
        if (i < cut || rebuilt.value(i) == rebuilt.value(i)) {
          rows.add(i);
        }
      }
      TimeSeries adjusted = out.get().adjusted();
      assertThat(adjusted.size()).as(code + " adjusted rows").isEqualTo(rows.size());
      for (int k = 0; k < rows.size(); k++) {
        assertThat(adjusted.time(k)).isEqualTo(rebuilt.time(rows.get(k)));
        assertThat(Double.compare(adjusted.value(k), rebuilt.value(rows.get(k)))).as(code + " row " + k).isZero();
      }
    }
  }

  @Test
  void aChangeOfHeldContractAfterTheLastAdjustedPriceIsRefusedUntilRolled() {
    MultiplePrices full = DATA.multiplePrices(InstrumentCode.of("CORN"));
    MultiplePrices before = head(full, lastRoll(full));
    TimeSeries adjusted = PanamaStitch.stitch("CORN", before).get();
    Outcome<TimeSeries> out = IncrementalUpdates.updateAdjusted("CORN", adjusted, head(full, before.size() + 5));
    assertThat(out.errors()).extracting(Problem::check).containsExactly(Check.ROLL_NOT_REGISTERED);
  }

  @Test
  void aRollAddsARowOneSecondLaterAndShiftsTheAdjustedHistoryByTheRollGap() {
    for (InstrumentCode code : DATA.instrumentsWithMultiplePrices()) {
      RollParameters params = DATA.meta(code).rollParameters().orElseThrow();
      MultiplePrices full = DATA.multiplePrices(code);
      int roll = lastRoll(full);
      MultiplePrices before = head(full, roll);
      int last = before.size() - 1;
      double price = before.price().value(last);
      double forward = before.forward().value(last);
      if (price != price || forward != forward) {
        continue;
      }
      ContractFinals finals = ContractFinals.derivedFrom(code, full).get();
      Outcome<IncrementalUpdates.Prices> out = IncrementalUpdates.roll(before, params, finals);
      MultiplePrices rolled = out.get().multiple();
      assertThat(rolled.size()).isEqualTo(before.size() + 1);
      int r = rolled.size() - 1;
      assertThat(rolled.price().time(r)).isEqualTo(before.price().time(last) + 1);
      assertThat(rolled.priceContract().value(r)).as(code.value()).isEqualTo(before.forwardContract().value(last));
      assertThat(rolled.price().value(r)).isEqualTo(forward);
      assertThat(rolled.forwardContractAt(r).orElseThrow())
          .isEqualTo(params.nextHeldContract(rolled.priceContractAt(r)));
      TimeSeries oldAdjusted = PanamaStitch.stitch(code.value(), before).get();
      TimeSeries newAdjusted = out.get().adjusted();
      double gap = forward - price;
      for (int i = 0; i <= last; i += Math.max(1, last / 50)) {
        assertThat(Double.compare(newAdjusted.value(i), oldAdjusted.value(i) + gap)).isZero();
      }
      assertThat(newAdjusted.value(r)).isEqualTo(forward);
    }
  }

  @Test
  void aMissingForwardPriceIsInferredFromTheHeldPriceAndTheRecentOffsets() {
    InstrumentCode code = InstrumentCode.of("US10");
    MultiplePrices full = DATA.multiplePrices(code);
    int roll = lastRoll(full);
    MultiplePrices before = head(full, roll);
    int last = before.size() - 1;
    double[] fwd = before.forward().values();
    fwd[last] = Double.NaN;
    MultiplePrices gapped = new MultiplePrices(before.price(), before.priceContract(), before.carry(),
        before.carryContract(), before.price().withValues(fwd), before.forwardContract());
    Outcome<IncrementalUpdates.Prices> out = IncrementalUpdates.roll(gapped,
        DATA.meta(code).rollParameters().orElseThrow(), ContractFinals.derivedFrom(code, full).get());
    MultiplePrices rolled = out.get().multiple();
    assertThat(rolled.size()).isEqualTo(before.size() + 2);
    double inferred = rolled.forward().value(last + 1);
    java.util.List<Double> offsets = new java.util.ArrayList<>();
    for (int i = last - 1; i >= 0 && offsets.size() < 5; i--) {
      if (fwd[i] == fwd[i] && before.price().value(i) == before.price().value(i)) {
        offsets.add(0, fwd[i] - before.price().value(i));
      }
    }
    java.util.List<Double> sorted = new java.util.ArrayList<>(offsets);
    sorted.sort(null);
    assertThat(inferred).isEqualTo(before.price().value(last) + sorted.get(2));
    assertThat(out.problems()).anySatisfy(p -> assertThat(p.message()).contains("inferred"));
  }
}
