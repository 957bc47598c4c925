package org.figora.analysis.release;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * A listing whose file names would lead outside the cache (encoded separators and dots, NUL,
 * control characters, over-long names) fails with a clear message and changes nothing on disk: no
 * folder outside the cache, no partial download, the installed release untouched.
 */
class HostileListingTest extends FetchTestSupport {

  private Path outside;

  @BeforeEach
  void installTheOldRelease() throws IOException {
    installOld();
    outside = cache.resolve("..").normalize();
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "..%2F..%2Fsomewhere%2Fpfocr-20240510-gmt-Homo_sapiens.gmt",
        "..%2Fpfocr-20240510-gmt-Homo_sapiens.gmt",
        "%2E%2E%2F%2E%2E%2Fsomewhere%2Fpfocr-20240510-gmt-Homo_sapiens.gmt",
        "sub%2Fpfocr-20240510-gmt-Homo_sapiens.gmt",
        "pfocr-20240510-gmt-Homo_sapiens%00.gmt",
        "pfocr-20240510-gmt-Homo_sapiens%0A.gmt",
        "..%5C..%5Cpfocr-20240510-gmt-Homo_sapiens.gmt",
        ".pfocr-20240510-gmt-Homo_sapiens.gmt"
      })
  void aNameFromTheListingThatIsNotOneSafeSegmentIsRefused(String href) throws IOException {
    String decoded = ReleaseListing.percentDecoded(href);
    server.listing(CURRENT, href);
    server.route("/pfocr/current/" + decoded, FakePfocrServer.file(CURRENT_BYTES, true));

    String message = assertThrows(ReleaseException.class, () -> fetch("current")).getMessage();

    assertTrue(message.startsWith("refusing the file name '"), message);
    assertTrue(message.contains("nothing was written"), message);
    assertFalse(message.contains("\0") || message.contains("\n"), message);
    assertNothingOutsideTheCache();
    assertOnlyOldReleaseInstalled();
    assertNoPartialDownload();
    assertEquals(0, requestsFor("/pfocr/current/" + decoded));
  }

  @Test
  void anOverLongNameIsRefused() throws IOException {
    String name = "pfocr-20240510-gmt-Homo_sapiens" + "x".repeat(300) + ".gmt";
    server.listing(CURRENT, name);
    server.route("/pfocr/current/" + name, FakePfocrServer.file(CURRENT_BYTES, true));

    String message = assertThrows(ReleaseException.class, () -> fetch("current")).getMessage();

    assertTrue(message.startsWith("refusing the file name"), message);
    assertOnlyOldReleaseInstalled();
    assertNoPartialDownload();
  }

  @Test
  void aTamperedMetadataFileNameIsNotAnInstalledRelease() throws IOException {
    Path properties = store.directory().resolve("20240101").resolve(ReleaseMetadata.FILE_NAME);
    String text = Files.readString(properties);
    Files.writeString(
        properties, text.replaceAll("(?m)^file=.*$", "file=../../" + Fixtures.OLD_GMT_NAME));

    assertEquals(List.of(), store.list());
  }

  private void assertNothingOutsideTheCache() throws IOException {
    try (Stream<Path> entries = Files.list(outside)) {
      List<String> names =
          entries
              .map(p -> p.getFileName().toString())
              .filter(n -> n.contains("somewhere") || n.contains("Homo_sapiens") || n.equals("sub"))
              .toList();
      assertEquals(List.of(), names, "written outside the cache " + cache);
    }
  }
}
