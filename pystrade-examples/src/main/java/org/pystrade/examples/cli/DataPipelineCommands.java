package org.pystrade.examples.cli;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.pystrade.core.data.ContractPrices;
import org.pystrade.core.data.DataException;
import org.pystrade.core.data.InstrumentMeta;
import org.pystrade.core.data.MultiplePrices;
import org.pystrade.core.data.RollCalendar;
import org.pystrade.core.domain.ContractDate;
import org.pystrade.core.domain.Currency;
import org.pystrade.core.domain.FxPair;
import org.pystrade.core.domain.InstrumentCode;
import org.pystrade.core.domain.RollParameters;
import org.pystrade.core.series.TimeSeries;
import org.pystrade.core.series.Timestamps;
import org.pystrade.core.util.Messages;
import org.pystrade.core.util.Suggestions;
import org.pystrade.data.pipeline.CleaningConfig;
import org.pystrade.data.pipeline.ContractFinals;
import org.pystrade.data.pipeline.CsvFolderPriceSource;
import org.pystrade.data.pipeline.FxCrosses;
import org.pystrade.data.pipeline.InstrumentState;
import org.pystrade.data.pipeline.InstrumentUpdater;
import org.pystrade.data.pipeline.MultiplePriceBuilder;
import org.pystrade.data.pipeline.Outcome;
import org.pystrade.data.pipeline.PanamaStitch;
import org.pystrade.data.pipeline.PriceChecks;
import org.pystrade.data.pipeline.PriceSource;
import org.pystrade.data.pipeline.Problem;
import org.pystrade.data.pipeline.PysystemtradeCsv;
import org.pystrade.data.pipeline.RollCalendars;
import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Model.OptionSpec;
import picocli.CommandLine.ParseResult;

/**
 * The {@code data} commands of the futures price pipeline: {@code adjusted}, {@code roll-calendars},
 * {@code multiple}, {@code fx}, {@code update} and {@code roll}. Each reads a store (any kind: {@link PipelineStore#open}), runs the
 * pipeline's pure functions ({@code org.pystrade.data.pipeline}) and writes pysystemtrade's CSV layout where its
 * output is a folder; {@code update} and {@code roll} write back into the store, all or nothing per instrument. An instrument refused by a
 * step is named with its reason on standard error and the others go on; the exit code is then
 * {@value Commands#PARTIAL} unless {@value Commands#ALLOW_PARTIAL} is given.
 */
final class DataPipelineCommands {

  static final String DATA = "data";
  static final String ADJUSTED = "adjusted";
  static final String ROLL_CALENDARS = "roll-calendars";
  static final String MULTIPLE = "multiple";
  static final String FX = "fx";
  static final String UPDATE = "update";
  static final String ROLL = "roll";

  static final String STORE = "--data";
  static final String OUT = "--out";
  static final String INSTRUMENTS = "--instruments";
  static final String FROM_MULTIPLE = "--from-multiple";
  static final String CONTRACTS = "--contracts";
  static final String PAIR = "--pair";
  static final String SOURCE = "--source";
  static final String MAX_SPIKE = "--max-spike";
  static final String PROGRESS = "--progress";

  private DataPipelineCommands() {
  }

  // ------------------------------------------------------------------ the store

  // ------------------------------------------------------------------ command specs

