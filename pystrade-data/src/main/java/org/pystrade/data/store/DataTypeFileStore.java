package org.pystrade.data.store;

import java.nio.file.Path;
import java.util.Optional;
import org.pystrade.core.domain.FuturesContract;
import org.pystrade.core.util.ArgChecker;

/**
 * A file store laid out as pysystemtrade's parquet store lays out its files, whatever their format: one folder per
 * kind of series named by its data type ({@code futures_adjusted_prices/}, ...), one file per series named
 * {@code IDENTIFIER.EXT} (a contract's identifier being {@code INSTRUMENT#YYYYMMDD}), and the configuration tables in
 * {@code csvconfig/}. The Parquet and Arrow stores differ only in their file format.
 */
public abstract class DataTypeFileStore extends FileStore {

  private final String extension;

  /**
   * A store in a folder.
   *
   * @param root the folder
   * @param config how the configuration tables are read and written
   * @param listener told of each part written by an update
   * @param extension the files' extension, with its dot ({@code .parquet})
   */
  protected DataTypeFileStore(Path root, ConfigCodec config, StoreListener listener, String extension) {
    super(root, config, listener);
    this.extension = ArgChecker.notBlank(extension, "extension");
  }

  @Override
  protected final Path directory(SeriesKind kind) {
    return root().resolve(kind.dataType());
  }

  @Override
  protected final Path configDirectory() {
    return root().resolve("csvconfig");
  }

  @Override
  protected final String fileName(SeriesKey key) {
    return dataTypeFileName(key, extension);
  }

  @Override
  protected final Optional<String> idOf(SeriesKind kind, String fileName) {
    return dataTypeId(kind, fileName, extension);
  }

  /**
   * A file name as pysystemtrade's parquet store names its files: {@code IDENTIFIER.EXT}, a contract's identifier
   * being {@code INSTRUMENT#YYYYMMDD}.
   *
   * @param key the series
   * @param extension the extension, with its dot
   * @return the file name
   */
  private static String dataTypeFileName(SeriesKey key, String extension) {
    if (key.kind() == SeriesKind.CONTRACT_PRICES) {
      FuturesContract c = key.contract();
      return c.instrument().value() + "#" + c.date().asId() + extension;
    }
    return key.id() + extension;
  }

  /**
   * The id of a file named as {@link #dataTypeFileName} names it; empty for another file, or a contract's prices at
   * a given frequency ({@code FREQUENCY@INSTRUMENT#YYYYMMDD}: only merged prices are read).
   *
   * @param kind the kind of the folder
   * @param fileName the file's name
   * @param extension the extension, with its dot
   * @return the id
   */
  private static Optional<String> dataTypeId(SeriesKind kind, String fileName, String extension) {
    if (!fileName.endsWith(extension) || fileName.length() == extension.length()) {
      return Optional.empty();
    }
    String base = fileName.substring(0, fileName.length() - extension.length());
    if (kind == SeriesKind.CONTRACT_PRICES) {
      int hash = base.lastIndexOf('#');
      if (hash <= 0 || base.indexOf('@') >= 0) {
        return Optional.empty();
      }
      return Optional.of(FuturesContract.of(base.substring(0, hash), base.substring(hash + 1)).id());
    }
    return Optional.of(base);
  }
}
