package org.pystrade.core.results;

import com.fasterxml.jackson.core.JsonEncoding;
import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import java.io.IOException;
import java.nio.file.Path;
import org.pystrade.core.series.SeriesFrame;
import org.pystrade.core.series.Timestamps;

/** The JSON writer of {@link ResultWriter#json()}: Jackson's streaming generator, one frame per file. */
final class JsonResultWriter extends FrameFileWriter {

  static final JsonResultWriter INSTANCE = new JsonResultWriter();

  private final JsonFactory factory = new JsonFactory();

  private JsonResultWriter() {
    super(".json");
  }

  @Override
  void write(SeriesFrame f, Path file) throws IOException {
    long[] t = f.timesView();
    int nc = f.names().size();
    try (JsonGenerator g = factory.createGenerator(file.toFile(), JsonEncoding.UTF8)) {
      g.writeStartObject();
      g.writeArrayFieldStart("columns");
      for (String n : f.names()) {
        g.writeString(n);
      }
      g.writeEndArray();
      g.writeArrayFieldStart("index");
      for (long s : t) {
        g.writeString(Timestamps.format(s));
      }
      g.writeEndArray();
      g.writeArrayFieldStart("data");
      for (int r = 0; r < t.length; r++) {
        g.writeStartArray();
        for (int c = 0; c < nc; c++) {
          double v = f.get(r, c);
          if (v != v) {
            g.writeNull();
          } else if (Double.isInfinite(v)) {
            g.writeString(CsvNumbers.format(v));
          } else {
            g.writeNumber(CsvNumbers.format(v));
          }
        }
        g.writeEndArray();
      }
      g.writeEndArray();
      g.writeEndObject();
      g.writeRaw('\n');
    }
  }
}
