package org.figora.analysis.input;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.figora.analysis.enrich.GeneList;
import org.figora.analysis.gene.Gene;
import org.figora.analysis.gene.GeneReference;
import org.figora.analysis.gene.MatchKind;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Resolution against the real bundled reference (NCBI Gene via org.Hs.eg.db 3.16.0). The facts used
 * are checked against the reference itself in {@link #referenceHoldsTheFactsUsedHere()}.
 */
class GeneListResolverTest {

  private static GeneReference reference;
  private static GeneListResolver resolver;

  @TempDir Path folder;

  @BeforeAll
  static void loadReference() {
    reference = GeneReference.bundled();
    resolver = new GeneListResolver(reference);
  }

  private Path write(String name, String content) throws IOException {
    Path file = folder.resolve(name);
    Files.writeString(file, content, StandardCharsets.UTF_8);
    return file;
  }

  private ResolvedGeneList resolveFile(String content) throws IOException {
    Path file = write("genes.txt", content);
    return resolver.resolve("genes.txt", new GeneListReader().read(file));
  }

  @Test
  void referenceHoldsTheFactsUsedHere() {
    Gene tp53 = reference.gene("TP53").orElseThrow();
    assertEquals(7157, tp53.entrezId());
    assertEquals(List.of("ENSG00000141510"), tp53.ensemblIds());
    assertEquals(List.of("ENSG00000146648"), reference.gene("EGFR").orElseThrow().ensemblIds());
    Gene erbb2 = reference.gene("ERBB2").orElseThrow();
    assertEquals(2064, erbb2.entrezId());
    assertTrue(erbb2.aliases().contains("HER2"));
    assertTrue(reference.gene("TENT5A").orElseThrow().aliases().contains("FAM46A"));
    Gene septin1 = reference.gene("SEPTIN1").orElseThrow();
    assertEquals(List.of("ENSG00000180096"), septin1.ensemblIds());
    assertTrue(septin1.aliases().contains("DIFF6"));
    assertTrue(reference.gene("SEPTIN2").orElseThrow().aliases().contains("DIFF6"));
    assertEquals("SEPTIN2", reference.geneByEntrez(4735).orElseThrow().symbol());
    assertTrue(
        reference.genes().stream()
            .noneMatch(gene -> gene.ensemblIds().contains("ENSG00000999999")));
  }

  @ParameterizedTest(name = "{0} -> {1} {2}")
  @CsvSource({
    "TP53, EXACT, TP53",
    "tp53, CASE_CORRECTED, TP53",
    "7157, ENTREZ, TP53",
    "ENSG00000146648.18, ENSEMBL, EGFR",
    "ENSG00000141736, ENSEMBL, ERBB2",
    "HER2, ALIAS, ERBB2",
    "FAM46A, ALIAS, TENT5A",
    "1-Sep, SPREADSHEET_MANGLED, SEPTIN1",
    "4735, ENTREZ, SEPTIN2",
  })
  void resolvesEachIdentifierType(String identifier, MatchKind kind, String symbol)
      throws IOException {
    ResolvedGeneList list = resolveFile(identifier + "\n");
    ResolvedIdentifier resolved = list.identifiers().get(0);
    assertEquals(kind, resolved.kind());
    assertEquals(List.of(symbol), resolved.symbols());
    assertEquals(Optional.of(symbol), resolved.symbol());
    assertEquals(List.of(symbol), list.symbols());
  }

  @Test
  void resolvesMixedListInOrderWithLinesKindsAndSummary() throws IOException {
    String content =
        """
        # mixed identifiers, as people paste them
        TP53
        "ENSG00000146648.18",
        HER2; FAM46A
        1-Sep
        DIFF6
        NOTAGENE1
        7157
        tp53
        1-Mar
        """;
    ResolvedGeneList list = resolveFile(content);
    assertEquals("genes.txt", list.name());
    assertEquals(List.of("TP53", "EGFR", "ERBB2", "TENT5A", "SEPTIN1"), list.symbols());
    assertEquals(
        List.of(
            new ResolvedIdentifier("TP53", 2, MatchKind.EXACT, List.of("TP53"), false),
            new ResolvedIdentifier(
                "ENSG00000146648.18", 3, MatchKind.ENSEMBL, List.of("EGFR"), false),
            new ResolvedIdentifier("HER2", 4, MatchKind.ALIAS, List.of("ERBB2"), false),
            new ResolvedIdentifier("FAM46A", 4, MatchKind.ALIAS, List.of("TENT5A"), false),
            new ResolvedIdentifier(
                "1-Sep", 5, MatchKind.SPREADSHEET_MANGLED, List.of("SEPTIN1"), false),
            new ResolvedIdentifier(
                "DIFF6", 6, MatchKind.AMBIGUOUS, List.of("SEPTIN1", "SEPTIN2"), false),
            new ResolvedIdentifier("NOTAGENE1", 7, MatchKind.UNKNOWN, List.of(), false),
            new ResolvedIdentifier("7157", 8, MatchKind.ENTREZ, List.of("TP53"), true),
            new ResolvedIdentifier("tp53", 9, MatchKind.CASE_CORRECTED, List.of("TP53"), true),
            new ResolvedIdentifier(
                "1-Mar", 10, MatchKind.AMBIGUOUS, List.of("MARCHF1", "MTARC1"), false)),
        list.identifiers());
    assertEquals(
        "10 identifiers: 5 mapped (1 exact, 2 alias, 1 Ensembl, 1 spreadsheet date),"
            + " 2 ambiguous, 1 unknown, 2 duplicates",
        list.summary());
  }

  @Test
  void countsKindsAndListsAmbiguousUnknownAndDuplicates() throws IOException {
    ResolvedGeneList list = resolveFile("TP53\nDIFF6\nNOTAGENE1\n7157\nTP53\nXYZ-NOT-A-GENE\n");
    Map<MatchKind, Integer> counts = list.countsByKind();
    assertEquals(MatchKind.values().length, counts.size());
    assertEquals(2, counts.get(MatchKind.EXACT));
    assertEquals(1, counts.get(MatchKind.ENTREZ));
    assertEquals(1, counts.get(MatchKind.AMBIGUOUS));
    assertEquals(2, counts.get(MatchKind.UNKNOWN));
    assertEquals(0, counts.get(MatchKind.ALIAS));
    assertEquals(2, list.count(MatchKind.EXACT));
    assertEquals(List.of("DIFF6"), inputs(list.ambiguous()));
    assertEquals(List.of("NOTAGENE1", "XYZ-NOT-A-GENE"), inputs(list.unknown()));
    assertEquals(List.of("7157", "TP53"), inputs(list.duplicates()));
    assertEquals(List.of(4, 5), list.duplicates().stream().map(ResolvedIdentifier::line).toList());
    assertEquals(List.of("TP53"), list.symbols());
    assertEquals(
        "6 identifiers: 1 mapped (1 exact), 1 ambiguous, 2 unknown, 2 duplicates", list.summary());
  }

  private static List<String> inputs(List<ResolvedIdentifier> identifiers) {
    return identifiers.stream().map(ResolvedIdentifier::input).toList();
  }

  @Test
  void neverResolvesAmbiguousIdentifiers() throws IOException {
    ResolvedGeneList list = resolveFile("DIFF6\n1-Mar\n");
    assertEquals(List.of(), list.symbols());
    assertTrue(list.ambiguous().stream().allMatch(identifier -> identifier.symbol().isEmpty()));
    assertFalse(list.ambiguous().get(0).isResolved());
  }

  @Test
  void givesNoSymbolsForAListOfUnknownGenes() throws IOException {
    ResolvedGeneList list = resolveFile("NOTAGENE1\nNOTAGENE2, 99999999\n");
    assertEquals(List.of(), list.symbols());
    assertEquals(3, list.unknown().size());
    assertEquals(List.of(), list.toGeneList().symbols());
    assertEquals("3 identifiers: 0 mapped, 0 ambiguous, 3 unknown, 0 duplicates", list.summary());
  }

  @Test
  void singularWordsForOne() throws IOException {
    ResolvedGeneList list = resolveFile("TP53\nTP53\n");
    assertEquals(
        "2 identifiers: 1 mapped (1 exact), 0 ambiguous, 0 unknown, 1 duplicate", list.summary());
    assertEquals(
        "1 identifier: 1 mapped (1 exact), 0 ambiguous, 0 unknown, 0 duplicates",
        resolveFile("TP53").summary());
  }

  @Test
  void resolvesTheEnsemblIdsSelectedFromADeseq2Table() throws IOException {
    Path file = write("deseq2.csv", TableGeneListReaderTest.DESEQ2_CSV);
    TableGeneList table =
        new TableGeneListReader("column1", RowFilter.parse(TableGeneListReaderTest.DESEQ2_FILTER))
            .read(file);
    ResolvedGeneList list = resolver.resolve("deseq2", table.identifiers());
    assertEquals(List.of("TP53", "EGFR", "ERBB2", "SEPTIN1"), list.symbols());
    assertEquals(4, list.count(MatchKind.ENSEMBL));
    assertEquals(List.of("ENSG00000999999"), inputs(list.unknown()));
    assertEquals(12, list.unknown().get(0).line());
  }

  @Test
  void makesTheEngineGeneList() throws IOException {
    GeneList geneList = resolveFile("TP53\nHER2\n7157\n").toGeneList();
    assertEquals(new GeneList("genes.txt", List.of("TP53", "ERBB2")), geneList);
  }

  @Test
  void refusesInconsistentLists() {
    ResolvedIdentifier tp53 =
        new ResolvedIdentifier("TP53", 1, MatchKind.EXACT, List.of("TP53"), false);
    ResolvedIdentifier again =
        new ResolvedIdentifier("7157", 2, MatchKind.ENTREZ, List.of("TP53"), false);
    assertThrows(
        IllegalArgumentException.class,
        () -> new ResolvedGeneList("x", List.of("TP53"), List.of(tp53, again)));
    assertThrows(
        IllegalArgumentException.class,
        () -> new ResolvedGeneList("x", List.of("EGFR"), List.of(tp53)));
    assertThrows(
        IllegalArgumentException.class,
        () -> new ResolvedIdentifier("DIFF6", 1, MatchKind.AMBIGUOUS, List.of("SEPTIN1"), false));
    assertThrows(
        IllegalArgumentException.class,
        () -> new ResolvedIdentifier("X", 1, MatchKind.UNKNOWN, List.of(), true));
  }
}
