package org.figora.analysis.corpus;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.figora.analysis.figure.Figure;
import org.figora.analysis.gene.GeneReference;
import org.figora.analysis.testing.SharedData;
import org.junit.jupiter.api.Test;

/**
 * The real WikiPathways 2020-02-10 human GMT (568 sets of Entrez IDs).
 *
 * <p>Expected numbers were computed independently with a Python one-off that splits each line at
 * tabs and looks every non-empty ID up in the {@code entrez_id} column of {@code
 * reference/human-genes.tsv.gz}: 568 lines, 25,052 ID occurrences, 37 occurrences (19 distinct IDs)
 * without an entry, spread over 32 lines; no line loses all its genes, and no set repeats a gene.
 * This agrees with the "37 of 25,052" stated in the shared GMT README.
 */
class WikiPathwaysGmtTest {

  private static final Pattern UNMAPPED =
      Pattern.compile("^(\\d+) gene IDs? not in the human reference: .*");

  /** Line number to unmapped-ID count, from the Python check. */
  private static final Map<Integer, Integer> UNMAPPED_BY_LINE =
      Map.ofEntries(
          Map.entry(13, 1),
          Map.entry(15, 1),
          Map.entry(22, 1),
          Map.entry(35, 1),
          Map.entry(54, 2),
          Map.entry(67, 1),
          Map.entry(79, 1),
          Map.entry(99, 1),
          Map.entry(105, 1),
          Map.entry(108, 2),
          Map.entry(168, 1),
          Map.entry(176, 2),
          Map.entry(181, 1),
          Map.entry(211, 1),
          Map.entry(223, 1),
          Map.entry(237, 1),
          Map.entry(253, 1),
          Map.entry(282, 3),
          Map.entry(303, 1),
          Map.entry(331, 1),
          Map.entry(397, 1),
          Map.entry(414, 1),
          Map.entry(416, 1),
          Map.entry(423, 1),
          Map.entry(435, 1),
          Map.entry(440, 1),
          Map.entry(474, 1),
          Map.entry(475, 1),
          Map.entry(519, 1),
          Map.entry(546, 1),
          Map.entry(548, 1),
          Map.entry(551, 1));

  /** WP254 (line 354): its 86 Entrez IDs mapped to symbols in line order. */
  private static final List<String> APOPTOSIS_GENES =
      List.of(
          "FADD",
          "TNF",
          "GZMB",
          "TP73",
          "IGF2",
          "IGF1R",
          "MCL1",
          "TNFRSF21",
          "BCL2L11",
          "BCL2",
          "FAS",
          "MYC",
          "IGF1",
          "BCL2L1",
          "FASLG",
          "BCL2L2",
          "CASP1",
          "LTA",
          "APAF1",
          "BID",
          "CASP2",
          "CASP3",
          "CASP4",
          "DIABLO",
          "CASP6",
          "TNFRSF1A",
          "TNFRSF1B",
          "PRF1",
          "TNFSF10",
          "CDKN2A",
          "CHUK",
          "CASP7",
          "CASP8",
          "CASP9",
          "CASP10",
          "AKT1",
          "RIPK1",
          "MAP3K1",
          "BIRC2",
          "CYCS",
          "CRADD",
          "HRK",
          "JUN",
          "TRAF3",
          "SCAF11",
          "TRAF2",
          "TNFRSF10B",
          "NFKB1",
          "NFKBIA",
          "MIR3191",
          "IRF2",
          "NFKBIB",
          "PMAIP1",
          "IRF3",
          "NFKBIE",
          "IRF4",
          "TRAF1",
          "MDM2",
          "BAD",
          "BIRC3",
          "XIAP",
          "BIRC5",
          "DFFB",
          "DFFA",
          "BAK1",
          "TP63",
          "IRF1",
          "PIK3R1",
          "HELLS",
          "RELA",
          "TP53",
          "IKBKB",
          "MIR7846",
          "BAX",
          "BBC3",
          "BNIP3L",
          "BOK",
          "IRF5",
          "IRF6",
          "IKBKG",
          "IRF7",
          "MAP2K4",
          "MAPK10",
          "TNFRSF25",
          "CFLAR",
          "TRADD");

  private static Path file;
  private static GmtReader.Result result;

  /**
   * Reads the file on first use. Each test asks for it, so that without ../shared every test is
   * reported as skipped (an assumption in a {@code @BeforeAll} drops the class from the counts).
   */
  private static synchronized GmtReader.Result result() throws IOException {
    Path shared = SharedData.require("gmt/wikipathways-20200210-gmt-Homo_sapiens.gmt");
    if (result == null) {
      file = shared;
      result = new GmtReader(GeneReference.bundled()).read(file);
    }
    return result;
  }

  @Test
  void all568SetsLoadAndNoneIsSkipped() throws IOException {
    assertEquals(568, result().figures().size());
    assertEquals(List.of(), result().skipped());
    assertEquals(568, result().figures().stream().map(Figure::figid).distinct().count());
  }

  @Test
  void the37UnmappedIdOccurrencesAreCountedOnTheirLines() throws IOException {
    int total = 0;
    Map<Integer, Integer> byLine = new TreeMap<>();
    for (LoadIssue warning : result().warnings()) {
      Matcher m = UNMAPPED.matcher(warning.reason());
      assertTrue(m.matches(), "unexpected warning " + warning);
      assertEquals(file.toString(), warning.source());
      byLine.put(warning.line(), Integer.parseInt(m.group(1)));
      total += Integer.parseInt(m.group(1));
    }
    assertEquals(37, total);
    assertEquals(32, result().warnings().size());
    assertEquals(UNMAPPED_BY_LINE, byLine);
  }

  @Test
  void mappedGeneOccurrencesAre25052Minus37() throws IOException {
    int genes = result().figures().stream().mapToInt(f -> f.humanGenes().size()).sum();
    assertEquals(25_052 - 37, genes);
  }

  @Test
  void wikiPathwaysNameIsSplitAndUrlBecomesPageUrl() throws IOException {
    Map<String, Figure> byId =
        result().figures().stream().collect(Collectors.toMap(Figure::figid, f -> f));
    Figure apoptosis = byId.get("WP254");
    assertEquals("Apoptosis", apoptosis.title());
    assertEquals("http://www.wikipathways.org/instance/WP254_r106302", apoptosis.pageUrl());
    assertEquals(file + ":354", apoptosis.source());
    assertEquals(APOPTOSIS_GENES, apoptosis.humanGenes());
    assertEquals("", apoptosis.pmcid());

    GmtSetName name = GmtSetName.parse("Apoptosis%WikiPathways_20200210%WP254%Homo sapiens");
    assertEquals("WP254", name.id());
    assertEquals("Apoptosis", name.title());
    assertEquals("WikiPathways_20200210", name.release());
    assertEquals("Homo sapiens", name.organism());

    Figure first = result().figures().get(0);
    assertEquals("WP4400", first.figid());
    assertEquals("FABP4 in ovarian cancer", first.title());
    assertEquals(List.of("MIR409", "FABP4"), first.humanGenes());
  }
}
