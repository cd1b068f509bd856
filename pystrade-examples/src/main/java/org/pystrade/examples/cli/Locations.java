package org.pystrade.examples.cli;

import java.io.IOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.DirectoryStream;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.NotDirectoryException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.pystrade.data.results.ResultFormat;

/**
 * Checks of the files and folders a command is given, made before anything is read or computed, so that a bad path
 * fails at once with a message naming it, not after a long computation or with an exception's class name. Each
 * check throws an {@link IllegalArgumentException} with that message (exit code {@value Commands#DATA_ERROR}).
 */
final class Locations {

  /** How many names a message lists before "...". */
  private static final int LISTED = 5;

  private Locations() {
  }

  /**
   * A data folder: it must exist, be a folder and be readable.
   *
   * @param data the folder
   */
  static void dataFolder(Path data) {
    if (!Files.exists(data)) {
      throw new IllegalArgumentException("data folder " + data + " not found");
    }
    if (!Files.isDirectory(data)) {
      throw new IllegalArgumentException("data folder " + data + " is " + kind(data) + ", not a folder");
    }
    if (!Files.isReadable(data)) {
      throw new IllegalArgumentException("data folder " + data + " is not readable (permission denied)");
    }
  }

  /**
   * A golden folder of {@code compare}: it must exist and be a folder.
   *
   * @param golden the folder
   */
  static void goldenFolder(Path golden) {
    if (!Files.exists(golden)) {
      throw new IllegalArgumentException("golden folder " + golden + " not found");
    }
    if (!Files.isDirectory(golden)) {
      throw new IllegalArgumentException("golden folder " + golden + " is " + kind(golden) + ", not a folder");
    }
  }

  /**
   * The binary cache folder: null (none), an existing folder, or a path that a folder can be created at.
   *
   * @param cache the folder, or null for none
   */
  static void cacheFolder(Path cache) {
    if (cache == null) {
      return;
    }
    if (Files.exists(cache) && !Files.isDirectory(cache)) {
      throw new IllegalArgumentException(Commands.CACHE + " " + cache + " is " + kind(cache) + ", not a folder "
          + "(give a folder, or none to read the CSV files every time)");
    }
    Path existing = nearestExisting(cache);
    if (!Files.isDirectory(existing)) {
      throw new IllegalArgumentException(Commands.CACHE + " " + cache + " cannot be created: " + existing + " is "
          + kind(existing) + ", not a folder");
    }
  }

  /**
   * An output file ({@code bench --out}): an existing regular file that is writable (it is replaced), or a new file
   * whose folder exists or can be created and is writable (checked by creating, then deleting, a file there).
   *
   * @param option the option naming it, for messages
   * @param file the file
   */
  static void outputFile(String option, Path file) {
    if (Files.exists(file)) {
      if (!Files.isRegularFile(file)) {
        throw new IllegalArgumentException(option + " " + file + " is " + kind(file) + ", not a regular file");
      }
      if (!Files.isWritable(file)) {
        throw new IllegalArgumentException(option + " " + file + " is not writable (permission denied)");
      }
      return;
    }
    Path parent = file.toAbsolutePath().getParent();
    if (parent != null) {
      writableFolder(option + " " + file, parent);
    }
  }

  /**
   * Checks a folder can be written, creating it (and its parents) for the check if need be and deleting what was
   * created again, so that a failed run leaves nothing behind.
   *
   * @param what the option and path, for messages
   * @param dir the folder
   */
  private static void writableFolder(String what, Path dir) {
    Path existing = nearestExisting(dir);
    if (!Files.isDirectory(existing)) {
      throw new IllegalArgumentException(what + " cannot be created: " + existing + " is " + kind(existing)
          + ", not a folder");
    }
    List<Path> created = new ArrayList<>();
    try {
      for (Path p = dir.toAbsolutePath(); !Files.exists(p); p = p.getParent()) {
        created.add(0, p);
      }
      for (Path p : created) {
        Files.createDirectory(p);
      }
      Files.delete(Files.createTempFile(dir, ".pystrade-write-check", ".tmp"));
    } catch (IOException ex) {
      throw new IllegalArgumentException(what + (created.isEmpty() ? " cannot be written: " : " cannot be created: ")
          + reason(ex));
    } finally {
      for (int i = created.size() - 1; i >= 0; i--) {
        try {
          Files.deleteIfExists(created.get(i));
        } catch (IOException ex) {
          // left behind empty: nothing more to do
        }
      }
    }
  }

  /** The path itself or its nearest existing ancestor (the file system's root at worst). */
  private static Path nearestExisting(Path path) {
    Path p = path.toAbsolutePath();
    while (p.getParent() != null && !Files.exists(p)) {
      p = p.getParent();
    }
    return p;
  }

  /** What a path that exists is, for messages: "a file", "a folder", or "a named pipe, device or socket". */
  private static String kind(Path path) {
    if (Files.isRegularFile(path)) {
      return "a file";
    }
    return Files.isDirectory(path) ? "a folder" : "a named pipe, device or socket";
  }

