package org.figora.analysis.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Stream;
import org.figora.analysis.enrich.RowSelection;
import org.figora.analysis.enrich.Universe;
import org.figora.analysis.stats.PValueAdjustment;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** The Methods paragraph and the provenance fields, for every correction and background. */
class ProvenanceTest {

  private static final String DIGEST =
      "sha256:3335d45367c3fc8f4212b0edf0bde2429215d8701e0a0275fbcd9afc7a3b53b4";

  static Stream<Arguments> combinations() {
    List<Arguments> all = new ArrayList<>();
    for (PValueAdjustment correction : PValueAdjustment.values()) {
      for (Universe.Policy policy : Universe.Policy.values()) {
        for (boolean hitsOnly : new boolean[] {false, true}) {
          all.add(Arguments.of(correction, policy, hitsOnly));
        }
      }
    }
    return all.stream();
  }

  private static Provenance provenance(
      PValueAdjustment correction,
      Universe.Policy policy,
      boolean hitsOnly,
      Optional<String> release,
      RowSelection shown) {
    Optional<BackgroundFile> file =
        policy == Universe.Policy.GENE_LIST
            ? Optional.of(new BackgroundFile("measured.txt", "ab".repeat(32)))
            : Optional.empty();
    return new Provenance(
        "0.1.0",
        release.map(r -> "pfocr@" + r).orElse("seeds"),
        release,
        DIGEST,
        "fe95c2e1",
        147,
        "NCBI Gene via org.Hs.eg.db 3.16.0 (EGSOURCEDATE 2022-Sep12)",
        policy,
        2121,
        7,
        file,
        3,
        500,
        correction,
        hitsOnly,
        146,
        shown,
        "igf1r.txt",
        35,
        34,
        List.of("p53x"),
        32,
        List.of("IRS2"),
        Instant.parse("2024-05-10T08:30:00Z"),
        Optional.empty());
  }

  @ParameterizedTest
  @MethodSource("combinations")
  void theMethodsParagraphSaysWhatWasDoneOnce(
      PValueAdjustment correction, Universe.Policy policy, boolean hitsOnly) {
    String text =
        provenance(correction, policy, hitsOnly, Optional.of("20240510"), RowSelection.hits())
            .methodsParagraph();

    assertTrue(text.contains(policy.describe(2121)), text);
    assertEquals(policy == Universe.Policy.GENE_LIST, text.contains("measured.txt"), text);
    assertTrue(
        text.contains("PFOCR; release 20240510, content digest sha256:3335d45367c3fc8f"), text);
    assertTrue(text.contains("figora 0.1.0") && text.contains("one-sided hypergeometric test"));
    assertTrue(text.contains("Figures with 3 to 500 background genes were tested (146"), text);
    if (correction == PValueAdjustment.NONE) {
      assertTrue(text.contains("p-values were not adjusted for multiple testing."), text);
      assertFalse(text.contains("adjusted with") || text.contains("correction"), text);
    } else {
      assertTrue(text.contains("p-values were " + phrase(correction) + " over "), text);
      assertEquals(correction == PValueAdjustment.QVALUE, text.contains("π0"), text);
      assertEquals(hitsOnly, text.contains("sharing at least one gene with the list only"), text);
    }
    assertFalse(text.contains("adjusted with no"), text);
    assertNoRepeatedPhrase(text);
    assertTrue(text.endsWith("."), text);
  }

  private static String phrase(PValueAdjustment correction) {
    return switch (correction) {
      case BENJAMINI_HOCHBERG -> "adjusted with the Benjamini–Hochberg procedure";
      case BENJAMINI_YEKUTIELI -> "adjusted with the Benjamini–Yekutieli procedure";
      case BONFERRONI -> "adjusted with the Bonferroni correction";
      case HOLM -> "adjusted with Holm's step-down procedure";
      case QVALUE -> "converted to Storey's q-values";
      case NONE -> throw new IllegalArgumentException("none has no phrase");
    };
  }