  /** The {@code data} group with the pipeline's commands. */
  static CommandSpec group() {
    CommandSpec group = command(DATA, Commands.JAR + " " + DATA + " COMMAND [OPTIONS]",
        "Build and update futures prices as pysystemtrade does: roll calendars, multiple, adjusted and FX prices.");
    group.usageMessage().commandListHeading("%nCommands:%n");
    group.addOption(help());
    group.addSubcommand(ADJUSTED, exitCodes(withStore(command(ADJUSTED, synopsis(ADJUSTED,
        "--data=STORE --out=DIR [--instruments=A,B]"),
        "Panama-stitch the multiple prices into back-adjusted prices (adjusted_prices_csv layout)."),
        out("The folder to write INSTRUMENT.csv files to (required; created if need be)."), instruments(),
        allowPartial())));
    group.addSubcommand(ROLL_CALENDARS, exitCodes(withStore(command(ROLL_CALENDARS, synopsis(ROLL_CALENDARS,
        "--data=STORE --out=DIR [--from-multiple] [--contracts=DIR] [--instruments=A,B]"),
        "Make roll calendars: from the roll configuration and contract prices, or backed out of the multiple "
            + "prices (roll_calendars_csv layout)."),
        out("The folder to write INSTRUMENT.csv files to (required; created if need be)."),
        flag(FROM_MULTIPLE, "Back the calendars out of the store's multiple prices (default: from rollconfig.csv "
            + "and the contract prices)."),
        option(CONTRACTS, "DIR", Kind.PATH, "The contract prices, INSTRUMENT_YYYYMMDD.csv (default: the store's "
            + "contract_prices_csv/, else the prices the multiple prices imply)."),
        instruments(), allowPartial())));
    group.addSubcommand(MULTIPLE, exitCodes(withStore(command(MULTIPLE, synopsis(MULTIPLE,
        "--data=STORE --contracts=DIR --out=DIR [--instruments=A,B]"),
        "Build multiple prices from the store's roll calendars and contract prices (multiple_prices_csv layout)."),
        requiredOption(CONTRACTS, "DIR", "The contract prices, INSTRUMENT_YYYYMMDD.csv files (required)."),
        out("The folder to write INSTRUMENT.csv files to (required; created if need be)."), instruments(),
        allowPartial())));
    group.addSubcommand(FX, exitCodes(withStore(command(FX, synopsis(FX, "--data=STORE --pair=GBPEUR --out=FILE"),
        "Write the FX rate of any pair: as stored, inverted, or crossed through USD (fx_prices_csv layout)."),
        requiredOption(PAIR, "XXXYYY", "The pair: the value of one XXX in YYY (required).", Kind.PAIR),
        requiredOption(OUT, "FILE", "The file to write (required; replaced if it exists)."))));
    group.addSubcommand(UPDATE, exitCodes(withStore(command(UPDATE, synopsis(UPDATE,
        "--source=DIR --data=STORE [--instruments=A,B] [--max-spike=8]"),
        "Add new contract bars to the store and extend its multiple and adjusted prices, instrument by "
            + "instrument, all or nothing, with pysystemtrade's checks (spikes, zero prices...)."),
        requiredOption(SOURCE, "DIR", "New bars: INSTRUMENT_YYYYMMDD.csv files with DATETIME,OPEN,HIGH,LOW,FINAL,"
            + "VOLUME (required)."),
        builder(MAX_SPIKE, "N", Kind.SPIKE, "A move of more than N average absolute daily moves refuses the "
            + "instrument (default: 8, pysystemtrade's max_price_spike).").defaultValue("8").build(),
        option(PROGRESS, "bar|log|none", Kind.PROGRESS, "How progress is shown on standard error (default: bar on "
            + "a terminal, none otherwise)."),
        instruments(), allowPartial())));
    group.addSubcommand(ROLL, exitCodes(withStore(command(ROLL, synopsis(ROLL, "--data=STORE --instruments=A,B"),
        "Roll instruments to their next held contract, as pysystemtrade's roll: a row one second after the last "
            + "holds the old forward contract, and the adjusted prices are restitched (shifted by the roll gap)."),
        builder(INSTRUMENTS, "A,B,C", Kind.INSTRUMENTS, "The instruments to roll (required).").required(true)
            .build(),
        allowPartial())));
    return group;
  }

  private static String synopsis(String name, String options) {
    return Commands.JAR + " " + DATA + " " + name + " " + options;
  }

