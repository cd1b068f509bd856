package org.pystrade.core.config;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.yaml.snakeyaml.DumperOptions;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.constructor.AbstractConstruct;
import org.yaml.snakeyaml.constructor.DuplicateKeyException;
import org.yaml.snakeyaml.constructor.SafeConstructor;
import org.yaml.snakeyaml.error.Mark;
import org.yaml.snakeyaml.error.MarkedYAMLException;
import org.yaml.snakeyaml.error.YAMLException;
import org.yaml.snakeyaml.nodes.Node;
import org.yaml.snakeyaml.nodes.ScalarNode;
import org.yaml.snakeyaml.nodes.Tag;

/**
 * Reads YAML into Jackson trees with SnakeYAML's YAML 1.1 rules — the rules of PyYAML, which pysystemtrade uses
 * ({@code True}, {@code yes}, {@code on} are booleans) — and converts Java values to trees, without starting
 * Jackson's object mapper (slow to initialise: it dominated the start-up of short backtests).
 */
final class YamlTrees {

  private static final JsonNodeFactory F = JsonNodeFactory.instance;

  private YamlTrees() {
  }

  /**
   * Parses YAML text.
   *
   * @param yaml the text
   * @param sourceName for messages
   * @return the tree (a missing document is an empty object)
   * @throws ConfigException naming the source, line and column of a syntax error
   */
  static JsonNode parse(String yaml, String sourceName) {
    return parse(yaml, sourceName, new ArrayList<>());
  }

  /**
   * Parses YAML text, reporting a key given twice in the same mapping: PyYAML keeps the last value without a word,
   * and so does this parse, adding the key and a message naming its line to {@code duplicates}.
   *
   * @param yaml the text
   * @param sourceName for messages
   * @param duplicates receives the key given twice and the message, if any
   * @return the tree
   */
  static JsonNode parse(String yaml, String sourceName, List<Map.Entry<String, String>> duplicates) {
    // plain configs (nearly all of them) without SnakeYAML's start-up cost; anything else through SnakeYAML
    Optional<JsonNode> simple = SimpleYaml.tryParse(yaml);
    if (simple.isPresent()) {
      return simple.get();
    }
    try {
      return parseWithSnakeYaml(yaml, sourceName, false);
    } catch (DuplicateKeyException ex) {
      Mark mark = ex.getProblemMark();
      String problem = ex.getProblem();
      String key = problem.startsWith("found duplicate key ") ? problem.substring("found duplicate key ".length())
          : "?";
      duplicates.add(Map.entry(key, "config " + sourceName + " gives the key '" + key + "' twice" + (mark == null
          ? "" : " (again at line " + (mark.getLine() + 1) + ")") + "; the last value is used, as pysystemtrade's "
          + "YAML reader uses it: remove one of them"));
      return parseWithSnakeYaml(yaml, sourceName, true);
    }
  }

  /**
   * SnakeYAML's safe constructor, except that a timestamp ({@code 2000-01-01}) is kept as its text: SnakeYAML
   * would read it with a lenient calendar ({@code 2000-13-01} becoming 2001-01-01), where PyYAML refuses an invalid
   * date; the key's reader (pysystemtrade's {@code start_date}) parses the text strictly.
   */
  private static final class TextTimestamps extends SafeConstructor {
    TextTimestamps(LoaderOptions options) {
      super(options);
      this.yamlConstructors.put(Tag.TIMESTAMP, new AbstractConstruct() {
        @Override
        public Object construct(Node node) {
          return constructScalar((ScalarNode) node);
        }
      });
    }
  }

  /**
   * Parses YAML text with SnakeYAML (YAML 1.1), whatever the text.
   *
   * @param yaml the text
   * @param sourceName for messages
   * @return the tree (a missing document is an empty object)
   * @throws ConfigException naming the source, line and column of a syntax error
   */
  static JsonNode parseWithSnakeYaml(String yaml, String sourceName) {
    return parseWithSnakeYaml(yaml, sourceName, true);
  }

