package org.pystrade.core.config;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.BufferedInputStream;
import java.io.DataInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.pystrade.core.util.ArgChecker;

/**
 * A pysystemtrade system configuration: the user's YAML (or values set from Java) layered over pysystemtrade's
 * backtest defaults, so every key the user leaves out takes pysystemtrade's default. Nested maps merge key by key.
 * Keys are addressed by dotted paths ({@code "forecast_scalar_estimate.window"}). Immutable.
 *
 * <p>Typed getters fail with a {@link ConfigException} naming the key and the value when a value has the wrong
 * type, so a bad YAML value never turns into a silent wrong number.
 */
public final class SystemConfig {

  private static final ObjectNode DEFAULTS = loadDefaults();

  private final ObjectNode user;
  private final ObjectNode merged;
  private final String source;
  private final List<Map.Entry<String, String>> duplicateKeys;

  private SystemConfig(ObjectNode user, String source) {
    this(user, source, List.of());
  }

  private SystemConfig(ObjectNode user, String source, List<Map.Entry<String, String>> duplicateKeys) {
    this.user = user;
    this.merged = DEFAULTS.deepCopy();
    merge(merged, user);
    this.source = source;
    this.duplicateKeys = List.copyOf(duplicateKeys);
  }

  /**
   * The keys the YAML text gives twice in one mapping, each with a message naming the line: the last value is used,
   * as PyYAML uses it. A system refuses such a config unless it is lenient ({@code strict: false}).
   *
   * @return key and message pairs, empty if none
   */
  public List<Map.Entry<String, String>> duplicateKeys() {
    return duplicateKeys;
  }


  /** pysystemtrade's defaults as {@link TreeCodec} writes them (read at start-up instead of parsing the YAML). */
  static final String DEFAULTS_BINARY = "defaults.bin";

  private static ObjectNode loadDefaults() {
    try (InputStream in = SystemConfig.class.getResourceAsStream(DEFAULTS_BINARY)) {
      if (in != null) {
        return (ObjectNode) TreeCodec.read(new DataInputStream(new BufferedInputStream(in)));
      }
    } catch (IOException | RuntimeException ex) {
      // fall back to the YAML below
    }
    return parseDefaultsYaml();
  }

  /** Parses {@code defaults.yaml}, the source of the binary defaults (and their check). */
  static ObjectNode parseDefaultsYaml() {
    try (InputStream in = SystemConfig.class.getResourceAsStream("defaults.yaml")) {
      if (in == null) {
        throw new IllegalStateException("pystrade defaults.yaml missing from the classpath");
      }
      return (ObjectNode) YamlTrees.parse(new String(in.readAllBytes(), StandardCharsets.UTF_8), "defaults.yaml");
    } catch (IOException ex) {
      throw new UncheckedIOException(ex);
    }
  }

  private static void merge(ObjectNode target, ObjectNode overlay) {
    Iterator<Map.Entry<String, JsonNode>> it = overlay.properties().iterator();
    while (it.hasNext()) {
      Map.Entry<String, JsonNode> e = it.next();
      JsonNode existing = target.get(e.getKey());
      if (existing instanceof ObjectNode && e.getValue() instanceof ObjectNode) {
        merge((ObjectNode) existing, (ObjectNode) e.getValue());
      } else {
        target.set(e.getKey(), e.getValue().deepCopy());
      }
    }
  }

  /**
   * Reads a pysystemtrade YAML config file.
   *
   * @param file the file
   * @return the config, with defaults filling missing keys
   * @throws ConfigException naming the file (and line) if missing, not a regular file (a folder, a named pipe, a
   *     device: refused before it is opened, so a pipe cannot block the read), unreadable, not UTF-8 (with the line
   *     and byte offset of the first bad byte), not valid YAML or not a mapping
   */
  public static SystemConfig fromYaml(Path file) {
    ArgChecker.notNull(file, "file");
    return fromYaml(readUtf8(file), file.toString());
  }

