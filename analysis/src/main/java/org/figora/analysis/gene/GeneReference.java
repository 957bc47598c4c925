package org.figora.analysis.gene;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import org.figora.analysis.format.InputFormatException;

/**
 * The human gene reference: NCBI Gene records (symbol, type, name, aliases and previous symbols,
 * Ensembl IDs) used to check approved symbols and to map other gene identifiers to them.
 *
 * <p>{@link #bundled()} gives the table built by {@code reference/build-reference.sh} from
 * org.Hs.eg.db and shipped in the jar; {@link #read(Path)} reads another file of the same format.
 * Instances are immutable and safe to share between threads.
 *
 * <p>A file given to {@link #read(Path)} is parsed and checked whole at once. The bundled table,
 * which the build checks the same way, is read as far as a run needs it: its header at once, its
 * symbols on the first symbol lookup, its genes (names, aliases, Ensembl IDs) on the first use of
 * anything else; answers are the same either way.
 */
public final class GeneReference {

  /** Classpath location of the bundled table, relative to this class. */
  static final String BUNDLED_RESOURCE = "human-genes.tsv.gz";

  /** Classpath location of the bundled table's symbol column, relative to this class. */
  static final String SYMBOLS_RESOURCE = "human-genes-symbols.tsv.gz";

  /** Metadata key of the NCBI Gene snapshot date. */
  static final String SOURCE_DATE_KEY = "EGSOURCEDATE";

  /** Metadata key of the human-readable source. */
  static final String SOURCE_KEY = "source";

  private final String sourceName;
  private final Map<String, String> metadata;
  private final GeneRows rows;
  private final IdentifierResolver resolver;

  private GeneReference(String sourceName, Map<String, String> metadata, GeneRows rows) {
    if (!metadata.containsKey(SOURCE_DATE_KEY)) {
      throw new InputFormatException(sourceName, 0, "no #" + SOURCE_DATE_KEY + "= header line");
    }
    this.sourceName = sourceName;
    this.metadata = metadata;
    this.rows = rows;
    this.resolver = new IdentifierResolver(rows);
  }

  /** Loads the bundled table's header on first use; the JVM runs this once, thread-safely. */
  private static final class Bundled {
    private static final GeneReference INSTANCE;
    private static final RuntimeException FAILURE;

    static {
      GeneReference loaded = null;
      RuntimeException failure = null;
      try {
        loaded = loadBundled();
      } catch (IOException e) {
        failure = new UncheckedIOException("cannot read the bundled gene reference", e);
      } catch (RuntimeException e) {
        failure = e;
      }
      INSTANCE = loaded;
      FAILURE = failure;
    }
  }

  /**
   * Returns the reference shipped in the jar, reading its header on the first call; its rows are
   * read when first needed (see the class description).
   *
   * @return the shared bundled reference
   * @throws UncheckedIOException if the resource is missing or unreadable (a broken build); also
   *     from the first use of its rows
   * @throws InputFormatException if the resource is not a valid table (a broken build); also from
   *     the first use of its rows
   */
  public static GeneReference bundled() {
    if (Bundled.FAILURE != null) {
      throw Bundled.FAILURE;
    }
    return Bundled.INSTANCE;
  }

  private static GeneReference loadBundled() throws IOException {
    String name =
        "classpath:"
            + GeneReference.class.getPackageName().replace('.', '/')
            + "/"
            + BUNDLED_RESOURCE;
    Map<String, String> metadata;
    try (InputStream in = openBundled(BUNDLED_RESOURCE)) {
      metadata = GeneTableReader.readMetadata(in, name);
    }
    return new GeneReference(
        name,
        metadata,
        new BundledGeneTable(
            name, () -> openBundled(BUNDLED_RESOURCE), () -> openBundled(SYMBOLS_RESOURCE)));
  }

  private static InputStream openBundled(String resource) throws IOException {
    InputStream in = GeneReference.class.getResourceAsStream(resource);
    if (in == null) {
      throw new IOException(
          "classpath:"
              + GeneReference.class.getPackageName().replace('.', '/')
              + "/"
              + resource
              + " is not on the classpath");
    }
    return in;
  }

