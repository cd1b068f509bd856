package org.pystrade.core.config;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.pystrade.core.util.ArgChecker;

/**
 * A YAML document other than a system config (a study file, say), read as pystrade reads configs: timestamps kept
 * as text, a key given twice refused, errors naming the source, line and column. The result is plain Java: maps
 * (in file order), lists, strings, booleans, {@link java.math.BigInteger} for whole numbers, doubles, null.
 */
public final class YamlDocument {

  private YamlDocument() {
  }

  /**
   * Reads a YAML document.
   *
   * @param yaml the text
   * @param source the name used in messages (a file name)
   * @return the document as plain Java values (an empty document is an empty map)
   * @throws ConfigException naming the source and what is wrong
   */
  public static Object load(String yaml, String source) {
    ArgChecker.notNull(yaml, "yaml");
    ArgChecker.notNull(source, "source");
    List<Map.Entry<String, String>> duplicates = new ArrayList<>();
    Object value = YamlTrees.toJava(YamlTrees.parse(yaml, source, duplicates));
    if (!duplicates.isEmpty()) {
      throw new ConfigException(duplicates.get(0).getValue().replace("config " + source, source));
    }
    return value;
  }
}
