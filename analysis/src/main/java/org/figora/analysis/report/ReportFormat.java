package org.figora.analysis.report;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;
import java.util.stream.Collectors;

/** Output formats of enrichment reports, each with its writer. */
public enum ReportFormat {
  /** Tab-separated values with a header row. */
  TSV("tsv", "tsv"),
  /** Comma-separated values (RFC 4180 quoting) with a header row. */
  CSV("csv", "csv"),
  /** JSON: a provenance header and the rows as objects. */
  JSON("json", "json"),
  /** A self-contained HTML page for a person: summary, bar chart, sortable table, methods. */
  HTML("html", "html"),
  /** A Markdown table of the columns that matter, with a short provenance preamble. */
  MD("md", "md"),
  /** Tab-separated with clusterProfiler's {@code enrichResult} columns. */
  CLUSTERPROFILER("clusterprofiler", "tsv");

  private final String optionName;
  private final String extension;

  ReportFormat(String optionName, String extension) {
    this.optionName = optionName;
    this.extension = extension;
  }

  /**
   * @return the name used on the command line
   */
  public String optionName() {
    return optionName;
  }

  /**
   * @return the file name extension, without the dot
   */
  public String extension() {
    return extension;
  }

  /**
   * @return the writer of this format
   */
  public ReportWriter writer() {
    // Made when asked for (the writers hold no state): a run loads and initialises the classes of
    // its own format only.
    return switch (this) {
      case TSV -> DelimitedWriter.TSV;
      case CSV -> DelimitedWriter.CSV;
      case JSON -> new JsonWriter();
      case HTML -> new HtmlWriter();
      case MD -> new MarkdownWriter();
      case CLUSTERPROFILER -> new ClusterProfilerWriter();
    };
  }

  /**
   * Finds a format by its option name, ignoring case.
   *
   * @param name e.g. {@code tsv}
   * @return the format
   * @throws IllegalArgumentException naming the allowed formats
   */
  public static ReportFormat fromOptionName(String name) {
    for (ReportFormat format : values()) {
      if (format.optionName.equalsIgnoreCase(name.strip())) {
        return format;
      }
    }
    throw new IllegalArgumentException(
        "unknown format '"
            + name
            + "'; expected one of "
            + Arrays.stream(values()).map(f -> f.optionName).collect(Collectors.joining(", ")));
  }

  /**
   * Finds the format a file name's extension names: {@code .tsv}, {@code .csv}, {@code .json},
   * {@code .html} (or {@code .htm}) and {@code .md} (or {@code .markdown}), ignoring case.
   * clusterProfiler's columns are written to {@code .tsv} files too, so a name never implies them.
   *
   * @param fileName a file name or path
   * @return the format, or empty for any other extension or none
   */
  public static Optional<ReportFormat> forFileName(String fileName) {
    String name = fileName.toLowerCase(Locale.ROOT);
    int dot = name.lastIndexOf('.');
    if (dot < 0 || name.indexOf('/', dot) >= 0 || name.indexOf('\\', dot) >= 0) {
      return Optional.empty();
    }
    return switch (name.substring(dot + 1)) {
      case "tsv" -> Optional.of(TSV);
      case "csv" -> Optional.of(CSV);
      case "json" -> Optional.of(JSON);
      case "html", "htm" -> Optional.of(HTML);
      case "md", "markdown" -> Optional.of(MD);
      default -> Optional.empty();
    };
  }

  @Override
  public String toString() {
    return optionName.toLowerCase(Locale.ROOT);
  }
}
