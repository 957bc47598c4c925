package org.figora.analysis.report;

import java.util.List;
import java.util.Objects;
import java.util.function.Function;
import java.util.function.ToDoubleFunction;
import java.util.function.ToIntFunction;
import org.figora.analysis.figure.Figure;

/**
 * One column of a report: its name, what kind of value it holds, and how to read that value from a
 * {@link ReportRow}. Every format writes its columns from these definitions (see {@link
 * ReportColumns}); none relies on a column's position.
 *
 * <p>Missing values: an {@link Kind#INTEGER} column reads {@link #MISSING_INTEGER}, a {@link
 * Kind#NUMBER} column reads NaN, a text column reads the empty string. Delimited formats write a
 * missing cell empty, JSON writes {@code null}.
 */
public final class ReportColumn {

  /** What a column holds, which decides how each format writes it. */
  public enum Kind {
    /** A whole number. */
    INTEGER,
    /** A real number, written in shortest round-trip form. */
    NUMBER,
    /** Free text. */
    TEXT,
    /** A list of gene identifiers: {@code /}-separated in text formats, an array in JSON. */
    GENES,
    /** A URL: a link in HTML and Markdown only when its scheme is http or https. */
    LINK
  }

  /** The value an integer column reads for a missing cell. */
  public static final int MISSING_INTEGER = Integer.MIN_VALUE;

  private final String name;
  private final Kind kind;
  private final String description;
  private final ToIntFunction<ReportRow> integer;
  private final ToDoubleFunction<ReportRow> number;
  private final Function<ReportRow, String> text;
  private final Function<ReportRow, List<String>> genes;

  /** For a ratio column ({@link #ratio}): its two whole numbers; else null. */
  private final ToIntFunction<ReportRow> numerator;

  private final ToIntFunction<ReportRow> denominator;

  /** What the value is read from: the whole row, the figure record alone, or the test alone. */
  private final Source source;

  /** What a column's value is read from, which decides which cells a writer may keep. */
  private enum Source {
    /** Anything of the row. */
    ROW,
    /** The row's figure record alone ({@link #ofFigure}). */
    FIGURE,
    /** The row's test alone ({@link #ofTest()}). */
    TEST
  }

  private ReportColumn(
      String name,
      Kind kind,
      String description,
      ToIntFunction<ReportRow> integer,
      ToDoubleFunction<ReportRow> number,
      Function<ReportRow, String> text,
      Function<ReportRow, List<String>> genes) {
    this(name, kind, description, integer, number, text, genes, null, null, Source.ROW);
  }

  private ReportColumn(
      String name,
      Kind kind,
      String description,
      ToIntFunction<ReportRow> integer,
      ToDoubleFunction<ReportRow> number,
      Function<ReportRow, String> text,
      Function<ReportRow, List<String>> genes,
      ToIntFunction<ReportRow> numerator,
      ToIntFunction<ReportRow> denominator,
      Source source) {
    this.name = Objects.requireNonNull(name, "name");
    this.kind = kind;
    this.description = Objects.requireNonNull(description, "description");
    this.integer = integer;
    this.number = number;
    this.text = text;
    this.genes = genes;
    this.numerator = numerator;
    this.denominator = denominator;
    this.source = source;
  }

  /**
   * A column of whole numbers.
   *
   * @param name the column name
   * @param description what it holds, for a person
   * @param value reads a row's value, {@link #MISSING_INTEGER} when missing
   * @return the column
   */
  public static ReportColumn integer(
      String name, String description, ToIntFunction<ReportRow> value) {
    return new ReportColumn(name, Kind.INTEGER, description, value, null, null, null);
  }

  /**
   * A column of real numbers.
   *
   * @param name the column name
   * @param description what it holds, for a person
   * @param value reads a row's value, NaN when missing
   * @return the column
   */
  public static ReportColumn number(
      String name, String description, ToDoubleFunction<ReportRow> value) {
    return new ReportColumn(name, Kind.NUMBER, description, null, value, null, null);
  }