  private static CommandSpec command(String name, String synopsis, String description) {
    CommandSpec spec = CommandSpec.create().name(name);
    spec.usageMessage().synopsisHeading("Usage: ").customSynopsis(synopsis).description(description)
        .optionListHeading("%nOptions:%n").sortOptions(false);
    return spec;
  }

  private static CommandSpec withStore(CommandSpec spec, OptionSpec... own) {
    spec.addOption(OptionSpec.builder(STORE).type(String.class).paramLabel("STORE").required(true)
        .converters(new Value(Kind.STORE, STORE)).description("The store: a folder in pysystemtrade's CSV layout "
            + "(DIR or csv:DIR), parquet:DIR, arrow:DIR or jdbc:URL (required).").build());
    for (OptionSpec o : own) {
      spec.addOption(o);
    }
    spec.addOption(help());
    return spec;
  }

  private static CommandSpec exitCodes(CommandSpec spec) {
    Map<String, String> codes = new LinkedHashMap<>();
    codes.put(String.valueOf(Commands.OK), "success");
    codes.put(String.valueOf(Commands.DATA_ERROR), "a data or file error (a missing store, an unwritable --out)");
    codes.put(String.valueOf(Commands.USAGE_ERROR), "a usage error; nothing was run");
    codes.put(String.valueOf(Commands.PARTIAL), "some instruments were refused (named on standard error; "
        + Commands.ALLOW_PARTIAL + " exits 0 instead)");
    spec.usageMessage().exitCodeListHeading("%nExit codes:%n").exitCodeList(codes);
    return spec;
  }

  private static OptionSpec help() {
    return OptionSpec.builder("-h", "--help").usageHelp(true).description("Show this help and exit.").build();
  }

  private static OptionSpec flag(String name, String description) {
    return OptionSpec.builder(name).arity("0").description(description).build();
  }

  private static OptionSpec allowPartial() {
    return flag(Commands.ALLOW_PARTIAL, "Exit " + Commands.OK + " when some instruments are refused (default: exit "
        + "code " + Commands.PARTIAL + ").");
  }

  private static OptionSpec instruments() {
    return option(INSTRUMENTS, "A,B,C", Kind.INSTRUMENTS, "Only these instruments (default: all).");
  }

  private static OptionSpec out(String description) {
    return requiredOption(OUT, "DIR", description);
  }

  private static OptionSpec option(String name, String label, Kind kind, String description) {
    return builder(name, label, kind, description).build();
  }

  private static OptionSpec.Builder builder(String name, String label, Kind kind, String description) {
    Class<?> type = kind == Kind.PATH ? Path.class : kind == Kind.SPIKE ? Double.class
        : kind == Kind.INSTRUMENTS ? Commands.InstrumentList.class : kind == Kind.PAIR ? FxPair.class
        : String.class;
    return OptionSpec.builder(name).type(type).paramLabel(label).converters(new Value(kind, name))
        .description(description);
  }

  private static OptionSpec requiredOption(String name, String label, String description) {
    return requiredOption(name, label, description, Kind.PATH);
  }

  private static OptionSpec requiredOption(String name, String label, String description, Kind kind) {
    return builder(name, label, kind, description).required(true).build();
  }

  /** How an option's value is read. */
  private enum Kind {
    STORE, PATH, INSTRUMENTS, PAIR, SPIKE, PROGRESS
  }

  /** Reads an option's value; a bad one is a {@link Commands.BadValue} naming the option. */
  private static final class Value implements ITypeConverter<Object> {
    private final Kind kind;
    private final String option;

    Value(Kind kind, String option) {
      this.kind = kind;
      this.option = option;
    }

