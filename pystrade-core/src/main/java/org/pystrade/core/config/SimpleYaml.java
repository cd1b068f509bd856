package org.pystrade.core.config;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * A fast reader for the plain subset of YAML that pysystemtrade configs are written in, giving exactly the tree
 * that SnakeYAML (YAML 1.1, as {@link YamlTrees} converts it) gives for the same text, or nothing when the text
 * uses anything outside the subset, in which case SnakeYAML reads it. It exists for start-up time: SnakeYAML takes
 * ~60 ms to load and warm up on a cold JVM, most of a short backtest's configuration time.
 *
 * <p>The subset: block mappings and block sequences by indentation (spaces only), one-line flow sequences and
 * mappings of scalars, comments; keys that are plain words; scalars that are decimal integers without leading
 * zeros, decimals with digits on both sides of the point (optionally with a signed exponent), the YAML 1.1
 * booleans and nulls, plain words of letters, digits, {@code _ . / -} starting with a letter or underscore, and
 * quoted strings without escapes. Everything else (anchors, tags, multi-line scalars, documents markers, tabs,
 * other number forms, duplicate keys, sequences of mappings...) is left to SnakeYAML. {@code SimpleYamlTest}
 * compares both readers on every config in the project and on generated ones.
 */
final class SimpleYaml {

  private static final JsonNodeFactory F = JsonNodeFactory.instance;
  private static final Set<String> TRUE = Set.of("yes", "Yes", "YES", "true", "True", "TRUE", "on", "On", "ON");
  private static final Set<String> FALSE = Set.of("no", "No", "NO", "false", "False", "FALSE", "off", "Off", "OFF");
  private static final Set<String> NULL = Set.of("~", "null", "Null", "NULL");

  /** Thrown inside the reader when the text leaves the subset. */
  private static final class Unsupported extends Exception {
    private static final long serialVersionUID = 1L;

    Unsupported() {
      super(null, null, false, false);
    }
  }

  private static final Unsupported UNSUPPORTED = new Unsupported();

  /** A content line: its indentation and its text without indentation and comment. */
  private record Line(int indent, String text) {
  }

  private final List<Line> lines;
  private int pos;

  private SimpleYaml(List<Line> lines) {
    this.lines = lines;
  }

  /**
   * Reads a config in the subset.
   *
   * @param text the YAML text
   * @return the tree (an object), or empty if the text is not in the subset
   */
  static Optional<JsonNode> tryParse(String text) {
    try {
      List<Line> lines = lines(text);
      if (lines.isEmpty()) {
        return Optional.empty(); // let SnakeYAML decide what an empty document is
      }
      SimpleYaml reader = new SimpleYaml(lines);
      if (lines.get(0).indent() != 0 || lines.get(0).text().startsWith("-")) {
        return Optional.empty();
      }
      JsonNode node = reader.mapping(0);
      if (reader.pos != lines.size()) {
        return Optional.empty();
      }
      return Optional.of(node);
    } catch (Unsupported ex) {
      return Optional.empty();
    }
  }

  private static List<Line> lines(String text) throws Unsupported {
    List<Line> out = new ArrayList<>();
    int start = 0;
    int n = text.length();
    if (n > 0 && text.charAt(0) == '\uFEFF') {
      throw UNSUPPORTED;
    }
    while (start <= n) {
      int end = text.indexOf('\n', start);
      if (end < 0) {
        end = n;
      }
      String raw = text.substring(start, end);
      if (raw.endsWith("\r")) {
        raw = raw.substring(0, raw.length() - 1);
      }
      start = end + 1;
      if (raw.indexOf('\t') >= 0) {
        throw UNSUPPORTED;
      }
      int indent = 0;
      while (indent < raw.length() && raw.charAt(indent) == ' ') {
        indent++;
      }
      String rest = stripComment(raw.substring(indent));
      if (rest.isEmpty()) {
        continue;
      }
      if (rest.startsWith("---") || rest.startsWith("...") || rest.startsWith("%")) {
        throw UNSUPPORTED;
      }
      out.add(new Line(indent, rest));
      if (end == n) {
        break;
      }
    }
    return out;
  }