  /** No run of four words appears twice ("mapped to NCBI Gene symbols with NCBI Gene via"). */
  private static void assertNoRepeatedPhrase(String text) {
    String[] words = text.split("\\s+");
    Set<String> seen = new HashSet<>();
    for (int i = 0; i + 4 <= words.length; i++) {
      String phrase = String.join(" ", List.of(words).subList(i, i + 4));
      assertTrue(seen.add(phrase), "repeated '" + phrase + "' in: " + text);
    }
    assertFalse(text.matches("(?s).*\\bNCBI Gene\\b.*\\bNCBI Gene\\b.*"), text);
  }

  @Test
  void aCorpusOfPathsIsNamedByItsPathsAndDigest() {
    String text =
        provenance(
                PValueAdjustment.BENJAMINI_HOCHBERG,
                Universe.Policy.ANNOTATED,
                false,
                Optional.empty(),
                RowSelection.hits())
            .methodsParagraph();
    assertTrue(
        text.contains("(PFOCR; corpus seeds, content digest sha256:3335d45367c3fc8f)"), text);
    assertFalse(text.contains("release"), text);
  }

  @Test
  void theRowsShownAreSaidWhenTheyAreNotEveryHit() {
    RowSelection ungrouped = RowSelection.hits().withoutGrouping();
    Provenance base =
        provenance(
            PValueAdjustment.BENJAMINI_HOCHBERG,
            Universe.Policy.ANNOTATED,
            false,
            Optional.empty(),
            ungrouped);
    assertFalse(base.methodsParagraph().contains("reported"), base.methodsParagraph());
    String filtered =
        base.withShown(ungrouped.withMaxAdjustedPValue(0.05).withTop(50)).methodsParagraph();
    assertTrue(
        filtered.endsWith(
            "Figures sharing at least one gene with the list with an"
                + " adjusted p-value of at most 0.05 are reported, at most 50 by p-value."),
        filtered);
    String top = base.withShown(ungrouped.withTop(20)).methodsParagraph();
    assertTrue(top.endsWith("are reported, the first 20 by p-value."), top);
    String all = base.withShown(ungrouped.withZeroOverlap(true)).methodsParagraph();
    assertTrue(all.endsWith("All tested figures are reported."), all);
    String grouped = base.withShown(RowSelection.hits()).methodsParagraph();
    assertTrue(
        grouped.endsWith(
            "Jaccard similarity of at least 0.8 with a better-ranked figure"
                + " are grouped under it; grouping does not change the statistics."),
        grouped);
    String collapsed =
        base.withShown(RowSelection.hits().withGrouping(1.0).withCollapse(true)).methodsParagraph();
    assertTrue(
        collapsed.contains(
            "at least 1.0 with a better-ranked figure are grouped under it"
                + " and only the best-ranked figure of each group is shown"),
        collapsed);
  }

  @Test
  void theMapHoldsEveryOptionThatChangedWhatIsShown() {
    Provenance p =
        provenance(
                PValueAdjustment.HOLM,
                Universe.Policy.GENE_LIST,
                false,
                Optional.of("20240510"),
                RowSelection.hits().withMaxPValue(0.01).withTop(5))
            .withCommandLine(Optional.of("figora enrich igf1r.txt --top 5 --max-p 0.01"));
    Map<String, Object> map = p.asMap();
    assertEquals("holm", map.get("correction"));
    assertEquals("gene-list", map.get("universe"));
    assertEquals("20240510", map.get("corpus_release"));
    assertEquals(DIGEST, map.get("corpus_content_digest"));
    assertEquals("measured.txt", map.get("background_file"));
    assertEquals("ab".repeat(32), map.get("background_file_sha256"));
    assertEquals(0.01, map.get("max_p"));
    assertEquals(5, map.get("top"));
    assertEquals(null, map.get("max_adjusted_p"));
    assertEquals(false, map.get("all"));
    assertEquals(3, map.get("min_size"));
    assertEquals(500, map.get("max_size"));
    assertEquals("2024-05-10T08:30:00Z", map.get("created"));
    assertEquals("figora enrich igf1r.txt --top 5 --max-p 0.01", map.get("command_line"));
  }
}
