package org.pystrade.production.daemon;

import java.io.IOException;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermission;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Set;
import java.util.stream.Stream;

/** The daemon's state folder: created readable, writable and searchable by its owner only ({@code rwx------}). */
public final class StateFolder {

  /** rwx------. */
  static final Set<PosixFilePermission> OWNER_ONLY = PosixFilePermissions.fromString("rwx------");

  private StateFolder() {
  }

  /**
   * Creates the folder (and its parents) owner-only, or makes an existing empty one owner-only.
   *
   * @param folder the folder
   * @return true if it was new or empty (to be initialised)
   * @throws IOException if it cannot be created
   */
  public static boolean prepare(Path folder) throws IOException {
    boolean posix = FileSystems.getDefault().supportedFileAttributeViews().contains("posix");
    if (!Files.exists(folder)) {
      if (folder.toAbsolutePath().getParent() != null) {
        Files.createDirectories(folder.toAbsolutePath().getParent());
      }
      if (posix) {
        Files.createDirectory(folder, PosixFilePermissions.asFileAttribute(OWNER_ONLY));
        Files.setPosixFilePermissions(folder, OWNER_ONLY);
      } else {
        Files.createDirectory(folder);
      }
      return true;
    }
    if (!Files.isDirectory(folder)) {
      throw new IOException(folder + " is not a folder");
    }
    boolean empty;
    try (Stream<Path> s = Files.list(folder)) {
      empty = s.findAny().isEmpty();
    }
    if (empty && posix) {
      Files.setPosixFilePermissions(folder, OWNER_ONLY);
    }
    return empty;
  }
}