  /** Removes a comment ({@code #} at the start or after a space) and trailing spaces; quotes with # give up. */
  private static String stripComment(String s) throws Unsupported {
    int hash = -1;
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      if (c == '#' && (i == 0 || s.charAt(i - 1) == ' ')) {
        hash = i;
        break;
      }
    }
    String content = hash < 0 ? s : s.substring(0, hash);
    if (hash >= 0 && (content.indexOf('"') >= 0 || content.indexOf('\'') >= 0)) {
      throw UNSUPPORTED;
    }
    int end = content.length();
    while (end > 0 && content.charAt(end - 1) == ' ') {
      end--;
    }
    return content.substring(0, end);
  }

  /** A block mapping whose keys are at {@code indent}. */
  private ObjectNode mapping(int indent) throws Unsupported {
    ObjectNode out = F.objectNode();
    while (pos < lines.size()) {
      Line line = lines.get(pos);
      if (line.indent() < indent) {
        break;
      }
      if (line.indent() > indent || line.text().startsWith("- ") || line.text().equals("-")) {
        throw UNSUPPORTED;
      }
      int colon = keyEnd(line.text());
      String key = line.text().substring(0, colon);
      checkKey(key);
      if (out.has(key)) {
        throw UNSUPPORTED;
      }
      String rest = line.text().substring(colon + 1).strip();
      pos++;
      if (!rest.isEmpty()) {
        out.set(key, inlineValue(rest));
        continue;
      }
      if (pos < lines.size()) {
        Line next = lines.get(pos);
        boolean item = next.text().startsWith("- ") || next.text().equals("-");
        if (item && next.indent() >= indent) {
          out.set(key, sequence(next.indent()));
          continue;
        }
        if (!item && next.indent() > indent) {
          out.set(key, mapping(next.indent()));
          continue;
        }
      }
      out.set(key, F.nullNode());
    }
    return out;
  }

  /** A block sequence whose dashes are at {@code indent}. */
  private ArrayNode sequence(int indent) throws Unsupported {
    ArrayNode out = F.arrayNode();
    while (pos < lines.size()) {
      Line line = lines.get(pos);
      if (line.indent() < indent) {
        break;
      }
      boolean item = line.text().startsWith("- ") || line.text().equals("-");
      if (line.indent() > indent || !item) {
        if (line.indent() == indent && !item) {
          break; // the parent mapping's next key (a sequence at its key's indentation)
        }
        throw UNSUPPORTED;
      }
      String rest = line.text().substring(1).strip();
      if (rest.isEmpty() || rest.startsWith("- ") || looksLikeKey(rest)) {
        throw UNSUPPORTED; // nested or mapping items
      }
      out.add(inlineValue(rest));
      pos++;
    }
    return out;
  }

  private static boolean looksLikeKey(String s) {
    if (s.startsWith("\"") || s.startsWith("'") || s.startsWith("[") || s.startsWith("{")) {
      return false;
    }
    return s.contains(": ") || s.endsWith(":");
  }

  /** The position of the colon ending a plain key. */
  private static int keyEnd(String text) throws Unsupported {
    int colon = text.indexOf(':');
    if (colon <= 0 || (colon + 1 < text.length() && text.charAt(colon + 1) != ' ')) {
      throw UNSUPPORTED;
    }
    return colon;
  }

  private static void checkKey(String key) throws Unsupported {
    char first = key.charAt(0);
    if (!(Character.isLetter(first) && first < 128 || first == '_') || !plainWord(key) || TRUE.contains(key)
        || FALSE.contains(key) || NULL.contains(key)) {
      throw UNSUPPORTED;
    }
  }

  private static boolean plainWord(String s) {
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      if (!(c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c >= '0' && c <= '9' || c == '_' || c == '.' || c == '/'
          || c == '-')) {
        return false;
      }
    }
    return true;
  }

  /** A value on the same line as its key or dash: a scalar or a one-line flow collection of scalars. */
  private static JsonNode inlineValue(String s) throws Unsupported {
    if (s.startsWith("[")) {
      if (!s.endsWith("]")) {
        throw UNSUPPORTED;
      }
      ArrayNode a = F.arrayNode();
      for (String part : flowParts(s.substring(1, s.length() - 1))) {
        a.add(scalar(part));
      }
      return a;
    }
    if (s.startsWith("{")) {
      if (!s.endsWith("}")) {
        throw UNSUPPORTED;
      }
      ObjectNode o = F.objectNode();
      for (String part : flowParts(s.substring(1, s.length() - 1))) {
        int colon = keyEnd(part);
        String key = part.substring(0, colon);
        checkKey(key);
        if (o.has(key)) {
          throw UNSUPPORTED;
        }
        String value = part.substring(colon + 1).strip();
        o.set(key, value.isEmpty() ? F.nullNode() : scalar(value));
      }
      return o;
    }
    return scalar(s);
  }

  private static List<String> flowParts(String inner) throws Unsupported {
    List<String> out = new ArrayList<>();
    if (inner.strip().isEmpty()) {
      return out;
    }
    for (String part : inner.split(",", -1)) {
      String p = part.strip();
      // a quoted part cut by a comma inside its quotes fails the scalar's own quote check
      if (p.isEmpty() || p.indexOf('[') >= 0 || p.indexOf('{') >= 0 || p.indexOf(']') >= 0 || p.indexOf('}') >= 0) {
        throw UNSUPPORTED;
      }
      out.add(p);
    }
    return out;
  }

  /** A scalar as SnakeYAML's YAML 1.1 resolution and {@link YamlTrees#toNode} make it. */
  static JsonNode scalar(String s) throws Unsupported {
    char first = s.charAt(0);
    if (first == '"' || first == '\'') {
      if (s.length() < 2 || s.charAt(s.length() - 1) != first) {
        throw UNSUPPORTED;
      }
      String inner = s.substring(1, s.length() - 1);
      if (inner.indexOf(first) >= 0 || inner.indexOf('\\') >= 0) {
        throw UNSUPPORTED;
      }
      return F.textNode(inner);
    }
    if (TRUE.contains(s)) {
      return F.booleanNode(true);
    }
    if (FALSE.contains(s)) {
      return F.booleanNode(false);
    }
    if (NULL.contains(s)) {
      return F.nullNode();
    }
    if (Character.isLetter(first) && first < 128 || first == '_') {
      if (!plainWord(s)) {
        throw UNSUPPORTED;
      }
      return F.textNode(s);
    }
    return number(s);
  }

  private static JsonNode number(String s) throws Unsupported {
    int i = 0;
    boolean negative = false;
    if (s.charAt(0) == '-' || s.charAt(0) == '+') {
      negative = s.charAt(0) == '-';
      i = 1;
    }
    int digitsStart = i;
    while (i < s.length() && s.charAt(i) >= '0' && s.charAt(i) <= '9') {
      i++;
    }
    int intDigits = i - digitsStart;
    if (intDigits == 0) {
      throw UNSUPPORTED;
    }
    if (i == s.length()) {
      if (intDigits > 1 && s.charAt(digitsStart) == '0') {
        throw UNSUPPORTED; // octal in YAML 1.1
      }
      String signed = (negative ? "-" : "") + s.substring(digitsStart);
      // as SnakeYAML: an Integer if it fits, else a Long, else a BigInteger
      try {
        return F.numberNode(Integer.parseInt(signed));
      } catch (NumberFormatException ex) {
        try {
          return F.numberNode(Long.parseLong(signed));
        } catch (NumberFormatException ex2) {
          return F.numberNode(new BigInteger(signed));
        }
      }
    }
    if (s.charAt(i) != '.') {
      throw UNSUPPORTED;
    }
    i++;
    int fracStart = i;
    while (i < s.length() && s.charAt(i) >= '0' && s.charAt(i) <= '9') {
      i++;
    }
    if (i == fracStart) {
      throw UNSUPPORTED;
    }
    if (i < s.length()) {
      if (s.charAt(i) != 'e' && s.charAt(i) != 'E') {
        throw UNSUPPORTED;
      }
      i++;
      if (i < s.length() && (s.charAt(i) == '-' || s.charAt(i) == '+')) {
        i++;
      }
      int expStart = i;
      while (i < s.length() && s.charAt(i) >= '0' && s.charAt(i) <= '9') {
        i++;
      }
      if (i == expStart || i != s.length()) {
        throw UNSUPPORTED;
      }
    }
    // as SnakeYAML: the unsigned value times the sign
    double value = Double.parseDouble(s.substring(digitsStart)) * (negative ? -1 : 1);
    return F.numberNode(value);
  }
}
