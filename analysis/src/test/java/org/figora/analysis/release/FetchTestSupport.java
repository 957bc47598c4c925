package org.figora.analysis.release;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.stream.Stream;
import org.figora.analysis.corpus.Corpus;
import org.figora.analysis.corpus.CorpusLoader;
import org.figora.analysis.gene.GeneReference;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.io.TempDir;

/**
 * A fake PFOCR site with two releases ({@code current/} = 20240510 and {@code 20240101/}), a cache
 * directory, and checks that a failed fetch left the cache as it was.
 */
abstract class FetchTestSupport {

  static final String CURRENT = "/pfocr/current/";
  static final String CURRENT_FILE = CURRENT + Fixtures.CURRENT_GMT_NAME;
  static final byte[] CURRENT_BYTES = Fixtures.bytes(Fixtures.CURRENT_GMT);

  @TempDir Path cache;

  FakePfocrServer server;
  ReleaseStore store;
  ReleaseFetcher fetcher;

  @BeforeEach
  void startServer() throws IOException {
    server = new FakePfocrServer();
    server.listing(
        CURRENT,
        "pfocr-20240510-gmt-Mus_musculus.gmt",
        "pfocr-20240510-chemicals-gmt-Homo_sapiens.gmt",
        Fixtures.CURRENT_GMT_NAME,
        "pfocr-20240510-gmt-Rattus_norvegicus.gmt");
    server.route(CURRENT_FILE, FakePfocrServer.file(CURRENT_BYTES, true));
    server.listing("/pfocr/20240101/", Fixtures.OLD_GMT_NAME);
    server.route(
        "/pfocr/20240101/" + Fixtures.OLD_GMT_NAME,
        FakePfocrServer.file(Fixtures.bytes(Fixtures.OLD_GMT), true));
    store = new ReleaseStore(cache);
    fetcher =
        ReleaseFetcher.withDefaults(store, GeneReference.bundled())
            .withTimeouts(Duration.ofSeconds(2), Duration.ofMillis(400))
            .withRetries(3, Duration.ofMillis(5));
  }

  @AfterEach
  void stopServer() {
    server.close();
  }

  ReleaseFetcher.Result fetch(String release) throws IOException {
    return fetcher.fetch(server.baseUrl(), release, false, FetchProgress.NONE);
  }

  /** Installs release 20240101, the one a failed fetch must leave intact. */
  InstalledRelease installOld() throws IOException {
    return fetch("20240101").release();
  }

  /** How many requests asked for a path. */
  long requestsFor(String path) {
    return server.requests().stream().filter(r -> r.path().equals(path)).count();
  }

  /** The cache holds 20240101 alone, it loads, and no staging folder is left. */
  void assertOnlyOldReleaseInstalled() throws IOException {
    List<InstalledRelease> releases = store.list();
    assertEquals(List.of("20240101"), releases.stream().map(InstalledRelease::release).toList());
    assertLoads(releases.get(0), Fixtures.OLD_FIGURES);
    assertArrayEquals(Fixtures.bytes(Fixtures.OLD_GMT), Files.readAllBytes(releases.get(0).gmt()));
    try (Stream<Path> entries = Files.list(store.directory())) {
      List<String> names = entries.map(p -> p.getFileName().toString()).sorted().toList();
      assertTrue(
          names.stream().allMatch(n -> List.of(".lock", ".partial", "20240101").contains(n)),
          "unexpected entries in the release folder: " + names);
    }
  }

  /** Nothing is left in the partial-download folder. */
  void assertNoPartialDownload() throws IOException {
    Path partial = store.partialDirectory();
    if (Files.isDirectory(partial)) {
      try (Stream<Path> entries = Files.list(partial)) {
        assertEquals(List.of(), entries.toList());
      }
    }
  }

  static void assertLoads(InstalledRelease release, int figures) throws IOException {
    Corpus corpus =
        CorpusLoader.withReference(GeneReference.bundled())
            .strict(false)
            .load(List.of(release.gmt()));
    assertEquals(figures, corpus.figures().size());
    assertEquals(figures, release.metadata().figures());
  }
}
