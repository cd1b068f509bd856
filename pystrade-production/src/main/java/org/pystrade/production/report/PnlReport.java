package org.pystrade.production.report;

import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.OptionalDouble;
import java.util.TreeMap;
import org.pystrade.core.domain.FuturesContract;
import org.pystrade.core.domain.InstrumentCode;
import org.pystrade.core.domain.trading.StrategyName;
import org.pystrade.production.DailyCycle;

/**
 * The P&amp;L report: by strategy and instrument, by instrument and by strategy, for the day, the week, the month and
 * the year to date.
 *
 * <p>A period's P&amp;L of a contract position is {@code (position at the period's start x (mark at the end - mark
 * at the start) + sum over the period's fills of quantity x (mark at the end - fill price)) x multiplier}, less the
 * commissions of the period's fills. A period starts at the end of the day before its first day: the day before
 * the report's day, the Sunday before its week, the last day of the previous month or year. Marks are each contract's
 * last price on or before a day. Roll fills (the pseudo-strategy {@code _ROLL}) are shared among the strategies in
 * proportion to their positions in the instrument then (they move a strategy's position from one contract to the
 * next). Base-currency figures use the FX rate of the report's day.
 */
final class PnlReport {

  static final String BY_STRATEGY_INSTRUMENT = "P&L by strategy and instrument (instrument currency)";
  static final String BY_INSTRUMENT = "P&L by instrument (base currency)";
  static final String BY_STRATEGY = "P&L by strategy (base currency)";
  static final String[] PERIODS = {"day", "week", "month", "year to date"};

  private PnlReport() {
  }

  /** One booked fill attributed to a strategy (a share of a roll fill may be fractional). */
  private record Event(StrategyName strategy, FuturesContract contract, double quantity, double price,
      LocalDate date, double commission) {
  }

  static ProductionReport build(StoreView view, ReportInputs in, Instant now) {
    LocalDate day = in.day();
    LocalDate[] starts = periodStarts(day);
    List<String> notes = new ArrayList<>();
    List<List<Object>> byKey = new ArrayList<>();
    Map<InstrumentCode, double[]> byInstrument = new TreeMap<>((a, b) -> a.value().compareTo(b.value()));
    Map<String, double[]> byStrategy = new TreeMap<>();
    if (in.market().isEmpty()) {
      notes.add("no market data: P&L needs contract prices (give the data)");
    }
    Map<InstrumentCode, List<Event>> events = attribute(view, day);
    for (Map.Entry<InstrumentCode, List<Event>> e : events.entrySet()) {
      InstrumentCode code = e.getKey();
      InstrumentFacts facts = in.market().flatMap(m -> m.facts(code)).orElse(null);
      if (facts == null && in.market().isPresent()) {
        notes.add("no market facts for " + code.value() + ": its P&L is not known");
      }
      Map<StrategyName, List<Event>> perStrategy = new TreeMap<>();
      e.getValue().forEach(ev -> perStrategy.computeIfAbsent(ev.strategy(), k -> new ArrayList<>()).add(ev));
      for (Map.Entry<StrategyName, List<Event>> s : perStrategy.entrySet()) {
        List<Object> row = new ArrayList<>(List.of(s.getKey().value(), code.value(),
            facts == null ? "" : facts.currency().toString()));
        double fx = facts == null ? Double.NaN : facts.fxRate();
        double commissionYtd = Double.NaN;
        for (int p = 0; p < starts.length; p++) {
          double[] gc = facts == null ? new double[] {Double.NaN, Double.NaN}
              : pnl(s.getValue(), in.market().get(), facts.pointSize(), starts[p], day);
          double net = gc[0] - gc[1];
          row.add(net);
          byInstrument.computeIfAbsent(code, k -> new double[PERIODS.length])[p] += net * fx;
          byStrategy.computeIfAbsent(s.getKey().value(), k -> new double[PERIODS.length])[p] += net * fx;
          commissionYtd = gc[1];
        }
        row.add(commissionYtd);
        byKey.add(row);
      }
    }
    List<String> keyColumns = new ArrayList<>(List.of("strategy", "instrument", "currency"));
    keyColumns.addAll(List.of(PERIODS));
    keyColumns.add("commission year to date");
    double[] total = new double[PERIODS.length];
    byStrategy.values().forEach(v -> {
      for (int p = 0; p < total.length; p++) {
        total[p] += v[p];
      }
    });
    List<List<Object>> strategyRows = rows(byStrategy);
    strategyRows.add(row("total", total));
    Map<String, double[]> instrumentNames = new LinkedHashMap<>();
    byInstrument.forEach((k, v) -> instrumentNames.put(k.value(), v));
    String base = in.market().map(m -> m.baseCurrency().toString()).orElse("base");
    List<ReportTable> tables = List.of(
        new ReportTable(BY_STRATEGY_INSTRUMENT, keyColumns, byKey, "net of commissions; " + periodNote(starts)),
        new ReportTable(BY_INSTRUMENT, periodColumns("instrument"), rows(instrumentNames), "in " + base),
        new ReportTable(BY_STRATEGY, periodColumns("strategy"), strategyRows, "in " + base));
    return new ProductionReport(ReportType.PNL, day, now, tables, notes,
        List.of(new ReportChart("Year-to-date P&L by instrument", BY_INSTRUMENT, "instrument", "year to date")));
  }

