package org.pystrade.optimisation.optimisers;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/**
 * The bundled {@link LibmPow} tables are exactly what {@link LibmPow#generateTables()} derives from their defining
 * rules. To regenerate the resource after changing the rules, run this class's {@code main} from the module
 * directory.
 */
class LibmPowTablesTest {

  @Test
  void bundledTablesAreTheGeneratedOnes() throws IOException {
    long[] generated = LibmPow.generateTables();
    try (InputStream in = LibmPow.class.getResourceAsStream(LibmPow.TABLES_RESOURCE)) {
      assertThat(in).as("resource " + LibmPow.TABLES_RESOURCE).isNotNull();
      byte[] b = in.readAllBytes();
      long[] bundled = new long[b.length / 8];
      ByteBuffer.wrap(b).order(ByteOrder.LITTLE_ENDIAN).asLongBuffer().get(bundled);
      assertThat(bundled).isEqualTo(generated);
    }
  }

  /**
   * Writes the resource.
   *
   * @param args unused
   * @throws IOException if it cannot be written
   */
  public static void main(String[] args) throws IOException {
    long[] bits = LibmPow.generateTables();
    ByteBuffer buf = ByteBuffer.allocate(8 * bits.length).order(ByteOrder.LITTLE_ENDIAN);
    buf.asLongBuffer().put(bits);
    Path out = Path.of("src/main/resources/org/pystrade/optimisation/optimisers", LibmPow.TABLES_RESOURCE);
    Files.write(out, buf.array());
  }
}
