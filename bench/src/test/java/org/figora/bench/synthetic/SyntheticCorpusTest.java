package org.figora.bench.synthetic;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Collections;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import org.figora.analysis.corpus.Corpus;
import org.figora.analysis.corpus.CorpusLoader;
import org.figora.analysis.enrich.GeneList;
import org.figora.analysis.figure.Figure;
import org.figora.analysis.figure.FigureRecordParser;
import org.figora.analysis.gene.GeneReference;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The synthetic corpus has the measured PFOCR shape (sizes, empty figures, Zipf-like gene
 * popularity, non-human keywords), is reproducible from its seed, and its records and GMT read back
 * through figora's own parsers to the generated gene sets.
 */
class SyntheticCorpusTest {

  private static final int FIGURES = 20_000;
  private static GeneReference reference;
  private static SyntheticCorpus corpus;

  @BeforeAll
  static void generate() {
    reference = GeneReference.bundled();
    corpus = SyntheticCorpus.generate(reference, FIGURES, 42);
  }

  @Test
  void setSizesFollowTheSample() {
    List<Integer> sizes =
        corpus.figures().stream().map(f -> f.humanGenes().size()).sorted().toList();
    long empty = sizes.stream().filter(s -> s == 0).count();
    // 14/160 = 8.75% of sample records have no human gene; binomial sd at 20,000 is 0.2%.
    assertEquals(SyntheticCorpus.EMPTY_FRACTION, empty / (double) FIGURES, 0.01);
    List<Integer> nonEmpty = sizes.subList((int) empty, sizes.size());
    // Sample: median 26, 90th percentile 65 among non-empty sets; all records: median 24, p90 64.
    assertEquals(26, quantile(nonEmpty, 0.5), 2);
    assertEquals(65, quantile(nonEmpty, 0.9), 4);
    assertEquals(24, quantile(sizes, 0.5), 2);
    assertEquals(64, quantile(sizes, 0.9), 4);
    int max = nonEmpty.get(nonEmpty.size() - 1);
    assertTrue(max >= 300 && max <= SyntheticCorpus.MAX_SIZE, "max " + max);
    assertEquals(1, nonEmpty.get(0));
  }

  @Test
  void genePopularityIsZipfLike() {
    Map<String, Integer> counts = new HashMap<>();
    corpus.figures().forEach(f -> f.humanGenes().forEach(g -> counts.merge(g, 1, Integer::sum)));
    List<Integer> byCount = counts.values().stream().sorted(Collections.reverseOrder()).toList();
    // Top genes in about a fifth of all figures (sample: MAPK1 in 40 of 160).
    assertTrue(byCount.get(0) > FIGURES / 8 && byCount.get(0) < FIGURES / 3, "top " + byCount);
    long overOnePercent = byCount.stream().filter(c -> c >= FIGURES / 100).count();
    assertTrue(overOnePercent >= 200 && overOnePercent <= 1000, "genes in >=1%: " + overOnePercent);
    assertTrue(counts.size() > 15_000, "genes used " + counts.size());
    assertTrue(counts.get("TP53") > FIGURES / 10 && counts.get("AKT1") > FIGURES / 10);
    for (String gene : counts.keySet()) {
      assertTrue(reference.isApprovedSymbol(gene), gene);
    }
  }

  @Test
  void otherKeywordsAreNeverHumanSymbols() {
    long withOther = 0;
    for (SyntheticFigure figure : corpus.figures()) {
      assertEquals(figure.humanGenes().size(), new HashSet<>(figure.humanGenes()).size());
      for (String keyword : figure.otherKeywords()) {
        assertFalse(reference.isApprovedSymbol(keyword), keyword);
      }
      withOther += figure.otherKeywords().isEmpty() ? 0 : 1;
    }
    assertTrue(withOther > FIGURES / 2, "figures with other keywords: " + withOther);
  }

  @Test
  void sameSeedSameCorpusOtherSeedAnother(@TempDir Path dir) throws IOException {
    SyntheticCorpus small = SyntheticCorpus.generate(reference, 500, 7);
    SyntheticCorpus again = SyntheticCorpus.generate(reference, 500, 7);
    SyntheticCorpus other = SyntheticCorpus.generate(reference, 500, 8);
    assertEquals(small.figures(), again.figures());
    assertNotEquals(small.figures(), other.figures());
    SyntheticCorpusWriter.writeGmt(small, dir.resolve("a.gmt"));
    SyntheticCorpusWriter.writeGmt(again, dir.resolve("b.gmt"));
    assertArrayEquals(
        Files.readAllBytes(dir.resolve("a.gmt")), Files.readAllBytes(dir.resolve("b.gmt")));
    List<GeneList> lists = SyntheticLists.generate(small, 20, 20, 200, 3);
    assertEquals(lists, SyntheticLists.generate(again, 20, 20, 200, 3));
    for (GeneList list : lists) {
      assertTrue(list.symbols().size() >= 20 && list.symbols().size() <= 200);
    }
  }

  @Test
  void recordsAndGmtReadBackToTheGeneratedSets(@TempDir Path dir) throws IOException {
    SyntheticCorpus small = SyntheticCorpus.generate(reference, 300, 11);
    FigureRecordParser parser = new FigureRecordParser(reference::approvedSymbol);
    for (SyntheticFigure expected : small.figures()) {
      Figure parsed =
          parser.parse(
              expected.figid(),
              SyntheticCorpusWriter.recordText(expected)
                  .getBytes(java.nio.charset.StandardCharsets.UTF_8));
      assertEquals(expected.figid(), parsed.figid());
      assertEquals(expected.humanGenes(), parsed.humanGenes());
      assertEquals(expected.otherKeywords(), parsed.otherKeywords());
      assertEquals(expected.year(), parsed.year().getAsInt());
    }
    SyntheticCorpusWriter.writeRecords(small, dir.resolve("records"));
    SyntheticCorpusWriter.writeGmt(small, dir.resolve("sets.gmt"));
    Corpus fromRecords =
        CorpusLoader.withReference(reference).strict(true).load(List.of(dir.resolve("records")));
    Corpus fromGmt =
        CorpusLoader.withReference(reference).strict(true).load(List.of(dir.resolve("sets.gmt")));
    assertEquals(small.figures().size(), fromRecords.figures().size());
    Map<String, List<String>> gmtSets = new HashMap<>();
    fromGmt.figures().forEach(f -> gmtSets.put(f.figid(), f.humanGenes()));
    for (SyntheticFigure expected : small.figures()) {
      assertEquals(
          expected.humanGenes().isEmpty() ? null : expected.humanGenes(),
          gmtSets.get(expected.figid()),
          expected.figid());
    }
  }

  private static int quantile(List<Integer> sorted, double q) {
    return sorted.get(Math.min(sorted.size() - 1, (int) (q * sorted.size())));
  }
}
