package org.figora.analysis.release;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import org.figora.analysis.corpus.CorpusLoader;
import org.figora.analysis.figure.Figure;
import org.figora.analysis.gene.GeneReference;
import org.junit.jupiter.api.Test;

/** Fetches that succeed: current and dated releases, redirects, checksums, resumed downloads. */
class ReleaseFetcherTest extends FetchTestSupport {

  @Test
  void fetchesTheCurrentRelease() throws IOException {
    ReleaseFetcher.Result result = fetch("current");

    assertTrue(result.downloaded());
    InstalledRelease release = result.release();
    assertEquals("20240510", release.release());
    assertEquals(store.directory().resolve("20240510"), release.directory());
    assertArrayEquals(CURRENT_BYTES, Files.readAllBytes(release.gmt()));
    ReleaseMetadata metadata = release.metadata();
    assertEquals(
        server.baseUrl() + "/current/" + Fixtures.CURRENT_GMT_NAME,
        metadata.sourceUrl().toString());
    assertEquals(CURRENT_BYTES.length, metadata.bytes());
    assertEquals(Fixtures.CURRENT_FIGURES, metadata.figures());
    assertEquals(Fixtures.CURRENT_GENES, metadata.genes());
    assertEquals(1, metadata.unmappedIds());
    assertEquals(Checksum.of(release.gmt(), "SHA-256"), metadata.sha256());
    assertEquals(Optional.empty(), metadata.published());
    assertEquals(metadata, ReleaseMetadata.read(release.directory().resolve("release.properties")));
    assertLoads(release, Fixtures.CURRENT_FIGURES);
    assertNoPartialDownload();
  }

  @Test
  void gmtFiguresCarryFigidTitleAndPage() throws IOException {
    InstalledRelease release = fetch("current").release();
    Figure figure =
        CorpusLoader.withReference(GeneReference.bundled())
            .load(List.of(release.gmt()))
            .figures()
            .get(0);
    assertEquals("PMC1000001__F1", figure.figid());
    assertEquals("Insulin and IGF1 signalling", figure.title());
    assertEquals("https://pfocr.wikipathways.org/figures/PMC1000001__F1.html", figure.pageUrl());
    assertTrue(figure.humanGenes().containsAll(List.of("IGF1R", "AKT1", "MTOR")));
  }

  @Test
  void fetchesADatedReleaseAndListsNewestFirst() throws IOException {
    InstalledRelease old = installOld();
    assertEquals("20240101", old.release());
    assertEquals(Fixtures.OLD_GENES, old.metadata().genes());
    assertEquals(0, old.metadata().unmappedIds());
    fetch("current");

    assertEquals(
        List.of("20240510", "20240101"),
        store.list().stream().map(InstalledRelease::release).toList());
    assertEquals("20240510", store.newest().orElseThrow().release());
    assertEquals("20240101", store.find("20240101").orElseThrow().release());
  }

  @Test
  void anInstalledReleaseIsNotDownloadedAgainUnlessForced() throws IOException {
    fetch("current");
    ReleaseFetcher.Result again = fetch("current");
    assertFalse(again.downloaded());
    assertEquals(1, requestsFor(CURRENT_FILE));

    ReleaseFetcher.Result forced =
        fetcher.fetch(server.baseUrl(), "current", true, FetchProgress.NONE);
    assertTrue(forced.downloaded());
    assertEquals(2, requestsFor(CURRENT_FILE));
    assertEquals(
        List.of("20240510"), store.list().stream().map(InstalledRelease::release).toList());
    assertLoads(forced.release(), Fixtures.CURRENT_FIGURES);
  }

  @Test
  void followsRedirectsOfTheFolderAndTheFile() throws IOException {
    server.route(CURRENT, FakePfocrServer.redirect(302, "/pfocr/20240510/"));
    server.listing("/pfocr/20240510/", Fixtures.CURRENT_GMT_NAME);
    server.route(
        "/pfocr/20240510/" + Fixtures.CURRENT_GMT_NAME,
        FakePfocrServer.redirect(301, "/mirror/" + Fixtures.CURRENT_GMT_NAME));
    server.route("/mirror/" + Fixtures.CURRENT_GMT_NAME, FakePfocrServer.file(CURRENT_BYTES, true));

    InstalledRelease release = fetch("current").release();

    assertEquals("20240510", release.release());
    assertArrayEquals(CURRENT_BYTES, Files.readAllBytes(release.gmt()));
    assertEquals(1, requestsFor("/mirror/" + Fixtures.CURRENT_GMT_NAME));
  }

