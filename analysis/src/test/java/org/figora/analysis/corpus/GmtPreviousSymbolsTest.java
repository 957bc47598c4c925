package org.figora.analysis.corpus;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.file.Path;
import java.util.List;
import org.figora.analysis.figure.Figure;
import org.figora.analysis.gene.GeneReference;
import org.figora.analysis.gene.GeneResolution;
import org.figora.analysis.gene.MatchKind;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * GMT corpora from other sources use symbols the bundled 2022 reference calls previous symbols or
 * aliases: unambiguous ones are mapped to the approved symbol, ambiguous ones never (issue 13). The
 * test file is {@code previous-symbols.gmt} in this package's test resources.
 */
class GmtPreviousSymbolsTest {

  private static GeneReference reference;
  private static Path file;
  private static GmtReader.Result result;

  @BeforeAll
  static void read() throws IOException, URISyntaxException {
    reference = GeneReference.bundled();
    file = Path.of(GmtPreviousSymbolsTest.class.getResource("previous-symbols.gmt").toURI());
    result = new GmtReader(reference).read(file);
  }

  private static void assertResolves(String token, MatchKind kind, String... symbols) {
    GeneResolution resolution = reference.resolveExactCase(token);
    assertEquals(kind, resolution.kind(), token);
    assertEquals(List.of(symbols), resolution.symbols(), token);
  }

  @Test
  void referenceHoldsTheFactsUsedHere() {
    assertResolves("PARK2", MatchKind.ALIAS, "PRKN");
    assertResolves("ATP5A1", MatchKind.ALIAS, "ATP5F1A");
    assertResolves("FAM46A", MatchKind.ALIAS, "TENT5A");
    assertResolves("DIFF6", MatchKind.AMBIGUOUS, "SEPTIN1", "SEPTIN2");
    assertResolves("ENSG00000146648", MatchKind.ENSEMBL, "EGFR");
    assertResolves("NOTAGENE1", MatchKind.UNKNOWN);
    assertResolves("NA", MatchKind.MISSING_VALUE);
    // No case correction in exact-case mode, unlike list resolution.
    assertResolves("Sp1", MatchKind.UNKNOWN);
    assertEquals(MatchKind.CASE_CORRECTED, reference.resolve("Sp1").kind());
    assertResolves("park2", MatchKind.UNKNOWN);
  }

  @Test
  void previousSymbolsAndAliasesBecomeApprovedSymbols() {
    assertEquals(List.of("OLD1", "OLD2"), result.figures().stream().map(Figure::figid).toList());
    assertEquals(
        List.of("PRKN", "ATP5F1A", "TENT5A", "TP53", "EGFR"), result.figures().get(0).humanGenes());
    assertEquals(List.of("TP53", "PRKN", "AKT1", "EGFR"), result.figures().get(1).humanGenes());
  }

  @Test
  void mappedSymbolsAreTheReferencesOwnInstances() {
    for (Figure figure : result.figures()) {
      for (String gene : figure.humanGenes()) {
        assertTrue(reference.approvedSymbol(gene) == gene, gene);
      }
    }
  }

  @Test
  void renamedAndDroppedTokensAreCountedAndNamed() {
    // OLD1: 3 renamed. OLD2: PARK2 and the Ensembl ID renamed (PARK2 then repeats PRKN),
    // DIFF6 ambiguous, NOTAGENE1, NA and Sp1 unknown. OLD3: NOTAGENE1 unknown, DIFF6 ambiguous.
    assertEquals(5, result.renamedTokens());
    assertEquals(6, result.droppedTokens());
    String line = file.toString();
    assertEquals(
        List.of(
            new LoadIssue(
                line,
                3,
                "3 previous symbols or aliases mapped to the approved symbol:"
                    + " PARK2→PRKN, ATP5A1→ATP5F1A, FAM46A→TENT5A"),
            new LoadIssue(line, 4, "3 gene IDs not in the human reference: NOTAGENE1, NA, Sp1"),
            new LoadIssue(
                line,
                4,
                "1 ambiguous alias left out (each names several genes):"
                    + " DIFF6 (SEPTIN1/SEPTIN2)"),
            new LoadIssue(
                line,
                4,
                "2 previous symbols or aliases mapped to the approved symbol:"
                    + " PARK2→PRKN, ENSG00000146648→EGFR"),
            new LoadIssue(line, 4, "1 repeated gene counted once"),
            new LoadIssue(line, 5, "1 gene ID not in the human reference: NOTAGENE1"),
            new LoadIssue(
                line,
                5,
                "1 ambiguous alias left out (each names several genes):"
                    + " DIFF6 (SEPTIN1/SEPTIN2)")),
        result.warnings());
    assertEquals(
        List.of(new LoadIssue(line, 5, "set 'OLD3' has no usable human genes")), result.skipped());
  }

  @Test
  void corpusReportSaysHowManyTokensWereDroppedAndWhereToSeeThem() throws IOException {
    Corpus corpus = CorpusLoader.withReference(reference).load(List.of(file));
    LoadReport report = corpus.report();
    assertEquals(5, report.renamedGeneTokens());
    assertEquals(6, report.droppedGeneTokens());
    assertEquals(
        "2 figures loaded from 1 file; 1 skipped; 6 GMT gene tokens dropped (no human"
            + " gene); 5 GMT gene tokens mapped from previous symbols or aliases; 7 warnings (figora"
            + " index info lists them)",
        report.summary());
  }
}