  /**
   * Reads a reference file in the format of {@code reference/human-genes.tsv.gz}.
   *
   * @param tsvGz the file, gzip-compressed or plain text
   * @return the reference
   * @throws IOException if the file cannot be read or decompressed
   * @throws InputFormatException if the content is not a valid table; names the line
   */
  public static GeneReference read(Path tsvGz) throws IOException {
    try (InputStream in = Files.newInputStream(tsvGz)) {
      return read(in, tsvGz.toString());
    }
  }

  /**
   * Reads a reference table from a stream, gzip-compressed or plain UTF-8 text (detected from the
   * first bytes). The stream is not closed.
   *
   * @param in the table
   * @param sourceName file name or label used in error messages and {@link #sourceDescription()}
   * @return the reference
   * @throws IOException if the stream cannot be read or decompressed
   * @throws InputFormatException if the content is not a valid table; names the line
   */
  public static GeneReference read(InputStream in, String sourceName) throws IOException {
    Objects.requireNonNull(in, "in");
    Objects.requireNonNull(sourceName, "sourceName");
    GeneTableReader.GeneTable table = GeneTableReader.read(in, sourceName);
    return new GeneReference(sourceName, table.metadata(), new GeneIndex(table.genes()));
  }

  /**
   * Tells whether text is an approved symbol, with exactly this letter case.
   *
   * @param symbol candidate symbol, e.g. {@code SP1} (true) or {@code Sp1} (false)
   * @return true if some gene has this symbol
   */
  public boolean isApprovedSymbol(String symbol) {
    return symbol != null && rows.symbols().canonical(symbol) != null;
  }

  /**
   * Returns the reference's own instance of an approved symbol. Figures built from many files then
   * share one string per gene (less memory, and hash lookups that compare by identity) instead of
   * keeping a copy per record.
   *
   * @param symbol candidate symbol, exact case
   * @return the same symbol as held by the reference, or null if it is not approved
   */
  public String approvedSymbol(String symbol) {
    return symbol == null ? null : rows.symbols().canonical(symbol);
  }

  /**
   * Returns the gene with an approved symbol. When several Entrez records share the symbol (18
   * symbols in org.Hs.eg.db 3.16, e.g. {@code HBD}, {@code TEC}), the protein-coding one is given,
   * else one of known type, else the lowest Entrez ID; {@link #genesWithSymbol} gives all.
   *
   * @param approvedSymbol the symbol, exact case
   * @return the gene, or empty if the symbol is not approved
   */
  public Optional<Gene> gene(String approvedSymbol) {
    List<Gene> found = genesWithSymbol(approvedSymbol);
    return found.isEmpty() ? Optional.empty() : Optional.of(found.get(0));
  }

  /**
   * Returns all genes with an approved symbol, the one {@link #gene(String)} picks first.
   *
   * @param approvedSymbol the symbol, exact case
   * @return the genes, unmodifiable; empty if the symbol is not approved
   */
  public List<Gene> genesWithSymbol(String approvedSymbol) {
    return approvedSymbol == null ? List.of() : rows.index().withSymbol(approvedSymbol);
  }

  /**
   * Returns the gene with an NCBI Gene (Entrez) ID.
   *
   * @param entrezId the ID
   * @return the gene, or empty if the reference has no such ID
   */
  public Optional<Gene> geneByEntrez(int entrezId) {
    return Optional.ofNullable(rows.index().byEntrez(entrezId));
  }

