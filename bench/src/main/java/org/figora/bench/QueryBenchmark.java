package org.figora.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.figora.analysis.enrich.EnrichmentEngine;
import org.figora.analysis.enrich.EnrichmentOptions;
import org.figora.analysis.enrich.EnrichmentResult;
import org.figora.analysis.enrich.FigureEnrichment;
import org.figora.analysis.enrich.GeneList;
import org.figora.analysis.enrich.Universe;
import org.figora.analysis.gene.GeneReference;
import org.figora.analysis.index.FigureIndex;
import org.figora.analysis.index.IndexStore;
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
 * One 500-gene list against every figure of the GMT corpus, warm, in-process: postings scan,
 * p-values, correction over every tested figure and ranking ({@code list500}; the report rows are
 * built when first read, which {@code list500Rows} adds), with the default options (sizes 3–500,
 * BH) and with every set tested ({@code --min-size 1 --max-size 100000}) as the peers do. Sample
 * mode: the reported figure is the median of the calls.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.SampleTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 5, time = 2)
@Measurement(iterations = 5, time = 4)
@Fork(1)
public class QueryBenchmark {

  private EnrichmentEngine defaults;
  private EnrichmentEngine everySet;
  private GeneList list;

  /** Loads the index and the list. */
  @Setup
  public void setUp() throws IOException {
    BenchData data = BenchData.fromEnvironment();
    IndexStore store =
        new IndexStore(
            Files.createDirectories(data.directory().resolve("cache-gmt")),
            GeneReference.bundled());
    FigureIndex index = store.open(List.of(data.gmt()), false).index();
    Universe universe = Universe.annotated(index);
    defaults = new EnrichmentEngine(index, universe, EnrichmentOptions.defaults());
    everySet =
        new EnrichmentEngine(index, universe, EnrichmentOptions.defaults().withSizes(1, 100_000));
    list = BenchData.read(data.list500());
  }

  /**
   * @return the result (hits corrected and sorted) with the default options
   */
  @Benchmark
  public EnrichmentResult list500() {
    return defaults.enrich(list);
  }

  /**
   * @return the number of report rows, after building every row of the figures with an overlap
   *     (odds ratios, overlap genes): what a report of all hits costs on top of the test
   */
  @Benchmark
  public long list500Rows() {
    // Hit rows are built when read: read every one (its overlap genes and odds ratio).
    long total = 0;
    for (FigureEnrichment hit : defaults.enrich(list).hits()) {
      total += hit.overlapGenes().size() + (long) hit.oddsRatio().estimate();
    }
    return total;
  }

  /**
   * @return the result with every set tested
   */
  @Benchmark
  public EnrichmentResult list500EverySet() {
    return everySet.enrich(list);
  }
}
