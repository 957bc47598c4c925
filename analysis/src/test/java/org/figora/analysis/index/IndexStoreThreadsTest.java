package org.figora.analysis.index;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.atomic.AtomicInteger;
import org.figora.analysis.gene.GeneReference;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The store starts no threads of its own: without an executor everything runs on the calling
 * thread; with one, the index and the cache file are the same as without.
 */
class IndexStoreThreadsTest {

  private static final List<Path> SEEDS = List.of(Path.of("../seeds"));

  @TempDir Path folder;

  @Test
  void withoutAnExecutorNoThreadIsStarted() throws IOException {
    GeneReference reference = GeneReference.bundled();
    IndexStore store = new IndexStore(folder.resolve("a"), reference);
    store.rebuild(SEEDS, false); // loads classes once
    ThreadMXBean threads = ManagementFactory.getThreadMXBean();
    long before = threads.getTotalStartedThreadCount();
    store.rebuild(SEEDS, false);
    store.open(SEEDS, false);
    assertEquals(before, threads.getTotalStartedThreadCount(), "threads started by the store");
  }

  @Test
  void anExecutorGivesTheSameIndexAndCacheBytes() throws IOException {
    GeneReference reference = GeneReference.bundled();
    LoadedIndex alone = new IndexStore(folder.resolve("alone"), reference).rebuild(SEEDS, false);
    ExecutorService pool = Executors.newFixedThreadPool(3);
    AtomicInteger tasks = new AtomicInteger();
    try {
      IndexStore store =
          new IndexStore(folder.resolve("pool"), reference)
              .withExecutor(
                  task -> {
                    tasks.incrementAndGet();
                    pool.execute(task);
                  });
      LoadedIndex pooled = store.rebuild(SEEDS, false);
      assertTrue(tasks.get() > 0, "the executor was used");
      assertEquals(alone.fingerprint(), pooled.fingerprint());
      assertEquals(alone.index().contentDigest(), pooled.index().contentDigest());
      assertArrayEquals(
          Files.readAllBytes(alone.cacheFile().orElseThrow()),
          Files.readAllBytes(pooled.cacheFile().orElseThrow()));
      LoadedIndex reopened = store.open(SEEDS, false);
      assertTrue(reopened.fromCache());
    } finally {
      pool.shutdown();
    }
  }

  @Test
  void anExecutorThatRunsNothingLeavesTheWorkToTheCaller() throws IOException {
    IndexStore store =
        new IndexStore(folder.resolve("full"), GeneReference.bundled())
            .withExecutor(
                task -> {
                  throw new RejectedExecutionException("full");
                });
    LoadedIndex built = store.rebuild(SEEDS, false);
    assertEquals(147, built.index().figureCount());
    assertTrue(store.open(SEEDS, false).fromCache());
  }
}