  private static String periodNote(LocalDate[] starts) {
    return "periods start after the close of " + starts[0] + " (day), " + starts[1] + " (week), " + starts[2]
        + " (month), " + starts[3] + " (year)";
  }

  private static List<String> periodColumns(String key) {
    List<String> c = new ArrayList<>(List.of(key));
    c.addAll(List.of(PERIODS));
    return c;
  }

  private static List<List<Object>> rows(Map<String, double[]> values) {
    List<List<Object>> out = new ArrayList<>();
    values.forEach((k, v) -> out.add(row(k, v)));
    return out;
  }

  private static List<Object> row(String key, double[] v) {
    List<Object> r = new ArrayList<>(List.of(key));
    for (double x : v) {
      r.add(x);
    }
    return r;
  }

  /** The ends of the days before the day's day, week, month and year. */
  static LocalDate[] periodStarts(LocalDate day) {
    return new LocalDate[] {day.minusDays(1), day.with(DayOfWeek.MONDAY).minusDays(1), day.withDayOfMonth(1)
        .minusDays(1), day.withDayOfYear(1).minusDays(1)};
  }

  /** Fills up to the day by instrument, roll fills shared among the strategies holding the instrument. */
  private static Map<InstrumentCode, List<Event>> attribute(StoreView view, LocalDate day) {
    Map<InstrumentCode, List<Event>> out = new TreeMap<>((a, b) -> a.value().compareTo(b.value()));
    Map<InstrumentCode, Map<StrategyName, Long>> held = new LinkedHashMap<>();
    for (StoreView.Trade t : view.trades()) {
      if (t.date().isAfter(day)) {
        continue;
      }
      List<Event> list = out.computeIfAbsent(t.instrument(), k -> new ArrayList<>());
      Map<StrategyName, Long> positions = held.computeIfAbsent(t.instrument(), k -> new TreeMap<>());
      long q = t.quantity();
      double price = t.fill().price();
      double commission = t.commission();
      long total = positions.values().stream().mapToLong(Long::longValue).sum();
      if (t.strategy().equals(DailyCycle.ROLL_STRATEGY) && total != 0) {
        for (Map.Entry<StrategyName, Long> p : positions.entrySet()) {
          double share = (double) p.getValue() / total;
          if (share != 0) {
            list.add(new Event(p.getKey(), t.contract(), q * share, price, t.date(), commission * share));
          }
        }
      } else {
        list.add(new Event(t.strategy(), t.contract(), q, price, t.date(), commission));
        if (!t.strategy().equals(DailyCycle.ROLL_STRATEGY)) {
          positions.merge(t.strategy(), q, Long::sum);
        }
      }
    }
    return out;
  }

  /** Gross P&amp;L and commissions of events over the days after start up to end. */
  private static double[] pnl(List<Event> events, MarketSnapshot market, double pointSize, LocalDate start,
      LocalDate end) {
    Map<FuturesContract, Double> atStart = new LinkedHashMap<>();
    double gross = 0;
    double commission = 0;
    for (Event e : events) {
      if (!e.date().isAfter(start)) {
        atStart.merge(e.contract(), e.quantity(), Double::sum);
      } else if (!e.date().isAfter(end)) {
        gross += e.quantity() * (mark(market, e.contract(), end) - e.price());
        commission += e.commission();
      }
    }
    for (Map.Entry<FuturesContract, Double> p : atStart.entrySet()) {
      if (Math.abs(p.getValue()) > 1e-9) {
        gross += p.getValue() * (mark(market, p.getKey(), end) - mark(market, p.getKey(), start));
      }
    }
    return new double[] {gross * pointSize, commission};
  }

  private static double mark(MarketSnapshot market, FuturesContract contract, LocalDate when) {
    OptionalDouble m = market.mark(contract, when);
    return m.isPresent() ? m.getAsDouble() : Double.NaN;
  }
}
