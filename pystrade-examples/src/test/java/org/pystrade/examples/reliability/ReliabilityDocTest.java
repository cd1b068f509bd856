package org.pystrade.examples.reliability;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.pystrade.data.SampleData;

/**
 * docs/RELIABILITY.md holds the table of every case, generated from the case lists: it cannot drift from what the
 * suite checks. {@code -Dreliability.write=true} rewrites the generated part of the file.
 */
class ReliabilityDocTest {

  static final String BEGIN = "<!-- BEGIN GENERATED CASES: ReliabilityDocTest writes this part from the case lists "
      + "(mvn verify -Dreliability.write=true); do not edit it by hand -->";
  static final String END = "<!-- END GENERATED CASES -->";

  /** Every case, class by class. */
  static List<Case> all() {
    List<Case> all = new ArrayList<>();
    all.addAll(DataFileCasesTest.all());
    all.addAll(DataValueCasesTest.all());
    all.addAll(ConfigStructureCasesTest.all());
    all.addAll(ConfigValueCasesTest.all());
    all.addAll(CommandLineCasesTest.all());
    all.addAll(CacheCasesTest.all());
    all.addAll(LibraryApiCasesTest.all());
    return all;
  }

  static Path doc() {
    return SampleData.directory().getParent().resolve("docs/RELIABILITY.md");
  }

  @Test
  void everyCaseHasAUniqueNameAndItsClass() {
    Set<String> names = new HashSet<>();
    for (Case c : all()) {
      assertThat(names.add(c.group + "/" + c.name)).as("case names are unique: " + c).isTrue();
    }
    for (Case.Group g : Case.Group.values()) {
      assertThat(all()).as("cases of " + g.title).anyMatch(c -> c.group == g);
    }
    assertThat(all()).as("the suite's size").hasSizeGreaterThanOrEqualTo(100);
  }

  @Test
  void theDocumentHoldsTheTableOfEveryCase() throws IOException {
    Path doc = doc();
    String text = Files.readString(doc, StandardCharsets.UTF_8);
    int begin = text.indexOf(BEGIN);
    int end = text.indexOf(END);
    assertThat(begin).as(doc + " has the line " + BEGIN).isNotNegative();
    assertThat(end).as(doc + " has the line " + END).isGreaterThan(begin);
    String generated = tables(all());
    String current = text.substring(begin + BEGIN.length(), end);
    if (Boolean.getBoolean("reliability.write") && !current.equals(generated)) {
      Files.writeString(doc, text.substring(0, begin + BEGIN.length()) + generated + text.substring(end),
          StandardCharsets.UTF_8);
      return;
    }
    assertThat(current).as(doc + " is not up to date with the reliability cases: run 'mvn -o -pl pystrade-examples "
        + "-am verify -Dtest=ReliabilityDocTest -Dsurefire.failIfNoSpecifiedTests=false -Dreliability.write=true' "
        + "to regenerate its tables, and commit the file").isEqualTo(generated);
  }

  // ------------------------------------------------------------------ the tables

  /** The generated part: a table per class, then the known issues. */
  static String tables(List<Case> cases) {
    StringBuilder sb = new StringBuilder("\n");
    sb.append("The suite has ").append(cases.size()).append(" cases.\n");
    int n = 0;
    for (Case.Group g : Case.Group.values()) {
      List<Case> of = cases.stream().filter(c -> c.group == g).toList();
      n++;
      sb.append("\n### ").append(n).append(". ").append(g.title).append(" (").append(of.size())
          .append(" cases)\n\n").append(capitalise(g.scope)).append(".\n\n");
      sb.append("| case | outcome | pysystemtrade |\n| --- | --- | --- |\n");
      for (Case c : of) {
        sb.append("| ").append(cell(c.name)).append(" | ").append(cell(outcome(c))).append(" | ")
            .append(cell(c.pysystemtrade)).append(" |\n");
      }
    }
    List<Case> issues = cases.stream().filter(c -> !c.knownIssue.isEmpty()).toList();
    sb.append("\n### Known issues (not fixed)\n\n");
    if (issues.isEmpty()) {
      sb.append("None.\n");
    }
    for (Case c : issues) {
      sb.append("- ").append(c.group.title).append(", ").append(c.name).append(": ").append(c.knownIssue)
          .append(".\n");
    }
    return sb.toString();
  }

