package org.figora.analysis.figure;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.OptionalInt;
import java.util.Set;
import org.figora.analysis.format.InputFormatException;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.composer.Composer;
import org.yaml.snakeyaml.error.Mark;
import org.yaml.snakeyaml.error.MarkedYAMLException;
import org.yaml.snakeyaml.error.YAMLException;
import org.yaml.snakeyaml.nodes.MappingNode;
import org.yaml.snakeyaml.nodes.Node;
import org.yaml.snakeyaml.parser.ParserImpl;
import org.yaml.snakeyaml.reader.StreamReader;
import org.yaml.snakeyaml.resolver.Resolver;

/**
 * Reads PFOCR figure records: Markdown (or text or YAML) files whose YAML front matter describes
 * one figure.
 *
 * <p>YAML is parsed safely: SnakeYAML only composes a node tree (no object construction, so no
 * arbitrary types), every scalar stays a string (no YAML 1.1 booleans turning {@code On} into
 * {@code true}), and limits on file size, aliases and nesting make a hostile file fail fast.
 *
 * <p>Instances are immutable and thread-safe.
 */
public final class FigureRecordParser {

  /** Largest record file read, in bytes; real records are a few kilobytes. */
  public static final int MAX_FILE_BYTES = 8 * 1024 * 1024;

  /** Largest number of YAML aliases to collections; real records use none. */
  static final int MAX_ALIASES = 20;

  /** Deepest YAML nesting allowed; real records nest three levels. */
  static final int MAX_NESTING = 20;

  /** File name endings read as figure records. */
  public static final List<String> EXTENSIONS = List.of(".md", ".txt", ".yml", ".yaml");

  private final ApprovedSymbols approvedSymbols;

  /**
   * Creates a parser.
   *
   * @param approvedSymbols tells which keywords are approved human gene symbols, e.g. {@code
   *     GeneReference::approvedSymbol}
   */
  public FigureRecordParser(ApprovedSymbols approvedSymbols) {
    this.approvedSymbols = Objects.requireNonNull(approvedSymbols, "approvedSymbols");
  }

  /**
   * Whether a file name has one of the record {@link #EXTENSIONS}.
   *
   * @param file a path
   * @return true for {@code .md}, {@code .txt}, {@code .yml} and {@code .yaml} files
   */
  public static boolean isRecordFile(Path file) {
    return isRecordFileName(file.getFileName().toString());
  }

  /**
   * Whether a file name has one of the record {@link #EXTENSIONS}, in any letter case.
   *
   * @param name a file name
   * @return true for {@code .md}, {@code .txt}, {@code .yml} and {@code .yaml} files
   */
  public static boolean isRecordFileName(String name) {
    for (String extension : EXTENSIONS) {
      if (name.regionMatches(
          true, name.length() - extension.length(), extension, 0, extension.length())) {
        return true;
      }
    }
    return false;
  }

  /**
   * Parses one record file.
   *
   * @param file the record
   * @return the figure
   * @throws IOException when the file cannot be read
   * @throws InputFormatException when it is not a valid figure record (the message names the file,
   *     the line and the reason)
   */
  public Figure parse(Path file) throws IOException {
    long size = Files.size(file);
    if (size > MAX_FILE_BYTES) {
      throw InputFormatException.at(
          file,
          0,
          "file is "
              + size
              + " bytes, larger than the "
              + MAX_FILE_BYTES
              + "-byte limit for a figure record");
    }
    // The size was checked; a file that grew since is caught by the length check of parse.
    return parse(file.toString(), Files.readAllBytes(file));
  }

  /**
   * Parses one record from its bytes.
   *
   * @param source the file name or label, for messages and {@link Figure#source()}
   * @param bytes the record file's content
   * @return the figure
   * @throws InputFormatException when it is not a valid figure record
   */
  public Figure parse(String source, byte[] bytes) {
    if (bytes.length > MAX_FILE_BYTES) {
      throw new InputFormatException(
          source, 0, "larger than the " + MAX_FILE_BYTES + "-byte limit for a figure record");
    }
    FrontMatter frontMatter = FrontMatter.extract(source, bytes);
    Node root = compose(source, frontMatter);
    if (!(root instanceof MappingNode)) {
      int line = root == null ? 1 : lineOf(root.getStartMark(), frontMatter);
      throw new InputFormatException(source, line, "front matter is not a YAML mapping of fields");
    }
    RecordFields fields = new RecordFields(source, (MappingNode) root, frontMatter.firstLine());
    return toFigure(source, fields);
  }

