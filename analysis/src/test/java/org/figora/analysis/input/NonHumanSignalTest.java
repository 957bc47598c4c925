package org.figora.analysis.input;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import org.figora.analysis.gene.GeneReference;
import org.figora.analysis.gene.MatchKind;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** A mouse or rat list is recognised, so that the user learns no ortholog mapping is done. */
class NonHumanSignalTest {

  private static GeneListResolver resolver;

  @BeforeAll
  static void loadReference() {
    resolver = new GeneListResolver(GeneReference.bundled());
  }

  private static ResolvedGeneList resolve(String... identifiers) {
    List<InputIdentifier> list = new ArrayList<>();
    for (int i = 0; i < identifiers.length; i++) {
      list.add(new InputIdentifier(identifiers[i], i + 1));
    }
    return resolver.resolve("list", list);
  }

  @Test
  void mouseSymbolsMatchOnlyByCaseAndAreFlagged() {
    ResolvedGeneList list = resolve("Igf1r", "Irs1", "Akt1", "Pik3ca", "Trp53", "Foxo1", "IGF2");
    assertEquals(MatchKind.CASE_CORRECTED, list.identifiers().get(0).kind());
    NonHumanSignal signal = NonHumanSignal.of(list);
    assertEquals(7, signal.identifiers());
    assertEquals(6, signal.nonHumanCase());
    assertEquals(List.of("Igf1r", "Irs1", "Akt1"), signal.examples());
    assertTrue(signal.looksNonHuman());
    assertTrue(
        signal.describe().startsWith("6 of 7 identifiers look like another organism's"),
        signal.describe());
    assertTrue(signal.describe().contains("no ortholog mapping"));
  }

  @Test
  void otherOrganismsEnsemblIdsAreFlaggedHumanOnesAreNot() {
    NonHumanSignal mouse =
        NonHumanSignal.of(
            resolve("ENSMUSG00000005533", "ENSMUSG00000059552.3", "ENSRNOG00000016695", "TP53"));
    assertEquals(3, mouse.nonHumanEnsembl());
    assertTrue(mouse.looksNonHuman());
    NonHumanSignal human =
        NonHumanSignal.of(resolve("ENSG00000141510", "ENSG00000146648.18", "TP53"));
    assertEquals(0, human.nonHumanEnsembl());
    assertFalse(human.looksNonHuman());
  }

  @Test
  void humanListsWithAFewOddSpellingsAreNotFlagged() {
    ResolvedGeneList list =
        resolve(
            "IGF1R", "IRS1", "AKT1", "p53", "Her2", "C1orf112", "tp53", "7157", "NA", "NaN", "Inf");
    NonHumanSignal signal = NonHumanSignal.of(list);
    assertEquals(8, signal.identifiers());
    assertEquals(1, signal.nonHumanCase()); // Her2; C1orf112 is an exact human symbol
    assertFalse(signal.looksNonHuman());
  }

  @Test
  void halfIsNotMost() {
    assertFalse(NonHumanSignal.of(resolve("Igf1r", "IRS1")).looksNonHuman());
    assertTrue(NonHumanSignal.of(resolve("Igf1r", "Irs1", "AKT1")).looksNonHuman());
  }
}
