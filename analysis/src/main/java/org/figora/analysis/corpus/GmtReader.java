package org.figora.analysis.corpus;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.Reader;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.channels.ReadableByteChannel;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.MalformedInputException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.Executor;
import org.figora.analysis.figure.Figure;
import org.figora.analysis.format.InputFormatException;
import org.figora.analysis.gene.Gene;
import org.figora.analysis.gene.GeneReference;
import org.figora.analysis.gene.GeneResolution;
import org.figora.analysis.internal.Parallel;

/**
 * Reads GMT gene-set files ({@code name<TAB>description<TAB>gene…}, one set a line) into figures.
 *
 * <p>Rules, applied per line and reported through the {@link LoadIssue}s of the result:
 *
 * <ul>
 *   <li>a gene token of digits only is an NCBI Gene (Entrez) ID and is mapped to its approved
 *       symbol; an approved human symbol (exact case) is taken as it is; any other token is mapped
 *       with the reference's alias table as gene lists are mapped, but in exact letter case ({@link
 *       GeneReference#resolveExactCase}): a previous symbol or alias of exactly one gene ({@code
 *       PARK2} to PRKN, {@code ATP5A1} to ATP5F1A, as GMT files from Enrichr, MSigDB or older PFOCR
 *       releases have them) or an {@code ENSG} Ensembl ID. Letter case is not corrected ({@code
 *       Sp1} and {@code tp53} stay unmapped: case tells other organisms' genes apart). These
 *       renamings are counted and reported. An ambiguous alias is never mapped to one of its genes.
 *       Tokens that map to nothing (unknown, ambiguous, missing-value words such as {@code NA}) are
 *       counted and reported, never silently dropped;
 *   <li>a line with fewer than three fields, or whose genes all fail to map, is skipped and
 *       reported;
 *   <li>a gene repeated within a set counts once (reported);
 *   <li>a set name seen before in the same file is skipped: the first line wins (reported);
 *   <li>blank lines and lines starting with {@code #} are ignored.
 * </ul>
 *
 * <p>Set names in the {@code title%release%id%organism} style are split ({@link GmtSetName}); the
 * description becomes the figure's page URL when it is a URL and its title otherwise.
 */
public final class GmtReader {

  private final GeneReference reference;
  private final Optional<Executor> executor;

  /**
   * Creates a reader that works on the calling thread.
   *
   * @param reference maps Entrez IDs to symbols and tells approved symbols
   */
  public GmtReader(GeneReference reference) {
    this(reference, Optional.empty());
  }

  /**
   * Creates a reader that parses lines on an executor.
   *
   * @param reference maps Entrez IDs to symbols and tells approved symbols
   * @param executor where lines are parsed, or empty for the calling thread
   */
  public GmtReader(GeneReference reference, Optional<Executor> executor) {
    this.reference = reference;
    this.executor = executor;
  }

  /**
   * What one GMT file yielded.
   *
   * @param figures the sets read, as figures
   * @param skipped lines not loaded, with their reasons
   * @param warnings lines loaded with a caveat (dropped, renamed or repeated gene tokens)
   * @param renamedTokens gene tokens mapped from a previous symbol, alias or other spelling to the
   *     approved symbol
   * @param droppedTokens gene tokens that map to no gene (unknown IDs, ambiguous aliases,
   *     missing-value words such as {@code NA})
   */
  public record Result(
      List<Figure> figures,
      List<LoadIssue> skipped,
      List<LoadIssue> warnings,
      int renamedTokens,
      int droppedTokens) {
    /**
     * Makes the lists unmodifiable.
     *
     * @param figures the sets read, as figures
     * @param skipped lines not loaded, with their reasons
     * @param warnings lines loaded with a caveat (dropped, renamed or repeated gene tokens)
     * @param renamedTokens gene tokens mapped from a previous symbol, alias or other spelling to
     *     the approved symbol
     * @param droppedTokens gene tokens that map to no gene (unknown IDs, ambiguous aliases,
     *     missing-value words such as {@code NA})
     */
    public Result {
      figures = List.copyOf(figures);
      skipped = List.copyOf(skipped);
      warnings = List.copyOf(warnings);
    }
  }

  /**
   * Reads a GMT file.
   *
   * @param file the file
   * @return the sets read as figures, and what was skipped or noted
   * @throws IOException when the file cannot be read
   * @throws InputFormatException when the file is not UTF-8 text
   */
  public Result read(Path file) throws IOException {
    try (Reader in = new InputStreamReader(Files.newInputStream(file), strictUtf8())) {
      return readLines(file.toString(), new BufferedReader(in, 1 << 16));
    } catch (MalformedInputException e) {
      // The decoder runs ahead of the line reader (it fills whole buffers), so the line being
      // read when decoding failed can be far before the bad byte: find the byte's own line.
      throw new InputFormatException(
          file.toString(), lineOfInvalidUtf8(file), "invalid UTF-8 (is this a GMT?)", e);
    }
  }

