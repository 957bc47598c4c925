package org.figora.bench;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.figora.analysis.enrich.EnrichmentEngine;
import org.figora.analysis.enrich.EnrichmentOptions;
import org.figora.analysis.enrich.EnrichmentResult;
import org.figora.analysis.enrich.FigureEnrichment;
import org.figora.analysis.enrich.GeneList;
import org.figora.analysis.enrich.Universe;
import org.figora.analysis.gene.GeneReference;
import org.figora.analysis.index.FigureIndex;
import org.figora.analysis.index.IndexStore;
import org.figora.analysis.report.ReportTables;
import tech.tablesaw.api.Table;

/**
 * Soak: 10,000 enrichments of the benchmark lists in one JVM, in ten rounds of 1,000 run in
 * parallel across the cores, each result turned into a report table of its top 50 rows as soon as
 * it is ready (a result holds a few megabytes for a long list, so a batch streams them). After
 * every round the heap still in use after full GCs is printed, so that growth between the first and
 * the last thousand shows (a leak would grow it round after round). Reported, never asserted.
 *
 * <p>Run: {@code java -cp bench/target/benchmarks.jar org.figora.bench.Soak [rounds]}.
 */
public final class Soak {

  private Soak() {}

  /**
   * Runs the soak.
   *
   * @param args optional number of rounds of 1,000 lists (default 10)
   * @throws IOException when the benchmark data cannot be read
   */
  public static void main(String[] args) throws IOException {
    int rounds = args.length > 0 ? Integer.parseInt(args[0]) : 10;
    BenchData data = BenchData.fromEnvironment();
    List<Path> corpus = List.of(data.gmt());
    IndexStore store =
        new IndexStore(
            Files.createDirectories(data.directory().resolve("cache-gmt")),
            GeneReference.bundled());
    FigureIndex index = store.open(corpus, false).index();
    EnrichmentEngine engine =
        new EnrichmentEngine(index, Universe.annotated(index), EnrichmentOptions.defaults());
    List<GeneList> lists = data.lists();
    System.out.printf(
        "soak: %d figures, %d lists available, %d rounds of 1,000%n",
        index.figureCount(), lists.size(), rounds);
    System.out.println("| round | lists | seconds | rows shown | heap after GC (MB) |");
    System.out.println("| --- | --- | --- | --- | --- |");
    long baseline = usedAfterGc();
    for (int round = 1; round <= rounds; round++) {
      long start = System.nanoTime();
      long rows = 0;
      List<GeneList> batch = new java.util.ArrayList<>(1000);
      for (int i = 0; i < 1000; i++) {
        batch.add(lists.get(((round - 1) * 1000 + i) % lists.size()));
      }
      rows = batch.parallelStream().map(engine::enrich).mapToLong(Soak::reportRows).sum();
      double seconds = (System.nanoTime() - start) / 1e9;
      System.out.printf(
          "| %d | 1000 | %.1f | %d | %.1f |%n",
          round, seconds, rows, (usedAfterGc() - baseline) / 1e6);
    }
  }

  /** Builds the report table of a result's top 50 figures, as a batch writing reports would. */
  private static long reportRows(EnrichmentResult result) {
    List<FigureEnrichment> hits = result.hits();
    Table table = ReportTables.of(result, hits.subList(0, Math.min(50, hits.size())));
    return table.rowCount();
  }

  private static long usedAfterGc() {
    for (int i = 0; i < 3; i++) {
      System.gc();
    }
    return ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed();
  }
}
