package org.figora.analysis.gene;

import java.io.BufferedInputStream;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.UnaryOperator;
import java.util.zip.GZIPInputStream;
import org.figora.analysis.format.InputFormatException;

/**
 * Reads the gene table written by {@code reference/build-reference.sh}: {@code #KEY=value} comment
 * lines, a header line, then one tab-separated row per gene in ascending Entrez ID order; empty
 * lines are skipped. Gzip input is detected by its magic bytes; plain UTF-8 text is read as is.
 */
final class GeneTableReader {

  /** The columns of the table, in order. */
  static final List<String> COLUMNS =
      List.of("entrez_id", "symbol", "gene_type", "name", "aliases", "ensembl_ids");

  private static final int BUFFER_SIZE = 64 * 1024;

  /** Buffer size for reading only the lines before the header: a few hundred bytes. */
  private static final int HEADER_BUFFER_SIZE = 4 * 1024;

  private static final int GZIP_MAGIC = 0x8b1f;

  /** What a table holds: its header metadata and its genes in Entrez order. */
  record GeneTable(Map<String, String> metadata, List<Gene> genes) {}

  private final String source;
  private final UnaryOperator<String> symbolInstances;
  private final Map<String, String> metadata = new LinkedHashMap<>();
  private final List<Gene> genes = new ArrayList<>(80_000);

  /** One shared instance per gene type string. */
  private final Map<String, String> types = new HashMap<>();

  private int lineNumber;
  private int previousEntrezId;

  private GeneTableReader(String source, UnaryOperator<String> symbolInstances) {
    this.source = source;
    this.symbolInstances = symbolInstances;
  }

  /**
   * Reads a table; does not close the stream.
   *
   * @param in gzip-compressed or plain UTF-8 table
   * @param source file name or label used in error messages
   * @return the metadata and the genes sorted by Entrez ID
   * @throws IOException if reading or decompressing fails, or the text is not UTF-8
   * @throws InputFormatException if the content is not a valid gene table
   */
  static GeneTable read(InputStream in, String source) throws IOException {
    return read(in, source, UnaryOperator.identity());
  }

  /**
   * Reads a table whose symbols are already held elsewhere; does not close the stream.
   *
   * @param in gzip-compressed or plain UTF-8 table
   * @param source file name or label used in error messages
   * @param symbolInstances gives the instance of each symbol that the genes are to hold, or null
   *     for a symbol it does not know (an error of the table)
   * @return the metadata and the genes sorted by Entrez ID
   * @throws IOException if reading or decompressing fails, or the text is not UTF-8
   * @throws InputFormatException if the content is not a valid gene table
   */
  static GeneTable read(InputStream in, String source, UnaryOperator<String> symbolInstances)
      throws IOException {
    return new GeneTableReader(source, symbolInstances).readAll(in);
  }

  /**
   * Reads the {@code #KEY=value} lines and checks the header line, without reading a row; does not
   * close the stream.
   *
   * @param in gzip-compressed or plain UTF-8 table
   * @param source file name or label used in error messages
   * @return the metadata, unmodifiable
   * @throws IOException if reading or decompressing fails, or the text is not UTF-8
   * @throws InputFormatException if the header line is wrong or missing
   */
  static Map<String, String> readMetadata(InputStream in, String source) throws IOException {
    GeneTableReader table = new GeneTableReader(source, UnaryOperator.identity());
    BufferedReader reader = openReader(in, HEADER_BUFFER_SIZE);
    String line;
    while ((line = reader.readLine()) != null) {
      table.lineNumber++;
      if (!line.isEmpty() && table.readPreamble(line)) {
        return Map.copyOf(table.metadata);
      }
    }
    throw table.noHeader();
  }

  private InputFormatException noHeader() {
    return new InputFormatException(source, 0, "no header line " + String.join("\t", COLUMNS));
  }

  private GeneTable readAll(InputStream in) throws IOException {
    BufferedReader reader = openReader(in, BUFFER_SIZE);
    boolean headerSeen = false;
    String line;
    while ((line = reader.readLine()) != null) {
      lineNumber++;
      if (line.isEmpty()) {
        continue;
      }
      if (!headerSeen) {
        headerSeen = readPreamble(line);
      } else {
        genes.add(parseRow(line));
      }
    }
    if (!headerSeen) {
      throw noHeader();
    }
    if (genes.isEmpty()) {
      throw new InputFormatException(source, 0, "no genes after the header line");
    }
    return new GeneTable(Map.copyOf(metadata), List.copyOf(genes));
  }

