package org.pystrade.core.config;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Random;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * The fast reader of plain configs gives exactly SnakeYAML's tree (node types included) whenever it reads a text,
 * and leaves every text outside its subset to SnakeYAML.
 */
class SimpleYamlTest {

  private static void assertSameAsSnakeYaml(String yaml, boolean mustBeSimple) {
    Optional<JsonNode> simple = SimpleYaml.tryParse(yaml);
    if (mustBeSimple) {
      assertThat(simple).as("read without SnakeYAML:%n%s", yaml).isPresent();
    }
    if (simple.isPresent()) {
      JsonNode snake = YamlTrees.parseWithSnakeYaml(yaml, "test");
      assertThat(simple.get()).as("tree of%n%s", yaml).isEqualTo(snake);
      assertThat(simple.get().toString()).isEqualTo(snake.toString());
    }
  }

  @Test
  void everyConfigOfTheProjectAndOfTheGoldenFolderReadsAsSnakeYamlReadsIt() throws IOException {
    List<Path> files = new ArrayList<>();
    for (Path dir : List.of(Path.of("../sample-data/configs"), Path.of("../../shared/golden/configs"),
        Path.of("src/test/resources"))) {
      if (Files.isDirectory(dir)) {
        try (Stream<Path> s = Files.walk(dir)) {
          s.filter(p -> p.toString().endsWith(".yaml")).forEach(files::add);
        }
      }
    }
    assertThat(files).isNotEmpty();
    for (Path f : files) {
      assertSameAsSnakeYaml(Files.readString(f, StandardCharsets.UTF_8), false);
    }
    assertSameAsSnakeYaml(Files.readString(Path.of("../sample-data/configs/chapter15.yaml")), true);
    try (InputStream in = SystemConfig.class.getResourceAsStream("defaults.yaml")) {
      assertSameAsSnakeYaml(new String(in.readAllBytes(), StandardCharsets.UTF_8), true);
    }
  }

  @Test
  void scalarsResolveAsYaml11() {
    assertSameAsSnakeYaml("a: 1\nb: -12\nc: +7\nd: 2147483648\ne: 99999999999999999999999\nf: 0.50\n"
        + "g: -0.0\nh: 1.5e-3\ni: 2.0E+10\nj: yes\nk: Off\nl: ~\nm: null\nn:\no: USD\np: 'single'\n"
        + "q: \"double\"\nr: systems.provided.rules.ewmac.ewmac\ns: y\nt: NO_\nu: x-y_z/w\nv: 0\n", true);
  }

  @Test
  void structuresInTheSubset() {
    assertSameAsSnakeYaml("#YAML\n# comment\ntop:\n   nested:   # trailing comment\n      k: 1\n   list:\n"
        + "      - \"a\"\n      - b\n      - 3\n   compact:\n   - x\n   - y\n   after: 2\nflow: [a, 1, 2.5, true]\n"
        + "map: {SOFR: 0.5, US10: 0.25}\nempty_list: []\nempty_map: {}\nquoted: ['a','b', \"c\"]\nlast:\n", true);
    assertSameAsSnakeYaml("a: 1\r\nb:\r\n  c: 2\r\n", true);
  }

  @Test
  void everythingElseIsLeftToSnakeYaml() {
    String[] outside = {
        "a: 010\n", "a: 0x1F\n", "a: 1_000\n", "a: 1:30\n", "a: .inf\n", "a: 1.\n", "a: 1e5\n",
        "a: 2020-01-01\n", "a: &x 1\nb: *x\n", "a: !!str 1\n", "a: |\n  text\n", "a: >\n  text\n",
        "a: some words\n", "a: \"esc\\n\"\n", "a: 'it''s'\n", "---\na: 1\n", "a: 1\n...\n", "%YAML 1.1\n---\na: 1\n",
        "a:\n\t- 1\n", "a: 1\na: 2\n", "1: a\n", "on: 1\n", "a:\n  - b: 1\n", "a:\n  - - 1\n", "a: [[1]]\n",
        "a: {b: {c: 1}}\n", "a: \"x # y\"\n", "- 1\n- 2\n", "just text\n", "a: b: c\n", "a:b\n", "a: x\n  y\n",
        "\uFEFFa: 1\n", "", "# only a comment\n", "a: ['b,c', d]\n", "a: {b:1}\n", "a: 'x'y\n"};
    for (String yaml : outside) {
      assertThat(SimpleYaml.tryParse(yaml)).as("left to SnakeYAML:%n%s", yaml).isEmpty();
    }
    // and what SnakeYAML makes of them is still what the config gets
    assertThat(YamlTrees.parse("a: 0x1F\n", "t").get("a").intValue()).isEqualTo(31);
    assertThat(YamlTrees.parse("a: 1e5\n", "t").get("a").isDouble()).isTrue();
    assertThat(YamlTrees.parse("a: some words\n", "t").get("a").textValue()).isEqualTo("some words");
  }

  /** Generated configs in the subset: read without SnakeYAML, and equal to SnakeYAML's reading. */
  @Test
  void generatedConfigsAgree() {
    Random random = new Random(11);
    String[] scalars = {"1", "-3", "0", "42", "2147483647", "2147483648", "-9223372036854775809", "0.25", "-1.5",
        "3.0e-7", "1.25E+2", "true", "False", "yes", "OFF", "~", "null", "USD", "ewmac16_64",
        "systems.provided.rules.carry.carry", "'quoted text'", "\"double quoted\"", "a-b", "x/y", "Y", "n"};
    for (int k = 0; k < 500; k++) {
      StringBuilder sb = new StringBuilder();
      int keys = 1 + random.nextInt(6);
      for (int i = 0; i < keys; i++) {
        sb.append("key").append(i).append(':');
        switch (random.nextInt(5)) {
          case 0:
            sb.append(' ').append(scalars[random.nextInt(scalars.length)]).append('\n');
            break;
          case 1: {
            sb.append('\n');
            int indent = 1 + random.nextInt(4);
            int items = 1 + random.nextInt(4);
            for (int j = 0; j < items; j++) {
              sb.append(" ".repeat(indent)).append("- ").append(scalars[random.nextInt(scalars.length)])
                  .append('\n');
            }
            break;
          }
          case 2: {
            sb.append(random.nextBoolean() ? "   # note\n" : "\n");
            int indent = 2 + random.nextInt(4);
            int items = 1 + random.nextInt(4);
            for (int j = 0; j < items; j++) {
              sb.append(" ".repeat(indent)).append("sub").append(j).append(": ")
                  .append(scalars[random.nextInt(scalars.length)]).append('\n');
            }
            break;
          }
          case 3:
            sb.append(" [").append(scalars[random.nextInt(8)]).append(", ").append(scalars[16 + random.nextInt(4)])
                .append("]\n");
            break;
          default:
            sb.append('\n');
            break;
        }
      }
      assertSameAsSnakeYaml(sb.toString(), true);
    }
  }
}
