package org.pystrade.core.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.pystrade.core.domain.InstrumentCode;
import org.pystrade.core.series.Index;
import org.pystrade.core.series.TimeSeries;
import org.pystrade.core.series.Timestamps;

/**
 * The contract every registered trading rule keeps, checked through the standard registry: the output index is
 * what pandas would give (by default the union of the data inputs' indexes), the result is a pure function of the
 * inputs (bit-identical on repeat and on copies), short, empty, leading-NaN and all-NaN inputs give NaN rather
 * than exceptions, and missing data inputs, missing required arguments and unknown arguments are
 * {@link IllegalArgumentException}s naming what is wrong.
 */
abstract class TradingRuleContractTest {

  private static final long DAY = Timestamps.SECONDS_PER_DAY;
  private static final long START = Timestamps.of(LocalDate.of(2021, 1, 4));

  /**
   * The registered name (short or full path).
   *
   * @return the name
   */
  abstract String name();

  /**
   * The number of data inputs the rule declares.
   *
   * @return the count
   */
  abstract int dataInputs();

  /**
   * Arguments that make a valid call, including every required one.
   *
   * @return the arguments
   */
  RuleArgs validArgs() {
    return RuleArgs.empty();
  }

  /**
   * Arguments without a default.
   *
   * @return their names
   */
  List<String> requiredArgs() {
    return List.of();
  }

  /**
   * Whether the rule checks its signature like Python (rejects unknown arguments and extra data inputs).
   *
   * @return true for the signature-checked rules
   */
  boolean strictSignature() {
    return true;
  }

  /**
   * Whether an all-NaN input gives an all-NaN output (false for the constant bias rules).
   *
   * @return true if NaN in gives NaN out
   */
  boolean nanInNanOut() {
    return true;
  }

  /**
   * The index pandas gives the output: by default the union of the inputs' indexes.
   *
   * @param inputs the data inputs
   * @return the expected index
   */
  long[] expectedIndex(List<TimeSeries> inputs) {
    long[] u = new long[0];
    for (TimeSeries s : inputs) {
      u = Index.union(u, s.timestamps());
    }
    return u;
  }

  TimeSeries run(List<TimeSeries> inputs, RuleArgs args) {
    TradingRule rule = RuleRegistry.standard().get(name()).rule();
    return rule.forecast(new RuleInputs(InstrumentCode.of("TEST"), inputs, args));
  }

  /** Input k: a positive random walk whose index differs per input (later start, gaps, extra dates). */
  static List<TimeSeries> inputs(int count, int length, long seed) {
    List<TimeSeries> out = new ArrayList<>();
    for (int k = 0; k < count; k++) {
      SplittableRandom rnd = new SplittableRandom(seed + 31L * k);
      List<Long> times = new ArrayList<>();
      for (int i = 2 * k; i < length + 3 * k; i++) {
        if (k > 0 && i % (5 + k) == 0) {
          continue;
        }
        times.add(START + i * DAY);
      }
      long[] t = times.stream().mapToLong(Long::longValue).toArray();
      double[] v = new double[t.length];
      double level = 100;
      for (int i = 0; i < v.length; i++) {
        level += rnd.nextGaussian();
        v[i] = k == 1 ? 1 + Math.abs(rnd.nextGaussian()) : level;
      }
      out.add(TimeSeries.of(t, v));
    }
    return out;
  }

  private static TimeSeries withValues(TimeSeries s, double fill, int from, int to) {
    double[] v = s.values();
    Arrays.fill(v, Math.min(from, v.length), Math.min(to, v.length), fill);
    return TimeSeries.of(s.timestamps(), v);
  }

  @Test
  void outputIndexIsThePandasIndexOfUnequalInputs() {
    List<TimeSeries> in = inputs(dataInputs(), 400, 7);
    TimeSeries out = run(in, validArgs());
    assertThat(out.timestamps()).containsExactly(expectedIndex(in));
    assertThat(out.countValid()).as("some forecasts exist").isGreaterThan(0);
  }

