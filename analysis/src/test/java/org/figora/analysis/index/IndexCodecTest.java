package org.figora.analysis.index;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.OptionalInt;
import java.util.Random;
import java.util.zip.CRC32C;
import org.figora.analysis.corpus.Corpus;
import org.figora.analysis.corpus.LoadIssue;
import org.figora.analysis.corpus.LoadReport;
import org.figora.analysis.figure.Figure;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The cache format: an exact round trip, and every kind of damage detected. The header layout
 * checked here is the documented one: 8-byte magic "FIGORAIX", 4-byte format version, 8-byte
 * payload length, 4-byte CRC-32C of the payload; 24 bytes in all.
 */
class IndexCodecTest {

  private static final int HEADER = 24;
  private static final String FINGERPRINT = "fp-1";

  private static Corpus corpus;
  private static byte[] encoded;

  /** A figure with every field set, non-ASCII text included. */
  static Figure richFigure() {
    return new Figure(
        "PMC123__F1",
        "PMC123__F1a",
        "Título: Wnt–β-catenin",
        "Caption\nwith lines",
        "PMC123",
        "Paper title",
        "Doe J, et al. 2019",
        OptionalInt.of(2019),
        Optional.of("10.1000/xyz"),
        Optional.of("Journal of Tests"),
        List.of("Homo sapiens", "Mus musculus"),
        List.of("Homo sapiens"),
        OptionalDouble.of(0.9642214),
        "https://www.ncbi.nlm.nih.gov/pmc/articles/PMC123/figure/F1/",
        "https://pfocr.wikipathways.org/figures/PMC123__F1.html",
        List.of("TP53", "Sp1", "CTNNB1", "β-catenin", "Cancer"),
        List.of("TP53", "CTNNB1"),
        List.of("Sp1", "β-catenin", "Cancer"),
        "/data/records/PMC123__F1.md");
  }

  /** A figure with every optional field absent. */
  static Figure bareFigure() {
    return new Figure(
        "BARE",
        "",
        "",
        "",
        "",
        "",
        "",
        OptionalInt.empty(),
        Optional.empty(),
        Optional.empty(),
        List.of(),
        List.of(),
        OptionalDouble.empty(),
        "",
        "",
        List.of(),
        List.of(),
        List.of(),
        "");
  }

  @BeforeAll
  static void encode() throws IOException {
    List<Figure> figures =
        List.of(
            richFigure(),
            bareFigure(),
            Figure.ofGeneSet(
                "WP254",
                "Apoptosis",
                "http://www.wikipathways.org/instance/WP254",
                List.of("TP53", "FADD"),
                "sets.gmt:3"));
    LoadReport report =
        new LoadReport(
            4,
            3,
            List.of(
                new LoadIssue("bad.md", 4, "year '20x8' is not a four-digit year"),
                new LoadIssue("sets.gmt", 0, "whole-file issue")),
            List.of(new LoadIssue("sets.gmt", 3, "1 gene ID not in the human reference: 999")),
            2,
            1,
            5,
            1);
    corpus = new Corpus(figures, report);
    encoded = IndexCodec.encode(FigureIndex.of(corpus), FINGERPRINT).toByteArray();
  }

  @Test
  void aDecodedFiguresKeywordsAreReadFromTheCacheUnmodifiable() {
    FigureIndex decoded = IndexCodec.decode(encoded, FINGERPRINT).orElseThrow();
    for (int f = 0; f < corpus.figures().size(); f++) {
      Figure original = corpus.figures().get(f);
      Figure figure = decoded.figure(f);
      for (List<String> list :
          List.of(figure.keywords(), figure.humanGenes(), figure.otherKeywords())) {
        assertThrows(UnsupportedOperationException.class, () -> list.add("x"));
        assertThrows(IndexOutOfBoundsException.class, () -> list.get(list.size()));
        assertThrows(IndexOutOfBoundsException.class, () -> list.get(-1));
        if (!list.isEmpty()) {
          assertThrows(UnsupportedOperationException.class, () -> list.set(0, "x"));
        }
      }
      // Read twice, in any order: the same values as the figure encoded.
      for (int pass = 0; pass < 2; pass++) {
        assertEquals(original.keywords(), figure.keywords());
        assertEquals(original.humanGenes(), figure.humanGenes());
        assertEquals(original.otherKeywords(), figure.otherKeywords());
        assertEquals(original.keywords().hashCode(), figure.keywords().hashCode());
      }
    }
  }

  @Test
  void roundTripGivesEqualFiguresReportAndIndex() {
    FigureIndex decoded = IndexCodec.decode(encoded, FINGERPRINT).orElseThrow();
    assertEquals(corpus.figures(), decoded.corpus().figures());
    assertEquals(corpus.report(), decoded.corpus().report());
    assertEquals(corpus, decoded.corpus());
    FigureIndex original = FigureIndex.of(corpus);
    assertEquals(original.genes(), decoded.genes());
    assertArrayEquals(original.figureOffsets(), decoded.figureOffsets());
    assertArrayEquals(original.figureGenes(), decoded.figureGenes());
  }