  /** The text of a config file: a regular file, decoded as strict UTF-8. */
  private static String readUtf8(Path file) {
    if (!Files.exists(file)) {
      throw new ConfigException("config file not found: " + file);
    }
    if (Files.isDirectory(file)) {
      throw new ConfigException("config " + file + " is a folder, not a YAML file");
    }
    if (!Files.isRegularFile(file)) {
      throw new ConfigException("config " + file + " is not a regular file (a named pipe, device or socket): "
          + "give a YAML file");
    }
    byte[] bytes;
    try {
      bytes = Files.readAllBytes(file);
    } catch (NoSuchFileException ex) {
      throw new ConfigException("config file not found: " + file);
    } catch (IOException ex) {
      throw new ConfigException("cannot read config file " + file + ": " + ex.getMessage(), ex);
    }
    CharsetDecoder decoder = StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
        .onUnmappableCharacter(CodingErrorAction.REPORT);
    ByteBuffer in = ByteBuffer.wrap(bytes);
    CharBuffer out = CharBuffer.allocate((int) Math.ceil(bytes.length * (double) decoder.maxCharsPerByte()));
    CoderResult result = decoder.decode(in, out, true);
    if (!result.isError()) {
      result = decoder.flush(out);
    }
    if (result.isError()) {
      int offset = in.position();
      int line = 1;
      for (int i = 0; i < offset; i++) {
        line += bytes[i] == '\n' ? 1 : 0;
      }
      throw new ConfigException(String.format(Locale.ROOT, "config %s is not valid UTF-8 (line %d, byte offset %d: "
          + "byte 0x%02X): save it as UTF-8", file, line, offset, bytes[offset] & 0xff));
    }
    return out.flip().toString();
  }

  /**
   * Parses pysystemtrade YAML text.
   *
   * @param yaml the YAML text
   * @param sourceName a name for messages (a file name)
   * @return the config, with defaults filling missing keys
   * @throws ConfigException naming the source and line if not valid YAML or not a mapping
   */
  public static SystemConfig fromYaml(String yaml, String sourceName) {
    ArgChecker.notNull(yaml, "yaml");
    List<Map.Entry<String, String>> duplicates = new ArrayList<>();
    JsonNode node = YamlTrees.parse(yaml, sourceName, duplicates);
    if (node == null || node.isMissingNode() || node.isNull()) {
      node = JsonNodeFactory.instance.objectNode();
    }
    if (!node.isObject()) {
      throw new ConfigException("config " + sourceName + " must be a YAML mapping of keys to values but is "
          + (node.isArray() ? "a list" : "a single value (" + node.getNodeType().toString().toLowerCase(Locale.ROOT)
          + ")"));
    }
    return new SystemConfig((ObjectNode) node, sourceName, duplicates);
  }

  /**
   * A config with nothing set: pysystemtrade's defaults only.
   *
   * @return the default config
   */
  public static SystemConfig defaults() {
    return new SystemConfig(JsonNodeFactory.instance.objectNode(), "defaults");
  }

  /**
   * A builder starting from nothing (defaults only).
   *
   * @return the builder
   */
  public static Builder builder() {
    return new Builder(JsonNodeFactory.instance.objectNode(), "java");
  }

  /**
   * A builder starting from this config's user values.
   *
   * @return the builder
   */
  public Builder toBuilder() {
    return new Builder(user.deepCopy(), source, duplicateKeys);
  }

  /** The user's values, without the defaults (for the key check). */
  JsonNode userTree() {
    return user;
  }

  /**
   * Where the config came from (a file name, or "java").
   *
   * @return the source name
   */
  public String source() {
    return source;
  }

  /**
   * The node at a dotted path in the merged config.
   *
   * @param path dotted path
   * @return the node, if present and not null
   */
  Optional<JsonNode> find(String path) {
    JsonNode n = merged;
    for (String part : path.split("\\.")) {
      if (n == null || !n.isObject()) {
        return Optional.empty();
      }
      n = n.get(part);
    }
    return n == null || n.isNull() || n.isMissingNode() ? Optional.empty() : Optional.of(n);
  }

