package org.figora.spark;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.spark.sql.types.DataType;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructField;
import org.apache.spark.sql.types.StructType;
import org.figora.analysis.report.ReportColumns;

/**
 * The job's two tables and the one-pass table they are cut from.
 *
 * <p>The results table has one row per written figure per list, with the CLI's column names ({@link
 * ReportColumns}) after {@code list}: {@code list, rank, group, group_size, figid, title,
 * overlap_k, figure_size_K, list_size_n, universe_size_N, p_value, log10_p,} the adjusted p-value
 * named {@code p_adjusted} for every correction as in the CLI, {@code overlap_genes}. The summary
 * table has one row per list: {@code list, status, reason, identifiers, mapped, ambiguous, unknown,
 * duplicates, list_size_n, figures_tested, figures_with_overlap, figures_passing}.
 *
 * <p>Each list is tested once: a task emits both kinds of rows into one table with a {@code kind}
 * column, which the job keeps on disk and cuts into the two outputs.
 */
final class OutputTables {

  /** {@code kind} of a results row. */
  static final int RESULT = 0;

  /** {@code kind} of a summary row. */
  static final int SUMMARY = 1;

  static final String KIND = "kind";
  static final String STATUS = "status";
  static final String REASON = "reason";
  static final String IDENTIFIERS = "identifiers";
  static final String MAPPED = "mapped";
  static final String AMBIGUOUS = "ambiguous";
  static final String UNKNOWN = "unknown";
  static final String DUPLICATES = "duplicates";
  static final String FIGURES_TESTED = "figures_tested";
  static final String FIGURES_WITH_OVERLAP = "figures_with_overlap";
  static final String FIGURES_PASSING = "figures_passing";

  /** Summary status of a tested list. */
  static final String OK = "ok";

  /** Summary status of a list that could not be tested. */
  static final String FAILED = "failed";

  private final Map<String, DataType> union = new LinkedHashMap<>();
  private final List<String> results;
  private final List<String> summary;

  /**
   * The tables of one job.
   *
   * @param adjustedColumn the adjusted p-value column's name, {@code p_adjusted}
   * @param format the output format: text formats have p-values as text, Parquet as doubles
   */
  OutputTables(String adjustedColumn, OutputFormat format) {
    DataType real = format.isText() ? DataTypes.StringType : DataTypes.DoubleType;
    union.put(KIND, DataTypes.IntegerType);
    union.put(ReportColumns.LIST, DataTypes.StringType);
    union.put(ReportColumns.RANK, DataTypes.IntegerType);
    union.put(ReportColumns.FIGID, DataTypes.StringType);
    union.put(ReportColumns.TITLE, DataTypes.StringType);
    union.put(ReportColumns.OVERLAP, DataTypes.IntegerType);
    union.put(ReportColumns.FIGURE_SIZE, DataTypes.IntegerType);
    union.put(ReportColumns.LIST_SIZE, DataTypes.IntegerType);
    union.put(ReportColumns.UNIVERSE_SIZE, DataTypes.IntegerType);
    union.put(ReportColumns.P_VALUE, real);
    union.put(ReportColumns.LOG10_P, real);
    union.put(adjustedColumn, real);
    union.put(ReportColumns.OVERLAP_GENES, DataTypes.StringType);
    union.put(STATUS, DataTypes.StringType);
    union.put(REASON, DataTypes.StringType);
    union.put(IDENTIFIERS, DataTypes.IntegerType);
    union.put(MAPPED, DataTypes.IntegerType);
    union.put(AMBIGUOUS, DataTypes.IntegerType);
    union.put(UNKNOWN, DataTypes.IntegerType);
    union.put(DUPLICATES, DataTypes.IntegerType);
    union.put(FIGURES_TESTED, DataTypes.IntegerType);
    union.put(FIGURES_WITH_OVERLAP, DataTypes.IntegerType);
    union.put(FIGURES_PASSING, DataTypes.IntegerType);
    union.put(ReportColumns.GROUP, DataTypes.IntegerType);
    union.put(ReportColumns.GROUP_SIZE, DataTypes.IntegerType);
    results =
        List.of(
            ReportColumns.LIST,
            ReportColumns.RANK,
            ReportColumns.GROUP,
            ReportColumns.GROUP_SIZE,
            ReportColumns.FIGID,
            ReportColumns.TITLE,
            ReportColumns.OVERLAP,
            ReportColumns.FIGURE_SIZE,
            ReportColumns.LIST_SIZE,
            ReportColumns.UNIVERSE_SIZE,
            ReportColumns.P_VALUE,
            ReportColumns.LOG10_P,
            adjustedColumn,
            ReportColumns.OVERLAP_GENES);
    summary =
        List.of(
            ReportColumns.LIST,
            STATUS,
            REASON,
            IDENTIFIERS,
            MAPPED,
            AMBIGUOUS,
            UNKNOWN,
            DUPLICATES,
            ReportColumns.LIST_SIZE,
            FIGURES_TESTED,
            FIGURES_WITH_OVERLAP,
            FIGURES_PASSING);
  }

  /**
   * @return the schema of the one-pass table
   */
  StructType unionSchema() {
    List<StructField> fields = new ArrayList<>();
    union.forEach(
        (name, type) ->
            fields.add(
                DataTypes.createStructField(
                    name, type, !name.equals(KIND) && !name.equals(ReportColumns.LIST))));
    return DataTypes.createStructType(fields);
  }

  /**
   * @return the results table's columns, in order
   */
  List<String> resultColumns() {
    return results;
  }

  /**
   * @return the summary table's columns, in order
   */
  List<String> summaryColumns() {
    return summary;
  }

  /**
   * A double as the CLI's reports write it: shortest round-trip form, integral values without a
   * fraction, non-finite values (never produced) as NA.
   *
   * @param value the number
   * @return its text
   */
  static String number(double value) {
    if (!Double.isFinite(value)) {
      return "NA";
    }
    if (value == Math.rint(value) && Math.abs(value) < 1e15) {
      return Long.toString((long) value);
    }
    return Double.toString(value);
  }
}