  private static BufferedReader openReader(InputStream in, int bufferSize) throws IOException {
    BufferedInputStream buffered = new BufferedInputStream(in, bufferSize);
    buffered.mark(2);
    int magic = buffered.read() | (buffered.read() << 8);
    buffered.reset();
    InputStream text =
        magic == GZIP_MAGIC
            ? new BufferedInputStream(new GZIPInputStream(buffered, bufferSize), bufferSize)
            : buffered;
    var decoder =
        StandardCharsets.UTF_8
            .newDecoder()
            .onMalformedInput(CodingErrorAction.REPORT)
            .onUnmappableCharacter(CodingErrorAction.REPORT);
    return new BufferedReader(new InputStreamReader(text, decoder), bufferSize);
  }

  /** Handles a line before the header; returns true if it is the header. */
  private boolean readPreamble(String line) {
    if (line.startsWith("#")) {
      int equals = line.indexOf('=');
      if (equals > 1) {
        metadata.put(line.substring(1, equals).strip(), line.substring(equals + 1).strip());
      }
      return false;
    }
    List<String> header = Arrays.asList(line.split("\t", -1));
    if (!header.equals(COLUMNS)) {
      throw error("expected the header line " + String.join("<TAB>", COLUMNS) + ", found: " + line);
    }
    return true;
  }

  private Gene parseRow(String line) {
    String[] fields = splitColumns(line);
    int entrezId = parseEntrezId(fields[0]);
    if (entrezId <= previousEntrezId) {
      throw error(
          "Entrez ID "
              + entrezId
              + " is not greater than the one before ("
              + previousEntrezId
              + "); rows must be sorted by Entrez ID without repeats");
    }
    previousEntrezId = entrezId;
    String symbol = symbolInstances.apply(require(fields[1], "symbol"));
    if (symbol == null) {
      throw error("symbol " + fields[1] + " is not among the symbols read before");
    }
    String type = types.computeIfAbsent(require(fields[2], "gene_type"), t -> t);
    List<String> aliases = splitList(fields[4], "aliases");
    List<String> ensemblIds = splitList(fields[5], "ensembl_ids");
    for (String id : ensemblIds) {
      if (!id.startsWith("ENSG") || !isDigits(id, 4)) {
        throw error("bad Ensembl gene ID '" + id + "' (expected ENSG followed by digits)");
      }
    }
    return new Gene(entrezId, symbol, type, fields[3], aliases, ensemblIds);
  }

  /** Splits a row at tabs into exactly as many fields as there are columns. */
  private String[] splitColumns(String line) {
    String[] fields = new String[COLUMNS.size()];
    int start = 0;
    int count = 0;
    while (true) {
      int tab = line.indexOf('\t', start);
      int end = tab < 0 ? line.length() : tab;
      if (count < fields.length) {
        fields[count] = line.substring(start, end);
      }
      count++;
      if (tab < 0) {
        break;
      }
      start = tab + 1;
    }
    if (count != fields.length) {
      throw error("expected " + fields.length + " tab-separated columns, found " + count);
    }
    return fields;
  }

  private int parseEntrezId(String field) {
    int id = field.length() <= 9 && isDigits(field, 0) ? Integer.parseInt(field) : 0;
    if (id <= 0) {
      throw error("bad Entrez ID '" + field + "' (expected a positive integer)");
    }
    return id;
  }

  /** Tells whether text has at least one character from {@code start} on, all ASCII digits. */
  private static boolean isDigits(String text, int start) {
    if (text.length() <= start) {
      return false;
    }
    for (int i = start; i < text.length(); i++) {
      char c = text.charAt(i);
      if (c < '0' || c > '9') {
        return false;
      }
    }
    return true;
  }

  private String require(String field, String column) {
    if (field.isBlank()) {
      throw error("empty " + column);
    }
    return field;
  }

  private List<String> splitList(String field, String column) {
    if (field.isEmpty()) {
      return List.of();
    }
    String[] values = field.split("\\|", -1);
    for (String value : values) {
      if (value.isEmpty()) {
        throw error("empty element in the |-separated " + column + " list");
      }
    }
    return List.of(values);
  }

  private InputFormatException error(String reason) {
    return new InputFormatException(source, lineNumber, reason);
  }
}