  @Test
  void verifiesAPublishedChecksumFile() throws IOException {
    String sha256 = Checksum.of(writeTemp(), "SHA-256").hex();
    server.listing(CURRENT, Fixtures.CURRENT_GMT_NAME, "checksums");
    server.route(
        CURRENT + "checksums",
        FakePfocrServer.file(
            Fixtures.bytes(
                "0123456789abcdef0123456789abcdef0123456789abcdef0123456789abcdef  other.gmt\n"
                    + sha256
                    + " *"
                    + Fixtures.CURRENT_GMT_NAME
                    + "\n"),
            true));

    ReleaseMetadata metadata = fetch("current").release().metadata();

    assertEquals(Optional.of(new Checksum("SHA-256", sha256)), metadata.published());
  }

  @Test
  void verifiesAFilesOwnMd5() throws IOException {
    String md5 = Checksum.of(writeTemp(), "MD5").hex();
    server.listing(CURRENT, Fixtures.CURRENT_GMT_NAME, Fixtures.CURRENT_GMT_NAME + ".md5");
    server.route(CURRENT_FILE + ".md5", FakePfocrServer.file(Fixtures.bytes(md5 + "\n"), true));

    assertEquals(
        "md5:" + md5, fetch("current").release().metadata().published().orElseThrow().toString());
  }

  @Test
  void resumesACutDownloadWithARangeRequest() throws IOException {
    int half = CURRENT_BYTES.length / 2;
    server.route(
        CURRENT_FILE,
        FakePfocrServer.sequence(
            FakePfocrServer.cutAfter(CURRENT_BYTES, half),
            FakePfocrServer.file(CURRENT_BYTES, true)));

    InstalledRelease release = fetch("current").release();

    assertArrayEquals(CURRENT_BYTES, Files.readAllBytes(release.gmt()));
    List<FakePfocrServer.Request> gets =
        server.requests().stream().filter(r -> r.path().equals(CURRENT_FILE)).toList();
    assertEquals(2, gets.size());
    assertEquals("bytes=" + half + "-", gets.get(1).range());
    assertNoPartialDownload();
  }

  @Test
  void aDownloadInterruptedInOneFetchResumesInTheNext() throws IOException {
    installOld();
    int part = CURRENT_BYTES.length / 3;
    server.route(CURRENT_FILE, FakePfocrServer.cutAfter(CURRENT_BYTES, part));
    ReleaseFetcher once = fetcher.withRetries(1, Duration.ZERO);
    assertThrows(
        ReleaseException.class,
        () -> once.fetch(server.baseUrl(), "current", false, FetchProgress.NONE));
    assertOnlyOldReleaseInstalled();
    assertEquals(
        part, Files.size(store.partialDirectory().resolve(Fixtures.CURRENT_GMT_NAME + ".part")));

    server.route(CURRENT_FILE, FakePfocrServer.file(CURRENT_BYTES, true));
    InstalledRelease release =
        once.fetch(server.baseUrl(), "current", false, FetchProgress.NONE).release();

    assertArrayEquals(CURRENT_BYTES, Files.readAllBytes(release.gmt()));
    assertEquals(
        "bytes=" + part + "-", server.requests().get(server.requests().size() - 1).range());
    assertNoPartialDownload();
  }

  @Test
  void restartsCleanlyWhenTheServerIgnoresRange() throws IOException {
    server.route(
        CURRENT_FILE,
        FakePfocrServer.sequence(
            FakePfocrServer.cutAfter(CURRENT_BYTES, 100),
            FakePfocrServer.file(CURRENT_BYTES, false)));

    InstalledRelease release = fetch("current").release();

    assertArrayEquals(CURRENT_BYTES, Files.readAllBytes(release.gmt()));
    assertEquals(CURRENT_BYTES.length, release.metadata().bytes());
  }

  @Test
  void retriesServerErrors() throws IOException {
    server.route(
        CURRENT_FILE,
        FakePfocrServer.sequence(
            FakePfocrServer.status(503),
            FakePfocrServer.status(502),
            FakePfocrServer.file(CURRENT_BYTES, true)));

    assertEquals("20240510", fetch("current").release().release());
    assertEquals(3, requestsFor(CURRENT_FILE));
  }

  private Path writeTemp() throws IOException {
    Path file = Files.createTempFile(cache, "fixture", ".gmt");
    Files.write(file, CURRENT_BYTES);
    return file;
  }
}
