package org.figora.analysis.index;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.Executor;
import java.util.function.Supplier;
import java.util.zip.CRC32C;
import org.figora.analysis.corpus.Corpus;
import org.figora.analysis.corpus.LoadIssue;
import org.figora.analysis.corpus.LoadReport;
import org.figora.analysis.figure.Figure;
import org.figora.analysis.internal.Parallel;

/**
 * The binary cache format of a {@link FigureIndex}: a header (magic, format version, payload
 * length, CRC-32C of the payload, fingerprint of the corpus and reference it was built from) and a
 * payload holding a symbol table (the index's genes first, in gene-id order, then the other
 * keywords), the gene count, the index's arrays (the figure→gene CSR, the figid order), the load
 * report, the corpus's similar figures when they were computed ({@link SimilarFigures}: the exact
 * copies and the similar pairs of distinct sets), and the figures' metadata with a position table.
 * Loading rebuilds the index from the arrays without hashing a string per membership, and decodes a
 * figure's metadata only when it is first asked for (a report decodes the figures it shows).
 *
 * <p>Decoding checks everything before it trusts anything and says why a file cannot be used
 * ({@link Outcome}): another format version, or a corrupt file (wrong magic, a length or checksum
 * mismatch, inconsistent contents); never a half-read index. The store compares fingerprints.
 */
final class IndexCodec {

  /** File magic: "FIGORAIX". */
  static final long MAGIC = 0x4649474F52414958L;

  /** Format version; bump on any change to the layout or to how figures are built. */
  static final int FORMAT_VERSION = 8;

  private static final int HEADER_BYTES = 8 + 4 + 8 + 4;

  private IndexCodec() {}

  /**
   * Serialises an index with its fingerprint.
   *
   * @return the whole file (header and payload) in a sink, written as it is
   */
  static ByteSink encode(FigureIndex index, String fingerprint) {
    return encode(index, fingerprint, Optional.empty());
  }

  /**
   * Serialises an index with its fingerprint, encoding chunks of figures on an executor.
   *
   * @return the whole file (header and payload) in a sink, written as it is; the same bytes
   *     whichever executor made them
   */
  static ByteSink encode(FigureIndex index, String fingerprint, Optional<Executor> executor) {
    return encode(index, fingerprint, executor, index::similarFigures);
  }

