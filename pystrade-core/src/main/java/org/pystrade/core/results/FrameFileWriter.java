package org.pystrade.core.results;

import java.io.IOException;
import java.nio.file.Path;
import org.pystrade.core.series.SeriesFrame;
import org.pystrade.core.util.ArgChecker;

/** A writer of this package: one file extension, the arguments checked, the frame's index and columns written. */
abstract class FrameFileWriter implements ResultWriter {

  private final String extension;

  FrameFileWriter(String extension) {
    this.extension = extension;
  }

  @Override
  public final String extension() {
    return extension;
  }

  @Override
  public final void write(ResultFrame frame, Path file) throws IOException {
    ArgChecker.notNull(frame, "frame");
    ArgChecker.notNull(file, "file");
    write(frame.frame(), file);
  }

  /**
   * Writes a frame's index and columns.
   *
   * @param frame the index and columns
   * @param file the file
   * @throws IOException if writing fails
   */
  abstract void write(SeriesFrame frame, Path file) throws IOException;
}