    @Override
    public Object convert(String value) {
      switch (kind) {
        case STORE:
          if (value.isBlank()) {
            throw new Commands.BadValue(option + ": an empty store (expected a folder, csv:DIR, parquet:DIR, arrow:DIR or "
                + "jdbc:URL)");
          }
          return value;
        case PATH:
          if (value.isBlank()) {
            throw new Commands.BadValue(option + ": an empty path (expected a file or folder name)");
          }
          try {
            return Path.of(value);
          } catch (java.nio.file.InvalidPathException ex) {
            throw new Commands.BadValue(option + " is not a valid path: " + ex.getMessage());
          }
        case INSTRUMENTS:
          return Commands.InstrumentList.parse(value);
        case PAIR:
          try {
            return FxPair.of(value.trim());
          } catch (IllegalArgumentException ex) {
            throw new Commands.BadValue(option + ": " + ex.getMessage());
          }
        case SPIKE:
          try {
            double v = Double.parseDouble(value.trim());
            if (!(v > 0) || Double.isInfinite(v)) {
              throw new NumberFormatException();
            }
            return v;
          } catch (NumberFormatException ex) {
            throw new Commands.BadValue(option + ": '" + value + "' is not a number above 0");
          }
        case PROGRESS:
          if (List.of("bar", "log", "none").contains(value)) {
            return value;
          }
          throw new Commands.BadValue(option + " must be bar, log or none but was '" + value + "'");
        default:
          throw new IllegalStateException(kind.name());
      }
    }
  }

  // ------------------------------------------------------------------ running

  /**
   * Runs a {@code data} command.
   *
   * @param group the parsed {@code data} group
   * @param out standard output
   * @param err standard error
   * @return the exit code
   * @throws IOException if a file cannot be written
   */
  static int run(ParseResult group, PrintStream out, PrintStream err) throws IOException {
    if (!group.hasSubcommand()) {
      err.println("error: no data command given: " + String.join(", ", List.of(ADJUSTED, ROLL_CALENDARS, MULTIPLE,
          FX, UPDATE, ROLL)));
      return Commands.USAGE_ERROR;
    }
    CommandSpec command = group.subcommand().commandSpec();
    try (PipelineStore store = PipelineStore.open(value(command, STORE))) {
      switch (command.name()) {
        case ADJUSTED:
          return adjusted(command, store, out, err);
        case ROLL_CALENDARS:
          return rollCalendars(command, store, out, err);
        case MULTIPLE:
          return multiple(command, store, out, err);
        case FX:
          return fx(command, store, out);
        case UPDATE:
          return update(command, store, out, err);
        case ROLL:
          return roll(command, store, out, err);
        default:
          throw new IllegalStateException("no implementation of data " + command.name());
      }
    }
  }

  private static <T> T value(CommandSpec command, String option) {
    return command.findOption(option).getValue();
  }

  private static boolean flag(CommandSpec command, String option) {
    return Boolean.TRUE.equals(command.findOption(option).getValue());
  }

  /** The instruments asked for (all the store's when none), unknown ones refused with the nearest code. */
  private static List<InstrumentCode> selected(CommandSpec command, List<InstrumentCode> known, String what) {
    Commands.InstrumentList asked = value(command, INSTRUMENTS);
    if (asked == null) {
      return known;
    }
    List<String> names = known.stream().map(InstrumentCode::value).toList();
    List<String> unknown = new ArrayList<>();
    List<InstrumentCode> out = new ArrayList<>();
    for (String c : asked.codes()) {
      if (!names.contains(c)) {
        unknown.add(c + Suggestions.hint(c, names));
      } else {
        out.add(InstrumentCode.of(c));
      }
    }
    if (!unknown.isEmpty()) {
      throw new IllegalArgumentException(INSTRUMENTS + " names " + String.join(", ", unknown) + ", which has no "
          + what + "; instruments with " + what + ": " + Messages.list(names));
    }
    return out;
  }

  /** The output folder, created if need be. */
  private static Path outFolder(CommandSpec command) throws IOException {
    Path dir = value(command, OUT);
    if (Files.exists(dir) && !Files.isDirectory(dir)) {
      throw new IllegalArgumentException(OUT + " " + dir + " is a file, not a folder");
    }
    Files.createDirectories(dir);
    return dir;
  }