  /** Why an operation failed, in words (an exception's message is often just the path). */
  static String reason(IOException ex) {
    if (!(ex instanceof FileSystemException)) {
      return ex.getMessage() != null ? ex.getMessage() : ex.getClass().getSimpleName();
    }
    FileSystemException f = (FileSystemException) ex;
    String why;
    if (f.getReason() != null) {
      why = f.getReason();
    } else if (ex instanceof AccessDeniedException) {
      why = "permission denied";
    } else if (ex instanceof NoSuchFileException) {
      why = "no such file or folder";
    } else if (ex instanceof FileAlreadyExistsException) {
      why = "already exists";
    } else if (ex instanceof NotDirectoryException) {
      why = "not a folder";
    } else {
      why = ex.getClass().getSimpleName();
    }
    return (f.getFile() != null ? f.getFile() + ": " : "") + why;
  }

  /** Names for a message: the first few, then how many more. */
  private static String list(List<String> names) {
    return names.size() <= LISTED ? String.join(", ", names)
        : String.join(", ", names.subList(0, LISTED)) + " and " + (names.size() - LISTED) + " more";
  }

  /**
   * The {@code --out} folder of {@code export}, checked before the system is computed.
   *
   * <p>The folder may not exist yet (it must then be creatable: its nearest existing ancestor a writable folder), or
   * be an empty writable folder. A non-empty folder is refused, unless {@code --overwrite} is given and every entry in
   * it is a file an export writes ({@code NAME.csv}, {@code summary.json}): those the new export does not rewrite are
   * then deleted after it has written its own ({@link #removeStale(Collection)}); a folder holding anything else
   * (another kind of file, a subfolder) is refused even with {@code --overwrite}, and nothing in it is touched. The
   * {@code --cache} folder, if it is in the folder, is left alone.
   */
  static final class ExportFolder {
    private final Path dir;
    private final List<Path> previous;

    private ExportFolder(Path dir, List<Path> previous) {
      this.dir = dir;
      this.previous = previous;
    }

    /**
     * Checks an export folder.
     *
     * @param dir the folder
     * @param overwrite whether {@code --overwrite} was given
     * @param cache the {@code --cache} folder, or null: it may be in the folder (it is not the export's to judge)
     * @return the folder, with the previous export's files found in it
     */
    static ExportFolder check(Path dir, boolean overwrite, Path cache) {
      String what = Commands.OUT + " " + dir;
      if (!Files.exists(dir)) {
        writableFolder(what, dir);
        return new ExportFolder(dir, List.of());
      }
      if (!Files.isDirectory(dir)) {
        throw new IllegalArgumentException(what + " is " + kind(dir) + ", not a folder");
      }
      List<Path> ours = new ArrayList<>();
      List<String> foreign = new ArrayList<>();
      List<String> all = new ArrayList<>();
      try (DirectoryStream<Path> entries = Files.newDirectoryStream(dir)) {
        for (Path p : entries) {
          if (cache != null && p.toAbsolutePath().normalize().equals(cache.toAbsolutePath().normalize())) {
            continue;
          }
          String name = p.getFileName().toString();
          all.add(name);
          if (isExportFile(p)) {
            ours.add(p);
          } else {
            foreign.add(Files.isDirectory(p) ? name + "/" : name);
          }
        }
      } catch (IOException ex) {
        throw new IllegalArgumentException(what + " cannot be read: " + reason(ex));
      }
      all.sort(null);
      foreign.sort(null);
      if (!all.isEmpty() && !overwrite) {
        throw new IllegalArgumentException(what + " is not empty (" + list(all) + "): give a new or empty folder, "
            + "or " + Commands.OVERWRITE + " to replace a previous export in it");
      }
      if (!foreign.isEmpty()) {
        throw new IllegalArgumentException(what + " holds files an export does not write (" + list(foreign)
            + "): " + Commands.OVERWRITE + " only replaces a previous export (NAME.csv, NAME.json, NAME.parquet, "
            + "NAME.arrow and summary.json files); "
            + "move them or give another folder");
      }
      writableFolder(what, dir);
      return new ExportFolder(dir, ours);
    }

    /**
     * Whether a path is a file export writes: a regular file named {@code NAME.csv}, {@code NAME.json},
     * {@code NAME.parquet}, {@code NAME.arrow} (any of the formats) or {@code summary.json}.
     */
    private static boolean isExportFile(Path p) {
      String name = p.getFileName().toString();
      if (!Files.isRegularFile(p) || name.startsWith(".")) {
        return false;
      }
      for (ResultFormat f : ResultFormat.values()) {
        if (name.endsWith(f.extension()) && name.length() > f.extension().length()) {
          return true;
        }
      }
      return false;
    }

    /** The folder. */
    Path dir() {
      return dir;
    }

    /**
     * Deletes the files of the previous export that this export did not rewrite.
     *
     * @param written the files this export wrote
     * @return the files deleted
     * @throws IOException if one cannot be deleted
     */
    List<Path> removeStale(Collection<Path> written) throws IOException {
      Set<Path> kept = new HashSet<>();
      for (Path p : written) {
        kept.add(p.getFileName());
      }
      List<Path> removed = new ArrayList<>();
      for (Path p : previous) {
        if (!kept.contains(p.getFileName())) {
          Files.deleteIfExists(p);
          removed.add(p);
        }
      }
      return removed;
    }
  }
}
