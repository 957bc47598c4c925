package org.figora.analysis.gene;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.zip.GZIPInputStream;
import org.figora.analysis.InputFormatException;

/**
 * The rows of the bundled table, read in two steps so that a run pays only for what it uses. The
 * first use of a symbol inflates the table and takes the second column of every row (all that a
 * list of clean symbols or a cached corpus needs: no {@link Gene} is made); the first use of
 * anything else parses the same bytes into genes with {@link GeneTableReader}, as strictly as
 * {@link GeneReference#read} parses any file, the genes holding the symbol instances of the first
 * step. The header was read before ({@link GeneTableReader#readMetadata}), so a reference whose
 * rows are never asked for (figora --version) never reads them.
 */
final class BundledGeneTable implements GeneRows {

  /** Opens the gzip-compressed table. */
  interface Opener {
    /**
     * @return the table's bytes, gzip-compressed or plain
     * @throws IOException if it cannot be opened
     */
    InputStream open() throws IOException;
  }

  private static final int GZIP_MAGIC = 0x8b1f;

  /** Longest gzip header and trailer: a table shorter than this is no gzip member. */
  private static final int GZIP_OVERHEAD = 18;

  private final String source;
  private final Opener opener;
  private volatile SymbolTable symbols;
  private volatile GeneIndex index;

  /** The inflated table between the two steps (guarded by this); dropped once parsed. */
  private byte[] text;

  /** The number of rows the symbol scan found, checked against the parse. */
  private int rowCount;

  /**
   * Creates the table; reads nothing yet.
   *
   * @param source the name used in error messages
   * @param opener opens the table, once per step at most
   */
  BundledGeneTable(String source, Opener opener) {
    this.source = source;
    this.opener = opener;
  }

  @Override
  public SymbolTable symbols() {
    SymbolTable table = symbols;
    if (table == null) {
      synchronized (this) {
        table = symbols;
        if (table == null) {
          byte[] bytes = inflate();
          table = scanSymbols(bytes);
          text = bytes;
          symbols = table;
        }
      }
    }
    return table;
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
          text = null;
        }
      }
    }
    return genes;
  }

  /** Parses every row of the inflated table, strictly. */
  private GeneIndex parse(SymbolTable table) {
    byte[] bytes = text != null ? text : inflate();
    GeneTableReader.GeneTable parsed;
    try {
      parsed = GeneTableReader.read(new ByteArrayInputStream(bytes), source, table::canonical);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read the bundled gene reference", e);
    }
    if (parsed.genes().size() != rowCount) {
      throw new IllegalStateException(
          source + ": " + parsed.genes().size() + " genes, but " + rowCount + " rows of symbols");
    }
    return new GeneIndex(parsed.genes());
  }

  /** The whole table, inflated into one array of its exact size (gzip records it). */
  private byte[] inflate() {
    try {
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
      // Not one member of the recorded size (never so for the bundled file): inflate as it comes.
      try (GZIPInputStream gzip = new GZIPInputStream(new ByteArrayInputStream(stored), 1 << 16)) {
        return gzip.readAllBytes();
      }
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read the bundled gene reference", e);
    }
  }

  /**
   * The symbols of all rows: after the {@code #KEY=value} lines and the header line, the text
   * between the first and the second tab of each non-empty line. The symbols are ASCII in the
   * bundled table; they are decoded as UTF-8 all the same.
   */
  private SymbolTable scanSymbols(byte[] bytes) {
    List<String> found = new ArrayList<>(80_000);
    boolean headerSeen = false;
    int line = 0;
    int start = 0;
    while (start < bytes.length) {
      line++;
      int end = indexOf(bytes, (byte) '\n', start, bytes.length);
      if (end < 0) {
        end = bytes.length;
      }
      if (end > start) {
        if (headerSeen) {
          int first = indexOf(bytes, (byte) '\t', start, end);
          int second = first < 0 ? -1 : indexOf(bytes, (byte) '\t', first + 1, end);
          if (second < 0) {
            throw new InputFormatException(source, line, "expected tab-separated columns");
          }
          found.add(new String(bytes, first + 1, second - first - 1, StandardCharsets.UTF_8));
        } else {
          headerSeen = bytes[start] != '#';
        }
      }
      start = end + 1;
    }
    if (found.isEmpty()) {
      throw new InputFormatException(source, 0, "no genes after the header line");
    }
    rowCount = found.size();
    return SymbolTable.ofRepeated(found);
  }

  /** The position of a byte in {@code bytes[from, to)}, or -1 when absent. */
  private static int indexOf(byte[] bytes, byte b, int from, int to) {
    for (int i = from; i < to; i++) {
      if (bytes[i] == b) {
        return i;
      }
    }
    return -1;
  }
}