  private static void write(Path file, String text) throws IOException {
    Path tmp = file.resolveSibling("." + file.getFileName() + ".tmp");
    Files.writeString(tmp, text, StandardCharsets.UTF_8);
    Files.move(tmp, file, java.nio.file.StandardCopyOption.REPLACE_EXISTING,
        java.nio.file.StandardCopyOption.ATOMIC_MOVE);
  }

  /** Counts what a command did and says it; the exit code. */
  private static final class Tally {
    private final List<String> refused = new ArrayList<>();
    private int written;
    private int warnings;

    void refuse(InstrumentCode code, List<Problem> problems, PrintStream err) {
      Problem first = problems.stream().filter(Problem::isError).findFirst().orElseThrow();
      refused.add(code.value());
      err.println("refused " + code + ": " + first);
    }

    void warn(List<Problem> problems, PrintStream err, boolean show) {
      warnings += problems.size();
      if (show) {
        problems.forEach(p -> err.println("warning: " + p));
      }
    }

    int finish(String what, Object where, boolean allowPartial, PrintStream out) {
      out.println(what + ": " + written + " written to " + where + ", " + refused.size() + " refused"
          + (refused.isEmpty() ? "" : " (" + String.join(", ", refused) + ")") + ", " + warnings + " warning(s)");
      return refused.isEmpty() || allowPartial ? Commands.OK : Commands.PARTIAL;
    }
  }

  private static int adjusted(CommandSpec command, PipelineStore store, PrintStream out, PrintStream err)
      throws IOException {
    List<InstrumentCode> codes = selected(command, store.instruments(), "multiple prices");
    Path dir = outFolder(command);
    Tally tally = new Tally();
    // instruments in parallel (formatting numbers as Python's repr costs more than the stitch); reported in order
    List<String> results;
    try {
      results = codes.parallelStream().map(code -> {
        Outcome<TimeSeries> adjusted;
        try {
          adjusted = PanamaStitch.stitch(code.value(), store.prices().multiplePrices(code));
        } catch (DataException ex) {
          return ex.getMessage();
        }
        if (adjusted.isRefused()) {
          return adjusted.errors().get(0).toString();
        }
        try {
          write(dir.resolve(code.value() + ".csv"), PysystemtradeCsv.series(PysystemtradeCsv.ADJUSTED_HEADER,
              adjusted.get()));
        } catch (IOException ex) {
          throw new java.io.UncheckedIOException(ex);
        }
        return null;
      }).toList();
    } catch (java.io.UncheckedIOException ex) {
      throw ex.getCause();
    }
    for (int i = 0; i < codes.size(); i++) {
      if (results.get(i) == null) {
        tally.written++;
      } else {
        err.println("refused " + codes.get(i) + ": " + results.get(i));
        tally.refused.add(codes.get(i).value());
      }
    }
    return tally.finish("adjusted prices", dir, flag(command, Commands.ALLOW_PARTIAL), out);
  }

