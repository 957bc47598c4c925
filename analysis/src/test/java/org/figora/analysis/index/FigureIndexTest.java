package org.figora.analysis.index;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.OptionalInt;
import java.util.Set;
import java.util.TreeSet;
import org.figora.analysis.corpus.Corpus;
import org.figora.analysis.corpus.CorpusLoader;
import org.figora.analysis.corpus.LoadReport;
import org.figora.analysis.figure.Figure;
import org.figora.analysis.gene.GeneReference;
import org.figora.analysis.testing.SharedData;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The CSR index on a hand-made corpus whose layout is worked out by hand, and its invariants on the
 * real sample corpus.
 *
 * <p>Hand-made corpus: F0 = {TP53, BRCA1, AKT1}, F1 = {EGFR, TP53}, F2 = {} (only non-human
 * keywords), F3 = {MYC, AKT1, TP53, EGFR}. Genes in symbol order: AKT1=0, BRCA1=1, EGFR=2, MYC=3,
 * TP53=4. Figure rows: F0 [0,1,4], F1 [2,4], F2 [], F3 [0,2,3,4]. Postings: AKT1 [0,3], BRCA1 [0],
 * EGFR [1,3], MYC [3], TP53 [0,1,3].
 */
class FigureIndexTest {

  static Corpus handMade() {
    List<Figure> figures =
        List.of(
            Figure.ofGeneSet("F0", "zero", "", List.of("TP53", "BRCA1", "AKT1"), "t:1"),
            Figure.ofGeneSet("F1", "one", "", List.of("EGFR", "TP53"), "t:2"),
            recordWithoutHumanGenes("F2"),
            Figure.ofGeneSet("F3", "three", "", List.of("MYC", "AKT1", "TP53", "EGFR"), "t:4"));
    return new Corpus(figures, new LoadReport(2, 4, List.of(), List.of(), 0, 0));
  }

  private static Figure recordWithoutHumanGenes(String figid) {
    List<String> other = List.of("Sp1", "p53", "Cancer");
    return new Figure(
        figid,
        "",
        "",
        "",
        "",
        "",
        "",
        OptionalInt.empty(),
        Optional.empty(),
        Optional.empty(),
        List.of("Drosophila melanogaster"),
        List.of(),
        OptionalDouble.empty(),
        "",
        "",
        other,
        List.of(),
        other,
        "f2.md");
  }

  @Test
  void handMadeCorpusHasTheWorkedOutLayout() {
    Corpus corpus = handMade();
    FigureIndex index = FigureIndex.of(corpus);
    assertSame(corpus, index.corpus());
    assertEquals(4, index.figureCount());
    assertEquals(5, index.geneCount());
    assertEquals(List.of("AKT1", "BRCA1", "EGFR", "MYC", "TP53"), index.genes());
    assertArrayEquals(new int[] {0, 3, 5, 5, 9}, index.figureOffsets());
    assertArrayEquals(new int[] {0, 1, 4, 2, 4, 0, 2, 3, 4}, index.figureGenes());
    assertArrayEquals(new int[] {0, 1, 4}, index.genesOf(0));
    assertArrayEquals(new int[] {2, 4}, index.genesOf(1));
    assertArrayEquals(new int[] {}, index.genesOf(2));
    assertArrayEquals(new int[] {0, 2, 3, 4}, index.genesOf(3));
    assertEquals(
        List.of(3, 2, 0, 4),
        List.of(
            index.figureSize(0), index.figureSize(1), index.figureSize(2), index.figureSize(3)));
    int[] starts = {0, 2, 3, 5, 6};
    int[] ends = {2, 3, 5, 6, 9};
    int[] postings = {0, 3, 0, 1, 3, 3, 0, 1, 3};
    for (int g = 0; g < 5; g++) {
      assertEquals(starts[g], index.postingsStart(g), "start of gene " + g);
      assertEquals(ends[g], index.postingsEnd(g), "end of gene " + g);
      assertEquals(ends[g] - starts[g], index.figureCountOf(g));
    }
    for (int i = 0; i < postings.length; i++) {
      assertEquals(postings[i], index.posting(i), "posting " + i);
    }
    assertEquals("F2", index.figure(2).figid());
  }

  @ParameterizedTest
  @CsvSource(
      delimiter = '|',
      value = {
        "AKT1 | 0 3",
        "BRCA1 | 0",
        "EGFR | 1 3",
        "MYC | 3",
        "TP53 | 0 1 3",
        "KRAS | ''",
        "tp53 | ''",
        "Sp1 | ''"
      })
  void figuresWithGivesTheFiguresHoldingAGene(String symbol, String expected) {
    FigureIndex index = FigureIndex.of(handMade());
    List<Integer> figures =
        expected.isEmpty()
            ? List.of()
            : List.of(expected.split(" ")).stream().map(Integer::valueOf).toList();
    assertEquals(figures, index.figuresWith(symbol));
    assertEquals(
        figures.isEmpty() ? -1 : index.genes().indexOf(symbol), index.geneIdOrMinusOne(symbol));
    assertEquals(figures.isEmpty(), index.geneId(symbol).isEmpty());
  }

  @Test
  void symbolAndGeneIdAreInverse() {
    FigureIndex index = FigureIndex.of(handMade());
    for (int g = 0; g < index.geneCount(); g++) {
      assertEquals(Optional.of(g), index.geneId(index.symbol(g)));
    }
  }

