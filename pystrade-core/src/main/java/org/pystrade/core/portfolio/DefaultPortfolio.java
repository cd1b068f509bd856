package org.pystrade.core.portfolio;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Supplier;
import org.pystrade.core.calc.Retention;
import org.pystrade.core.calc.StageContext;
import org.pystrade.core.combination.WeightFitting;
import org.pystrade.core.config.ConfigException;
import org.pystrade.core.data.CheckedSimData;
import org.pystrade.core.data.DataDefect;
import org.pystrade.core.data.DataException;
import org.pystrade.core.data.DefectAction;
import org.pystrade.core.data.DefectPolicy;
import org.pystrade.core.data.InstrumentFailure;
import org.pystrade.core.domain.InstrumentCode;
import org.pystrade.core.domain.ReasonCode;
import org.pystrade.core.rules.RuleException;
import org.pystrade.core.series.Kernels;
import org.pystrade.core.series.SeriesFrame;
import org.pystrade.core.series.TimeSeries;
import org.pystrade.core.series.Timestamps;
import org.pystrade.core.sizing.PositionSizing;
import org.pystrade.core.util.ArgChecker;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * pysystemtrade's portfolio stage with fixed (or estimated) instrument weights and IDM. Every result goes through the
 * overridable methods it depends on: notional positions are the sizing stage's subsystem positions times
 * {@link #instrumentWeights} and {@link #instrumentDiversificationMultiplier}; the buffers are computed from the
 * {@link #notionalPosition} and {@link #buffer}.
 */
public class DefaultPortfolio implements Portfolio {

  private static final Logger LOG = LoggerFactory.getLogger(DefaultPortfolio.class);
  /** The buffer of {@code buffer_method: none} (pysystemtrade's {@code EPSILON_POSITION}), in contracts. */
  private static final double NO_BUFFER = 0.001;

  private final PortfolioInputs inputs;
  private final StageContext context;
  private final PositionSizing sizing;
  private final PortfolioParams params;
  private volatile Health health;

  /**
   * Creates the stage.
   *
   * @param inputs the context, the sizing stage, the subsystem P&amp;L, the parameters and the estimators
   */
  public DefaultPortfolio(PortfolioInputs inputs) {
    this.inputs = ArgChecker.notNull(inputs, "inputs");
    this.context = inputs.context();
    this.sizing = inputs.sizing();
    this.params = inputs.params();
  }

  private <T> T memo(String method, Object arg, Supplier<T> f) {
    return context.memo("portfolio", method, arg, null, f);
  }

  @Override
  public List<InstrumentCode> instruments() {
    return health().usable;
  }

  @Override
  public List<InstrumentFailure> failures() {
    return health().failures;
  }

  /**
   * The data defects of instruments in the portfolio that the system's {@link DefectPolicy} keeps, each with the
   * numbers it affects.
   *
   * @return the warnings, sorted by instrument
   */
  @Override
  public List<InstrumentFailure> warnings() {
    Set<InstrumentCode> usable = new HashSet<>(health().usable);
    CheckedSimData data = context.data();
    List<InstrumentFailure> out = new ArrayList<>();
    for (DataDefect d : data.defects()) {
      if (usable.contains(d.instrument()) && data.policy().action(d.kind()) == DefectAction.KEEP) {
        out.add(new InstrumentFailure(d.instrument(), d.kind().code(), data.describe(d)));
      }
    }
    return List.copyOf(out);
  }

  private Health health() {
    Health h = health;
    if (h == null) {
      synchronized (this) {
        h = health;
        if (h == null) {
          h = checkHealth();
          health = h;
        }
      }
    }
    return h;
  }

  private Health checkHealth() {
    List<InstrumentCode> configured = context.configuredInstruments();
    List<DataException> errors = context.parallel().map(configured, code -> {
      try {
        TimeSeries position = sizing.subsystemPosition(code);
        if (!hasValue(position) && !hasValue(sizing.instrumentCurrencyVol(code))) {
          // no position because the prices give no volatility on any day (not because of the config: an
          // instrument whose forecast weights are all zero has a volatility and no position, as in pysystemtrade)
          context.data().report(tooShort(code));
        }
        return null;
      } catch (DataException ex) {
        return ex;
      } catch (ConfigException | RuleException ex) {
        throw ex;
      } catch (RuntimeException ex) {
        throw new IllegalStateException("computing the subsystem position of " + code + " failed (not a data "
            + "problem: a bug in a stage or rule): " + ex, ex);
      }
    });
    List<InstrumentCode> usable = new ArrayList<>();
    List<InstrumentFailure> failures = new ArrayList<>();
    for (int i = 0; i < configured.size(); i++) {
      DataException ex = errors.get(i);
      if (ex == null) {
        usable.add(configured.get(i));
      } else {
        LOG.warn("instrument {} left out: {}", configured.get(i), ex.getMessage());
        failures.add(InstrumentFailure.of(configured.get(i), ex));
      }
    }
    List<DataDefect> fatal = context.data().fatal();
    if (!fatal.isEmpty()) {
      StringBuilder sb = new StringBuilder("the system stops on ").append(fatal.size() == 1 ? "a data defect"
          : fatal.size() + " data defects").append(" its config's " + DefectPolicy.SECTION + " section says to fail on:");
      for (DataDefect d : fatal) {
        sb.append("\n  ").append(d.instrument()).append(": ").append(context.data().describe(d));
      }
      throw new DataException(fatal.get(0).kind().code(), sb.toString());
    }
    if (usable.isEmpty()) {
      // one line per reason, naming the instruments it leaves out (a missing instrumentconfig.csv is one line)
      Map<String, List<String>> byReason = new LinkedHashMap<>();
      for (InstrumentFailure f : failures) {
        byReason.computeIfAbsent(f.reason(), r -> new ArrayList<>()).add(f.instrument().value());
      }
      StringBuilder sb = new StringBuilder("no instrument of the system has usable data:");
      byReason.forEach((reason, codes) -> sb.append("\n  ").append(String.join(", ", codes)).append(": ")
          .append(reason));
      throw new DataException(ReasonCode.INSUFFICIENT_DATA, sb.toString());
    }
    return new Health(List.copyOf(usable), List.copyOf(failures));
  }

  private static boolean hasValue(TimeSeries s) {
    double[] v = s.valuesView();
    for (double x : v) {
      if (x == x) {
        return true;
      }
    }
    return false;
  }

  /**
   * The defect of an instrument without a valid position on any day: its adjusted prices too short for a volatility,
   * or its multiple prices without a contract price (PRICE) to value that volatility in the instrument's currency,
   * on any day or on the days of the adjusted prices.
   */
  private DataDefect tooShort(InstrumentCode code) {
    Rows adjusted = Rows.of(context.data().adjustedPrices(code));
    String head = "no valid subsystem position on any day: ";
    String detail = head + adjusted.describe("the adjusted prices have")
        + ", too few for a price volatility on any day";
    if (adjusted.valid >= 2) {
      Rows price;
      try {
        price = Rows.of(context.data().multiplePrices(code).price());
      } catch (DataException ex) {
        price = null; // reported as it is wherever the multiple prices are read
      }
      String noVol = "the instrument has no contract price to value its volatility in its currency on any day";
      if (price != null && price.valid == 0) {
        detail = head + "the multiple prices have no PRICE value (" + price.rowsText() + "), so " + noVol + " ("
            + adjusted.describe("the adjusted prices have") + ")";
      } else if (price != null && (price.last < adjusted.first || price.first > adjusted.last)) {
        detail = head + price.describe("the multiple prices have a PRICE on") + ", not one while "
            + adjusted.describe("the adjusted prices have") + ", so " + noVol;
      }
    }
    return new DataDefect(code, DataDefect.Kind.TOO_SHORT, "", detail);
  }

  /** How many rows of a series have a value, and from when to when. */
  private record Rows(int size, int valid, long first, long last) {

    static Rows of(TimeSeries s) {
      int valid = 0;
      long first = 0;
      long last = 0;
      for (int i = 0; i < s.size(); i++) {
        if (s.value(i) == s.value(i)) {
          if (valid == 0) {
            first = s.time(i);
          }
          last = s.time(i);
          valid++;
        }
      }
      return new Rows(s.size(), valid, first, last);
    }

    /** "no row", "1 row, empty", "12 rows, all empty". */
    String rowsText() {
      return size == 0 ? "no row" : size == 1 ? "1 row, empty" : size + " rows, all empty";
    }

    /** "the adjusted prices have 5 rows with a value, from ... to ...", "... no value (12 rows, all empty)". */
    String describe(String what) {
      if (valid == 0) {
        return what + " no value (" + rowsText() + ")";
      }
      return what + " " + valid + (valid == 1 ? " row with a value (" + Timestamps.format(first) + ")"
          : " rows with a value, from " + Timestamps.format(first) + " to " + Timestamps.format(last));
    }
  }

  private static final class Health {
    final List<InstrumentCode> usable;
    final List<InstrumentFailure> failures;

    Health(List<InstrumentCode> usable, List<InstrumentFailure> failures) {
      this.usable = usable;
      this.failures = failures;
    }
  }

  /**
   * The subsystem positions of all the system's instruments on the union index, forward-filled.
   *
   * @return one column per instrument
   */
  public SeriesFrame subsystemPositions() {
    return memo("subsystemPositions", null, () -> {
      Map<String, TimeSeries> m = new LinkedHashMap<>();
      for (InstrumentCode c : instruments()) {
        m.put(c.value(), sizing.subsystemPosition(c));
      }
      // a column per instrument: aligned and filled on every thread (reached from inside the instruments' own
      // parallel loop, whose other workers wait for it)
      SeriesFrame.Mapper mapper = context.parallel()::mapNested;
      return SeriesFrame.concat(m, mapper).ffill(mapper);
    });
  }

  @Override
  public SeriesFrame instrumentWeights() {
    return memo("instrumentWeights", null, () -> {
      SeriesFrame positions = subsystemPositions();
      SeriesFrame raw = rawInstrumentWeights(positions);
      return WeightFitting.fitSmoothAndNormalise(raw, positions, params.weightEwmaSpan(),
          context.parallel()::mapNested);
    });
  }

  /**
   * Raw instrument weights: fixed from {@code instrument_weights} (equal weights if absent) with the
   * {@link #zeroWeighted} instruments at 0, or estimated.
   *
   * @param positions the subsystem positions
   * @return one column per instrument
   */
  protected SeriesFrame rawInstrumentWeights(SeriesFrame positions) {
    if (params.useWeightEstimates()) {
      return inputs.weightEstimator().orElseThrow(() -> new ConfigException(
          "use_instrument_weight_estimates is true but no instrument weight estimator is available: add "
              + "pystrade-optimisation or set one on the system builder")).estimate(inputs, this);
    }
    Map<InstrumentCode, Double> fixed = params.fixedWeights();
    List<InstrumentCode> instruments = instruments();
    Set<String> zero = new HashSet<>(zeroWeighted(positions));
    List<String> names = new ArrayList<>();
    double[][] cols = new double[instruments.size()][];
    long[] t = positions.rowCount() == 0 ? new long[0] : new long[] {positions.timesView()[0]};
    for (int i = 0; i < instruments.size(); i++) {
      String name = instruments.get(i).value();
      names.add(name);
      double w = fixed.isEmpty() ? 1.0 / instruments.size() : fixed.getOrDefault(instruments.get(i), 0.0);
      if (zero.contains(name)) {
        w = 0.0;
      }
      cols[i] = t.length == 0 ? new double[0] : new double[] {w};
    }
    return SeriesFrame.of(t, names, cols);
  }

  /**
   * The instruments given zero weight whatever the config's weights (pysystemtrade's
   * {@code allocate_zero_instrument_weights_to_these_instruments}): those whose subsystem position is never
   * non-zero (e.g. every rule too expensive), and those the config lists under that key.
   *
   * @param positions the subsystem positions
   * @return instrument codes
   */
  protected List<String> zeroWeighted(SeriesFrame positions) {
    List<String> out = new ArrayList<>();
    for (String name : positions.names()) {
      boolean any = false;
      for (double v : positions.column(name).valuesView()) {
        if (v == v && v != 0.0) {
          any = true;
          break;
        }
      }
      if (!any) {
        out.add(name);
      }
    }
    for (InstrumentCode code : params.zeroWeighted()) {
      if (!out.contains(code.value())) {
        out.add(code.value());
      }
    }
    return out;
  }

  @Override
  public TimeSeries instrumentDiversificationMultiplier() {
    return memo("idm", null, () -> {
      if (params.useIdmEstimates()) {
        return inputs.idmEstimator().orElseThrow(() -> new ConfigException(
            "use_instrument_div_mult_estimates is true but no IDM estimator is available: add "
                + "pystrade-optimisation or set one on the system builder")).estimate(inputs, this);
      }
      return TimeSeries.constant(instrumentWeights().timesView(), params.fixedIdm());
    });
  }

  @Override
  public TimeSeries notionalPositionBeforeRiskScaling(InstrumentCode code) {
    return memo("notionalPositionBeforeRisk", code, () -> {
      TimeSeries subsystem = sizing.subsystemPosition(code);
      long[] idx = subsystem.timesView();
      double[] w = Kernels.ffillInPlace(instrumentWeights().column(code.value()).valuesOn(idx));
      double[] m = Kernels.ffillInPlace(instrumentDiversificationMultiplier().valuesOn(idx));
      double[] s = subsystem.valuesView();
      for (int i = 0; i < w.length; i++) {
        w[i] = s[i] * w[i] * m[i];
      }
      return subsystem.withValuesOwned(w);
    });
  }

  @Override
  public TimeSeries notionalPosition(InstrumentCode code) {
    Optional<RiskOverlay> overlay = riskOverlay();
    if (overlay.isEmpty()) {
      return notionalPositionBeforeRiskScaling(code);
    }
    return memo("notionalPosition", code, () -> {
      TimeSeries before = notionalPositionBeforeRiskScaling(code);
      double[] scalar = Kernels.ffillInPlace(overlay.get().riskScalar().valuesOn(before.timesView()));
      double[] b = before.valuesView();
      for (int i = 0; i < scalar.length; i++) {
        scalar[i] = b[i] * scalar[i];
      }
      return before.withValuesOwned(scalar);
    });
  }

  /**
   * The portfolio's risk model: volatilities, correlations, contract values and portfolio risk, shared with the
   * dynamic optimisation through the system's memo.
   *
   * @return the model
   */
  public RiskModel riskModel() {
    return new RiskModel(inputs, this);
  }

  @Override
  public Optional<RiskOverlay> riskOverlay() {
    if (inputs.riskOverlay().isEmpty()) {
      return Optional.empty();
    }
    return Optional.of(memo("riskOverlay", null, () -> riskModel().overlay(inputs.riskOverlay().get())));
  }

  @Override
  public TimeSeries buffer(InstrumentCode code) {
    String method = params.bufferMethod();
    TimeSeries position = notionalPosition(code);
    long[] idx = position.timesView();
    double size = params.bufferSize();
    switch (method) {
      case "forecast": {
        double[] weight = Kernels.ffillInPlace(instrumentWeights().column(code.value()).valuesOn(idx));
        double[] idm = Kernels.ffillInPlace(instrumentDiversificationMultiplier().valuesOn(idx));
        double[] vs = Kernels.ffillInPlace(sizing.volatilityScalar(code).valuesOn(idx));
        for (int i = 0; i < vs.length; i++) {
          vs[i] = Math.abs(vs[i] * weight[i] * idm[i]) * size;
        }
        return position.withValuesOwned(vs);
      }
      case "position":
        return position.abs().times(size);
      case "none":
        // pysystemtrade does not skip buffering: it buffers by a tiny constant
        return TimeSeries.constant(idx, NO_BUFFER);
      default:
        LOG.warn("config key 'buffer_method' is '{}', not one of forecast, position, none: not buffering (as "
            + "pysystemtrade)", method);
        return TimeSeries.constant(idx, NO_BUFFER);
    }
  }

  @Override
  public TimeSeries upperBuffer(InstrumentCode code) {
    return notionalPosition(code).ffill().plus(filledBuffer(code));
  }

  @Override
  public TimeSeries lowerBuffer(InstrumentCode code) {
    return notionalPosition(code).ffill().minus(filledBuffer(code));
  }

  /**
   * The {@link #buffer}, forward filled: the upper and the lower buffer read it one after the other, so it is kept
   * while in use (computed once for both, not kept for the life of the system).
   */
  private TimeSeries filledBuffer(InstrumentCode code) {
    return context.memo("portfolio", "filledBuffer", code, null, Retention.IN_USE, () -> buffer(code).ffill());
  }
}
