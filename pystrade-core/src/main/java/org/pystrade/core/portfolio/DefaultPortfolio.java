package org.pystrade.core.portfolio;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.pystrade.core.combination.WeightFitting;
import org.pystrade.core.config.ConfigException;
import org.pystrade.core.config.SystemConfig;
import org.pystrade.core.data.InstrumentCode;
import org.pystrade.core.series.Kernels;
import org.pystrade.core.series.SeriesFrame;
import org.pystrade.core.series.TimeSeries;
import org.pystrade.core.calc.StageKey;
import org.pystrade.core.system.TradingSystem;

/**
 * pysystemtrade's portfolio stage with fixed (or estimated) instrument weights and IDM.
 */
public class DefaultPortfolio implements Portfolio {

  private static final org.slf4j.Logger LOG = org.slf4j.LoggerFactory.getLogger(DefaultPortfolio.class);
  /** The buffer of {@code buffer_method: none} (pysystemtrade's {@code EPSILON_POSITION}), in contracts. */
  private static final double NO_BUFFER = 0.001;

  private final TradingSystem system;

  /**
   * Creates the stage.
   *
   * @param system the system
   */
  public DefaultPortfolio(TradingSystem system) {
    this.system = system;
  }

  private <T> T memo(String method, Object arg, java.util.function.Supplier<T> f) {
    return system.memo().get(new StageKey("portfolio", method, arg, null), f);
  }

  /**
   * The subsystem positions of all the system's instruments on the union index, forward-filled.
   *
   * @return one column per instrument
   */
  public SeriesFrame subsystemPositions() {
    return memo("subsystemPositions", null, () -> {
      Map<String, TimeSeries> m = new LinkedHashMap<>();
      for (InstrumentCode c : system.instruments()) {
        m.put(c.value(), system.positionSizing().subsystemPosition(c));
      }
      return SeriesFrame.concat(m).ffill();
    });
  }

  @Override
  public SeriesFrame instrumentWeights() {
    return memo("instrumentWeights", null, () -> {
      SeriesFrame positions = subsystemPositions();
      SeriesFrame raw = rawInstrumentWeights(positions);
      SeriesFrame fitted = WeightFitting.toBusinessDays(WeightFitting.fitToAvailability(raw, positions));
      return WeightFitting.smoothAndNormalise(fitted, system.config().getDouble("instrument_weight_ewma_span"));
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
    SystemConfig c = system.config();
    if (c.getBoolean("use_instrument_weight_estimates")) {
      return system.estimators().instrumentWeights().orElseThrow(() -> new ConfigException(
          "use_instrument_weight_estimates is true but no instrument weight estimator is available: add "
              + "pystrade-optimisation or set one on the system builder")).estimate(system);
    }
    Map<String, Double> fixed = c.getDoubleMap("instrument_weights");
    List<InstrumentCode> instruments = system.instruments();
    java.util.Set<String> zero = new java.util.HashSet<>(zeroWeighted(positions));
    List<String> names = new ArrayList<>();
    double[][] cols = new double[instruments.size()][];
    long[] t = positions.rowCount() == 0 ? new long[0] : new long[] {positions.timesView()[0]};
    for (int i = 0; i < instruments.size(); i++) {
      String name = instruments.get(i).value();
      names.add(name);
      double w = fixed.isEmpty() ? 1.0 / instruments.size() : fixed.getOrDefault(name, 0.0);
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
    if (system.config().has("allocate_zero_instrument_weights_to_these_instruments")) {
      for (String code : system.config().getStringList("allocate_zero_instrument_weights_to_these_instruments")) {
        if (!out.contains(code)) {
          out.add(code);
        }
      }
    }
    return out;
  }

  @Override
  public TimeSeries instrumentDiversificationMultiplier() {
    return memo("idm", null, () -> {
      SystemConfig c = system.config();
      if (c.getBoolean("use_instrument_div_mult_estimates")) {
        return system.estimators().instrumentDiversificationMultiplier().orElseThrow(() -> new ConfigException(
            "use_instrument_div_mult_estimates is true but no IDM estimator is available: add "
                + "pystrade-optimisation or set one on the system builder")).estimate(system);
      }
      return TimeSeries.constant(instrumentWeights().timesView(), c.getDouble("instrument_div_multiplier"));
    });
  }

  @Override
  public TimeSeries notionalPosition(InstrumentCode code) {
    return memo("notionalPosition", code, () -> {
      TimeSeries subsystem = system.positionSizing().subsystemPosition(code);
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
  public TimeSeries buffer(InstrumentCode code) {
    SystemConfig c = system.config();
    String method = c.getString("buffer_method");
    TimeSeries position = notionalPosition(code);
    long[] idx = position.timesView();
    double size = c.getDouble("buffer_size");
    switch (method) {
      case "forecast": {
        double[] weight = Kernels.ffillInPlace(instrumentWeights().column(code.value()).valuesOn(idx));
        double[] idm = Kernels.ffillInPlace(instrumentDiversificationMultiplier().valuesOn(idx));
        double[] vs = Kernels.ffillInPlace(system.positionSizing().volatilityScalar(code).valuesOn(idx));
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
    return notionalPosition(code).ffill().plus(buffer(code).ffill());
  }

  @Override
  public TimeSeries lowerBuffer(InstrumentCode code) {
    return notionalPosition(code).ffill().minus(buffer(code).ffill());
  }
}
