package org.figora.analysis.corpus;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import org.figora.analysis.figure.Figure;
import org.figora.analysis.gene.GeneReference;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The seed record loaded with the real human reference. The expected gene list was derived outside
 * figora: the record's {@code schema-jsonld.keywords} (131 entries) filtered, in order, to those
 * that equal a {@code symbol} in {@code reference/human-genes.tsv.gz} exactly (a Python one-off
 * over the gzip table); that gives the 79 entries IGFBP3 … MIR1271 and nothing after them.
 */
class SeedGeneSetTest {

  private static final Path SEED = Path.of("../seeds/000_7a2c117ba028c655.txt");

  private static final List<String> SEED_HUMAN_GENES =
      List.of(
          "IGFBP3", "IGFBP7", "IGF1", "IGF2", "ABCB6", "IGF1R", "IRS1", "SHC1", "SHC2", "SHC3",
          "SHC4", "PIK3CA", "PIK3CB", "PIK3CD", "PIK3CG", "PIK3R3", "PIK3R4", "PIK3R5", "PIK3R6",
          "PIK3R1", "PIK3R2", "GRB2", "XIAP", "XYLT2", "SOS1", "SOS2", "AKT1", "AKT2", "AKT3",
          "BCL2L11", "KRAS", "HRAS", "NRAS", "BAK1", "MDM2", "TP53", "TP63", "TP73", "BCL2", "ZHX2",
          "ARAF", "BRAF", "RAF1", "BAX", "MAPK1", "MAPK3", "MAPK11", "MAPK12", "MAPK13", "MAPK14",
          "MAPK8", "MAPK9", "MAPK10", "WT1", "WNT1", "WNT2", "WNT2B", "WNT3", "WNT3A", "WNT4",
          "WNT6", "WNT7A", "WNT7B", "WNT8A", "WNT8B", "WNT9A", "WNT9B", "WNT10A", "WNT10B", "WNT11",
          "WNT16", "WNT5A", "WNT5B", "SP1", "PSG1", "DAND5", "MIR143", "MIR503", "MIR1271");

  /** The other 52 keywords, in record order (no keyword occurs twice in the seed). */
  private static final List<String> SEED_OTHER_KEYWORDS =
      List.of(
          "SRPK",
          "Shc",
          "Pi3K21B",
          "Pi3K59F",
          "Pi3K68D",
          "Pi3K92E",
          "drk",
          "Sos",
          "Akt",
          "ras",
          "Ras64B",
          "Ras85D",
          "Fs(3)Bak",
          "p53",
          "betaTub60D",
          "hth",
          "Debcl",
          "Raf",
          "MKP-4",
          "p38b",
          "rl",
          "CkIIbeta",
          "Andorra",
          "Anp",
          "Acam",
          "Wnt5",
          "Wnt4",
          "wg",
          "Wnt2",
          "Sp1",
          "grass",
          "Spn42Dd",
          "igfbp3",
          "igfbp7",
          "igf1",
          "igf2a",
          "irs1",
          "grb2b",
          "xiap",
          "bcl2l11",
          "rab1ab",
          "mdm2",
          "tp53",
          "chmp2a",
          "baxa",
          "wt1a",
          "wt1b",
          "sp1",
          "igf1rb",
          "Cancer",
          "Lung cancer",
          "Noonan syndrome");

  private static Figure seed;

  @BeforeAll
  static void loadSeed() throws IOException {
    Corpus corpus = CorpusLoader.withReference(GeneReference.bundled()).load(List.of(SEED));
    assertEquals(1, corpus.figures().size());
    assertTrue(corpus.report().skipped().isEmpty(), corpus.report().skipped().toString());
    seed = corpus.figures().get(0);
  }

  @Test
  void seedHasExactly79HumanGenesInRecordOrder() {
    assertEquals(79, SEED_HUMAN_GENES.size());
    assertEquals(SEED_HUMAN_GENES, seed.humanGenes());
  }

  @Test
  void everyOtherKeywordIsKeptInRecordOrder() {
    assertEquals(131, seed.keywords().size());
    assertEquals(SEED_OTHER_KEYWORDS, seed.otherKeywords());
  }

  @ParameterizedTest
  @ValueSource(strings = {"Sp1", "sp1", "chmp2a", "p53", "tp53", "Akt", "igf1", "SRPK", "Shc"})
  void caseVariantsAndNonHumanSymbolsAreNotHumanGenes(String keyword) {
    assertFalse(seed.humanGenes().contains(keyword), keyword);
    assertTrue(seed.otherKeywords().contains(keyword), keyword);
  }

  @ParameterizedTest
  @ValueSource(strings = {"SP1", "TP53", "IGF1", "MIR1271"})
  void exactApprovedSymbolsAreHumanGenes(String keyword) {
    assertTrue(seed.humanGenes().contains(keyword), keyword);
    assertFalse(seed.otherKeywords().contains(keyword), keyword);
  }

  @Test
  void seedMetadataSurvivesLoading() {
    assertEquals("PMC5738696__ol-15-01-0041-g00", seed.figid());
    assertEquals("PMC5738696__F1", seed.figidAlias());
    assertEquals("PMC5738696", seed.pmcid());
    assertEquals(SEED.toString(), seed.source());
  }
}