  /** What a config key holds. */
  public enum Kind {
    /** The key is absent (or null). */
    ABSENT,
    /** A mapping of names to values. */
    MAPPING,
    /** A list of values. */
    LIST,
    /** A single value: a number, a string or a boolean. */
    SCALAR
  }

  /**
   * What a key holds in the merged config.
   *
   * @param path dotted path
   * @return the kind of value, {@link Kind#ABSENT} if absent
   */
  public Kind kindOf(String path) {
    Optional<JsonNode> n = find(path);
    if (n.isEmpty()) {
      return Kind.ABSENT;
    }
    return n.get().isObject() ? Kind.MAPPING : n.get().isArray() ? Kind.LIST : Kind.SCALAR;
  }

  /**
   * A single value as YAML typed it: a {@link Number}, a {@link Boolean} or a {@link String}.
   *
   * @param path dotted path
   * @return the value
   * @throws ConfigException naming the key if absent or not a single value
   */
  public Object getScalar(String path) {
    JsonNode n = find(path).orElseThrow(() -> new ConfigException("config key '" + path + "' is required in "
        + source + " but is missing"));
    if (n.isNumber()) {
      return n.numberValue();
    }
    if (n.isBoolean()) {
      return n.booleanValue();
    }
    if (!n.isValueNode()) {
      throw new ConfigException("config key '" + path + "' must be a single value but was " + n);
    }
    return n.asText();
  }

  /**
   * Whether the user (not the defaults) set a key.
   *
   * @param path dotted path
   * @return true if set by the user
   */
  public boolean isSetByUser(String path) {
    JsonNode n = user;
    for (String part : path.split("\\.")) {
      if (n == null || !n.isObject()) {
        return false;
      }
      n = n.get(part);
    }
    return n != null && !n.isNull();
  }

  /**
   * Whether a key is present (from the user or the defaults).
   *
   * @param path dotted path
   * @return true if present
   */
  public boolean has(String path) {
    return find(path).isPresent();
  }

  /**
   * A required number.
   *
   * @param path dotted path
   * @return the value
   * @throws ConfigException naming the key if absent or not a number
   */
  public double getDouble(String path) {
    JsonNode n = find(path).orElseThrow(() -> new ConfigException("config key '" + path + "' is required in "
        + source + " but is missing"));
    return asDouble(n, path);
  }

  /**
   * An optional number.
   *
   * @param path dotted path
   * @param defaultValue used when absent
   * @return the value
   * @throws ConfigException naming the key if present but not a number
   */
  public double getDouble(String path, double defaultValue) {
    Optional<JsonNode> n = find(path);
    return n.isPresent() ? asDouble(n.get(), path) : defaultValue;
  }

  /**
   * A required whole number.
   *
   * @param path dotted path
   * @return the value
   */
  public int getInt(String path) {
    double d = getDouble(path);
    if (d != Math.rint(d)) {
      throw new ConfigException("config key '" + path + "' must be a whole number but was " + d);
    }
    return (int) d;
  }

  /**
   * An optional whole number.
   *
   * @param path dotted path
   * @param defaultValue used when absent
   * @return the value
   * @throws ConfigException naming the key if present but not a whole number
   */
  public int getInt(String path, int defaultValue) {
    return has(path) ? getInt(path) : defaultValue;
  }

  /**
   * An optional boolean.
   *
   * @param path dotted path
   * @param defaultValue used when absent
   * @return the value
   * @throws ConfigException naming the key if present but not true or false
   */
  public boolean getBoolean(String path, boolean defaultValue) {
    return has(path) ? getBoolean(path) : defaultValue;
  }

  /**
   * A required string.
   *
   * @param path dotted path
   * @return the value
   */
  public String getString(String path) {
    JsonNode n = find(path).orElseThrow(() -> new ConfigException("config key '" + path + "' is required in "
        + source + " but is missing"));
    if (!n.isValueNode()) {
      throw new ConfigException("config key '" + path + "' must be a single value but was " + n);
    }
    return n.asText();
  }

