package org.figora.analysis.gene;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.zip.GZIPInputStream;
import org.figora.analysis.format.InputFormatException;

/**
 * The rows of the bundled table, read in two steps so that a run pays only for what it uses. The
 * first use of a symbol reads the table's symbol column, shipped beside it as a small file of its
 * own ({@code human-genes-symbols.tsv.gz}: a comment line, the header {@code symbol}, then one
 * symbol per row of the table, in the table's order): all that a list of clean symbols or a cached
 * corpus needs, and no {@link Gene} is made. The first use of anything else inflates the table and
 * parses it with {@link GeneTableReader}, as strictly as {@link GeneReference#read} parses any
 * file, and checks that its rows have the symbols of the first step, in order; the genes hold the
 * symbol instances of the first step. The header was read before ({@link
 * GeneTableReader#readMetadata}), so a reference whose rows are never asked for (figora --version)
 * reads neither file.
 */
final class BundledGeneTable implements GeneRows {

  /** Opens a resource. */
  interface Opener {
    /**
     * @return the resource's bytes, gzip-compressed or plain
     * @throws IOException if it cannot be opened
     */
    InputStream open() throws IOException;
  }

  private static final int GZIP_MAGIC = 0x8b1f;

  /** Longest gzip header and trailer: a file shorter than this is no gzip member. */
  private static final int GZIP_OVERHEAD = 18;

  private final String source;
  private final Opener table;
  private final Opener symbolColumn;
  private volatile SymbolTable symbols;
  private volatile GeneIndex index;

  /** The symbol of each row, in order; dropped once the genes are parsed. */
  private List<String> rowSymbols;

  /**
   * Creates the table; reads nothing yet.
   *
   * @param source the table's name, for error messages
   * @param table opens the table
   * @param symbolColumn opens the file of its symbol column
   */
  BundledGeneTable(String source, Opener table, Opener symbolColumn) {
    this.source = source;
    this.table = table;
    this.symbolColumn = symbolColumn;
  }

  @Override
  public SymbolTable symbols() {
    SymbolTable found = symbols;
    if (found == null) {
      synchronized (this) {
        found = symbols;
        if (found == null) {
          List<String> column = readSymbolColumn();
          found = SymbolTable.ofRepeated(column);
          rowSymbols = column;
          symbols = found;
        }
      }
    }
    return found;
  }

  @Override
  public GeneIndex index() {
    GeneIndex genes = index;
    if (genes == null) {
      synchronized (this) {
        genes = index;
        if (genes == null) {
          genes = parse(symbols());
          index = genes;
          rowSymbols = null;
        }
      }
    }
    return genes;
  }

  /** Parses every row of the table, strictly, and checks its symbols against the first step. */
  private GeneIndex parse(SymbolTable known) {
    GeneTableReader.GeneTable parsed;
    try {
      parsed =
          GeneTableReader.read(new ByteArrayInputStream(inflate(table)), source, known::canonical);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read the bundled gene reference", e);
    }
    List<Gene> genes = parsed.genes();
    if (genes.size() != rowSymbols.size()) {
      throw new IllegalStateException(
          source + ": " + genes.size() + " genes, but " + rowSymbols.size() + " symbols");
    }
    for (int i = 0; i < genes.size(); i++) {
      if (!genes.get(i).symbol().equals(rowSymbols.get(i))) {
        throw new IllegalStateException(
            source
                + ": gene "
                + (i + 1)
                + " is "
                + genes.get(i).symbol()
                + ", not "
                + rowSymbols.get(i));
      }
    }
    return new GeneIndex(genes);
  }

  /**
   * The symbols of the symbol column file: after {@code #} lines and the header line {@code
   * symbol}, one non-empty line per row of the table.
   */
  private List<String> readSymbolColumn() {
    byte[] bytes;
    try {
      bytes = inflate(symbolColumn);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read the bundled gene reference's symbols", e);
    }
    String name = source.replace(GeneReference.BUNDLED_RESOURCE, GeneReference.SYMBOLS_RESOURCE);
    List<String> found = new ArrayList<>(80_000);
    boolean headerSeen = false;
    int line = 0;
    int start = 0;
    while (start < bytes.length) {
      line++;
      int end = start;
      while (end < bytes.length && bytes[end] != '\n') {
        end++;
      }
      String text = new String(bytes, start, end - start, StandardCharsets.UTF_8);
      if (headerSeen) {
        if (text.isEmpty()) {
          throw new InputFormatException(name, line, "empty symbol");
        }
        found.add(text);
      } else if (!text.startsWith("#")) {
        if (!text.equals("symbol")) {
          throw new InputFormatException(name, line, "expected the header line symbol");
        }
        headerSeen = true;
      }
      start = end + 1;
    }
    if (found.isEmpty()) {
      throw new InputFormatException(name, 0, "no symbols after the header line");
    }
    return found;
  }

  /** A whole resource, inflated into one array of its exact size (gzip records it). */
  private static byte[] inflate(Opener opener) throws IOException {
    byte[] stored;
    try (InputStream in = opener.open()) {
      stored = in.readAllBytes();
    }
    int n = stored.length;
    if (n < GZIP_OVERHEAD || ((stored[0] & 0xff) | (stored[1] & 0xff) << 8) != GZIP_MAGIC) {
      return stored;
    }
    int size =
        (stored[n - 4] & 0xff)
            | (stored[n - 3] & 0xff) << 8
            | (stored[n - 2] & 0xff) << 16
            | (stored[n - 1] & 0xff) << 24;
    try (GZIPInputStream gzip = new GZIPInputStream(new ByteArrayInputStream(stored), 1 << 16)) {
      if (size > 0) {
        byte[] bytes = new byte[size];
        // read() at the end checks the trailer (CRC and size) and finds no other member.
        if (gzip.readNBytes(bytes, 0, size) == size && gzip.read() < 0) {
          return bytes;
        }
      }
    }
    // Not one member of the recorded size (never so for the bundled files): inflate as it comes.
    try (GZIPInputStream gzip = new GZIPInputStream(new ByteArrayInputStream(stored), 1 << 16)) {
      return gzip.readAllBytes();
    }
  }
}