  @Test
  void sameInputsGiveBitIdenticalOutput() {
    List<TimeSeries> in = inputs(dataInputs(), 400, 11);
    TimeSeries first = run(in, validArgs());
    TimeSeries again = run(in, validArgs());
    List<TimeSeries> copies = new ArrayList<>();
    for (TimeSeries s : in) {
      copies.add(TimeSeries.of(s.timestamps(), s.values()));
    }
    TimeSeries onCopies = run(copies, validArgs());
    assertThat(again).isEqualTo(first);
    assertThat(onCopies).isEqualTo(first);
    for (int i = 0; i < first.size(); i++) {
      assertThat(Double.doubleToRawLongBits(onCopies.value(i))).isEqualTo(Double.doubleToRawLongBits(first.value(i)));
    }
    if (nanInNanOut()) {
      assertThat(run(inputs(dataInputs(), 400, 12), validArgs())).as("and other inputs give other output")
          .isNotEqualTo(first);
    }
  }

  @Test
  void shortEmptyAndLeadingNaNInputsDoNotFail() {
    for (int length : new int[] {0, 1, 2, 3, 5}) {
      List<TimeSeries> in = inputs(dataInputs(), length, 3);
      assertThatCode(() -> run(in, validArgs())).as("length " + length).doesNotThrowAnyException();
      assertThat(run(in, validArgs()).timestamps()).containsExactly(expectedIndex(in));
    }
    List<TimeSeries> leading = new ArrayList<>();
    for (TimeSeries s : inputs(dataInputs(), 300, 5)) {
      leading.add(withValues(s, Double.NaN, 0, 40));
    }
    TimeSeries out = run(leading, validArgs());
    assertThat(out.timestamps()).containsExactly(expectedIndex(leading));
    if (nanInNanOut()) {
      TimeSeries first = leading.get(0);
      for (int i = 0; i < 40; i++) {
        assertThat(out.valueAt(first.time(i))).as("row " + i + " of the first input is still NaN").isNaN();
      }
    }
  }

  @Test
  void nanInputsGiveNaNNotExceptions() {
    List<TimeSeries> allNaN = new ArrayList<>();
    for (TimeSeries s : inputs(dataInputs(), 200, 9)) {
      allNaN.add(withValues(s, Double.NaN, 0, s.size()));
    }
    TimeSeries out = run(allNaN, validArgs());
    assertThat(out.timestamps()).containsExactly(expectedIndex(allNaN));
    if (nanInNanOut()) {
      assertThat(out.countValid()).as("all-NaN inputs give no forecast").isZero();
    } else {
      assertThat(out.countValid()).isEqualTo(out.size());
    }
    List<TimeSeries> gappy = new ArrayList<>();
    for (TimeSeries s : inputs(dataInputs(), 300, 13)) {
      gappy.add(withValues(withValues(s, Double.NaN, 100, 110), Double.NaN, 200, 201));
    }
    assertThatCode(() -> run(gappy, validArgs())).doesNotThrowAnyException();
  }

  @Test
  void missingDataInputIsRejected() {
    List<TimeSeries> fewer = inputs(dataInputs() - 1, 50, 1);
    assertThatThrownBy(() -> run(fewer, validArgs())).isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("input");
  }

  @Test
  void extraDataInputOrUnknownArgumentIsRejected() {
    Assumptions.assumeTrue(strictSignature(), "rule does not check its signature");
    List<TimeSeries> more = inputs(dataInputs() + 1, 50, 1);
    assertThatThrownBy(() -> run(more, validArgs())).isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("data inputs");
    List<TimeSeries> in = inputs(dataInputs(), 50, 1);
    assertThatThrownBy(() -> run(in, validArgs().with("no_such_arg", 3)))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("no_such_arg");
  }

  @Test
  void missingRequiredArgumentIsRejectedByName() {
    Assumptions.assumeFalse(requiredArgs().isEmpty(), "rule has no required argument");
    List<TimeSeries> in = inputs(dataInputs(), 50, 1);
    for (String required : requiredArgs()) {
      Map<String, Object> args = new LinkedHashMap<>(validArgs().values());
      args.remove(required);
      assertThatThrownBy(() -> run(in, new RuleArgs(args))).isInstanceOf(IllegalArgumentException.class)
          .hasMessageContaining(required);
    }
  }
}