  private static String capitalise(String s) {
    return s.isEmpty() ? s : s.substring(0, 1).toUpperCase(Locale.ROOT) + s.substring(1);
  }

  /** Text for a table cell: no line break, no unescaped bar. */
  private static String cell(String text) {
    return text.replace("\n", " ").replace("|", "\\|");
  }

  private static String code(String text) {
    return "`" + text.replace("`", "'") + "`";
  }

  private static String exit(int code) {
    switch (code) {
      case Case.OK:
        return "exit 0";
      case Case.ERROR:
        return "exit 1 (error)";
      case Case.USAGE:
        return "exit 2 (usage)";
      case Case.MISMATCH:
        return "exit 3 (mismatch)";
      case Case.PARTIAL:
        return "exit 4 (partial)";
      default:
        return "exit " + code;
    }
  }

  /** The outcome column: exit code (or what the library does), messages, instruments computed, numbers. */
  static String outcome(Case c) {
    List<String> parts = new ArrayList<>();
    if (c.api != null) {
      if (c.api.throwsType != null) {
        parts.add("throws " + c.api.throwsType.getSimpleName());
      } else {
        parts.add("failures(): " + codes(c.api.failures) + "; warnings(): " + codes(c.api.warnings)
            + (c.api.problems.isEmpty() ? "" : "; configProblems(): " + String.join(", ", c.api.problems)
            + (c.api.lenient ? " (strict(false))" : "")));
      }
    } else {
      parts.add(exit(c.exit));
    }
    if (!c.says.isEmpty()) {
      parts.add(String.join(" … ", c.says.stream().map(ReliabilityDocTest::code).toList()));
    }
    if (!c.logs.isEmpty()) {
      parts.add("log: " + String.join(" … ", c.logs.stream().map(ReliabilityDocTest::code).toList()));
    }
    String numbers = numbers(c);
    if (!numbers.isEmpty()) {
      parts.add(numbers);
    }
    if (!c.note.isEmpty()) {
      parts.add(c.note);
    }
    if (!c.knownIssue.isEmpty()) {
      parts.add("**known issue**: " + c.knownIssue);
    }
    return String.join("; ", parts);
  }

  private static String codes(List<String> codes) {
    return codes.isEmpty() ? "none" : String.join(", ", codes);
  }

  /** What the case says of the numbers: which instruments computed, and how they compare with the clean run's. */
  private static String numbers(Case c) {
    if (c.computed == null || c.api != null && c.api.throwsType != null) {
      return "nothing computed";
    }
    if (c.api == null && !c.runsSystem) {
      return "";
    }
    List<String> out = new ArrayList<>();
    if (!c.computed.equals(c.configured)) {
      out.add("computed " + String.join(", ", c.computed));
    } else if (!c.configured.equals(Fixture.INSTRUMENTS)) {
      out.add("computed " + String.join(", ", c.configured) + " (the instruments asked for)");
    }
    List<String> unchanged = new ArrayList<>(c.computed);
    unchanged.removeAll(c.changed);
    unchanged.removeAll(c.differs);
    if (!c.changed.isEmpty()) {
      out.add(String.join(", ", c.changed) + ": numbers change, with a warning");
    }
    if (!c.differs.isEmpty()) {
      out.add(c.because != null ? "numbers as the config asks, with a warning"
          : String.join(", ", c.differs) + ": the numbers of its data with that value missing, no warning (an "
              + "empty cell is a missing value, as in pysystemtrade's own files)");
    }
    if (!unchanged.isEmpty() && (c.because == null)) {
      String who = unchanged.size() == c.computed.size() ? "every number" : "the numbers of "
          + String.join(", ", unchanged);
      if (c.leftOutAny() || c.reweighted || !c.configured.equals(Fixture.INSTRUMENTS)) {
        out.add("the forecasts and subsystem positions of " + String.join(", ", unchanged) + " bit-identical to the "
            + "clean run's; their weights renormalised (said)");
      } else if (c.tolerance > 0) {
        out.add(who + " within " + c.tolerance + " (relative) of the clean run's");
      } else {
        out.add(who + " bit-identical to the clean run's");
      }
    }
    return String.join("; ", out);
  }
}
