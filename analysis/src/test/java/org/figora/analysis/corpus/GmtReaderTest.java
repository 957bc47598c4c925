package org.figora.analysis.corpus;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.figora.analysis.figure.Figure;
import org.figora.analysis.format.InputFormatException;
import org.figora.analysis.gene.GeneReference;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * GMT files written to disk and read with the real human reference. Entrez IDs used here were
 * looked up by hand in {@code reference/human-genes.tsv.gz}: 7157 TP53, 672 BRCA1, 1956 EGFR, 207
 * AKT1; 999999999 is not an Entrez ID of any human gene.
 */
class GmtReaderTest {

  private final GmtReader reader = new GmtReader(GeneReference.bundled());

  @TempDir Path dir;

  private Path gmt(String content) throws IOException {
    return Files.writeString(dir.resolve("sets.gmt"), content, StandardCharsets.UTF_8);
  }

  private static Figure only(GmtReader.Result result) {
    assertEquals(1, result.figures().size(), result.figures().toString());
    return result.figures().get(0);
  }

  @Test
  void symbolGmtKeepsSymbolsInLineOrder() throws IOException {
    Path file = gmt("SET_A\tgrowth factor signalling\tTP53\tBRCA1\tEGFR\n");
    GmtReader.Result result = reader.read(file);
    Figure figure = only(result);
    assertEquals("SET_A", figure.figid());
    assertEquals("growth factor signalling", figure.title());
    assertEquals("", figure.pageUrl());
    assertEquals(List.of("TP53", "BRCA1", "EGFR"), figure.humanGenes());
    assertEquals(List.of("TP53", "BRCA1", "EGFR"), figure.keywords());
    assertEquals(List.of(), figure.otherKeywords());
    assertEquals(file + ":1", figure.source());
    assertEquals(List.of(), result.skipped());
    assertEquals(List.of(), result.warnings());
  }

  @Test
  void entrezGmtIsMappedToApprovedSymbols() throws IOException {
    Path file = gmt("SET_E\thttps://example.org/sets/SET_E\t7157\t672\t1956\t207\n");
    GmtReader.Result result = reader.read(file);
    Figure figure = only(result);
    assertEquals(List.of("TP53", "BRCA1", "EGFR", "AKT1"), figure.humanGenes());
    assertEquals("https://example.org/sets/SET_E", figure.pageUrl());
    assertEquals("", figure.title());
    assertEquals(List.of(), result.warnings());
  }

  @Test
  void entrezIdsAndSymbolsMayBeMixed() throws IOException {
    Figure figure = only(reader.read(gmt("MIXED\tx\t7157\tBRCA1\t1956\n")));
    assertEquals(List.of("TP53", "BRCA1", "EGFR"), figure.humanGenes());
  }

  @Test
  void pmcFigidGivesThePmcid() throws IOException {
    Figure figure = only(reader.read(gmt("PMC5738696__F1\tIGF1R signalling\tIGF1R\n")));
    assertEquals("PMC5738696", figure.pmcid());
    assertEquals("IGF1R signalling", figure.title());
  }

  @ParameterizedTest
  @CsvSource(
      delimiter = '|',
      value = {"ONLY_A_NAME | 1 field", "NAME<TAB>description but no genes | 2 fields"})
  void lineWithFewerThanThreeFieldsIsSkippedWithItsLine(String line, String found)
      throws IOException {
    Path file = gmt("GOOD\td\tTP53\n" + line.replace("<TAB>", "\t") + "\nGOOD2\td\tEGFR\n");
    GmtReader.Result result = reader.read(file);
    assertEquals(List.of("GOOD", "GOOD2"), result.figures().stream().map(Figure::figid).toList());
    assertEquals(1, result.skipped().size());
    LoadIssue issue = result.skipped().get(0);
    assertEquals(file.toString(), issue.source());
    assertEquals(2, issue.line());
    assertTrue(issue.reason().contains("found " + found), issue.reason());
  }

  @ParameterizedTest
  @ValueSource(strings = {"EMPTY\td\t", "EMPTY\td\t\t\t", "EMPTY\td\t \t  "})
  void emptyGeneSetIsSkippedWithItsLine(String line) throws IOException {
    Path file = gmt("GOOD\td\tTP53\n" + line + "\n");
    GmtReader.Result result = reader.read(file);
    assertEquals(List.of("GOOD"), result.figures().stream().map(Figure::figid).toList());
    assertEquals(
        List.of(new LoadIssue(file.toString(), 2, "set 'EMPTY' has no usable human genes")),
        result.skipped());
    assertEquals(List.of(), result.warnings());
  }

  @Test
  void setWhoseGenesAllFailToMapIsSkippedAndItsIdsReported() throws IOException {
    Path file = gmt("NOTHING\td\t999999999\tnot_a_gene\n");
    GmtReader.Result result = reader.read(file);
    assertEquals(List.of(), result.figures());
    assertEquals(1, result.skipped().size());
    assertEquals(1, result.skipped().get(0).line());
    assertEquals(
        List.of(
            new LoadIssue(
                file.toString(),
                1,
                "2 gene IDs not in the human reference: 999999999, not_a_gene")),
        result.warnings());
  }

  @Test
  void duplicateSetNameKeepsTheFirstLineAndReportsTheLater() throws IOException {
    Path file = gmt("DUP\tfirst\tTP53\nOTHER\td\tAKT1\nDUP\tsecond\tEGFR\n");
    GmtReader.Result result = reader.read(file);
    assertEquals(List.of("DUP", "OTHER"), result.figures().stream().map(Figure::figid).toList());
    Figure kept = result.figures().get(0);
    assertEquals("first", kept.title());
    assertEquals(List.of("TP53"), kept.humanGenes());
    assertEquals(1, result.skipped().size());
    LoadIssue issue = result.skipped().get(0);
    assertEquals(3, issue.line());
    assertTrue(issue.reason().contains("duplicate set name 'DUP'"), issue.reason());
  }