  private static int rollCalendars(CommandSpec command, PipelineStore store, PrintStream out, PrintStream err)
      throws IOException {
    List<InstrumentCode> codes = selected(command, store.instruments(), "multiple prices");
    Path dir = outFolder(command);
    boolean fromMultiple = flag(command, FROM_MULTIPLE);
    Path contracts = value(command, CONTRACTS);
    PriceSource source = contracts != null ? CsvFolderPriceSource.open(contracts) : store.contractPrices();
    if (!fromMultiple && source == null) {
      err.println("note: no contract prices (" + CONTRACTS + " or " + store.contractPricesPlace()
          + "): using the prices the multiple prices imply");
    }
    Tally tally = new Tally();
    for (InstrumentCode code : codes) {
      Outcome<RollCalendar> calendar;
      try {
        MultiplePrices multiple = store.prices().multiplePrices(code);
        if (fromMultiple) {
          calendar = RollCalendars.fromMultiplePrices(code.value(), multiple);
        } else {
          Optional<RollParameters> params = store.prices().meta(code).rollParameters();
          if (params.isEmpty()) {
            err.println("refused " + code + ": no row in csvconfig/rollconfig.csv");
            tally.refused.add(code.value());
            continue;
          }
          Outcome<ContractFinals> finals = finals(code, source, multiple);
          calendar = finals.isRefused() ? Outcome.refused(finals.problems())
              : RollCalendars.fromPrices(params.get(), finals.get());
        }
      } catch (DataException ex) {
        err.println("refused " + code + ": " + ex.getMessage());
        tally.refused.add(code.value());
        continue;
      }
      if (calendar.isRefused()) {
        tally.refuse(code, calendar.problems(), err);
        continue;
      }
      tally.warn(calendar.problems(), err, false);
      write(dir.resolve(code.value() + ".csv"), PysystemtradeCsv.rollCalendar(calendar.get()));
      tally.written++;
    }
    return tally.finish("roll calendars", dir, flag(command, Commands.ALLOW_PARTIAL), out);
  }

  /** An instrument's contract final prices from a source, or implied by its multiple prices. */
  private static Outcome<ContractFinals> finals(InstrumentCode code, PriceSource source, MultiplePrices multiple) {
    if (source == null) {
      return ContractFinals.derivedFrom(code, multiple);
    }
    Outcome<Map<ContractDate, ContractPrices>> bars = source.newBars(code);
    return bars.map(b -> ContractFinals.ofPrices(code, b.values()));
  }

  private static int multiple(CommandSpec command, PipelineStore store, PrintStream out, PrintStream err)
      throws IOException {
    Path contracts = value(command, CONTRACTS);
    Locations.dataFolder(contracts);
    PriceSource source = CsvFolderPriceSource.open(contracts);
    List<InstrumentCode> codes = selected(command, source.instruments(), "contract prices in " + contracts);
    Path dir = outFolder(command);
    Tally tally = new Tally();
    for (InstrumentCode code : codes) {
      Outcome<RollCalendar> calendar = store.rollCalendar(code);
      if (calendar.isRefused()) {
        tally.refuse(code, calendar.problems(), err);
        continue;
      }
      Outcome<Map<ContractDate, ContractPrices>> bars = source.newBars(code);
      if (bars.isRefused()) {
        tally.refuse(code, bars.problems(), err);
        continue;
      }
      ContractFinals finals = ContractFinals.ofPrices(code, bars.get().values());
      Outcome<MultiplePrices> multiple = MultiplePriceBuilder.fromCalendar(calendar.get(), finals);
      if (multiple.isRefused()) {
        tally.refuse(code, multiple.problems(), err);
        continue;
      }
      tally.warn(multiple.problems(), err, false);
      // rows of the calendar whose contracts lack prices on the roll date: reported, as pysystemtrade's check does
      List<Problem> calendarProblems = RollCalendars.checkAgainstPrices(calendar.get(), finals);
      if (!calendarProblems.isEmpty()) {
        err.println("warning: " + code + ": " + calendarProblems.size() + " roll calendar row(s) without prices, "
            + "first: " + calendarProblems.get(0));
        tally.warnings += calendarProblems.size();
      }
      write(dir.resolve(code.value() + ".csv"), PysystemtradeCsv.multiple(multiple.get()));
      tally.written++;
    }
    return tally.finish("multiple prices", dir, flag(command, Commands.ALLOW_PARTIAL), out);
  }

  private static int fx(CommandSpec command, PipelineStore store, PrintStream out) throws IOException {
    FxPair pair = value(command, PAIR);
    Path file = value(command, OUT);
    Locations.outputFile(OUT, file);
    Outcome<TimeSeries> rate = FxCrosses.rate(pair, store.fx());
    if (rate.isRefused()) {
      throw new IllegalArgumentException(rate.errors().get(0).message());
    }
    write(file.toAbsolutePath(), PysystemtradeCsv.series(PysystemtradeCsv.FX_HEADER, rate.get()));
    out.println(pair.code() + ": " + rate.get().size() + " rows written to " + file);
    return Commands.OK;
  }