  /**
   * A column of text.
   *
   * @param name the column name
   * @param description what it holds, for a person
   * @param value reads a row's text, empty when missing
   * @return the column
   */
  public static ReportColumn text(
      String name, String description, Function<ReportRow, String> value) {
    return new ReportColumn(name, Kind.TEXT, description, null, null, value, null);
  }

  /**
   * A text column holding two whole numbers as {@code a/b} (clusterProfiler's {@code GeneRatio} and
   * {@code BgRatio}). Its text is the same as a {@link #text} column's; the delimited writers write
   * the two numbers without building the text.
   *
   * @param name the column name
   * @param description what it holds, for a person
   * @param numerator reads a row's first number
   * @param denominator reads a row's second number
   * @return the column
   */
  static ReportColumn ratio(
      String name,
      String description,
      ToIntFunction<ReportRow> numerator,
      ToIntFunction<ReportRow> denominator) {
    return new ReportColumn(
        name,
        Kind.TEXT,
        description,
        null,
        null,
        row -> numerator.applyAsInt(row) + "/" + denominator.applyAsInt(row),
        null,
        numerator,
        denominator,
        Source.ROW);
  }

  /**
   * @return whether the column is a {@link #ratio} of two whole numbers
   */
  boolean isRatio() {
    return numerator != null;
  }

  /**
   * @return a {@link #ratio} column's first number for a row
   */
  int numerator(ReportRow row) {
    return numerator.applyAsInt(row);
  }

  /**
   * @return a {@link #ratio} column's second number for a row
   */
  int denominator(ReportRow row) {
    return denominator.applyAsInt(row);
  }

  /**
   * A text or link column whose value is read from the row's figure record alone, so that it is the
   * same in every report that shows the figure: the delimited writers may then keep its cells'
   * bytes for a batch ({@link FigureCells}) instead of formatting them again for every list.
   *
   * @param name the column name
   * @param kind {@link Kind#TEXT} or {@link Kind#LINK}
   * @param description what it holds, for a person
   * @param value reads a figure's text, empty when missing
   * @return the column
   */
  static ReportColumn ofFigure(
      String name, Kind kind, String description, Function<Figure, String> value) {
    if (kind != Kind.TEXT && kind != Kind.LINK) {
      throw new IllegalArgumentException(name + ": a figure's text column is text or a link");
    }
    return new ReportColumn(
        name,
        kind,
        description,
        null,
        null,
        row -> value.apply(row.figure()),
        null,
        null,
        null,
        Source.FIGURE);
  }

  /**
   * A whole-number column read from the row's figure record alone (see {@link #ofFigure(String,
   * Kind, String, Function)}).
   *
   * @param name the column name
   * @param description what it holds, for a person
   * @param value reads a figure's value, {@link #MISSING_INTEGER} when missing
   * @return the column
   */
  static ReportColumn ofFigure(String name, String description, ToIntFunction<Figure> value) {
    return new ReportColumn(
        name,
        Kind.INTEGER,
        description,
        row -> value.applyAsInt(row.figure()),
        null,
        null,
        null,
        null,
        null,
        Source.FIGURE);
  }

  /**
   * @return whether the column's value is read from the row's figure record alone ({@link
   *     #ofFigure})
   */
  boolean isOfFigure() {
    return source == Source.FIGURE;
  }

  /**
   * The same column, declared to read nothing of a row but its test: k, K, n, N, the p-value, its
   * logarithm, the adjusted p-value and the odds ratio with its interval (the components of {@link
   * org.figora.analysis.enrich.FigureEnrichment} other than the figure, its number and the overlap
   * genes). Rows with equal tests then have equal cells, which the delimited writers format once
   * per test ({@link TestCells}) instead of once per row.
   *
   * @return the column, marked
   */
  ReportColumn ofTest() {
    if (source != Source.ROW || kind == Kind.GENES) {
      throw new IllegalStateException(name + " does not read the row's test alone");
    }
    return new ReportColumn(
        name, kind, description, integer, number, text, genes, numerator, denominator, Source.TEST);
  }