  /**
   * Serialises an index with its fingerprint and the corpus's similar figures, which are asked for
   * only once the figures are encoded (they may be computed meanwhile on another thread).
   *
   * @return the whole file (header and payload) in a sink, written as it is; the same bytes
   *     whichever executor made them
   */
  static ByteSink encode(
      FigureIndex index,
      String fingerprint,
      Optional<Executor> executor,
      Supplier<Optional<SimilarFigures>> similarFigures) {
    List<Figure> figures = index.corpus().figures();
    String[] genes = index.geneArray();
    // The symbol table: the index's genes (so a gene's symbol id is its gene id), then every
    // other keyword, in order of first appearance (gathered per chunk on the executor).
    Map<String, Integer> symbols = new HashMap<>(genes.length * 2);
    List<String> table = new ArrayList<>(List.of(genes));
    for (int g = 0; g < genes.length; g++) {
      symbols.put(genes[g], g);
    }
    int chunks = (figures.size() + CHUNK - 1) / CHUNK;
    List<Set<String>> others =
        Parallel.map(
            executor, chunks, c -> otherKeywords(figures, c * CHUNK, chunkSize(c, figures)));
    for (Set<String> chunk : others) {
      for (String keyword : chunk) {
        if (symbols.putIfAbsent(keyword, table.size()) == null) {
          table.add(keyword);
        }
      }
    }
    ByteSink out = new ByteSink(HEADER_BYTES + 16 * index.figureGenes().length + (1 << 20));
    out.skip(HEADER_BYTES);
    writeString(out, fingerprint);
    out.writeInt(table.size());
    for (String symbol : table) {
      writeString(out, symbol);
    }
    out.writeInt(genes.length); // the genes are the table's first entries
    writeInts(out, index.figureOffsets());
    writeInts(out, index.figureGenes());
    writeInts(out, index.figuresByFigid());
    writeReport(out, index.corpus().report());
    List<ByteSink> parts =
        Parallel.map(
            executor,
            chunks,
            c ->
                encodeFigures(
                    figures, c * CHUNK, Math.min(figures.size(), (c + 1) * CHUNK), symbols));
    writeSimilarFigures(out, similarFigures.get());
    int[] positions = new int[figures.size()];
    int base = 0;
    for (int c = 0; c < chunks; c++) {
      ByteSink part = parts.get(c);
      ByteBuffer starts =
          ByteBuffer.wrap(
              part.array(), part.size() - 4 * chunkSize(c, figures), 4 * chunkSize(c, figures));
      for (int f = c * CHUNK; f < c * CHUNK + chunkSize(c, figures); f++) {
        positions[f] = base + starts.getInt();
      }
      base += part.size() - 4 * chunkSize(c, figures);
    }
    writeInts(out, positions);
    out.writeInt(base);
    for (int c = 0; c < chunks; c++) {
      ByteSink part = parts.get(c);
      out.write(part.array(), 0, part.size() - 4 * chunkSize(c, figures));
    }
    int length = out.size() - HEADER_BYTES;
    CRC32C crc = new CRC32C();
    crc.update(out.array(), HEADER_BYTES, length);
    ByteBuffer.wrap(out.array(), 0, HEADER_BYTES)
        .putLong(MAGIC)
        .putInt(FORMAT_VERSION)
        .putLong(length)
        .putInt((int) crc.getValue());
    return out;
  }

  /**
   * The keywords of figures {@code from..from+count}, in order, except where a figure's keywords
   * are its human genes (a GMT set), which the index's genes already hold.
   */
  private static Set<String> otherKeywords(List<Figure> figures, int from, int count) {
    Set<String> keywords = new LinkedHashSet<>();
    for (int f = from; f < from + count; f++) {
      Figure figure = figures.get(f);
      if (!FigureCodec.keywordsAreHumanGenes(figure)) {
        keywords.addAll(figure.keywords());
      }
    }
    return keywords;
  }

  /** Figures encoded per parallel task. */
  private static final int CHUNK = 4096;

  private static int chunkSize(int chunk, List<Figure> figures) {
    return Math.min(CHUNK, figures.size() - chunk * CHUNK);
  }

  /**
   * Encodes figures {@code from..to} into their own sink, followed by each figure's start position
   * within it (read back and removed when the chunks are joined).
   */
  private static ByteSink encodeFigures(
      List<Figure> figures, int from, int to, Map<String, Integer> symbols) {
    ByteSink sink = new ByteSink(1 << 16);
    int[] starts = new int[to - from];
    for (int f = from; f < to; f++) {
      starts[f - from] = sink.size();
      FigureCodec.write(sink, figures.get(f), symbols);
    }
    for (int start : starts) {
      sink.writeInt(start);
    }
    return sink;
  }

  private static void writeInts(ByteSink out, int[] values) {
    out.writeInt(values.length);
    for (int value : values) {
      out.writeInt(value);
    }
  }

  private static int[] readInts(ByteBuffer in) {
    int length = in.getInt();
    if (length < 0 || (long) length * Integer.BYTES > in.remaining()) {
      throw new IllegalStateException("corrupt array length " + length);
    }
    int[] values = new int[length];
    in.asIntBuffer().get(values);
    in.position(in.position() + length * Integer.BYTES);
    return values;
  }

  /**
   * Decodes a cache file if, and only if, it is intact, of this format version and built from the
   * expected fingerprint.
   */
  static Optional<FigureIndex> decode(byte[] bytes, String expectedFingerprint) {
    return decode(bytes)
        .filter(d -> d.fingerprint().equals(expectedFingerprint))
        .map(Decoded::index);
  }