  /**
   * A required boolean (YAML {@code true/false}, also {@code True/False} as pysystemtrade writes them).
   *
   * @param path dotted path
   * @return the value
   */
  public boolean getBoolean(String path) {
    JsonNode n = find(path).orElseThrow(() -> new ConfigException("config key '" + path + "' is required in "
        + source + " but is missing"));
    if (n.isBoolean()) {
      return n.booleanValue();
    }
    String t = n.asText().trim().toLowerCase(Locale.ROOT);
    if (t.equals("true") || t.equals("yes")) {
      return true;
    }
    if (t.equals("false") || t.equals("no")) {
      return false;
    }
    throw new ConfigException("config key '" + path + "' must be true or false but was '" + n.asText() + "'");
  }

  /**
   * A mapping of names to numbers (e.g. {@code instrument_weights}).
   *
   * @param path dotted path
   * @return the mapping in file order, empty if absent
   * @throws ConfigException naming the key and entry if a value is not a number
   */
  public Map<String, Double> getDoubleMap(String path) {
    Optional<JsonNode> n = find(path);
    if (n.isEmpty()) {
      return Map.of();
    }
    if (!n.get().isObject()) {
      throw new ConfigException("config key '" + path + "' must be a mapping of names to numbers but was "
          + n.get());
    }
    Map<String, Double> out = new LinkedHashMap<>();
    Iterator<Map.Entry<String, JsonNode>> it = n.get().properties().iterator();
    while (it.hasNext()) {
      Map.Entry<String, JsonNode> e = it.next();
      out.put(e.getKey(), asDouble(e.getValue(), path + "." + e.getKey()));
    }
    return Collections.unmodifiableMap(out);
  }

  /**
   * A list of strings (a YAML sequence, or a single value read as a one-element list).
   *
   * @param path dotted path
   * @return the strings, empty if absent
   */
  public List<String> getStringList(String path) {
    Optional<JsonNode> n = find(path);
    if (n.isEmpty()) {
      return List.of();
    }
    List<String> out = new ArrayList<>();
    if (n.get().isArray()) {
      for (JsonNode e : n.get()) {
        out.add(e.asText());
      }
    } else if (n.get().isValueNode()) {
      out.add(n.get().asText());
    } else {
      throw new ConfigException("config key '" + path + "' must be a list of names but was " + n.get());
    }
    return List.copyOf(out);
  }

  /**
   * The names of the entries of a mapping key.
   *
   * @param path dotted path
   * @return the entry names in file order, empty if absent
   */
  public List<String> keysOf(String path) {
    Optional<JsonNode> n = find(path);
    if (n.isEmpty()) {
      return List.of();
    }
    if (!n.get().isObject()) {
      throw new ConfigException("config key '" + path + "' must be a mapping but was " + n.get());
    }
    List<String> out = new ArrayList<>();
    n.get().fieldNames().forEachRemaining(out::add);
    return List.copyOf(out);
  }

  /**
   * A copy without a top-level key (in the user's values; defaults still apply).
   *
   * @param key the top-level key
   * @return the config without it
   */
  public SystemConfig without(String key) {
    ObjectNode copy = user.deepCopy();
    copy.remove(key);
    return new SystemConfig(copy, source, duplicateKeys);
  }

  /**
   * The user's values as YAML text.
   *
   * @return YAML
   */
  public String toYaml() {
    return YamlTrees.toYaml(user);
  }

  /** The number forms a YAML value given as text may take: a plain decimal, as Python's YAML reads numbers. */
  private static final java.util.regex.Pattern DECIMAL =
      java.util.regex.Pattern.compile("[-+]?(?:[0-9]+(?:\\.[0-9]*)?|\\.[0-9]+)(?:[eE][-+]?[0-9]+)?");