  private static int update(CommandSpec command, PipelineStore store, PrintStream out, PrintStream err)
      throws IOException {
    Path sourceDir = value(command, SOURCE);
    Locations.dataFolder(sourceDir);
    PriceSource source = CsvFolderPriceSource.open(sourceDir);
    List<InstrumentCode> codes = selected(command, source.instruments(), "new bars in " + sourceDir);
    double maxSpike = value(command, MAX_SPIKE);
    InstrumentUpdater updater = new InstrumentUpdater(CleaningConfig.DEFAULTS.withMaxPriceSpike(maxSpike));
    String progressMode = value(command, PROGRESS);
    boolean bar = progressMode == null ? System.console() != null : progressMode.equals("bar");
    boolean log = "log".equals(progressMode);
    long now = Timestamps.of(java.time.LocalDateTime.now());
    List<InstrumentCode> inStore = store.instruments();
    List<String> fxCodes = store.fxCodes();
    // instruments in parallel (each writes only its own files); reported in order once all are done
    java.util.concurrent.atomic.AtomicInteger done = new java.util.concurrent.atomic.AtomicInteger();
    Object progressLock = new Object();
    List<UpdateResult> results;
    java.util.concurrent.ForkJoinPool pool = new java.util.concurrent.ForkJoinPool(
        Math.max(1, Math.min(4, Runtime.getRuntime().availableProcessors())));
    try {
      results = pool.submit(() -> codes.parallelStream().map(code -> {
        UpdateResult r = updateOne(code, store, source, updater, now, inStore, fxCodes);
        int n = done.incrementAndGet();
        synchronized (progressLock) {
          if (bar) {
            drawBar(err, n, codes.size(), code.value());
          } else if (log) {
            err.println("updated " + code + " (" + n + "/" + codes.size() + ")");
          }
        }
        return r;
      }).toList()).get();
    } catch (InterruptedException ex) {
      Thread.currentThread().interrupt();
      throw new IOException("interrupted", ex);
    } catch (java.util.concurrent.ExecutionException ex) {
      if (ex.getCause() instanceof RuntimeException) {
        throw (RuntimeException) ex.getCause();
      }
      throw new IOException(ex.getCause());
    } finally {
      pool.shutdown();
    }
    if (bar) {
      err.println();
    }
    Tally tally = new Tally();
    int unchanged = 0;
    long bars = 0;
    long rows = 0;
    for (UpdateResult r : results) {
      tally.warn(r.warnings(), err, true);
      if (r.refusal() != null) {
        err.println("refused " + r.code() + ": " + r.refusal());
        tally.refused.add(r.code().value());
      } else if (r.updated() == null) {
        unchanged++;
      } else {
        tally.written++;
        bars += r.updated().barsAdded();
        rows += r.updated().multipleRowsAdded();
      }
    }
    out.println("update from " + source.describe() + ": " + codes.size() + " instrument(s) with new bars, "
        + tally.written + " updated (" + bars + " bars, " + rows + " multiple-price rows added), " + unchanged
        + " unchanged");
    return tally.finish("instruments", store.location(), flag(command, Commands.ALLOW_PARTIAL), out);
  }

  /**
   * One instrument's update.
   *
   * @param code the instrument
   * @param refusal why it was refused, or null
   * @param warnings the warnings
   * @param updated what was written, or null when refused or unchanged
   */
  private record UpdateResult(InstrumentCode code, String refusal, List<Problem> warnings,
      InstrumentUpdater.Updated updated) {
  }