  @Test
  void similarFiguresRoundTripAndAreCheckedAgainstTheIndex() {
    List<String> five = List.of("TP53", "FADD", "CTNNB1", "MYC", "KRAS");
    List<String> six = List.of("TP53", "FADD", "CTNNB1", "MYC", "KRAS", "EGFR");
    List<Figure> figures =
        List.of(
            Figure.ofGeneSet("A", "", "", five, "s.gmt:1"),
            Figure.ofGeneSet("B", "", "", five, "s.gmt:2"),
            Figure.ofGeneSet("C", "", "", six, "s.gmt:3"),
            Figure.ofGeneSet("D", "", "", List.of("BRCA1", "TP53"), "s.gmt:4"));
    FigureIndex index =
        FigureIndex.of(new Corpus(figures, new LoadReport(1, 4, List.of(), List.of(), 0, 0)));
    SimilarFigures similar = SimilarSets.ofCorpus(index, 0.8).orElseThrow();
    assertArrayEquals(new int[] {1, 0}, similar.copies());
    assertArrayEquals(new int[] {0, 2}, similar.pairs()); // Jaccard 5/6
    byte[] bytes = IndexCodec.encode(index.withSimilarFigures(similar), FINGERPRINT).toByteArray();
    SimilarFigures decoded =
        IndexCodec.decode(bytes, FINGERPRINT).orElseThrow().similarFigures().orElseThrow();
    assertEquals(0.8, decoded.minJaccard());
    assertArrayEquals(similar.copies(), decoded.copies());
    assertArrayEquals(similar.pairs(), decoded.pairs());
    // Similar figures of another corpus (five figures) in an intact file: corrupt, never used.
    byte[] wrong =
        IndexCodec.encode(
                index,
                FINGERPRINT,
                Optional.empty(),
                () -> Optional.of(SimilarFigures.of(0.8, 5, new int[] {4, 0}, new int[0])))
            .toByteArray();
    assertInstanceOf(IndexCodec.Outcome.Corrupt.class, IndexCodec.read(wrong));
  }

  @Test
  void encodingIsDeterministic() throws IOException {
    assertArrayEquals(
        encoded, IndexCodec.encode(FigureIndex.of(corpus), FINGERPRINT).toByteArray());
  }

  @Test
  void headerHasMagicVersionLengthAndChecksum() {
    assertEquals("FIGORAIX", new String(encoded, 0, 8, StandardCharsets.US_ASCII));
    ByteBuffer header = ByteBuffer.wrap(encoded);
    assertEquals(IndexCodec.FORMAT_VERSION, header.getInt(8));
    assertEquals(encoded.length - HEADER, header.getLong(12));
    CRC32C crc = new CRC32C();
    crc.update(encoded, HEADER, encoded.length - HEADER);
    assertEquals((int) crc.getValue(), header.getInt(20));
    assertEquals(Optional.of(FINGERPRINT), IndexCodec.fingerprintOf(encoded));
  }

  @Test
  void otherFingerprintIsRejected() {
    assertEquals(Optional.empty(), IndexCodec.decode(encoded, "fp-2"));
    assertEquals(Optional.empty(), IndexCodec.decode(encoded, ""));
  }

  @ParameterizedTest
  @ValueSource(ints = {0, 1, 8, 12, 23, 24, 25, 100, -1})
  void truncatedFileIsRejected(int keep) {
    int length = keep >= 0 ? keep : encoded.length + keep;
    assertEquals(Optional.empty(), IndexCodec.decode(Arrays.copyOf(encoded, length), FINGERPRINT));
  }

  @Test
  void trailingBytesAreRejected() {
    byte[] longer = Arrays.copyOf(encoded, encoded.length + 1);
    assertEquals(Optional.empty(), IndexCodec.decode(longer, FINGERPRINT));
  }

  @ParameterizedTest
  @ValueSource(ints = {0, 7, 8, 11, 12, 19, 20, 23, 24, 30, 200, -1})
  void anyFlippedByteIsRejected(int position) {
    int at = position >= 0 ? position : encoded.length + position;
    for (int bit = 0; bit < 8; bit++) {
      byte[] damaged = encoded.clone();
      damaged[at] ^= (byte) (1 << bit);
      assertEquals(
          Optional.empty(), IndexCodec.decode(damaged, FINGERPRINT), "byte " + at + " bit " + bit);
    }
  }

  @ParameterizedTest
  @ValueSource(ints = {-1, 1, 2, 100})
  void otherFormatVersionIsRejected(int delta) {
    byte[] other = encoded.clone();
    ByteBuffer.wrap(other).putInt(8, IndexCodec.FORMAT_VERSION + delta);
    assertEquals(Optional.empty(), IndexCodec.decode(other, FINGERPRINT));
    assertEquals(Optional.empty(), IndexCodec.fingerprintOf(other));
  }

  @Test
  void garbageIsRejected() {
    Random random = new Random(20240229);
    for (int length : new int[] {0, 24, 64, 4096}) {
      byte[] garbage = new byte[length];
      random.nextBytes(garbage);
      assertEquals(Optional.empty(), IndexCodec.decode(garbage, FINGERPRINT));
      assertEquals(Optional.empty(), IndexCodec.fingerprintOf(garbage));
    }
    byte[] text = "this is not an index cache\n".getBytes(StandardCharsets.UTF_8);
    assertEquals(Optional.empty(), IndexCodec.decode(text, FINGERPRINT));
  }

  @Test
  void everyFlippedBitOfASmallCacheIsRejected() throws IOException {
    byte[] small =
        IndexCodec.encode(
                FigureIndex.of(
                    new Corpus(
                        List.of(Figure.ofGeneSet("S", "", "", List.of("TP53"), "s.gmt:1")),
                        new LoadReport(1, 1, List.of(), List.of(), 0, 0))),
                FINGERPRINT)
            .toByteArray();
    assertTrue(IndexCodec.decode(small, FINGERPRINT).isPresent());
    for (int at = 0; at < small.length; at++) {
      for (int bit = 0; bit < 8; bit++) {
        byte[] damaged = small.clone();
        damaged[at] ^= (byte) (1 << bit);
        assertEquals(
            Optional.empty(),
            IndexCodec.decode(damaged, FINGERPRINT),
            "byte " + at + " bit " + bit);
      }
    }
  }
}
