package org.figora.analysis.report;

import java.util.Arrays;
import java.util.Locale;
import java.util.stream.Collectors;

/** Output formats of enrichment reports, each with its writer. */
public enum ReportFormat {
  /** Tab-separated values with a header row. */
  TSV("tsv", "tsv", DelimitedWriter.TSV),
  /** Comma-separated values (RFC 4180 quoting) with a header row. */
  CSV("csv", "csv", DelimitedWriter.CSV),
  /** JSON: a provenance header and the rows as objects. */
  JSON("json", "json", new JsonWriter()),
  /** A self-contained HTML page for a person: summary, bar chart, sortable table, methods. */
  HTML("html", "html", new HtmlWriter()),
  /** A Markdown table of the columns that matter, with a short provenance preamble. */
  MD("md", "md", new MarkdownWriter()),
  /** Tab-separated with clusterProfiler's {@code enrichResult} columns. */
  CLUSTERPROFILER("clusterprofiler", "tsv", new ClusterProfilerWriter());

  private final String optionName;
  private final String extension;
  private final ReportWriter writer;

  ReportFormat(String optionName, String extension, ReportWriter writer) {
    this.optionName = optionName;
    this.extension = extension;
    this.writer = writer;
  }

  /** @return the name used on the command line */
  public String optionName() {
    return optionName;
  }

  /** @return the file name extension, without the dot */
  public String extension() {
    return extension;
  }

  /** @return the writer of this format */
  public ReportWriter writer() {
    return writer;
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
    throw new IllegalArgumentException("unknown format '" + name + "'; expected one of "
        + Arrays.stream(values()).map(f -> f.optionName).collect(Collectors.joining(", ")));
  }

  @Override
  public String toString() {
    return optionName.toLowerCase(Locale.ROOT);
  }
}
