package org.figora.analysis.release;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.io.IOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Installed releases: only complete release folders are listed; installing replaces whole. */
class ReleaseStoreTest {

  @TempDir Path cache;

  private ReleaseMetadata metadata(String release, String file, long bytes) {
    return new ReleaseMetadata(
        release,
        URI.create("https://data.example/pfocr/" + release + "/" + file),
        file,
        bytes,
        new Checksum("SHA-256", "0".repeat(64)),
        Optional.empty(),
        1,
        2,
        0,
        Instant.parse("2024-05-11T10:00:00Z"));
  }

  private InstalledRelease install(ReleaseStore store, String release, String content)
      throws IOException {
    Path gmt = Files.writeString(cache.resolve("download.gmt"), content);
    return store.install(gmt, metadata(release, "pfocr-" + release + ".gmt", content.length()));
  }

  @Test
  void listsCompleteReleasesNewestFirst() throws IOException {
    ReleaseStore store = new ReleaseStore(cache);
    assertEquals(List.of(), store.list());
    install(store, "20230101", "a\tb\t1\n");
    install(store, "20240510", "a\tb\t2\n");
    Path releases = store.directory();
    Files.createDirectories(releases.resolve(".install-20250101-1"));
    Files.createDirectories(releases.resolve("20250202")); // no metadata
    Files.createDirectories(releases.resolve("notes"));
    Path truncated = releases.resolve("20250303");
    Files.createDirectories(truncated);
    metadata("20250303", "x.gmt", 100).write(truncated.resolve(ReleaseMetadata.FILE_NAME));
    Files.writeString(truncated.resolve("x.gmt"), "short");
    Path misnamed = releases.resolve("20250404");
    Files.createDirectories(misnamed);
    metadata("20240510", "x.gmt", 5).write(misnamed.resolve(ReleaseMetadata.FILE_NAME));
    Files.writeString(misnamed.resolve("x.gmt"), "12345");

    assertEquals(
        List.of("20240510", "20230101"),
        store.list().stream().map(InstalledRelease::release).toList());
    assertEquals("20240510", store.newest().orElseThrow().release());
    assertEquals(Optional.empty(), store.find("20250303"));
    assertEquals(Optional.empty(), store.find("../20240510"));
  }

  @Test
  void installingAgainReplacesTheReleaseWhole() throws IOException {
    ReleaseStore store = new ReleaseStore(cache);
    install(store, "20240510", "old\tb\t1\n");

    InstalledRelease release = install(store, "20240510", "new\tb\t1\t2\n");

    assertEquals("new\tb\t1\t2\n", Files.readString(release.gmt()));
    assertEquals(release, store.find("20240510").orElseThrow());
    try (Stream<Path> entries = Files.list(store.directory())) {
      assertEquals(
          List.of("20240510"),
          entries.map(p -> p.getFileName().toString()).filter(n -> !n.equals(".lock")).toList());
    }
  }

  @Test
  void rejectsAReleaseThatIsNotADate() throws IOException {
    Path gmt = Files.writeString(cache.resolve("download.gmt"), "x");
    ReleaseStore store = new ReleaseStore(cache);
    assertThrows(
        IllegalArgumentException.class, () -> store.install(gmt, metadata("current", "x.gmt", 1)));
  }

  @Test
  @SuppressWarnings("try") // the lock is held by the try block, not used in it
  void aSecondFetchCannotTakeTheLock() throws IOException {
    ReleaseStore store = new ReleaseStore(cache);
    try (var lock = store.lock()) {
      ReleaseException e = assertThrows(ReleaseException.class, store::lock);
      assertEquals(true, e.getMessage().startsWith("another figora corpus fetch is using"));
    }
    store.lock().close();
  }

  @Test
  void aFetchKilledWhileInstallingIsCleanedUpByTheNext() throws IOException {
    ReleaseStore store = new ReleaseStore(cache);
    install(store, "20240101", "a\tb\t1\n");
    install(store, "20240510", "a\tb\t2\n");
    Path releases = store.directory();
    // Killed after moving 20240510 aside, before renaming the new one in; and a staging folder.
    Files.move(releases.resolve("20240510"), releases.resolve(".replaced-20240510-12345"));
    Path staging = Files.createDirectories(releases.resolve(".install-20240510-999"));
    Files.writeString(staging.resolve("big.part"), "x".repeat(10_000));
    Files.createDirectories(releases.resolve(".replaced-20240101-777"));

    store.lock().close();

    assertEquals(
        List.of("20240510", "20240101"),
        store.list().stream().map(InstalledRelease::release).toList());
    try (java.util.stream.Stream<Path> entries = Files.list(releases)) {
      assertEquals(
          java.util.Set.of(".lock", "20240101", "20240510"),
          entries
              .map(p -> p.getFileName().toString())
              .collect(java.util.stream.Collectors.toSet()));
    }
  }
}