  @Test
  void nonNumericIdsInAnEntrezGmtAreCountedAndReported() throws IOException {
    Path file = gmt("E\td\t7157\tNA\t12a\t672\t123456789012\t999999999\n");
    GmtReader.Result result = reader.read(file);
    assertEquals(List.of("TP53", "BRCA1"), only(result).humanGenes());
    assertEquals(
        List.of(
            new LoadIssue(
                file.toString(),
                1,
                "4 gene IDs not in the human reference: NA, 12a, 123456789012, 999999999")),
        result.warnings());
    assertEquals(List.of(), result.skipped());
  }

  @Test
  void moreThanFiveUnmappedIdsAreCountedInFullAndElided() throws IOException {
    Path file = gmt("E\td\t7157\tx1\tx2\tx3\tx4\tx5\tx6\tx7\n");
    GmtReader.Result result = reader.read(file);
    assertEquals(
        List.of(
            new LoadIssue(
                file.toString(),
                1,
                "7 gene IDs not in the human reference: x1, x2, x3, x4, x5, …")),
        result.warnings());
  }

  @Test
  void lowerCaseSymbolIsNotAnApprovedHumanSymbol() throws IOException {
    Path file = gmt("S\td\tTP53\ttp53\tSp1\n");
    GmtReader.Result result = reader.read(file);
    assertEquals(List.of("TP53"), only(result).humanGenes());
    assertEquals(1, result.warnings().size());
    assertTrue(result.warnings().get(0).reason().startsWith("2 gene IDs not in"));
  }

  @Test
  void genesSharingASymbolCountOnceInShortAndLongSets() throws IOException {
    // Entrez 3045 and 100187828 are two genes with the symbol HBD; 4549 and 6052 share RNR1.
    String shortSet = "S\td\t3045\t100187828\tHBD\t4549\t6052\n";
    StringBuilder longSet = new StringBuilder("L\td");
    for (int i = 0; i < 60; i++) {
      longSet.append('\t').append(i % 2 == 0 ? "3045" : "100187828");
    }
    longSet.append("\t4549\t6052\tRNR1\n");
    GmtReader.Result result = reader.read(gmt(shortSet + longSet));
    assertEquals(List.of("HBD", "RNR1"), result.figures().get(0).humanGenes());
    assertEquals(List.of("HBD", "RNR1"), result.figures().get(1).humanGenes());
    assertEquals(
        List.of("3 repeated genes counted once", "61 repeated genes counted once"),
        result.warnings().stream().map(LoadIssue::reason).toList());
  }

  @Test
  void geneRepeatedInASetCountsOnceAndIsReported() throws IOException {
    // 7157 and TP53 are the same gene, written twice each; 672 once.
    Path file = gmt("R\td\t7157\tTP53\t672\t7157\tTP53\n");
    GmtReader.Result result = reader.read(file);
    assertEquals(List.of("TP53", "BRCA1"), only(result).humanGenes());
    assertEquals(
        List.of(new LoadIssue(file.toString(), 1, "3 repeated genes counted once")),
        result.warnings());
  }

  @Test
  void blankAndCommentLinesAreIgnoredButCounted() throws IOException {
    Path file = gmt("# a comment\n\n   \t  \n#another\tcomment\tTP53\nS\td\tTP53\n");
    GmtReader.Result result = reader.read(file);
    Figure figure = only(result);
    assertEquals("S", figure.figid());
    assertEquals(file + ":5", figure.source());
    assertEquals(List.of(), result.skipped());
    assertEquals(List.of(), result.warnings());
  }

  @Test
  void byteOrderMarkIsNotPartOfTheFirstSetName() throws IOException {
    Figure figure = only(reader.read(gmt("\uFEFFS\td\tTP53\n")));
    assertEquals("S", figure.figid());
  }

  @Test
  void crlfLineEndingsAndSpacesAroundTokensAreIgnored() throws IOException {
    GmtReader.Result result = reader.read(gmt("A\td\tTP53 \t BRCA1\r\nB\td\tEGFR\r\n"));
    assertEquals(List.of("TP53", "BRCA1"), result.figures().get(0).humanGenes());
    assertEquals(List.of("EGFR"), result.figures().get(1).humanGenes());
    assertEquals(List.of(), result.warnings());
  }

  @Test
  void fileWithoutFinalNewlineReadsItsLastLine() throws IOException {
    assertEquals(List.of("EGFR"), only(reader.read(gmt("S\td\tEGFR"))).humanGenes());
  }

  @ParameterizedTest
  @ValueSource(ints = {1, 2, 4, 5000})
  void invalidUtf8IsAnErrorAtItsLine(int badLine) throws IOException {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    for (int line = 1; line < badLine; line++) {
      bytes.writeBytes(("SET" + line + "\td\tTP53\tBRCA1\n").getBytes(StandardCharsets.UTF_8));
    }
    bytes.writeBytes("BAD\td\t".getBytes(StandardCharsets.UTF_8));
    bytes.write(0xFF);
    bytes.write(0xFE);
    bytes.writeBytes("\tTP53\nAFTER\td\tEGFR\n".getBytes(StandardCharsets.UTF_8));
    Path file = Files.write(dir.resolve("latin.gmt"), bytes.toByteArray());
    InputFormatException e = assertThrows(InputFormatException.class, () -> reader.read(file));
    assertEquals(file.toString(), e.source());
    assertEquals(badLine, e.line());
    assertTrue(e.reason().contains("UTF-8"), e.reason());
  }
}
