package org.figora.analysis.corpus;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ForkJoinPool;
import org.figora.analysis.figure.Figure;
import org.figora.analysis.gene.GeneReference;
import org.figora.analysis.testing.SharedData;
import org.junit.jupiter.api.Test;

/**
 * The 160 real PFOCR records of the shared sample (plus the seed and the real WikiPathways GMT).
 * Counts were checked with {@code ls} and a PyYAML ({@code BaseLoader}) one-off: 160 {@code .md}
 * files with 160 distinct figids, none equal to the seed's; 10 {@code .tsv} files under {@code
 * figures/genes-tsv/}; and {@code pfocr-sample/README.md}, which has no front matter.
 */
class SampleCorpusTest {

  private static final Path SEED = Path.of("../seeds/000_7a2c117ba028c655.txt");

  private final CorpusLoader loader = CorpusLoader.withReference(GeneReference.bundled());

  @Test
  void all160SampleRecordsAndTheSeedLoadWithoutSkips() throws IOException {
    Path figures = SharedData.require("pfocr-sample/figures");
    Corpus corpus = loader.strict(true).load(List.of(figures, SEED));
    LoadReport report = corpus.report();
    assertEquals(161, report.filesRead());
    assertEquals(161, report.figuresLoaded());
    assertEquals(161, corpus.figures().size());
    assertEquals(List.of(), report.skipped());
    assertEquals(List.of(), report.warnings());
    assertEquals(10, report.ignoredFiles());
    assertEquals(0, report.mergedFromGmt());
    assertEquals("PMC5738696__ol-15-01-0041-g00", corpus.figures().get(160).figid());
    assertEquals(161, corpus.byFigid().size());
    for (Figure figure : corpus.figures().subList(0, 160)) {
      assertEquals(figures.resolve(figure.figid() + ".md").toString(), figure.source());
    }
    assertEquals(
        "PMC5738696__ol-15-01-0041-g00", corpus.figure("PMC5738696__F1").orElseThrow().figid());
  }

  @Test
  void parentFolderReportsItsReadmeInsteadOfThrowing() throws IOException {
    Path sample = SharedData.require("pfocr-sample");
    Corpus corpus = loader.load(List.of(sample));
    LoadReport report = corpus.report();
    assertEquals(161, report.filesRead());
    assertEquals(160, report.figuresLoaded());
    assertEquals(10, report.ignoredFiles());
    assertEquals(1, report.skipped().size());
    LoadIssue readme = report.skipped().get(0);
    assertEquals(sample.resolve("README.md").toString(), readme.source());
    assertEquals(1, readme.line());
    assertTrue(readme.reason().startsWith("no front matter"), readme.reason());
  }

  @Test
  void resultDoesNotDependOnParallelism() throws Exception {
    Path figures = SharedData.require("pfocr-sample/figures");
    Path gmt = SharedData.require("gmt/wikipathways-20200210-gmt-Homo_sapiens.gmt");
    List<Path> paths = List.of(figures, gmt, SEED);
    Corpus sequential = loadIn(new ForkJoinPool(1), paths);
    Corpus wide = loadIn(new ForkJoinPool(8), paths);
    Corpus common = loader.load(paths);
    assertNotSame(sequential, wide);
    assertEquals(160 + 568 + 1, sequential.figures().size());
    assertEquals(sequential, wide);
    assertEquals(sequential, common);
  }

  private Corpus loadIn(ForkJoinPool pool, List<Path> paths)
      throws InterruptedException, ExecutionException {
    try {
      // A parallel stream started inside a pool's task runs in that pool.
      return pool.submit(() -> loader.load(paths)).get();
    } finally {
      pool.shutdown();
    }
  }
}
