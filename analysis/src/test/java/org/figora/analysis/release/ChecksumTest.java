package org.figora.analysis.release;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Checksum files in GNU and BSD formats; digests of "abc" from FIPS 180-2 and RFC 1321. */
class ChecksumTest {

  private static final String SHA256_ABC =
      "ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad";
  private static final String MD5_ABC = "900150983cd24fb0d6963f7d28e17f72";

  @ParameterizedTest
  @CsvSource(
      delimiter = '|',
      value = {
        MD5_ABC + "  x.gmt | MD5",
        MD5_ABC + " *x.gmt | MD5",
        SHA256_ABC + "  ./x.gmt | SHA-256",
        "SHA256 (x.gmt) = " + SHA256_ABC + " | SHA-256",
        "MD5 (x.gmt) = " + MD5_ABC + " | MD5"
      })
  void findsTheLineForTheFile(String line, String algorithm) {
    String text = "# checksums\n" + "0".repeat(64) + "  y.gmt\n" + line + "\r\n";

    Optional<Checksum> checksum = Checksum.find(text, "x.gmt", false);

    assertEquals(algorithm, checksum.orElseThrow().algorithm());
    assertEquals(algorithm.equals("MD5") ? MD5_ABC : SHA256_ABC, checksum.get().hex());
  }

  @Test
  void aFilesOwnChecksumFileMayHoldTheDigestAlone() {
    assertEquals(
        Optional.of(new Checksum("MD5", MD5_ABC)),
        Checksum.find(MD5_ABC.toUpperCase() + "\n", "x.gmt", true));
    assertEquals(Optional.empty(), Checksum.find(MD5_ABC + "\n", "x.gmt", false));
    assertEquals(Optional.empty(), Checksum.find(MD5_ABC + "  y.gmt\n", "x.gmt", false));
    assertEquals(Optional.empty(), Checksum.find("not a checksum\n", "x.gmt", true));
  }

  @Test
  void computesDigestsAndReadsItsOwnForm(@TempDir Path folder) throws IOException {
    Path file = Files.writeString(folder.resolve("abc"), "abc");

    Checksum sha256 = Checksum.of(file, "SHA-256");

    assertEquals(SHA256_ABC, sha256.hex());
    assertEquals(MD5_ABC, Checksum.of(file, "MD5").hex());
    assertEquals("sha256:" + SHA256_ABC, sha256.toString());
    assertEquals(Optional.of(sha256), Checksum.parse(sha256.toString()));
    assertEquals(Optional.empty(), Checksum.parse("none"));
  }
}