  /**
   * Parses YAML text with SnakeYAML.
   *
   * @param allowDuplicateKeys false to throw {@link DuplicateKeyException} on a key given twice in a mapping; true
   *     to keep the last value, as PyYAML does
   */
  private static JsonNode parseWithSnakeYaml(String yaml, String sourceName, boolean allowDuplicateKeys) {
    Object value;
    LoaderOptions options = new LoaderOptions();
    options.setAllowDuplicateKeys(allowDuplicateKeys);
    // a key given twice is reported by SystemConfig (naming key and lines), not by SnakeYAML's own logger
    options.setWarnOnDuplicateKeys(false);
    try {
      value = new Yaml(new TextTimestamps(options)).load(yaml);
    } catch (DuplicateKeyException ex) {
      throw ex;
    } catch (MarkedYAMLException ex) {
      Mark mark = ex.getProblemMark();
      String where = mark == null ? "" : " at line " + (mark.getLine() + 1) + ", column " + (mark.getColumn() + 1);
      throw new ConfigException("invalid YAML in " + sourceName + where + ": " + ex.getProblem(), ex);
    } catch (YAMLException ex) {
      throw new ConfigException("invalid YAML in " + sourceName + ": " + ex.getMessage(), ex);
    }
    return value == null ? F.objectNode() : toNode(value);
  }

  /**
   * Converts a Java value (numbers, strings, booleans, maps, collections, arrays of those) to a tree.
   *
   * @param value the value
   * @return the node
   */
  static JsonNode toNode(Object value) {
    if (value == null) {
      return F.nullNode();
    }
    if (value instanceof JsonNode) {
      return ((JsonNode) value).deepCopy();
    }
    if (value instanceof Boolean) {
      return F.booleanNode((Boolean) value);
    }
    if (value instanceof Integer || value instanceof Short || value instanceof Byte) {
      return F.numberNode(((Number) value).intValue());
    }
    if (value instanceof Long) {
      return F.numberNode((Long) value);
    }
    if (value instanceof BigInteger) {
      return F.numberNode((BigInteger) value);
    }
    if (value instanceof BigDecimal) {
      return F.numberNode((BigDecimal) value);
    }
    if (value instanceof Number) {
      return F.numberNode(((Number) value).doubleValue());
    }
    if (value instanceof Map) {
      ObjectNode o = F.objectNode();
      for (Map.Entry<?, ?> e : ((Map<?, ?>) value).entrySet()) {
        o.set(String.valueOf(e.getKey()), toNode(e.getValue()));
      }
      return o;
    }
    if (value instanceof Collection) {
      ArrayNode a = F.arrayNode();
      for (Object x : (Collection<?>) value) {
        a.add(toNode(x));
      }
      return a;
    }
    if (value instanceof Object[]) {
      ArrayNode a = F.arrayNode();
      for (Object x : (Object[]) value) {
        a.add(toNode(x));
      }
      return a;
    }
    return F.textNode(String.valueOf(value));
  }

  /**
   * Writes a tree as YAML (block style) with SnakeYAML, the one YAML library of pystrade.
   *
   * @param node the tree
   * @return the YAML text
   */
  static String toYaml(JsonNode node) {
    DumperOptions options = new DumperOptions();
    options.setDefaultFlowStyle(DumperOptions.FlowStyle.BLOCK);
    options.setIndent(2);
    return new Yaml(options).dump(toJava(node));
  }

  static Object toJava(JsonNode n) {
    if (n.isObject()) {
      Map<String, Object> m = new LinkedHashMap<>();
      n.properties().forEach(e -> m.put(e.getKey(), toJava(e.getValue())));
      return m;
    }
    if (n.isArray()) {
      List<Object> l = new ArrayList<>();
      n.forEach(x -> l.add(toJava(x)));
      return l;
    }
    if (n.isNull()) {
      return null;
    }
    if (n.isBoolean()) {
      return n.booleanValue();
    }
    if (n.isIntegralNumber()) {
      return n.bigIntegerValue();
    }
    if (n.isNumber()) {
      return n.doubleValue();
    }
    return n.asText();
  }
}
