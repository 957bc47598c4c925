package org.figora.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.figora.analysis.enrich.EnrichmentEngine;
import org.figora.analysis.enrich.EnrichmentOptions;
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
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * The whole batch of query lists (sizes 20–1,000) against every figure, in parallel on all cores,
 * with the default options. Each result is reduced to its count of figures with adjusted p ≤ 0.05
 * as it is made, as a writer streaming reports would; holding all 10,000 results at once is not
 * what is measured.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.SingleShotTime)
@OutputTimeUnit(TimeUnit.SECONDS)
@Warmup(iterations = 1)
@Measurement(iterations = 3)
// The flags ./figora gives a --lists batch.
@Fork(
    value = 1,
    jvmArgsAppend = {"-XX:+UseParallelGC", "-XX:InitialRAMPercentage=5"})
public class BatchBenchmark {

  /** How many of the lists to run (the first ones in name order); at most all of them. */
  @Param("10000")
  public int lists;

  private EnrichmentEngine engine;
  private List<GeneList> batch;

  /** Loads the index and the lists. */
  @Setup
  public void setUp() throws IOException {
    BenchData data = BenchData.fromEnvironment();
    IndexStore store =
        new IndexStore(
            Files.createDirectories(data.directory().resolve("cache-gmt")),
            GeneReference.bundled());
    FigureIndex index = store.open(List.of(data.gmt()), false).index();
    engine = new EnrichmentEngine(index, Universe.annotated(index), EnrichmentOptions.defaults());
    List<GeneList> all = data.lists();
    batch = all.subList(0, Math.min(lists, all.size()));
  }

  /**
   * @return figures tested over all lists: the test itself (scan, p-values, correction, ranking)
   *     without building any report row
   */
  @Benchmark
  public long allListsTestOnly() {
    return batch.parallelStream().mapToLong(list -> engine.enrich(list).testedFigures()).sum();
  }

  /**
   * @return significant figures over all lists (builds every hit's report row to read it)
   */
  @Benchmark
  public long allLists() {
    return batch.parallelStream()
        .mapToLong(
            list ->
                engine.enrich(list).hits().stream()
                    .filter(hit -> hit.adjustedPValue() <= 0.05)
                    .count())
        .sum();
  }
}
