package org.figora.analysis.release;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.time.Duration;
import org.figora.analysis.format.InputFormatException;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Fetches that fail. Each starts with release 20240101 installed and ends checking that it is still
 * the only release, still loads, and that no staging folder is left behind.
 */
class ReleaseFetchFailureTest extends FetchTestSupport {

  @BeforeEach
  void installTheOldRelease() throws IOException {
    installOld();
  }

  private String failure(String release) {
    return assertThrows(ReleaseException.class, () -> fetch(release)).getMessage();
  }

  @Test
  void aMissingReleaseIs404AndNotRetried() throws IOException {
    String message = failure("20230101");

    assertTrue(message.contains("HTTP 404 from " + server.baseUrl() + "/20230101/"), message);
    assertEquals(1, requestsFor("/pfocr/20230101/"));
    assertOnlyOldReleaseInstalled();
  }

  @Test
  void aListingWithoutAHumanGeneGmtFails() throws IOException {
    server.listing(
        CURRENT,
        "pfocr-20240510-gmt-Mus_musculus.gmt",
        "pfocr-20240510-chemicals-gmt-Homo_sapiens.gmt",
        "pfocr-20240510-chebi-Homo_sapiens.gmt",
        "pfocr_figures.tsv");

    String message = failure("current");

    assertTrue(
        message.startsWith("no human gene GMT in " + server.baseUrl() + "/current/"), message);
    assertTrue(message.contains("pfocr-20240510-gmt-Mus_musculus.gmt"), message);
    assertOnlyOldReleaseInstalled();
    assertNoPartialDownload();
  }

  @Test
  void aConnectionCutMidBodyFailsAfterBoundedRetries() throws IOException {
    server.route(CURRENT_FILE, FakePfocrServer.cutAfter(CURRENT_BYTES, 200));

    String message = failure("current");

    assertTrue(
        message.contains(server.baseUrl() + "/current/" + Fixtures.CURRENT_GMT_NAME), message);
    assertTrue(message.contains("200 of " + CURRENT_BYTES.length + " bytes"), message);
    assertTrue(message.endsWith("(gave up after 3 attempts)"), message);
    assertEquals(3, requestsFor(CURRENT_FILE));
    assertOnlyOldReleaseInstalled();
    // Only a partial download is kept, to resume; it is not a release.
    assertTrue(
        Files.isRegularFile(store.partialDirectory().resolve(Fixtures.CURRENT_GMT_NAME + ".part")));
  }

  @Test
  void aBodyShorterThanItsContentLengthFails() throws IOException {
    server.route(CURRENT_FILE, FakePfocrServer.declaresMore(CURRENT_BYTES, 100));

    String message = failure("current");

    assertTrue(
        message.contains(CURRENT_BYTES.length + " of " + (CURRENT_BYTES.length + 100) + " bytes"),
        message);
    assertOnlyOldReleaseInstalled();
  }

  @Test
  void aServerThatNeverAnswersTimesOut() throws IOException {
    server.route(CURRENT, FakePfocrServer.stallBeforeHeaders());
    ReleaseFetcher quick = fetcher.withRetries(2, Duration.ofMillis(5));
    long start = System.nanoTime();

    String message =
        assertThrows(
                ReleaseException.class,
                () -> quick.fetch(server.baseUrl(), "current", false, FetchProgress.NONE))
            .getMessage();

    assertTrue(
        message.contains(
            "no response from " + server.baseUrl() + "/current/ within 400" + " ms (read timeout)"),
        message);
    assertTrue(System.nanoTime() - start < Duration.ofSeconds(5).toNanos());
    assertOnlyOldReleaseInstalled();
  }

  @Test
  void aBodyThatStallsTimesOut() throws IOException {
    server.route(CURRENT_FILE, FakePfocrServer.stallAfter(CURRENT_BYTES, 300));
    ReleaseFetcher quick = fetcher.withRetries(2, Duration.ofMillis(5));
    long start = System.nanoTime();

    String message =
        assertThrows(
                ReleaseException.class,
                () -> quick.fetch(server.baseUrl(), "current", false, FetchProgress.NONE))
            .getMessage();

    assertTrue(message.contains("no data for 400 ms"), message);
    assertTrue(message.contains("after 300 of " + CURRENT_BYTES.length + " bytes"), message);
    assertTrue(System.nanoTime() - start < Duration.ofSeconds(5).toNanos());
    assertOnlyOldReleaseInstalled();
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "<html><body>Service temporarily unavailable</body></html>\n",
        "Apoptosis%PFOCR_20240510%PMC1__F1%Homo sapiens\thttps://x\tTP53\tBAX\n",
        "Apoptosis%PFOCR_20240510%PMC1__F1%Homo sapiens\thttps://x\t99999990\n",
        ""
      })
  void aCorruptGmtIsNotInstalled(String body) throws IOException {
    server.route(CURRENT_FILE, FakePfocrServer.file(Fixtures.bytes(body), true));

    InputFormatException e = assertThrows(InputFormatException.class, () -> fetch("current"));

    assertEquals(server.baseUrl() + "/current/" + Fixtures.CURRENT_GMT_NAME, e.source());
    assertOnlyOldReleaseInstalled();
    assertNoPartialDownload();
  }

  @Test
  void invalidUtf8IsACorruptGmt() throws IOException {
    byte[] bytes = Fixtures.bytes(Fixtures.CURRENT_GMT);
    bytes[40] = (byte) 0xff;
    server.route(CURRENT_FILE, FakePfocrServer.file(bytes, true));

    InputFormatException e = assertThrows(InputFormatException.class, () -> fetch("current"));

    assertTrue(e.getMessage().contains("invalid UTF-8"), e.getMessage());
    assertOnlyOldReleaseInstalled();
    assertNoPartialDownload();
  }

  @Test
  void aChecksumMismatchIsNotInstalled() throws IOException {
    server.listing(CURRENT, Fixtures.CURRENT_GMT_NAME, Fixtures.CURRENT_GMT_NAME + ".sha256");
    String wrong = "0".repeat(64);
    server.route(
        CURRENT_FILE + ".sha256",
        FakePfocrServer.file(
            Fixtures.bytes(wrong + "  " + Fixtures.CURRENT_GMT_NAME + "\n"), true));

    String message = failure("current");

    assertTrue(
        message.startsWith("checksum mismatch for " + server.baseUrl() + "/current/"), message);
    assertTrue(message.contains("published sha256:" + wrong), message);
    assertTrue(message.contains("the " + CURRENT_BYTES.length + " bytes downloaded"), message);
    assertOnlyOldReleaseInstalled();
    assertNoPartialDownload();
  }

  @Test
  void clientErrorsAreNotRetried() throws IOException {
    server.route(CURRENT_FILE, FakePfocrServer.status(403));

    String message = failure("current");

    assertTrue(message.startsWith("HTTP 403 from "), message);
    assertFalse(message.contains("attempts"), message);
    assertEquals(1, requestsFor(CURRENT_FILE));
    assertOnlyOldReleaseInstalled();
  }

  @Test
  void persistentServerErrorsGiveUp() throws IOException {
    server.route(CURRENT_FILE, FakePfocrServer.status(500));

    String message = failure("current");

    assertTrue(message.startsWith("HTTP 500 from "), message);
    assertEquals(3, requestsFor(CURRENT_FILE));
    assertOnlyOldReleaseInstalled();
  }

  @Test
  void aBadReleaseNameIsAUsageError() {
    assertThrows(IllegalArgumentException.class, () -> fetch("latest"));
    assertThrows(IllegalArgumentException.class, () -> fetch("20241340"));
  }
}