  /**
   * Reads GMT text.
   *
   * @param source file name for messages
   * @param in the text
   * @return the sets read as figures, and what was skipped or noted
   * @throws IOException when reading fails
   * @throws InputFormatException when the reader reports malformed input; its line is not known
   *     (the reader may have decoded ahead), so the error names the source only
   */
  public Result read(String source, BufferedReader in) throws IOException {
    try {
      return readLines(source, in);
    } catch (MalformedInputException e) {
      throw new InputFormatException(source, 0, "invalid UTF-8 (is this a GMT?)", e);
    }
  }

  /**
   * Reads all lines, parses them on the executor (each line is independent), then applies the
   * first-name-wins rule and gathers the issues in line order, so the result is the same as a
   * sequential read.
   */
  private Result readLines(String source, BufferedReader in) throws IOException {
    List<String> lines = new ArrayList<>();
    for (String line = in.readLine(); line != null; line = in.readLine()) {
      lines.add(line);
    }
    if (!lines.isEmpty() && lines.get(0).startsWith("\uFEFF")) {
      lines.set(0, lines.get(0).substring(1));
    }
    List<ParsedLine> parsed =
        Parallel.map(executor, lines.size(), i -> parse(source, i + 1, lines.get(i)));
    List<Figure> figures = new ArrayList<>();
    List<LoadIssue> skipped = new ArrayList<>();
    List<LoadIssue> warnings = new ArrayList<>();
    Set<String> names = new HashSet<>();
    int renamed = 0;
    int dropped = 0;
    for (ParsedLine line : parsed) {
      if (line == null) {
        continue;
      }
      line.figure().filter(f -> keepFirst(f, names, line.at())).ifPresent(figures::add);
      skipped.addAll(line.at().skipped());
      warnings.addAll(line.at().warnings());
      renamed += line.at().tokens()[RENAMED];
      dropped += line.at().tokens()[DROPPED];
    }
    return new Result(figures, skipped, warnings, renamed, dropped);
  }

  /** A parsed line: its figure, if any, and its own issues. */
  private record ParsedLine(Optional<Figure> figure, LineContext at) {}

  private ParsedLine parse(String source, int lineNumber, String line) {
    if (line.isBlank() || line.startsWith("#")) {
      return null;
    }
    LineContext at =
        new LineContext(source, lineNumber, new ArrayList<>(), new ArrayList<>(), new int[2]);
    return new ParsedLine(readLine(line, at), at);
  }

  private static CharsetDecoder strictUtf8() {
    return StandardCharsets.UTF_8
        .newDecoder()
        .onMalformedInput(CodingErrorAction.REPORT)
        .onUnmappableCharacter(CodingErrorAction.REPORT);
  }

  /**
   * The one-based line of the first byte that is not valid UTF-8 (a newline byte never occurs
   * inside a multi-byte UTF-8 sequence, so counting {@code \n} bytes before it is exact).
   */
  static int lineOfInvalidUtf8(Path file) throws IOException {
    CharsetDecoder decoder = strictUtf8();
    ByteBuffer bytes = ByteBuffer.allocate(1 << 16);
    CharBuffer chars = CharBuffer.allocate(1 << 16);
    int line = 1;
    try (ReadableByteChannel in = Files.newByteChannel(file)) {
      boolean end = false;
      while (!end) {
        end = in.read(bytes) < 0;
        bytes.flip();
        int start = bytes.position();
        CoderResult result;
        do {
          chars.clear();
          result = decoder.decode(bytes, chars, end);
        } while (result.isOverflow());
        for (int i = start; i < bytes.position(); i++) {
          line += bytes.get(i) == '\n' ? 1 : 0;
        }
        if (result.isError()) {
          return line;
        }
        bytes.compact();
      }
    }
    return line;
  }

  private static boolean keepFirst(Figure figure, Set<String> names, LineContext at) {
    if (names.add(figure.figid())) {
      return true;
    }
    at.skip("duplicate set name '" + figure.figid() + "': the first line with it wins");
    return false;
  }

  private Optional<Figure> readLine(String line, LineContext at) {
    String[] fields = line.split("\t", -1);
    if (fields.length < 3) {
      at.skip(
          "expected name<TAB>description<TAB>genes, found "
              + fields.length
              + " field"
              + (fields.length == 1 ? "" : "s"));
      return Optional.empty();
    }
    GmtSetName name = GmtSetName.parse(fields[0].strip());
    if (name.id().isEmpty()) {
      at.skip("empty set name");
      return Optional.empty();
    }
    List<String> genes = mapGenes(fields, at);
    if (genes.isEmpty()) {
      at.skip("set '" + name.id() + "' has no usable human genes");
      return Optional.empty();
    }
    String description = fields[1].strip();
    boolean isUrl = description.startsWith("http://") || description.startsWith("https://");
    String title = !name.title().isEmpty() ? name.title() : (isUrl ? "" : description);
    return Optional.of(
        Figure.ofGeneSet(
            name.id(), title, isUrl ? description : "", genes, at.source() + ":" + at.line()));
  }

