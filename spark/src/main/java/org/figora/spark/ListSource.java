package org.figora.spark;

import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.collect_list;
import static org.apache.spark.sql.functions.lit;
import static org.apache.spark.sql.functions.when;

import java.io.IOException;
import java.io.InputStream;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;
import org.apache.hadoop.fs.FileStatus;
import org.apache.hadoop.fs.FileSystem;
import org.apache.hadoop.fs.Path;
import org.apache.spark.api.java.JavaRDD;
import org.apache.spark.api.java.JavaSparkContext;
import org.apache.spark.input.PortableDataStream;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructType;
import org.figora.analysis.format.InputFormatException;
import org.figora.analysis.input.GeneListReader;
import org.figora.analysis.input.GmtListReader;
import org.figora.analysis.input.IdentifierList;
import org.figora.analysis.input.InputIdentifier;
import scala.Tuple2;

/**
 * Where the job's gene lists come from, read by the executors into one table {@code (list,
 * identifiers, problem)}: a list's name, its identifiers as written (resolved later, on the
 * executors), and why it cannot be tested when its input was unreadable (else null).
 *
 * <ul>
 *   <li>{@link Kind#PARQUET}, {@link Kind#CSV}, {@link Kind#TSV}: a long table with columns {@code
 *       list} and {@code gene} (CSV and TSV with a header line), one row per gene;
 *   <li>{@link Kind#GMT}: one list per line, {@code name<TAB>description<TAB>genes…}, as {@code
 *       figora enrich --lists};
 *   <li>{@link Kind#FOLDER}: a folder of list files, each read as {@code figora enrich FILE} reads
 *       it and named after the file.
 * </ul>
 */
final class ListSource {

  /** The forms of input. */
  enum Kind {
    GMT,
    PARQUET,
    CSV,
    TSV,
    FOLDER;

    /**
     * @return the option value naming this form
     */
    String optionName() {
      return name().toLowerCase(Locale.ROOT);
    }

    /**
     * @param name {@code gmt}, {@code parquet}, {@code csv}, {@code tsv} or {@code folder}
     * @return the form
     * @throws IllegalArgumentException for another name
     */
    static Kind fromOptionName(String name) {
      for (Kind kind : values()) {
        if (kind.optionName().equals(name)) {
          return kind;
        }
      }
      throw new IllegalArgumentException("expected gmt, parquet, csv, tsv or folder");
    }
  }

  /** The long table's list column. */
  static final String LIST = "list";

  /** The long table's gene column. */
  static final String GENE = "gene";

  static final StructType SCHEMA =
      DataTypes.createStructType(
          List.of(
              DataTypes.createStructField(LIST, DataTypes.StringType, false),
              DataTypes.createStructField(
                  "identifiers", DataTypes.createArrayType(DataTypes.StringType, true), true),
              DataTypes.createStructField("problem", DataTypes.StringType, true)));

  private final SparkSession spark;
  private final String path;
  private final Kind kind;

  private ListSource(SparkSession spark, String path, Kind kind) {
    this.spark = spark;
    this.path = path;
    this.kind = kind;
  }

  /**
   * A source of lists.
   *
   * @param spark the session
   * @param path a file or folder, on any file system Spark reads
   * @param kind the form, or null to tell it from the path: {@code .gmt}, {@code .parquet}, {@code
   *     .csv}, {@code .tsv}/{@code .tab} files; a folder of {@code .parquet} part files; any other
   *     folder is a folder of list files
   * @return the source
   * @throws IOException when the path cannot be examined
   * @throws IllegalArgumentException when it does not exist
   */
  static ListSource of(SparkSession spark, String path, Kind kind) throws IOException {
    return new ListSource(spark, path, kind != null ? kind : detect(spark, path));
  }

  /**
   * @return the form read
   */
  Kind kind() {
    return kind;
  }

  private static Kind detect(SparkSession spark, String path) throws IOException {
    Path where = new Path(path);
    FileSystem fs = where.getFileSystem(spark.sparkContext().hadoopConfiguration());
    if (!fs.exists(where)) {
      throw new IllegalArgumentException("--lists " + path + ": no such file or folder");
    }
    String name = where.getName().toLowerCase(Locale.ROOT);
    if (fs.getFileStatus(where).isDirectory()) {
      FileStatus[] entries = fs.listStatus(where);
      boolean parquet =
          name.endsWith(".parquet")
              || Arrays.stream(entries)
                  .anyMatch(
                      e -> e.getPath().getName().toLowerCase(Locale.ROOT).endsWith(".parquet"));
      return parquet ? Kind.PARQUET : Kind.FOLDER;
    }
    if (name.endsWith(".gmt")) {
      return Kind.GMT;
    }
    if (name.endsWith(".parquet")) {
      return Kind.PARQUET;
    }
    if (name.endsWith(".csv")) {
      return Kind.CSV;
    }
    if (name.endsWith(".tsv") || name.endsWith(".tab")) {
      return Kind.TSV;
    }
    throw new IllegalArgumentException(
        "--lists "
            + path
            + ": cannot tell its form from the"
            + " name; expected a .gmt, .parquet, .csv or .tsv file or a folder, or give"
            + " --lists-format");
  }

