package org.pystrade.examples.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assumptions.assumeThat;
import static org.pystrade.examples.cli.Cli.args;
import static org.pystrade.examples.cli.Cli.run;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.pystrade.examples.cli.Cli.Run;

/**
 * {@code export --out}: checked before anything is computed (a bad location fails at once, naming it), a non-empty
 * folder refused unless {@code --overwrite}, which replaces a previous export and nothing else.
 */
class ExportFolderTest {

  /**
   * An export on a data folder that does not exist: if the output folder is refused, it was checked before the data
   * was read.
   */
  private static Run exportBeforeData(Path dir, String out, String... more) {
    String[] all = new String[4 + more.length];
    all[0] = "--data";
    all[1] = dir.resolve("no-such-data").toString();
    all[2] = "--out";
    all[3] = out;
    System.arraycopy(more, 0, all, 4, more.length);
    return run(args("export", all));
  }

  /** An export of CORN and US10 from the sample data to a folder, with more options. */
  static Run export(Path out, String... more) {
    String[] all = new String[6 + more.length];
    all[0] = "--data";
    all[1] = Cli.data();
    all[2] = "--out";
    all[3] = out.toString();
    all[4] = "--instruments";
    all[5] = "CORN,US10";
    System.arraycopy(more, 0, all, 6, more.length);
    return run(args("export", all));
  }

  private static String refused(Run r) {
    assertThat(r.code()).as(r.err()).isEqualTo(Commands.DATA_ERROR);
    assertThat(r.out()).isEmpty();
    assertThat(r.err()).startsWith("error: --out ").doesNotContain("no-such-data").doesNotContain("Exception");
    return r.err();
  }

  @Test
  void aNonEmptyFolderIsRefusedBeforeComputing(@TempDir Path dir) throws Exception {
    Path out = Files.createDirectories(dir.resolve("out"));
    Files.writeString(out.resolve("notes.txt"), "mine");
    assertThat(refused(exportBeforeData(dir, out.toString()))).contains(out.toString()).contains("not empty")
        .contains("notes.txt").contains("--overwrite");
    assertThat(out.resolve("notes.txt")).hasContent("mine");
  }

  @Test
  void overwriteReplacesAPreviousExportAndRemovesItsStaleFiles(@TempDir Path dir) throws Exception {
    Path out = dir.resolve("out");
    Run three = run(args("export", "--data", Cli.data(), "--out", out.toString(), "--instruments", "CORN,US10,V2X"));
    assertThat(three.code()).as(three.err()).isZero();
    assertThat(out.resolve("V2X.csv")).exists();

    Run again = export(out);
    assertThat(refused(again)).contains("not empty").contains("--overwrite");
    assertThat(out.resolve("V2X.csv")).exists();

    Run replaced = export(out, "--overwrite");
    assertThat(replaced.code()).as(replaced.err()).isZero();
    assertThat(replaced.out()).contains("removed 1 files of the previous export");
    assertThat(out.resolve("V2X.csv")).doesNotExist();
    assertThat(out.resolve("CORN.csv")).exists();
    assertThat(out.resolve("summary.json")).content().doesNotContain("V2X");
  }

  @Test
  void overwriteRefusesAFolderHoldingAnythingElse(@TempDir Path dir) throws Exception {
    Path out = Files.createDirectories(dir.resolve("out"));
    Files.writeString(out.resolve("CORN.csv"), "DATETIME,price\n");
    Files.writeString(out.resolve("notes.txt"), "mine");
    Files.createDirectories(out.resolve("sub"));
    assertThat(refused(exportBeforeData(dir, out.toString(), "--overwrite"))).contains("notes.txt")
        .contains("sub/").doesNotContain("CORN.csv").contains("another folder");
    assertThat(out.resolve("CORN.csv")).hasContent("DATETIME,price");
    assertThat(out.resolve("notes.txt")).exists();
  }

  @Test
  void aCacheFolderInsideTheOutputFolderIsLeftAlone(@TempDir Path dir) throws Exception {
    Path out = Files.createDirectories(dir.resolve("out"));
    Path cache = Files.createDirectories(out.resolve("cache"));
    Run r = run("export", "--config", Cli.config(), "--data", Cli.data(), "--progress", "none", "--instruments",
        "CORN,US10", "--out", out.toString(), "--cache", cache.toString());
    assertThat(r.code()).as(r.err()).isZero();
    Run again = run("export", "--config", Cli.config(), "--data", Cli.data(), "--progress", "none",
        "--instruments", "CORN,US10", "--out", out.toString(), "--cache", cache.toString(), "--overwrite");
    assertThat(again.code()).as(again.err()).isZero();
    assertThat(cache).isDirectory();
  }

  @Test
  void aFileOrDeviceIsNotAFolder(@TempDir Path dir) throws Exception {
    Path file = Files.writeString(dir.resolve("file.txt"), "x");
    assertThat(refused(exportBeforeData(dir, file.toString()))).contains(file + " is a file, not a folder");
    Path full = Path.of("/dev/full");
    if (Files.exists(full)) {
      assertThat(refused(exportBeforeData(dir, full.toString()))).contains("/dev/full is a named pipe, device or "
          + "socket, not a folder");
    }
  }

  @Test
  void aPathUnderAFileCannotBeCreated(@TempDir Path dir) throws Exception {
    Path file = Files.writeString(dir.resolve("file.txt"), "x");
    assertThat(refused(exportBeforeData(dir, file.resolve("sub/out").toString())))
        .contains("cannot be created").contains(file + " is a file, not a folder");
  }

  @Test
  void aNewFolderIsCheckedWithoutLeavingItBehind(@TempDir Path dir) throws Exception {
    Run r = exportBeforeData(dir, dir.resolve("a/b/out").toString());
    assertThat(r.code()).isEqualTo(Commands.DATA_ERROR);
    assertThat(r.err()).contains("no-such-data");
    assertThat(dir.resolve("a")).doesNotExist();
  }

  @Test
  void aReadOnlyFolderIsRefused(@TempDir Path dir) throws Exception {
    Path out = Files.createDirectories(dir.resolve("ro"));
    Cli.withPermissions(out, "r-xr-xr-x", () -> {
      assumeThat(Files.isWritable(out)).as("not run as root: a read-only folder is writable").isFalse();
      assertThat(refused(exportBeforeData(dir, out.toString()))).contains(out.toString()).contains("cannot be "
          + "written");
      assertThat(refused(exportBeforeData(dir, out.resolve("sub").toString()))).contains("cannot be created");
    });
  }

  @Test
  void anEmptyPathIsAUsageError() {
    Run r = run("export", "--out", "");
    assertThat(r.code()).isEqualTo(Commands.USAGE_ERROR);
    assertThat(r.err()).contains("--out: an empty path");
  }
}