  /**
   * A number, checked against its key's range ({@link ValueRules}): finite, and positive, a fraction or at least one
   * where the key's meaning needs it.
   */
  private double asDouble(JsonNode n, String path) {
    double v;
    if (n.isNumber()) {
      v = n.doubleValue();
    } else if (n.isTextual() && DECIMAL.matcher(n.textValue().trim()).matches()) {
      v = Double.parseDouble(n.textValue().trim());
    } else if (n.isTextual()) {
      throw new ConfigException("config key '" + path + "' must be a number but was '" + n.textValue() + "'"
          + " (in " + source + ")");
    } else {
      throw new ConfigException("config key '" + path + "' must be a number but was " + n + " (in " + source
          + ")");
    }
    return ValueRules.check(path, v, source);
  }

  /** Top-level keys a backtest reads besides those with defaults. */
  private static final Set<String> OPTIONAL_KEYS = Set.of("instrument_weights", "instruments",
      "forecast_weights", "forecast_scalars", "rule_variations", "trading_rules", "forecast_mapping",
      "instrument_div_multiplier", "forecast_div_multiplier");

  /**
   * The merged values a backtest reads (keys with pysystemtrade defaults plus the optional backtest keys such as
   * {@code instrument_weights}), with every number as a double so that {@code 20} and {@code 20.0} are equal. Keys
   * a backtest never reads (pysystemtrade's {@code rule_groups}, {@code countries}...) are left out.
   *
   * @return a normalised copy
   */
  private ObjectNode effective() {
    ObjectNode out = JsonNodeFactory.instance.objectNode();
    merged.properties().forEach(e -> {
      if (DEFAULTS.has(e.getKey()) || OPTIONAL_KEYS.contains(e.getKey())) {
        out.set(e.getKey(), normalise(e.getValue()));
      }
    });
    return out;
  }

  private static JsonNode normalise(JsonNode n) {
    if (n.isNumber()) {
      return JsonNodeFactory.instance.numberNode(n.doubleValue());
    }
    if (n.isObject()) {
      ObjectNode o = JsonNodeFactory.instance.objectNode();
      n.properties().forEach(e -> o.set(e.getKey(), normalise(e.getValue())));
      return o;
    }
    if (n.isArray()) {
      com.fasterxml.jackson.databind.node.ArrayNode a = JsonNodeFactory.instance.arrayNode();
      n.forEach(x -> a.add(normalise(x)));
      return a;
    }
    return n;
  }

  /**
   * Two configs are equal when a backtest reads the same values from them: same keys with defaults and optional
   * backtest keys, numbers compared as doubles; keys no backtest reads are ignored.
   */
  @Override
  public boolean equals(Object obj) {
    return obj instanceof SystemConfig && effective().equals(((SystemConfig) obj).effective());
  }

  @Override
  public int hashCode() {
    return effective().hashCode();
  }

  @Override
  public String toString() {
    return "SystemConfig[" + source + "]";
  }

  /** Builds a config from Java values: the DSL's way to produce exactly what a YAML file would. */
  public static final class Builder {
    private final ObjectNode node;
    private final String source;
    private final List<Map.Entry<String, String>> duplicateKeys;

    private Builder(ObjectNode node, String source) {
      this(node, source, List.of());
    }

    private Builder(ObjectNode node, String source, List<Map.Entry<String, String>> duplicateKeys) {
      this.node = node;
      this.source = source;
      this.duplicateKeys = duplicateKeys;
    }

    /**
     * Sets a value at a dotted path (numbers, strings, booleans, lists, maps of those).
     *
     * @param path dotted path
     * @param value the value
     * @return this
     */
    public Builder set(String path, Object value) {
      ArgChecker.notBlank(path, "path");
      String[] parts = path.split("\\.");
      ObjectNode n = node;
      for (int i = 0; i < parts.length - 1; i++) {
        JsonNode child = n.get(parts[i]);
        if (!(child instanceof ObjectNode)) {
          child = n.putObject(parts[i]);
        }
        n = (ObjectNode) child;
      }
      n.set(parts[parts.length - 1], YamlTrees.toNode(value));
      return this;
    }

    /**
     * Builds the config.
     *
     * @return the config
     */
    public SystemConfig build() {
      return new SystemConfig(node.deepCopy(), source, duplicateKeys);
    }
  }
}