  /**
   * @return whether the column's value is read from the row's test alone ({@link #ofTest()})
   */
  boolean isOfTest() {
    return source == Source.TEST;
  }

  /**
   * A column of URLs.
   *
   * @param name the column name
   * @param description what it holds, for a person
   * @param value reads a row's URL, empty when there is none
   * @return the column
   */
  public static ReportColumn link(
      String name, String description, Function<ReportRow, String> value) {
    return new ReportColumn(name, Kind.LINK, description, null, null, value, null);
  }

  /**
   * A column of gene lists.
   *
   * @param name the column name
   * @param description what it holds, for a person
   * @param value reads a row's genes, in the order to write them
   * @return the column
   */
  public static ReportColumn genes(
      String name, String description, Function<ReportRow, List<String>> value) {
    return new ReportColumn(
        name,
        Kind.GENES,
        description,
        null,
        null,
        row -> String.join("/", value.apply(row)),
        value);
  }

  /**
   * The same values under another name (clusterProfiler's names for figora's columns).
   *
   * @param newName the name
   * @return the renamed column
   */
  public ReportColumn named(String newName) {
    return new ReportColumn(
        newName, kind, description, integer, number, text, genes, numerator, denominator, source);
  }

  /**
   * @return the column's name, as written in headers and JSON keys
   */
  public String name() {
    return name;
  }

  /**
   * @return what the column holds
   */
  public Kind kind() {
    return kind;
  }

  /**
   * @return what the column holds, for a person (README, HTML tooltips)
   */
  public String description() {
    return description;
  }

  /**
   * @return whether the column holds numbers ({@link Kind#INTEGER} or {@link Kind#NUMBER})
   */
  public boolean isNumeric() {
    return kind == Kind.INTEGER || kind == Kind.NUMBER;
  }

  /**
   * A row's whole number.
   *
   * @param row the row
   * @return the value, {@link #MISSING_INTEGER} when missing
   * @throws IllegalStateException when the column is not {@link Kind#INTEGER}
   */
  public int intValue(ReportRow row) {
    if (integer == null) {
      throw new IllegalStateException(name + " holds " + kind + ", not integers");
    }
    return integer.applyAsInt(row);
  }

  /**
   * A row's number; integer columns are widened, a missing integer is NaN.
   *
   * @param row the row
   * @return the value, NaN when missing
   * @throws IllegalStateException when the column holds no numbers
   */
  public double doubleValue(ReportRow row) {
    if (number != null) {
      return number.applyAsDouble(row);
    }
    int value = intValue(row);
    return value == MISSING_INTEGER ? Double.NaN : value;
  }

  /**
   * A row's text: text, links and genes ({@code /}-separated) as they are; numbers as delimited
   * formats write them (shortest round-trip form, empty when missing).
   *
   * @param row the row
   * @return the text
   */
  public String text(ReportRow row) {
    return switch (kind) {
      case TEXT, LINK, GENES -> text.apply(row);
      case INTEGER -> {
        int value = integer.applyAsInt(row);
        yield value == MISSING_INTEGER ? "" : Integer.toString(value);
      }
      case NUMBER -> Cells.number(number.applyAsDouble(row));
    };
  }

  /**
   * A row's genes.
   *
   * @param row the row
   * @return the genes, in the order written
   * @throws IllegalStateException when the column is not {@link Kind#GENES}
   */
  public List<String> genes(ReportRow row) {
    if (genes == null) {
      throw new IllegalStateException(name + " holds " + kind + ", not genes");
    }
    return genes.apply(row);
  }

  /**
   * Whether a row's value is missing.
   *
   * @param row the row
   * @return true for {@link #MISSING_INTEGER}, NaN, or empty text
   */
  public boolean isMissing(ReportRow row) {
    return switch (kind) {
      case INTEGER -> integer.applyAsInt(row) == MISSING_INTEGER;
      case NUMBER -> Double.isNaN(number.applyAsDouble(row));
      case TEXT, LINK -> text.apply(row).isEmpty();
      case GENES -> false;
    };
  }

  @Override
  public String toString() {
    return name;
  }
}