  private List<String> mapGenes(String[] fields, LineContext at) {
    List<String> genes = new ArrayList<>(fields.length - 2);
    // Symbols are the reference's instances, so a short set is de-duplicated by identity without
    // a hash set; a long one gets a hash set.
    Set<String> seen = fields.length - 2 > SHORT_SET ? new HashSet<>(fields.length * 2) : null;
    List<String> unmapped = new ArrayList<>();
    List<String> ambiguous = new ArrayList<>();
    List<String> renamed = new ArrayList<>();
    int repeats = 0;
    for (int i = 2; i < fields.length; i++) {
      String token = fields[i].strip();
      if (token.isEmpty()) {
        continue;
      }
      String symbol = symbolOf(token);
      if (symbol == null && !isDigits(token)) {
        // Not an approved symbol: map it as a list identifier, only when it names one gene.
        GeneResolution resolution = reference.resolveExactCase(token);
        if (resolution.isResolved()) {
          symbol = reference.approvedSymbol(resolution.symbols().get(0));
          renamed.add(token + "→" + symbol);
        } else if (resolution.isAmbiguous()) {
          ambiguous.add(token + " (" + String.join("/", resolution.symbols()) + ")");
          continue;
        }
      }
      if (symbol == null) {
        unmapped.add(token);
      } else if (seen != null ? seen.add(symbol) : !containsInstance(genes, symbol)) {
        genes.add(symbol);
      } else {
        repeats++;
      }
    }
    if (!unmapped.isEmpty()) {
      at.warn(
          unmapped.size()
              + " gene ID"
              + (unmapped.size() == 1 ? "" : "s")
              + " not in the human reference: "
              + examples(unmapped));
    }
    if (!ambiguous.isEmpty()) {
      at.warn(
          ambiguous.size()
              + " ambiguous alias"
              + (ambiguous.size() == 1 ? "" : "es")
              + " left out (each names several genes): "
              + examples(ambiguous));
    }
    if (!renamed.isEmpty()) {
      at.warn(
          renamed.size()
              + " previous symbol"
              + (renamed.size() == 1 ? "" : "s")
              + " or alias"
              + (renamed.size() == 1 ? "" : "es")
              + " mapped to the approved symbol: "
              + examples(renamed));
    }
    at.tokens()[RENAMED] += renamed.size();
    at.tokens()[DROPPED] += unmapped.size() + ambiguous.size();
    if (repeats > 0) {
      at.warn(repeats + " repeated gene" + (repeats == 1 ? "" : "s") + " counted once");
    }
    return genes;
  }

  /** Sets up to this many tokens are de-duplicated by scanning, not hashing. */
  private static final int SHORT_SET = 48;

  private static boolean containsInstance(List<String> symbols, String symbol) {
    for (int i = 0; i < symbols.size(); i++) {
      if (symbols.get(i) == symbol) {
        return true;
      }
    }
    return false;
  }

  /** The approved symbol a token stands for, as the reference holds it, or null. */
  private String symbolOf(String token) {
    if (isDigits(token)) {
      if (token.length() > 9) {
        return null;
      }
      Gene gene = reference.geneByEntrez(Integer.parseInt(token)).orElse(null);
      // Genes that share a symbol hold their own copies of it: take the reference's one.
      return gene == null ? null : reference.approvedSymbol(gene.symbol());
    }
    return reference.approvedSymbol(token);
  }

  private static boolean isDigits(String token) {
    for (int i = 0; i < token.length(); i++) {
      if (token.charAt(i) < '0' || token.charAt(i) > '9') {
        return false;
      }
    }
    return true;
  }

  static String examples(List<String> values) {
    List<String> shown = values.subList(0, Math.min(5, values.size()));
    return String.join(", ", shown) + (values.size() > shown.size() ? ", …" : "");
  }

  /** Index of renamed tokens in {@link LineContext#tokens()}. */
  private static final int RENAMED = 0;

  /** Index of dropped tokens in {@link LineContext#tokens()}. */
  private static final int DROPPED = 1;

  /** Where a line is, and where its issues and token counts go. */
  private record LineContext(
      String source, int line, List<LoadIssue> skipped, List<LoadIssue> warnings, int[] tokens) {
    void skip(String reason) {
      skipped.add(new LoadIssue(source, line, reason));
    }

    void warn(String reason) {
      warnings.add(new LoadIssue(source, line, reason));
    }
  }
}
