package org.figora.analysis.gene;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.zip.GZIPInputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Checks the bundled reference against org.Hs.eg.db 3.16.0. Every expected value was read from
 * org.Hs.eg.sqlite with sqlite3 (tables genes, gene_info, genetype, alias, ensembl, metadata), not
 * from the code under test.
 */
class GeneReferenceBundledTest {

  private static final GeneReference REFERENCE = GeneReference.bundled();

  @ParameterizedTest(name = "{0} approved: {1}")
  @CsvSource({
    "SP1, true",
    "Sp1, false",
    "sp1, false",
    "p53, false",
    "P53, false",
    "TP53, true",
    "Akt, false",
    "AKT, false",
    "AKT1, true",
    "CHMP2A, true",
    "chmp2a, false",
    // genes of the seed figure PMC5738696__F1
    "IGFBP3, true",
    "MIR1271, true",
    "PIK3R6, true",
    "XYLT2, true",
    "DAND5, true",
    "SRPK, false",
    "SRPK1, true",
    // renamed in 2020 because spreadsheets turned them into dates
    "SEPTIN1, true",
    "SEPT1, false",
    "MARCHF2, true",
    "MARCH2, false",
    "MTARC2, true",
    "MARC2, false",
    "DELEC1, true",
    "DEC1, false",
    "SEPTIN13, false",
  })
  void approvedSymbolsAreCaseSensitive(String symbol, boolean approved) {
    assertEquals(approved, REFERENCE.isApprovedSymbol(symbol));
    assertEquals(approved, REFERENCE.gene(symbol).isPresent());
    String copy = new String(symbol.toCharArray());
    if (approved) {
      assertSame(
          REFERENCE.gene(symbol).orElseThrow().symbol(),
          REFERENCE.approvedSymbol(copy),
          "the reference's own instance");
    } else {
      assertEquals(null, REFERENCE.approvedSymbol(copy));
    }
  }

  @Test
  void holdsAllGenesOfTheRelease() {
    assertEquals(77_614, REFERENCE.size());
    assertEquals(77_614, REFERENCE.genes().size());
    List<Gene> genes = REFERENCE.genes();
    for (int i = 1; i < genes.size(); i++) {
      assertTrue(genes.get(i - 1).entrezId() < genes.get(i).entrezId(), "Entrez order at " + i);
    }
    assertThrows(UnsupportedOperationException.class, () -> genes.remove(0));
  }

  @Test
  void geneTypeCountsMatchTheGenetypeTable() {
    Map<String, Long> counts =
        REFERENCE.genes().stream()
            .collect(Collectors.groupingBy(Gene::type, Collectors.counting()));
    Map<String, Long> expected =
        Map.ofEntries(
            Map.entry("ncRNA", 22_217L),
            Map.entry("protein-coding", 20_598L),
            Map.entry("pseudo", 17_302L),
            Map.entry("biological-region", 12_423L),
            Map.entry("unknown", 1_386L),
            Map.entry("snoRNA", 1_202L),
            Map.entry("other", 847L),
            Map.entry("rRNA", 803L),
            Map.entry("tRNA", 658L),
            Map.entry("snRNA", 174L),
            Map.entry("scRNA", 4L));
    assertEquals(expected, counts);
    long proteinCoding = REFERENCE.genes().stream().filter(Gene::isProteinCoding).count();
    assertTrue(proteinCoding > 19_000 && proteinCoding < 21_000, "protein-coding " + proteinCoding);
  }

  @Test
  void recordsOfTp53() {
    Gene tp53 = REFERENCE.gene("TP53").orElseThrow();
    assertEquals(
        new Gene(
            7157,
            "TP53",
            "protein-coding",
            "tumor protein p53",
            List.of("BCC7", "BMFS5", "LFS1", "P53", "TRP53"),
            List.of("ENSG00000141510")),
        tp53);
    assertTrue(tp53.isProteinCoding());
    assertSame(tp53, REFERENCE.geneByEntrez(7157).orElseThrow());
    assertTrue(REFERENCE.geneByEntrez(0).isEmpty());
    assertTrue(REFERENCE.geneByEntrez(99_999_999).isEmpty());
  }

  @Test
  void sharedSymbolPrefersTheProteinCodingGene() {
    // HBD: 3045 protein-coding and 100187828 unknown; MEMO1: 7795 unknown, 51072 protein-coding
    assertEquals(3045, REFERENCE.gene("HBD").orElseThrow().entrezId());
    assertEquals(51072, REFERENCE.gene("MEMO1").orElseThrow().entrezId());
    assertEquals(
        List.of(51072, 7795),
        REFERENCE.genesWithSymbol("MEMO1").stream().map(Gene::entrezId).toList());
    assertEquals("MEMO1", REFERENCE.geneByEntrez(7795).orElseThrow().symbol());
  }