  /**
   * A cache file's index and the fingerprint it was built from.
   *
   * @param fingerprint of the corpus and reference the index was built from
   * @param index the index
   */
  record Decoded(String fingerprint, FigureIndex index) {}

  /**
   * Decodes a cache file if, and only if, it is intact and of this format version, whatever corpus
   * it was built from; the caller compares {@link Decoded#fingerprint()}.
   */
  static Optional<Decoded> decode(byte[] bytes) {
    return read(bytes) instanceof Outcome.Read read
        ? Optional.of(read.decoded())
        : Optional.empty();
  }

  /** What reading a cache file's bytes gave. */
  sealed interface Outcome {
    /** An intact file of this format version. */
    record Read(Decoded decoded) implements Outcome {}

    /**
     * A file of another format version (another figora release wrote it): expected, and simply
     * rebuilt.
     *
     * @param version the file's format version
     */
    record OtherVersion(int version) implements Outcome {}

    /**
     * A file that is not an intact cache: wrong magic, truncated, extended, checksum mismatch or
     * inconsistent contents. Worth a warning: something damaged it.
     *
     * @param reason what is wrong
     */
    record Corrupt(String reason) implements Outcome {}
  }

  /**
   * Reads a cache file's bytes. Every check comes before anything is trusted; no exception escapes
   * for bad bytes.
   *
   * @param bytes the file's bytes
   * @return the decoded index, or why there is none
   */
  static Outcome read(byte[] bytes) {
    try {
      return readChecked(bytes);
    } catch (RuntimeException e) {
      return new Outcome.Corrupt("inconsistent contents (" + e + ")");
    }
  }

  private static Outcome readChecked(byte[] bytes) {
    if (bytes.length < HEADER_BYTES) {
      return new Outcome.Corrupt(bytes.length + " bytes, shorter than the header");
    }
    ByteBuffer in = ByteBuffer.wrap(bytes);
    if (in.getLong() != MAGIC) {
      return new Outcome.Corrupt("not a figora index cache (wrong magic number)");
    }
    int version = in.getInt();
    if (version != FORMAT_VERSION) {
      return new Outcome.OtherVersion(version);
    }
    long length = in.getLong();
    int expectedCrc = in.getInt();
    if (length != bytes.length - HEADER_BYTES) {
      return new Outcome.Corrupt(
          "payload of "
              + (bytes.length - HEADER_BYTES)
              + " bytes, header says "
              + length
              + " (truncated or extended)");
    }
    CRC32C crc = new CRC32C();
    crc.update(bytes, HEADER_BYTES, (int) length);
    if ((int) crc.getValue() != expectedCrc) {
      return new Outcome.Corrupt("CRC-32C checksum mismatch");
    }
    String fingerprint = readString(in);
    String[] table = new String[in.getInt()];
    for (int i = 0; i < table.length; i++) {
      table[i] = readString(in);
    }
    int geneCount = in.getInt();
    if (geneCount < 0 || geneCount > table.length) {
      throw new IllegalStateException("corrupt gene count " + geneCount);
    }
    String[] genes = Arrays.copyOf(table, geneCount);
    int[] figureOffsets = readInts(in);
    int[] figureGenes = readInts(in);
    int[] byFigid = readInts(in);
    LoadReport report = readReport(in);
    Optional<SimilarFigures> similar = readSimilarFigures(in, figureOffsets.length - 1);
    int[] positions = readInts(in);
    int blobLength = in.getInt();
    if (blobLength != in.remaining()) {
      return new Outcome.Corrupt(
          "figure block of " + in.remaining() + " bytes, expected " + blobLength);
    }
    LazyFigures figures = new LazyFigures(bytes, in.position(), positions, table);
    FigureIndex index =
        FigureIndex.fromArrays(
            new Corpus(figures, report), genes, figureOffsets, figureGenes, byFigid);
    return new Outcome.Read(
        new Decoded(fingerprint, similar.map(index::withSimilarFigures).orElse(index)));
  }

