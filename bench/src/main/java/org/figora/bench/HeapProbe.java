package org.figora.bench;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.figora.analysis.gene.GeneReference;
import org.figora.analysis.index.IndexStore;
import org.figora.analysis.index.LoadedIndex;

/**
 * Retained heap of a loaded index: heap in use after full GCs, before and after loading it from the
 * cache (the gene reference is loaded first, so it is not counted): {@code java -cp benchmarks.jar
 * org.figora.bench.HeapProbe records|gmt}. Prints one line.
 */
public final class HeapProbe {

  private HeapProbe() {}

  /**
   * Entry point.
   *
   * @param args {@code records} or {@code gmt}
   * @throws IOException when the data cannot be read
   */
  public static void main(String[] args) throws IOException {
    String source = args.length > 0 ? args[0] : "gmt";
    BenchData data = BenchData.fromEnvironment();
    List<Path> paths = List.of(source.equals("gmt") ? data.gmt() : data.records());
    IndexStore store =
        new IndexStore(
            Files.createDirectories(data.directory().resolve("cache-" + source)),
            GeneReference.bundled());
    store.open(paths, false);
    long before = usedAfterGc();
    LoadedIndex loaded = store.open(paths, false);
    long after = usedAfterGc();
    long cacheBytes = Files.size(store.cacheFile(paths));
    System.out.printf(
        "%s: %d figures, %d genes; cache file %.1f MB; retained heap %.1f MB%n",
        source,
        loaded.index().figureCount(),
        loaded.index().geneCount(),
        cacheBytes / 1e6,
        (after - before) / 1e6);
    System.out.println(loaded.index().figureCount() > 0 ? "" : "empty");
  }

  private static long usedAfterGc() {
    for (int i = 0; i < 3; i++) {
      System.gc();
    }
    return ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed();
  }
}
