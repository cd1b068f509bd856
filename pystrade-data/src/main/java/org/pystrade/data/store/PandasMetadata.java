package org.pystrade.data.store;

import java.util.List;
import java.util.function.IntPredicate;
import org.pystrade.core.util.ArgChecker;

/**
 * The {@code pandas} key-value metadata pandas writes in a Parquet file (and pyarrow in an Arrow IPC file's schema),
 * for a data frame with a naive datetime index and float (or text) columns: with it, {@code pd.read_parquet} and
 * {@code pd.read_feather} rebuild the index. For the file stores and result writers of this module.
 */
public final class PandasMetadata {

  private PandasMetadata() {
  }

  /**
   * The metadata's JSON.
   *
   * @param index the index column's name in the file ({@code __index_level_0__} for an unnamed index)
   * @param indexName the index's name in pandas, or null for an unnamed index
   * @param names the value columns' names
   * @param text which value columns (by position) are text; the others are float64
   * @return the JSON text
   */
  public static String json(String index, String indexName, List<String> names, IntPredicate text) {
    ArgChecker.notBlank(index, "index");
    ArgChecker.notNull(names, "names");
    ArgChecker.notNull(text, "text");
    StringBuilder sb = new StringBuilder(512);
    sb.append("{\"index_columns\": [").append(string(index)).append("], \"column_indexes\": [{\"name\": "
        + "null, \"field_name\": null, \"pandas_type\": \"unicode\", \"numpy_type\": \"object\", \"metadata\": "
        + "{\"encoding\": \"UTF-8\"}}], \"columns\": [");
    for (int c = 0; c < names.size(); c++) {
      boolean isText = text.test(c);
      sb.append("{\"name\": ").append(string(names.get(c))).append(", \"field_name\": ")
          .append(string(names.get(c))).append(", \"pandas_type\": \"").append(isText ? "unicode" : "float64")
          .append("\", \"numpy_type\": \"").append(isText ? "object" : "float64").append("\", \"metadata\": null}, ");
    }
    sb.append("{\"name\": ").append(indexName == null ? "null" : string(indexName)).append(", \"field_name\": ")
        .append(string(index)).append(", \"pandas_type\": \"datetime\", \"numpy_type\": \"datetime64[ns]\", "
            + "\"metadata\": null}], \"creator\": {\"library\": \"pystrade\", \"version\": \"1\"}, "
            + "\"pandas_version\": \"2.2.2\"}");
    return sb.toString();
  }

  /** A JSON string. */
  private static String string(String s) {
    StringBuilder sb = new StringBuilder(s.length() + 2).append('"');
    for (int i = 0; i < s.length(); i++) {
      char ch = s.charAt(i);
      if (ch == '"' || ch == '\\') {
        sb.append('\\').append(ch);
      } else if (ch < 0x20) {
        sb.append(String.format("\\u%04x", (int) ch));
      } else {
        sb.append(ch);
      }
    }
    return sb.append('"').toString();
  }
}
