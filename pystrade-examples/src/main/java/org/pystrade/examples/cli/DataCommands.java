package org.pystrade.examples.cli;

import java.io.IOException;
import java.io.PrintStream;
import java.util.ArrayList;
import java.util.List;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.ParseResult;

/**
 * The {@code data} command group: the price pipeline's commands ({@link DataPipelineCommands}: adjusted,
 * roll-calendars, multiple, fx, update) and the data stores' ({@link DataStoreCommands}: convert, check, load) under
 * one name.
 */
final class DataCommands {

  private DataCommands() {
  }

  /** The group: the pipeline's commands, then the stores'. */
  static CommandSpec group() {
    CommandSpec group = DataPipelineCommands.group();
    group.usageMessage().description("Futures data: build and update prices as pysystemtrade does (roll calendars, "
        + "multiple, adjusted and FX prices), and convert, check and time the data stores (CSV, Parquet, Arrow, "
        + "JDBC).");
    DataStoreCommands.spec().subcommands().forEach(group::addSubcommand);
    return group;
  }

  /** Runs the data command named on the command line. */
  static int run(ParseResult data, PrintStream out, PrintStream err) throws IOException {
    if (!data.hasSubcommand()) {
      List<String> names = new ArrayList<>(data.commandSpec().subcommands().keySet());
      err.println("error: no data command given: one of " + String.join(", ", names));
      data.commandSpec().commandLine().usage(err);
      return Commands.USAGE_ERROR;
    }
    String name = data.subcommand().commandSpec().name();
    return DataStoreCommands.spec().subcommands().containsKey(name) ? DataStoreCommands.run(data, out, err)
        : DataPipelineCommands.run(data, out, err);
  }
}
