package org.pystrade.spark;

import java.io.Serializable;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.apache.spark.api.java.function.MapPartitionsFunction;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Encoders;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.types.DataType;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructField;
import org.apache.spark.sql.types.StructType;
import org.pystrade.core.config.SystemConfig;
import org.pystrade.core.study.StudyRow;
import org.pystrade.core.study.StudyRunner;
import org.pystrade.core.study.StudySpec;
import org.pystrade.core.study.Variation;
import org.pystrade.core.util.ArgChecker;
import org.pystrade.data.csv.CsvFuturesSimData;
import org.pystrade.optimisation.PysystemtradeEstimators;

/**
 * A study run on Spark. The driver lists the variations (reading the data only when instrument samples draw from the
 * config's instruments); the variations' numbers are spread over partitions; each task builds, per executor JVM and
 * data folder, one data source that every task of that JVM shares (so the market data is parsed once per executor,
 * not shipped with each task), and runs its variations one after another. Only the config's and the study's YAML
 * text travel with the tasks.
 *
 * <p>The result has the columns of {@link StudySpec#columns()}: {@code variation} (int), the settings (string),
 * {@code instruments} (string), each statistic (double; the per-instrument ones a string {@code CODE=value;...}),
 * {@code left_out} and {@code error} (string); its numbers equal the local run's bit for bit.
 */
public final class SparkStudy {

  /** One data source per executor JVM and folder. */
  private static final Map<String, CsvFuturesSimData> EXECUTOR_DATA = new ConcurrentHashMap<>();

  private SparkStudy() {
  }

  /**
   * Runs a study.
   *
   * @param spark the session
   * @param configYaml the base config's YAML text
   * @param studyYaml the study's YAML text
   * @param dataFolder the data in pysystemtrade's CSV layout, a path every executor can read
   * @param partitions how many tasks to spread the variations over (at least 1)
   * @return the results, one row per variation (not yet computed: Spark computes it when an action runs)
   */
  public static Dataset<Row> run(SparkSession spark, String configYaml, String studyYaml, String dataFolder,
      int partitions) {
    ArgChecker.notNull(spark, "spark");
    ArgChecker.notNull(configYaml, "configYaml");
    ArgChecker.notNull(studyYaml, "studyYaml");
    ArgChecker.notBlank(dataFolder, "dataFolder");
    ArgChecker.positive(partitions, "partitions");
    StudySpec study = StudySpec.fromYaml(studyYaml, "study");
    SystemConfig config = SystemConfig.fromYaml(configYaml, "config");
    List<String> universe = study.samples() != null && study.samples().from().isEmpty()
        ? runner(config, dataFolder).configInstruments() : List.of();
    List<Integer> ids = new ArrayList<>();
    for (Variation v : study.variations(universe)) {
      ids.add(v.id());
    }
    StructType schema = schema(study);
    Dataset<Integer> variations = spark.createDataset(ids, Encoders.INT()).repartition(partitions);
    return variations.mapPartitions(new Task(configYaml, studyYaml, dataFolder, universe), Encoders.row(schema));
  }

  /**
   * The schema of a study's results.
   *
   * @param study the study
   * @return the columns, typed
   */
  public static StructType schema(StudySpec study) {
    List<StructField> fields = new ArrayList<>();
    int statsFrom = 2 + study.grid().size();
    List<String> columns = study.columns();
    for (int i = 0; i < columns.size(); i++) {
      String name = columns.get(i);
      DataType type;
      if (i == 0) {
        type = DataTypes.IntegerType;
      } else if (i >= statsFrom && i < statsFrom + study.stats().size()
          && !StudySpec.isPerInstrument(name)) {
        type = DataTypes.DoubleType;
      } else {
        type = DataTypes.StringType;
      }
      fields.add(DataTypes.createStructField(name, type, i != 0));
    }
    return DataTypes.createStructType(fields);
  }

  private static StudyRunner runner(SystemConfig config, String dataFolder) {
    CsvFuturesSimData data = EXECUTOR_DATA.computeIfAbsent(dataFolder, f -> CsvFuturesSimData.open(Path.of(f)));
    return StudyRunner.builder().config(config).data(data).threads(1)
        .estimators(PysystemtradeEstimators.standard()).build();
  }

  /** The work of one partition: its variations, run one after another on this executor's shared data. */
  private static final class Task implements MapPartitionsFunction<Integer, Row>, Serializable {
    private static final long serialVersionUID = 1L;
    private final String configYaml;
    private final String studyYaml;
    private final String dataFolder;
    private final List<String> universe;

    Task(String configYaml, String studyYaml, String dataFolder, List<String> universe) {
      this.configYaml = configYaml;
      this.studyYaml = studyYaml;
      this.dataFolder = dataFolder;
      this.universe = new ArrayList<>(universe);
    }

    @Override
    public Iterator<Row> call(Iterator<Integer> ids) {
      StudySpec study = StudySpec.fromYaml(studyYaml, "study");
      StudyRunner runner = runner(SystemConfig.fromYaml(configYaml, "config"), dataFolder);
      List<Variation> all = study.variations(universe);
      List<Row> rows = new ArrayList<>();
      while (ids.hasNext()) {
        StudyRow row = runner.runOne(study, all.get(ids.next()));
        rows.add(RowFactory.create(row.values(study).toArray()));
      }
      return rows.iterator();
    }
  }
}