  /**
   * Reads the lists.
   *
   * @return {@code (list, identifiers, problem)}, one row per list
   * @throws IllegalArgumentException when a long table lacks the {@code list} or {@code gene}
   *     column
   */
  Dataset<Row> read() {
    return switch (kind) {
      case PARQUET -> longTable(spark.read().parquet(path));
      case CSV -> longTable(spark.read().option("header", "true").csv(path));
      case TSV -> longTable(spark.read().option("header", "true").option("sep", "\t").csv(path));
      case GMT ->
          spark.createDataFrame(
              spark
                  .read()
                  .textFile(path)
                  .javaRDD()
                  .filter(GmtListReader::isListLine)
                  .map(ListSource::gmtLine),
              SCHEMA);
      case FOLDER -> spark.createDataFrame(folder(), SCHEMA);
    };
  }

  private Dataset<Row> longTable(Dataset<Row> table) {
    Map<String, String> columns =
        Arrays.stream(table.columns())
            .collect(Collectors.toMap(c -> c.toLowerCase(Locale.ROOT), c -> c, (a, b) -> a));
    for (String needed : List.of(LIST, GENE)) {
      if (!columns.containsKey(needed)) {
        throw new IllegalArgumentException(
            "--lists "
                + path
                + ": a long table needs the columns"
                + " 'list' and 'gene'; it has "
                + String.join(", ", table.columns()));
      }
    }
    return table
        .select(
            col(columns.get(LIST)).cast(DataTypes.StringType).as(LIST),
            col(columns.get(GENE)).cast(DataTypes.StringType).as(GENE))
        .groupBy(LIST)
        .agg(collect_list(GENE).as("identifiers"))
        .select(
            when(col(LIST).isNull(), lit(MISSING_NAME)).otherwise(col(LIST)).as(LIST),
            col("identifiers"),
            when(col(LIST).isNull(), lit("rows without a list name")).as("problem"));
  }

  /** The name given to the rows of a long table whose list is empty. */
  static final String MISSING_NAME = "(no list name)";

  /**
   * One GMT line as a list, read by the library's rule for {@code figora enrich --lists}; a line
   * that is not a list is recorded as a failed list with the library's reason instead of failing
   * the job (the line number is not known in a distributed text file).
   */
  static Row gmtLine(String line) {
    try {
      IdentifierList list = GmtListReader.parseLine(line, 1, "GMT line");
      return RowFactory.create(
          list.name(), seq(list.identifiers().stream().map(InputIdentifier::text).toList()), null);
    } catch (InputFormatException e) {
      String first = line.split("\t", -1)[0];
      String name = first.isBlank() ? MISSING_NAME : first.strip();
      return RowFactory.create(name, seq(List.of()), "not a GMT line: " + e.reason());
    }
  }

  private JavaRDD<Row> folder() {
    JavaSparkContext context = JavaSparkContext.fromSparkContext(spark.sparkContext());
    return context.binaryFiles(path).map(ListSource::listFile);
  }

  /** One list file, read as {@code figora enrich FILE} reads it. */
  static Row listFile(Tuple2<String, PortableDataStream> file) {
    String name = new Path(file._1()).getName();
    String lower = name.toLowerCase(Locale.ROOT);
    if (lower.endsWith(".gmt")) {
      return RowFactory.create(
          name, seq(List.of()), "a GMT of gene lists; give it as --lists FILE.gmt");
    }
    List<InputIdentifier> identifiers;
    try (InputStream in = file._2().open()) {
      identifiers = new GeneListReader().read(in, name);
    } catch (InputFormatException e) {
      return RowFactory.create(name, seq(List.of()), e.getMessage());
    } catch (IOException e) {
      return RowFactory.create(name, seq(List.of()), "cannot read: " + e.getMessage());
    }
    if ((lower.endsWith(".csv") || lower.endsWith(".tsv") || lower.endsWith(".tab"))
        && identifiers.stream()
                .collect(Collectors.groupingBy(InputIdentifier::line, Collectors.counting()))
                .values()
                .stream()
                .filter(cells -> cells > 1)
                .count()
            > 1) {
      return RowFactory.create(
          name,
          seq(List.of()),
          "looks like a table (several cells on each of"
              + " several lines); give a long table (list, gene) as --lists instead");
    }
    return RowFactory.create(
        name, seq(identifiers.stream().map(InputIdentifier::text).toList()), null);
  }

  /** A list as a row's array cell holds it. */
  private static scala.collection.Seq<String> seq(List<String> values) {
    return scala.jdk.javaapi.CollectionConverters.asScala(values).toSeq();
  }
}
