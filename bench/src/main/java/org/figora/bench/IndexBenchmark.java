package org.figora.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.ForkJoinPool;
import java.util.concurrent.TimeUnit;
import org.figora.analysis.gene.GeneReference;
import org.figora.analysis.index.IndexStore;
import org.figora.analysis.index.LoadedIndex;
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
 * Building the index from the corpus files (parse, intern, CSR, encode and write the cache: what
 * {@code figora index build} does) and loading it back from the cache (what every later command
 * does first). Single-shot times: each call is one whole build or load.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.SingleShotTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
public class IndexBenchmark {

  /** Which corpus: {@code records} (one YAML file per figure) or {@code gmt}. */
  @Param({"records", "gmt"})
  public String source;

  private IndexStore store;
  private List<Path> paths;

  /** Generates the data if needed and warms the cache once. */
  @Setup
  public void setUp() throws IOException {
    BenchData data = BenchData.fromEnvironment();
    paths = List.of(source.equals("gmt") ? data.gmt() : data.records());
    Path cache = Files.createDirectories(data.directory().resolve("cache-" + source));
    // As the command line does: a pool with a thread per core, given to the store.
    store =
        new IndexStore(cache, GeneReference.bundled())
            .withExecutor(new ForkJoinPool(Runtime.getRuntime().availableProcessors()));
    store.open(paths, false);
  }

  /**
   * @return a freshly built (and cached) index
   */
  @Benchmark
  @Warmup(iterations = 1)
  @Measurement(iterations = 5)
  // The flags ./figora gives 'index build'.
  @Fork(
      value = 1,
      jvmArgsAppend = {"-XX:+UseParallelGC", "-XX:InitialRAMPercentage=5"})
  public LoadedIndex build() throws IOException {
    return store.rebuild(paths, false);
  }

  /**
   * @return the index read from the cache, in a JVM that has loaded it a few times
   */
  @Benchmark
  @Warmup(iterations = 3)
  @Measurement(iterations = 10)
  @Fork(1)
  public LoadedIndex loadWarm() throws IOException {
    return store.open(paths, false);
  }

  /**
   * @return the index read from the cache as the first thing a fresh JVM does
   */
  @Benchmark
  @Warmup(iterations = 0)
  @Measurement(iterations = 1)
  // The flags ./figora gives a short run (enrich, figures, genes).
  @Fork(
      value = 7,
      jvmArgsAppend = {
        "-XX:+UseSerialGC",
        "-XX:TieredStopAtLevel=1",
        "-XX:InitialRAMPercentage=5",
        "-XX:NewRatio=1"
      })
  public LoadedIndex loadCold() throws IOException {
    return store.open(paths, false);
  }
}
