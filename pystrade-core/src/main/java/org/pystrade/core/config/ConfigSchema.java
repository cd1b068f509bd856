package org.pystrade.core.config;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.pystrade.core.util.ArgChecker;
import org.pystrade.core.util.Suggestions;

/**
 * The config keys a system knows: every key of a pysystemtrade 1.80 config (its defaults tree, the backtest keys
 * it reads without defaults, its production keys) and the keys pystrade's stages, estimators and pystrade itself
 * declare. A config is checked against it when a system is built ({@link #check}): a key nobody knows is almost
 * always a typo ({@code percentage_vol_targt}) that would otherwise run silently with the default, and a key
 * pysystemtrade reads for its backtest but pystrade does not implement would silently give other numbers than
 * pysystemtrade's.
 *
 * <p>A key is one of: a single value or a list (nothing below it is checked), a mapping of known keys, or a
 * mapping of the user's own names ({@code instrument_weights}, {@code trading_rules}, {@code rule_groups}...: the
 * names are not checked here, the stage that reads them checks them). Immutable.
 */
public final class ConfigSchema {

  /** How pystrade treats a known key. */
  public enum Use {
    /** pystrade reads it. */
    USED,
    /** pysystemtrade reads it outside backtests (production, data plumbing, reports): no backtest number moves. */
    IGNORED,
    /** pysystemtrade's backtest reads it and pystrade does not implement it: its numbers would differ. */
    UNSUPPORTED
  }

  /** What a key holds. */
  enum Shape {
    /** A single value or a list. */
    VALUE,
    /** A mapping of known keys. */
    MAP,
    /** A mapping of the user's own names. */
    FREE_MAP
  }

  private static final String RESOURCE = "config-keys.tsv";
  /** The key of a node that stands for any name ({@code trading_rules.*}). */
  private static final String ANY = "*";
  private static final ConfigSchema PYSYSTEMTRADE = load();

  private final Node root;

  private ConfigSchema(Node root) {
    this.root = root;
  }

  /** A node of the key tree. */
  private static final class Node {
    Shape shape = Shape.MAP;
    Use use = Use.USED;
    final Map<String, Node> children = new TreeMap<>();

    Node copy() {
      Node n = new Node();
      n.shape = shape;
      n.use = use;
      children.forEach((k, v) -> n.children.put(k, v.copy()));
      return n;
    }
  }

  /**
   * The keys of pysystemtrade 1.80 configs and pystrade's own.
   *
   * @return the schema
   */
  public static ConfigSchema pysystemtrade() {
    return PYSYSTEMTRADE;
  }

  private static ConfigSchema load() {
    Node root = new Node();
    try (InputStream in = ConfigSchema.class.getResourceAsStream(RESOURCE)) {
      if (in == null) {
        throw new IllegalStateException("pystrade resource " + RESOURCE + " missing from the class path");
      }
      BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
      String line;
      int n = 0;
      while ((line = r.readLine()) != null) {
        n++;
        if (line.isBlank() || line.startsWith("#")) {
          continue;
        }
        String[] f = line.split("\t");
        if (f.length < 3) {
          throw new IllegalStateException(RESOURCE + " line " + n + ": needs path, shape and use: " + line);
        }
        add(root, f[0], Shape.valueOf(f[1]), Use.valueOf(f[2]));
      }
    } catch (IOException ex) {
      throw new UncheckedIOException(ex);
    }
    return new ConfigSchema(root);
  }

  private static void add(Node root, String path, Shape shape, Use use) {
    Node n = root;
    for (String part : path.split("\\.")) {
      n = n.children.computeIfAbsent(part, k -> new Node());
      if (n.shape == Shape.VALUE) {
        n.shape = Shape.MAP;
      }
    }
    n.shape = shape;
    n.use = use;
  }

  /**
   * A copy that also knows some keys (a stage's, an estimator's or a user's own), each read by pystrade.
   *
   * @param paths dotted paths of single values or lists
   * @return the new schema
   */
  public ConfigSchema withKeys(Collection<String> paths) {
    ArgChecker.notNull(paths, "paths");
    Node copy = root.copy();
    for (String p : paths) {
      Node existing = find(copy, p);
      if (existing == null) {
        add(copy, ArgChecker.notBlank(p, "path"), Shape.VALUE, Use.USED);
      } else {
        existing.use = Use.USED;
      }
    }
    return new ConfigSchema(copy);
  }

  private static Node find(Node root, String path) {
    Node n = root;
    for (String part : path.split("\\.")) {
      n = n.children.get(part);
      if (n == null) {
        return null;
      }
    }
    return n;
  }

  /**
   * How pystrade treats a key, if it is known.
   *
   * @param path dotted path
   * @return the key's use, or null if unknown (a key under a mapping of the user's own names is known)
   */
  public Use use(String path) {
    Node n = root;
    for (String part : path.split("\\.")) {
      if (n.shape == Shape.FREE_MAP || n.shape == Shape.VALUE) {
        return n.use;
      }
      Node next = n.children.get(part);
      n = next != null ? next : n.children.get(ANY);
      if (n == null) {
        return null;
      }
    }
    return n.use;
  }

  /**
   * Every key a config's user sets that pystrade does not know, or knows and does not implement.
   *
   * @param config the config (only the keys its user set are checked, not pysystemtrade's defaults)
   * @return the problems, in the order the config has the keys; empty if none
   */
  public List<ConfigProblem> check(SystemConfig config) {
    ArgChecker.notNull(config, "config");
    List<ConfigProblem> out = new ArrayList<>();
    walk(root, config.userTree(), "", out);
    return Collections.unmodifiableList(out);
  }

  private static void walk(Node schema, JsonNode user, String prefix, List<ConfigProblem> out) {
    user.fieldNames().forEachRemaining(name -> {
      String path = prefix.isEmpty() ? name : prefix + "." + name;
      Node known = schema.children.get(name);
      if (known == null) {
        known = schema.children.get(ANY);
      }
      if (known == null) {
        List<String> siblings = new ArrayList<>(schema.children.keySet());
        siblings.remove(ANY);
        String hint = Suggestions.nearest(name, siblings)
            .map(n -> " (did you mean '" + (prefix.isEmpty() ? "" : prefix + ".") + n + "'?)").orElse("");
        out.add(new ConfigProblem(path, ConfigProblem.Kind.UNKNOWN, "unknown config key '" + path + "'" + hint));
        return;
      }
      JsonNode value = user.get(name);
      if (known.use == Use.UNSUPPORTED && !value.isNull()) {
        out.add(new ConfigProblem(path, ConfigProblem.Kind.UNSUPPORTED, "config key '" + path + "' changes "
            + "pysystemtrade's backtest but pystrade does not implement it yet: its numbers would differ from "
            + "pysystemtrade's"));
        return;
      }
      if (known.shape == Shape.MAP && value.isObject()) {
        walk(known, value, path, out);
      }
    });
  }
}
