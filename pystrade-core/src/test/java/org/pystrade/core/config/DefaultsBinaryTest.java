package org.pystrade.core.config;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/**
 * The bundled binary defaults are exactly the parse of {@code defaults.yaml}, node type for node type. After
 * editing {@code defaults.yaml}, run this class's {@code main} from the {@code pystrade-core} directory to
 * regenerate them.
 */
class DefaultsBinaryTest {

  @Test
  void bundledBinaryDefaultsEqualTheYaml() throws IOException {
    JsonNode yaml = SystemConfig.parseDefaultsYaml();
    try (InputStream in = SystemConfig.class.getResourceAsStream(SystemConfig.DEFAULTS_BINARY)) {
      assertThat(in).as("resource " + SystemConfig.DEFAULTS_BINARY).isNotNull();
      JsonNode bundled = TreeCodec.read(new DataInputStream(in));
      assertThat(bundled).isEqualTo(yaml);
      assertThat(bundled.toString()).isEqualTo(yaml.toString());
    }
  }

  @Test
  void everyNodeKindRoundTrips() throws IOException {
    JsonNode tree = YamlTrees.parse("a: 1\nb: 12345678901\nc: 123456789012345678901234567890\nd: 0.25\n"
        + "e: [x, true, false, null, -3]\nf: {g: 'text', h: 1.0e-12}\n", "test");
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    TreeCodec.write(tree, new DataOutputStream(bytes));
    JsonNode back = TreeCodec.read(new DataInputStream(new ByteArrayInputStream(bytes.toByteArray())));
    assertThat(back).isEqualTo(tree);
    assertThat(back.get("a").isInt()).isTrue();
    assertThat(back.get("b").isLong()).isTrue();
    assertThat(back.get("c").isBigInteger()).isTrue();
    assertThat(back.get("f").get("h").doubleValue()).isEqualTo(1.0e-12);
  }

  /**
   * Writes the binary defaults.
   *
   * @param args unused
   * @throws IOException if they cannot be written
   */
  public static void main(String[] args) throws IOException {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    TreeCodec.write(SystemConfig.parseDefaultsYaml(), new DataOutputStream(bytes));
    Files.write(Path.of("src/main/resources/org/pystrade/core/config", SystemConfig.DEFAULTS_BINARY),
        bytes.toByteArray());
  }
}