  /** Reads, updates and writes one instrument, all or nothing. */
  private static UpdateResult updateOne(InstrumentCode code, PipelineStore store, PriceSource source,
      InstrumentUpdater updater, long now, List<InstrumentCode> inStore, List<String> fxCodes) {
    if (!inStore.contains(code)) {
      return new UpdateResult(code, "the store " + store.location() + " has no multiple prices for it", List.of(),
          null);
    }
    Outcome<Map<ContractDate, ContractPrices>> fresh = source.newBars(code);
    Outcome<InstrumentState> stored = fresh.isRefused() ? null
        : store.state(code, fresh.get().keySet());
    Outcome<InstrumentUpdater.Updated> updated = fresh.isRefused() ? Outcome.refused(fresh.problems())
        : stored.isRefused() ? Outcome.refused(stored.problems()) : updater.update(stored.get(), fresh.get(), now);
    if (updated.isRefused()) {
      List<Problem> warnings = updated.problems().stream().filter(p -> !p.isError()).toList();
      return new UpdateResult(code, updated.errors().get(0).toString(), warnings, null);
    }
    List<Problem> warnings = new ArrayList<>(updated.problems());
    InstrumentMeta meta = metaOrNull(store, code);
    if (meta != null) {
      warnings.addAll(PriceChecks.missingFx(code, meta.currency(), Currency.USD, fxCodes));
    }
    InstrumentUpdater.Updated u = updated.get();
    if (u.changedContracts().isEmpty()) {
      return new UpdateResult(code, null, warnings, null);
    }
    try {
      store.writer().write(stored.get(), u.state(), u.changedContracts());
    } catch (IOException ex) {
      return new UpdateResult(code, "could not write its new state, the store keeps the old one: " + ex, warnings,
          null);
    }
    return new UpdateResult(code, null, warnings, u);
  }

  private static int roll(CommandSpec command, PipelineStore store, PrintStream out, PrintStream err)
      throws IOException {
    List<InstrumentCode> codes = selected(command, store.instruments(), "multiple prices");
    Tally tally = new Tally();
    for (InstrumentCode code : codes) {
      Optional<RollParameters> params;
      Outcome<InstrumentState> stored;
      try {
        params = store.prices().meta(code).rollParameters();
        stored = store.state(code, null);
      } catch (DataException ex) {
        err.println("refused " + code + ": " + ex.getMessage());
        tally.refused.add(code.value());
        continue;
      }
      if (params.isEmpty()) {
        err.println("refused " + code + ": no row in csvconfig/rollconfig.csv");
        tally.refused.add(code.value());
        continue;
      }
      if (stored.isRefused()) {
        tally.refuse(code, stored.problems(), err);
        continue;
      }
      InstrumentState state = stored.get();
      Outcome<org.pystrade.data.pipeline.IncrementalUpdates.Prices> rolled =
          org.pystrade.data.pipeline.IncrementalUpdates.roll(state, params.get());
      if (rolled.isRefused()) {
        tally.refuse(code, rolled.problems(), err);
        continue;
      }
      tally.warn(rolled.problems(), err, true);
      store.writer().write(state, new InstrumentState(code, state.contractPrices(), rolled.get().multiple(),
          rolled.get().adjusted()), java.util.Set.of());
      tally.written++;
    }
    return tally.finish("rolled instruments", store.location(), flag(command, Commands.ALLOW_PARTIAL), out);
  }

  private static InstrumentMeta metaOrNull(PipelineStore store, InstrumentCode code) {
    try {
      return store.prices().meta(code);
    } catch (DataException ex) {
      return null;
    }
  }

  private static void drawBar(PrintStream err, int done, int total, String what) {
    int width = 20;
    int filled = total == 0 ? width : done * width / total;
    StringBuilder sb = new StringBuilder("\rupdating [");
    for (int i = 0; i < width; i++) {
      sb.append(i < filled ? '#' : '-');
    }
    sb.append(String.format("] %d/%d %-20s", done, total, what));
    err.print(sb);
    err.flush();
  }
}