  @Test
  void sourceDateIsTheOneTheBuildScriptRecorded() throws IOException {
    assertEquals("2022-Sep12", REFERENCE.sourceDate());
    assertEquals("2022-Sep12", headerValue("EGSOURCEDATE"));
    assertEquals(
        headerValue("source") + " (EGSOURCEDATE 2022-Sep12)", REFERENCE.sourceDescription());
    assertEquals(
        "NCBI Gene via org.Hs.eg.db 3.16.0 (EGSOURCEDATE 2022-Sep12)",
        REFERENCE.sourceDescription());
    assertEquals("Entrez Gene", REFERENCE.metadata().get("EGSOURCENAME"));
    assertEquals("77614", REFERENCE.metadata().get("genes"));
  }

  /** Reads a {@code #KEY=value} line of the committed reference file itself. */
  private static String headerValue(String key) throws IOException {
    Path file = Path.of("..", "reference", "human-genes.tsv.gz");
    try (BufferedReader reader =
        new BufferedReader(
            new InputStreamReader(
                new GZIPInputStream(Files.newInputStream(file)), StandardCharsets.UTF_8))) {
      String line;
      while ((line = reader.readLine()) != null && line.startsWith("#")) {
        if (line.startsWith("#" + key + "=")) {
          return line.substring(key.length() + 2);
        }
      }
    }
    throw new AssertionError("no #" + key + "= line in " + file);
  }

  @Test
  void bundledIsLoadedOnceAndSharedAcrossThreads() throws Exception {
    ExecutorService pool = Executors.newFixedThreadPool(4);
    try {
      List<Future<GeneResolution>> results =
          pool.invokeAll(
              List.of(
                  () -> GeneReference.bundled().resolve("p53"),
                  () -> GeneReference.bundled().resolve("7157"),
                  () -> GeneReference.bundled().resolve("tp53"),
                  () -> GeneReference.bundled().resolve("ENSG00000141510")));
      for (Future<GeneResolution> result : results) {
        assertEquals(List.of("TP53"), result.get().symbols());
      }
    } finally {
      pool.shutdown();
    }
    assertSame(REFERENCE, GeneReference.bundled());
  }

  @Test
  void reloadingTheFileGivesTheSameReference() throws IOException {
    // How fast this is, is measured by bench's ReferenceBenchmark, not asserted here. Reading the
    // file with read(Path) checks every row strictly: the bundled table, which is read in steps
    // at run time, is validated here by the build.
    GeneReference reloaded = GeneReference.read(Path.of("..", "reference", "human-genes.tsv.gz"));
    assertEquals(REFERENCE.size(), reloaded.size());
    assertEquals(REFERENCE.sourceDescription(), reloaded.sourceDescription());
    assertEquals(REFERENCE.metadata(), reloaded.metadata());
    assertEquals(REFERENCE.gene("IGF1R"), reloaded.gene("IGF1R"));
    assertEquals(reloaded.genes(), REFERENCE.genes());
    for (Gene gene : reloaded.genes()) {
      String symbol = gene.symbol();
      assertSame(REFERENCE.approvedSymbol(symbol), REFERENCE.gene(symbol).orElseThrow().symbol());
      assertEquals(reloaded.genesWithSymbol(symbol), REFERENCE.genesWithSymbol(symbol), symbol);
      assertEquals(reloaded.resolve(symbol), REFERENCE.resolve(symbol), symbol);
      for (String alias : gene.aliases()) {
        assertEquals(reloaded.resolve(alias), REFERENCE.resolve(alias), alias);
      }
    }
  }

  @Test
  void theSymbolFileIsTheSymbolColumnOfTheTableRowForRow() throws IOException {
    // What bundled() reads at start-up for approved symbols; build-reference.sh writes both.
    List<String> column =
        lines(Path.of("..", "reference", "human-genes.tsv.gz")).stream()
            .filter(line -> !line.startsWith("#") && !line.isEmpty())
            .skip(1)
            .map(line -> line.split("\t", -1)[1])
            .toList();
    List<String> symbols = lines(Path.of("..", "reference", "human-genes-symbols.tsv.gz"));
    assertEquals("symbol", symbols.get(1));
    assertEquals(column, symbols.subList(2, symbols.size()));
  }

  private static List<String> lines(Path gz) throws IOException {
    try (BufferedReader reader =
        new BufferedReader(
            new InputStreamReader(
                new GZIPInputStream(Files.newInputStream(gz)), StandardCharsets.UTF_8))) {
      return reader.lines().toList();
    }
  }

  @Test
  void symbolsAreUniqueIgnoringCaseExceptForSharedRecords() {
    Map<String, List<Gene>> bySymbol =
        REFERENCE.genes().stream().collect(Collectors.groupingBy(Gene::symbol));
    assertEquals(77_510, bySymbol.size());
    assertEquals(
        77_510,
        REFERENCE.genes().stream()
            .map(gene -> GeneIndex.lowerCase(gene.symbol()))
            .collect(Collectors.toMap(Function.identity(), s -> 1, Integer::sum))
            .size());
    assertFalse(REFERENCE.gene("HBD").orElseThrow().aliases().contains("HBD"));
  }
}