  /**
   * Maps a gene identifier to approved symbols. The input is trimmed (also of no-break spaces), and
   * trailing commas or semicolons and surrounding quotes are removed. Then, in order:
   *
   * <ol>
   *   <li>an empty value or a word for a missing value ({@code NA}, {@code NaN}, {@code Inf},
   *       {@code NULL}, {@code #N/A}, ...; see {@link MissingValues}), in any case: {@link
   *       MatchKind#MISSING_VALUE}, never a gene;
   *   <li>an approved symbol, exact case: {@link MatchKind#EXACT};
   *   <li>digits only: an Entrez ID, {@link MatchKind#ENTREZ} (unknown if absent);
   *   <li>{@code ENSG} and digits, optionally with a {@code .version}: {@link MatchKind#ENSEMBL},
   *       or {@link MatchKind#AMBIGUOUS} when the ID belongs to genes with different symbols;
   *   <li>an alias or previous symbol, exact case: {@link MatchKind#ALIAS} if it belongs to one
   *       symbol, else {@link MatchKind#AMBIGUOUS} listing all;
   *   <li>a unique approved symbol ignoring case: {@link MatchKind#CASE_CORRECTED};
   *   <li>an alias or previous symbol ignoring case: as for the exact-case alias;
   *   <li>a date that a spreadsheet made from a symbol ({@code 1-Sep}, {@code 2-Mar}, {@code
   *       1-Dec}, ...): {@link MatchKind#SPREADSHEET_MANGLED}, or ambiguous (see {@link
   *       SpreadsheetDateSymbols} for the readings; {@code 1-Mar} and {@code 2-Mar} are ambiguous
   *       between MARCHFn and MTARCn);
   *   <li>otherwise {@link MatchKind#UNKNOWN}.
   * </ol>
   *
   * <p>An identifier shared by several genes is never resolved to one of them.
   *
   * @param identifier a symbol, alias, Entrez or Ensembl ID, or mangled date
   * @return the resolution; its {@code input} is the identifier as given
   */
  public GeneResolution resolve(String identifier) {
    Objects.requireNonNull(identifier, "identifier");
    return resolver.resolve(identifier);
  }

  /**
   * Maps a gene identifier as {@link #resolve(String)} does, but only with exact letter case:
   * missing values, approved symbols, Entrez IDs, {@code ENSG} Ensembl IDs, and aliases or previous
   * symbols spelled as the reference spells them ({@code PARK2} for PRKN). There is no case
   * correction and no spreadsheet-date reading: for gene sets of a corpus, where letter case tells
   * a human gene ({@code TP53}, {@code SP1}) from another organism's ({@code Trp53}, {@code Sp1}).
   *
   * @param identifier a symbol, alias, Entrez or Ensembl ID
   * @return the resolution: {@link MatchKind#EXACT}, {@link MatchKind#ENTREZ}, {@link
   *     MatchKind#ENSEMBL}, {@link MatchKind#ALIAS}, {@link MatchKind#AMBIGUOUS}, {@link
   *     MatchKind#MISSING_VALUE} or {@link MatchKind#UNKNOWN}
   */
  public GeneResolution resolveExactCase(String identifier) {
    Objects.requireNonNull(identifier, "identifier");
    return resolver.resolveExactCase(identifier);
  }

  /**
   * Returns all genes.
   *
   * @return the genes in ascending Entrez ID order, unmodifiable
   */
  public List<Gene> genes() {
    return rows.index().genes();
  }

  /**
   * Returns the NCBI Gene snapshot date recorded by the build script.
   *
   * @return the {@code EGSOURCEDATE} header value, e.g. {@code 2022-Sep12}
   */
  public String sourceDate() {
    return metadata.get(SOURCE_DATE_KEY);
  }

  /**
   * Describes where the data come from, for reports.
   *
   * @return e.g. {@code NCBI Gene via org.Hs.eg.db 3.16.0 (EGSOURCEDATE 2022-Sep12)}
   */
  public String sourceDescription() {
    String source = metadata.getOrDefault(SOURCE_KEY, sourceName);
    return source + " (" + SOURCE_DATE_KEY + " " + sourceDate() + ")";
  }

  /**
   * Returns the provenance lines of the file header ({@code #KEY=value}).
   *
   * @return key to value, unmodifiable
   */
  public Map<String, String> metadata() {
    return metadata;
  }

  /**
   * Returns the number of genes (Entrez records).
   *
   * @return the gene count
   */
  public int size() {
    return genes().size();
  }
}
