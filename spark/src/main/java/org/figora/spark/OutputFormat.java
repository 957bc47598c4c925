package org.figora.spark;

import java.io.IOException;
import java.util.Locale;
import org.apache.hadoop.conf.Configuration;
import org.apache.hadoop.fs.FileStatus;
import org.apache.hadoop.fs.FileSystem;
import org.apache.hadoop.fs.Path;
import org.apache.spark.sql.DataFrameWriter;
import org.apache.spark.sql.Row;

/**
 * How the job writes its tables: Parquet (typed columns), or TSV or CSV part files with a header
 * line each, written as {@code figora enrich} writes its tables: numbers in shortest round-trip
 * form, in TSV tabs and line breaks inside text replaced by spaces, in CSV fields with commas,
 * quotes or line breaks quoted (RFC 4180).
 */
enum OutputFormat {
  /** Apache Parquet. */
  PARQUET,
  /** Tab-separated text. */
  TSV,
  /** Comma-separated text. */
  CSV;

  /**
   * @param name {@code parquet}, {@code tsv} or {@code csv}
   * @return the format
   * @throws IllegalArgumentException for another name
   */
  static OutputFormat fromOptionName(String name) {
    for (OutputFormat format : values()) {
      if (format.optionName().equals(name)) {
        return format;
      }
    }
    throw new IllegalArgumentException("expected parquet, tsv or csv");
  }

  /**
   * @return the option value naming this format
   */
  String optionName() {
    return name().toLowerCase(Locale.ROOT);
  }

  /**
   * @return whether numbers are written as text
   */
  boolean isText() {
    return this != PARQUET;
  }

  /**
   * A text cell as this format writes it.
   *
   * @param text the cell's text, or null
   * @return the text to write
   */
  String cell(String text) {
    if (text == null || this != TSV) {
      return text;
    }
    return text.replace('\t', ' ').replace('\n', ' ').replace('\r', ' ');
  }

  /**
   * Writes a table into a folder of part files ({@code part-*.parquet}, {@code .tsv} or {@code
   * .csv}).
   *
   * @param writer the table's writer
   * @param folder the folder, which must not exist
   * @param hadoop the file system configuration, to name TSV part files {@code .tsv}
   * @throws IOException when a TSV part file cannot be renamed
   */
  void write(DataFrameWriter<Row> writer, String folder, Configuration hadoop) throws IOException {
    switch (this) {
      case PARQUET -> writer.parquet(folder);
      case TSV -> {
        text(writer).option("sep", "\t").option("quote", "").csv(folder);
        Path path = new Path(folder);
        FileSystem fs = path.getFileSystem(hadoop);
        for (FileStatus part : fs.listStatus(path)) {
          String name = part.getPath().getName();
          if (name.startsWith("part-") && name.endsWith(".csv")) {
            fs.rename(
                part.getPath(),
                new Path(path, name.substring(0, name.length() - ".csv".length()) + ".tsv"));
          }
        }
      }
      case CSV ->
          text(writer).option("sep", ",").option("quote", "\"").option("escape", "\"").csv(folder);
    }
  }

  private static DataFrameWriter<Row> text(DataFrameWriter<Row> writer) {
    return writer
        .option("header", "true")
        .option("ignoreLeadingWhiteSpace", "false")
        .option("ignoreTrailingWhiteSpace", "false")
        .option("emptyValue", "")
        .option("nullValue", "");
  }
}
