package org.pystrade.core.results;

import java.io.BufferedWriter;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.pystrade.core.series.SeriesFrame;
import org.pystrade.core.series.Timestamps;

/** The CSV writer of {@link ResultWriter#csv()}. */
final class CsvResultWriter extends FrameFileWriter {

  static final CsvResultWriter INSTANCE = new CsvResultWriter();

  private CsvResultWriter() {
    super(".csv");
  }

  @Override
  void write(SeriesFrame f, Path file) throws IOException {
    long[] t = f.timesView();
    int nc = f.names().size();
    try (BufferedWriter w = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
      w.write(ResultFrame.INDEX);
      for (String n : f.names()) {
        w.write(',');
        w.write(n);
      }
      w.write('\n');
      StringBuilder sb = new StringBuilder(256);
      for (int r = 0; r < t.length; r++) {
        sb.setLength(0);
        sb.append(Timestamps.format(t[r]));
        for (int c = 0; c < nc; c++) {
          sb.append(',').append(CsvNumbers.format(f.get(r, c)));
        }
        sb.append('\n');
        w.write(sb.toString());
      }
    }
  }
}
