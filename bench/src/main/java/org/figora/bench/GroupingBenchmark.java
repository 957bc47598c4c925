package org.figora.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.figora.analysis.enrich.EnrichmentEngine;
import org.figora.analysis.enrich.EnrichmentOptions;
import org.figora.analysis.enrich.EnrichmentResult;
import org.figora.analysis.enrich.FigureEnrichment;
import org.figora.analysis.enrich.FigureGroups;
import org.figora.analysis.enrich.Universe;
import org.figora.analysis.gene.GeneReference;
import org.figora.analysis.index.FigureIndex;
import org.figora.analysis.index.IndexStore;
import org.figora.analysis.report.HtmlReport;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * Grouping of redundant figures ({@link FigureGroups}, Jaccard ≥ 0.8 within the background) for the
 * 500-gene list on the 100,000-figure GMT corpus, warm, in-process: the rows of its HTML page
 * ({@code pageRows}: the passing figures and at least the top 50) and every hit row ({@code
 * allHits}, what a TSV of all hits groups). The rows are built in the set-up, so only the grouping
 * is timed. Sample mode: the reported figure is the median of the calls.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.SampleTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 5, time = 2)
@Measurement(iterations = 5, time = 4)
@Fork(1)
public class GroupingBenchmark {

  private FigureIndex index;
  private Universe universe;
  private List<FigureEnrichment> pageRows;
  private List<FigureEnrichment> allHits;

  /** Loads the index, tests the list and builds its rows. */
  @Setup
  public void setUp() throws IOException {
    BenchData data = BenchData.fromEnvironment();
    IndexStore store =
        new IndexStore(
            Files.createDirectories(data.directory().resolve("cache-gmt")),
            GeneReference.bundled());
    index = store.open(List.of(data.gmt()), false).index();
    universe = Universe.annotated(index);
    EnrichmentResult result =
        new EnrichmentEngine(index, universe, EnrichmentOptions.defaults())
            .enrich(BenchData.read(data.list500()));
    allHits = List.copyOf(result.hits());
    pageRows = HtmlReport.pageRows(allHits, 0.05);
    System.out.println(
        "\nrows: page "
            + pageRows.size()
            + ", all hits "
            + allHits.size()
            + "; groups: page "
            + FigureGroups.of(index, universe, pageRows, FigureGroups.DEFAULT_MIN_JACCARD)
                .groupCount()
            + ", all hits "
            + FigureGroups.of(index, universe, allHits, FigureGroups.DEFAULT_MIN_JACCARD)
                .groupCount());
  }

  /**
   * @return the groups of the page's rows
   */
  @Benchmark
  public FigureGroups pageRows() {
    return FigureGroups.of(index, universe, pageRows, FigureGroups.DEFAULT_MIN_JACCARD);
  }

  /**
   * @return the groups of every hit row
   */
  @Benchmark
  public FigureGroups allHits() {
    return FigureGroups.of(index, universe, allHits, FigureGroups.DEFAULT_MIN_JACCARD);
  }
}