  private Figure toFigure(String source, RecordFields fields) {
    String figid = fields.requiredText("figid");
    List<String> written = fields.nested("schema-jsonld").list("keywords");
    // Gene keywords are kept as the reference's instances: one string per gene in the corpus.
    List<String> keywords = new ArrayList<>(written.size());
    Set<String> human = new LinkedHashSet<>();
    Set<String> other = new LinkedHashSet<>();
    for (String keyword : written) {
      String symbol = approvedSymbols.approved(keyword);
      if (symbol != null) {
        keywords.add(symbol);
        human.add(symbol);
      } else {
        keywords.add(keyword);
        other.add(keyword);
      }
    }
    return new Figure(
        figid,
        fields.text("figid_alias"),
        fields.text("figtitle"),
        fields.text("caption"),
        fields.text("pmcid"),
        fields.text("papertitle"),
        fields.text("reftext"),
        year(fields),
        optional(fields.text("doi")),
        optional(fields.text("journal_title")),
        fields.list("organisms"),
        fields.list("organisms_ner"),
        score(fields),
        figureUrl(fields.text("figlink")),
        fields.nested("schema-jsonld").text("@id"),
        keywords,
        new ArrayList<>(human),
        new ArrayList<>(other),
        source);
  }

  private static OptionalInt year(RecordFields fields) {
    String year = fields.text("year");
    if (year.isEmpty()) {
      return OptionalInt.empty();
    }
    if (!year.matches("\\d{4}")) {
      throw fields.error("year", "year '" + year + "' is not a four-digit year");
    }
    return OptionalInt.of(Integer.parseInt(year));
  }

  private static OptionalDouble score(RecordFields fields) {
    String score = fields.text("automl_pathway");
    if (score.isEmpty()) {
      return OptionalDouble.empty();
    }
    try {
      return OptionalDouble.of(Double.parseDouble(score));
    } catch (NumberFormatException e) {
      throw fields.error("automl_pathway", "automl_pathway '" + score + "' is not a number");
    }
  }

  private static Optional<String> optional(String value) {
    return value.isEmpty() ? Optional.empty() : Optional.of(value);
  }

  /** Builds the full PMC URL from a {@code figlink} path; absolute URLs are kept as they are. */
  static String figureUrl(String figlink) {
    if (figlink.isEmpty() || figlink.startsWith("http://") || figlink.startsWith("https://")) {
      return figlink;
    }
    String path = figlink.startsWith("/") ? figlink : "/" + figlink;
    return Figure.PMC_BASE_URL + (path.endsWith("/") ? path : path + "/");
  }

  private static Node compose(String source, FrontMatter frontMatter) {
    LoaderOptions options = new LoaderOptions();
    options.setMaxAliasesForCollections(MAX_ALIASES);
    options.setNestingDepthLimit(MAX_NESTING);
    options.setCodePointLimit(MAX_FILE_BYTES);
    options.setAllowRecursiveKeys(false);
    options.setAllowDuplicateKeys(false);
    try {
      // Only the composer: no constructor or representer is built, as no object is made.
      Composer composer =
          new Composer(
              new ParserImpl(new StreamReader(frontMatter.yaml()), options), STRINGS_ONLY, options);
      return composer.getSingleNode();
    } catch (MarkedYAMLException e) {
      Mark mark = e.getProblemMark() != null ? e.getProblemMark() : e.getContextMark();
      String problem = e.getProblem() != null ? e.getProblem() : e.getMessage();
      throw new InputFormatException(
          source, lineOf(mark, frontMatter), "invalid YAML: " + firstLine(problem), e);
    } catch (YAMLException e) {
      throw new InputFormatException(
          source, frontMatter.firstLine(), "invalid YAML: " + firstLine(e.getMessage()), e);
    }
  }

  private static String firstLine(String message) {
    if (message == null) {
      return "unreadable YAML";
    }
    int newline = message.indexOf('\n');
    return (newline < 0 ? message : message.substring(0, newline)).trim();
  }

  static int lineOf(Mark mark, FrontMatter frontMatter) {
    return mark == null ? frontMatter.firstLine() : mark.getLine() + frontMatter.firstLine();
  }

  /** Shared by all parses: without implicit resolvers it holds no state that parsing changes. */
  private static final Resolver STRINGS_ONLY = new StringsOnlyResolver();

  /** A resolver that leaves every plain scalar a string: PFOCR values are text. */
  private static final class StringsOnlyResolver extends Resolver {
    @Override
    protected void addImplicitResolvers() {
      // No implicit types: 'On', '2018' and '0.96' all stay strings; fields convert as needed.
    }
  }
}