  /** The similar figures: 0 when unknown, else 1, the threshold, the copies, the pairs. */
  private static void writeSimilarFigures(ByteSink out, Optional<SimilarFigures> similar) {
    if (similar.isEmpty()) {
      out.writeInt(0);
      return;
    }
    out.writeInt(1);
    out.writeDouble(similar.get().minJaccard());
    writeInts(out, similar.get().copies());
    writeInts(out, similar.get().pairs());
  }

  /**
   * Reads the similar figures, checked against the number of figures (an inconsistent entry throws,
   * and the file is then corrupt).
   */
  private static Optional<SimilarFigures> readSimilarFigures(ByteBuffer in, int figureCount) {
    int present = in.getInt();
    if (present == 0) {
      return Optional.empty();
    }
    if (present != 1) {
      throw new IllegalStateException("corrupt similar-figures flag " + present);
    }
    double minJaccard = in.getDouble();
    int[] copies = readInts(in);
    int[] pairs = readInts(in);
    return Optional.of(SimilarFigures.of(minJaccard, figureCount, copies, pairs));
  }

  /** Reads the fingerprint of an intact cache file without decoding the rest. */
  static Optional<String> fingerprintOf(byte[] bytes) {
    if (bytes.length < HEADER_BYTES + 4) {
      return Optional.empty();
    }
    ByteBuffer in = ByteBuffer.wrap(bytes);
    if (in.getLong() != MAGIC || in.getInt() != FORMAT_VERSION) {
      return Optional.empty();
    }
    in.position(HEADER_BYTES);
    return Optional.of(readString(in));
  }

  private static void writeReport(ByteSink out, LoadReport report) {
    out.writeInt(report.filesRead());
    out.writeInt(report.figuresLoaded());
    writeIssues(out, report.skipped());
    writeIssues(out, report.warnings());
    out.writeInt(report.ignoredFiles());
    out.writeInt(report.mergedFromGmt());
    out.writeInt(report.renamedGeneTokens());
    out.writeInt(report.droppedGeneTokens());
  }

  private static LoadReport readReport(ByteBuffer in) {
    int files = in.getInt();
    int figures = in.getInt();
    List<LoadIssue> skipped = readIssues(in);
    List<LoadIssue> warnings = readIssues(in);
    int ignored = in.getInt();
    int merged = in.getInt();
    return new LoadReport(
        files, figures, skipped, warnings, ignored, merged, in.getInt(), in.getInt());
  }

  private static void writeIssues(ByteSink out, List<LoadIssue> issues) {
    out.writeInt(issues.size());
    for (LoadIssue issue : issues) {
      writeString(out, issue.source());
      out.writeInt(issue.line());
      writeString(out, issue.reason());
    }
  }

  private static List<LoadIssue> readIssues(ByteBuffer in) {
    int count = in.getInt();
    List<LoadIssue> issues = new ArrayList<>(count);
    for (int i = 0; i < count; i++) {
      issues.add(new LoadIssue(readString(in), in.getInt(), readString(in)));
    }
    return issues;
  }

  static void writeString(ByteSink out, String value) {
    byte[] utf8 = value.getBytes(StandardCharsets.UTF_8);
    out.writeInt(utf8.length);
    out.write(utf8);
  }

  static String readString(ByteBuffer in) {
    int length = in.getInt();
    if (length == 0) {
      return ""; // most of a GMT set's text fields
    }
    if (length < 0 || length > in.remaining()) {
      throw new IllegalStateException("corrupt string length " + length);
    }
    String value = new String(in.array(), in.position(), length, StandardCharsets.UTF_8);
    in.position(in.position() + length);
    return value;
  }
}
