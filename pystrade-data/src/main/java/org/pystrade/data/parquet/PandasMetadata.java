package org.pystrade.data.parquet;

import java.util.List;
import org.pystrade.data.store.SeriesKind;

/**
 * The {@code pandas} key-value metadata pandas writes in a Parquet file, for a data frame with a naive datetime
 * index and float (or, for contract ids, text) columns: with it, {@code pd.read_parquet} rebuilds the index.
 */
final class PandasMetadata {

  private PandasMetadata() {
  }

  /**
   * The metadata's JSON.
   *
   * @param kind the series kind (which columns are text)
   * @param names the value columns' names
   * @return the JSON text
   */
  static String json(SeriesKind kind, List<String> names) {
    StringBuilder sb = new StringBuilder(512);
    sb.append("{\"index_columns\": [\"").append(ParquetStore.INDEX).append("\"], \"column_indexes\": [{\"name\": "
        + "null, \"field_name\": null, \"pandas_type\": \"unicode\", \"numpy_type\": \"object\", \"metadata\": "
        + "{\"encoding\": \"UTF-8\"}}], \"columns\": [");
    for (int c = 0; c < names.size(); c++) {
      boolean text = kind.isContractColumn(c);
      sb.append("{\"name\": \"").append(names.get(c)).append("\", \"field_name\": \"").append(names.get(c))
          .append("\", \"pandas_type\": \"").append(text ? "unicode" : "float64").append("\", \"numpy_type\": \"")
          .append(text ? "object" : "float64").append("\", \"metadata\": null}, ");
    }
    sb.append("{\"name\": null, \"field_name\": \"").append(ParquetStore.INDEX).append("\", \"pandas_type\": "
        + "\"datetime\", \"numpy_type\": \"datetime64[ns]\", \"metadata\": null}], \"creator\": {\"library\": "
        + "\"pystrade\", \"version\": \"1\"}, \"pandas_version\": \"2.2.2\"}");
    return sb.toString();
  }
}