  @Test
  void emptyCorpusGivesAnEmptyIndex() {
    FigureIndex index =
        FigureIndex.of(new Corpus(List.of(), new LoadReport(0, 0, List.of(), List.of(), 0, 0)));
    assertEquals(0, index.figureCount());
    assertEquals(0, index.geneCount());
    assertEquals(List.of(), index.figuresWith("TP53"));
  }

  @Test
  void handMadeCorpusSatisfiesTheInvariants() {
    assertInvariants(FigureIndex.of(handMade()));
  }

  /**
   * Sample records, seed and WikiPathways GMT. A Python one-off (PyYAML {@code BaseLoader} for the
   * records, the {@code entrez_id} column of the reference for the GMT) gives: 2,121 distinct
   * approved symbols and 5,244 (figure, gene) pairs in the 161 records; 7,062 and 25,015 in the 568
   * GMT sets; 7,585 distinct genes and 30,259 pairs in all. TP53 is in 16 records (listed below)
   * and 62 GMT sets.
   */
  @Test
  void realCorpusSatisfiesTheInvariantsWithIndependentCounts() throws IOException {
    Path figures = SharedData.require("pfocr-sample/figures");
    Path gmt = SharedData.require("gmt/wikipathways-20200210-gmt-Homo_sapiens.gmt");
    CorpusLoader loader = CorpusLoader.withReference(GeneReference.bundled());
    Path seed = Path.of("../seeds/000_7a2c117ba028c655.txt");

    FigureIndex records = FigureIndex.of(loader.load(List.of(figures, seed)));
    assertInvariants(records);
    assertEquals(161, records.figureCount());
    assertEquals(2121, records.geneCount());
    assertEquals(5244, records.figureGenes().length);
    Set<String> tp53 = new TreeSet<>();
    records.figuresWith("TP53").forEach(f -> tp53.add(records.figure(f).figid()));
    assertEquals(
        new TreeSet<>(
            List.of(
                "PMC10025411__fncel-17-1105247-g0001",
                "PMC1572165__130-0703407f3",
                "PMC1683566__1471-2105-7-S2-S16-5",
                "PMC2395337__90-6601487f1",
                "PMC2566927__pcn102f2",
                "PMC312742__36618-7f9_F1TT",
                "PMC3286973__pnas.1018854108fig03",
                "PMC3824073__gr2",
                "PMC4111852__12864_2014_6279_Fig3_HTML",
                "PMC4199664__nihms534003f1",
                "PMC4233297__zh40221413110002",
                "PMC4543753__jcav06p0930g004",
                "PMC4983807__pnas.1603992113sfig04",
                "PMC5302293__foods-02-00374-g001",
                "PMC5437015__41598_2017_2197_Fig8_HTML",
                "PMC5738696__ol-15-01-0041-g00")),
        tp53);

    FigureIndex all = FigureIndex.of(loader.load(List.of(figures, gmt, seed)));
    assertInvariants(all);
    assertEquals(161 + 568, all.figureCount());
    assertEquals(7585, all.geneCount());
    assertEquals(30259, all.figureGenes().length);
    assertEquals(16 + 62, all.figuresWith("TP53").size());
  }

  /** Checks the CSR layout against the corpus it was built from, in both directions. */
  static void assertInvariants(FigureIndex index) {
    List<Figure> figures = index.corpus().figures();
    assertEquals(figures.size(), index.figureCount());
    Set<String> union = new TreeSet<>();
    figures.forEach(f -> union.addAll(f.humanGenes()));
    assertEquals(new ArrayList<>(union), index.genes(), "genes: the sorted distinct union");
    assertEquals(union.size(), index.geneCount());

    Set<Long> forward = new HashSet<>();
    int[] offsets = index.figureOffsets();
    assertEquals(0, offsets[0]);
    assertEquals(index.figureGenes().length, offsets[figures.size()]);
    for (int f = 0; f < figures.size(); f++) {
      int[] genes = index.genesOf(f);
      assertEquals(figures.get(f).humanGenes().size(), genes.length, "size of figure " + f);
      assertEquals(genes.length, index.figureSize(f));
      Set<String> symbols = new HashSet<>();
      for (int i = 0; i < genes.length; i++) {
        assertTrue(i == 0 || genes[i - 1] < genes[i], "figure " + f + " genes ascending");
        symbols.add(index.symbol(genes[i]));
        forward.add(((long) f << 32) | genes[i]);
      }
      assertEquals(new HashSet<>(figures.get(f).humanGenes()), symbols, "genes of figure " + f);
    }

    Set<Long> backward = new HashSet<>();
    int pairs = 0;
    for (int g = 0; g < index.geneCount(); g++) {
      assertEquals(g == 0 ? 0 : index.postingsEnd(g - 1), index.postingsStart(g));
      assertTrue(index.figureCountOf(g) > 0, "every indexed gene is in some figure");
      List<Integer> walked = new ArrayList<>();
      for (int i = index.postingsStart(g); i < index.postingsEnd(g); i++) {
        int f = index.posting(i);
        assertTrue(walked.isEmpty() || walked.get(walked.size() - 1) < f, "postings ascending");
        walked.add(f);
        backward.add(((long) f << 32) | g);
      }
      assertEquals(walked, index.figuresWith(index.symbol(g)));
      pairs += walked.size();
    }
    assertEquals(index.figureGenes().length, pairs);
    assertEquals(forward, backward, "every (figure, gene) pair in both directions");
  }
}
