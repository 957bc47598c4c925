package org.figora.analysis.release;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.net.URI;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** Directory listings as Apache and nginx write them, and the choice of the human gene GMT. */
class ReleaseListingTest {

  private static final URI FOLDER = URI.create("https://data.example/pfocr/current/");

  private static ReleaseListing listing(String... names) {
    StringBuilder html = new StringBuilder("<html><body><pre><a href=\"../\">../</a>\n");
    for (String name : names) {
      html.append("<a href=\"").append(name).append("\">").append(name).append("</a>\n");
    }
    return ReleaseListing.parse(FOLDER, html.append("</pre></body></html>").toString());
  }

  @Test
  void keepsOnlyFilesDirectlyInTheFolder() {
    String html =
        "<table><tr><th><a href=\"?C=N;O=D\">Name</a></th></tr>"
            + "<tr><td><a href=\"/pfocr/\">Parent Directory</a></td></tr>"
            + "<tr><td><A HREF='a.gmt'>a.gmt</A></td></tr>"
            + "<tr><td><a href=/pfocr/current/b.gmt>b</a></td></tr>"
            + "<tr><td><a href=\"https://data.example/pfocr/current/c%20d.gmt\">c d</a></td></tr>"
            + "<tr><td><a href=\"https://elsewhere.example/pfocr/current/e.gmt\">e</a></td></tr>"
            + "<tr><td><a href=\"old/\">old/</a></td></tr>"
            + "<tr><td><a href=\"old/f.gmt\">f</a></td></tr>"
            + "<tr><td><a href=\"#top\">top</a></td></tr>"
            + "<tr><td><a href=\"a.gmt\">a.gmt again</a></td></tr></table>";

    ReleaseListing listing =
        ReleaseListing.parse(URI.create("https://data.example/pfocr/current"), html);

    assertEquals(List.of("a.gmt", "b.gmt", "c d.gmt"), listing.names());
    assertEquals(FOLDER, listing.folder());
    assertEquals(
        Optional.of(URI.create("https://data.example/pfocr/current/c%20d.gmt")),
        listing.uri("c d.gmt"));
  }

  @Test
  void picksTheCanonicalHumanGeneGmt() {
    ReleaseListing listing =
        listing(
            "pfocr-20240510-gmt-Homo_sapiens_all.gmt",
            "pfocr-20240510-chemicals-gmt-Homo_sapiens.gmt",
            "pfocr-20240510-gmt-Mus_musculus.gmt",
            "pfocr-20240510-gmt-Homo_sapiens.gmt",
            "pfocr-20240510-gmt-Homo_sapiens.gmt.md5");

    assertEquals(Optional.of("pfocr-20240510-gmt-Homo_sapiens.gmt"), listing.humanGeneGmt());
  }

  @Test
  void withoutTheCanonicalNameTheShortestThenFirstAlphabeticalWins() {
    assertEquals(
        Optional.of("gmt-Homo_sapiens.gmt"),
        listing("pfocr-gmt-Homo_sapiens-2024.gmt", "gmt-Homo_sapiens.gmt").humanGeneGmt());
    assertEquals(
        Optional.of("a-gmt-homo_sapiens.gmt"),
        listing("b-gmt-Homo_sapiens.gmt", "a-gmt-homo_sapiens.gmt").humanGeneGmt());
  }

  @Test
  void chemicalSetsAndOtherFilesAreNotGeneGmts() {
    ReleaseListing listing =
        listing(
            "pfocr-20240510-chemicals-gmt-Homo_sapiens.gmt",
            "pfocr-20240510-gmt-ChEBI-Homo_sapiens.gmt",
            "pfocr-20240510-gmt-Homo_sapiens.gmt.zip",
            "pfocr-20240510-gmt-Homo_sapiens.gmt.sha256",
            "pfocr-20240510-gmt-Rattus_norvegicus.gmt",
            "pfocr_figures.tsv");

    assertEquals(Optional.empty(), listing.humanGeneGmt());
  }

  @Test
  void findsChecksumFilesStrongestFirst() {
    String gmt = "pfocr-20240510-gmt-Homo_sapiens.gmt";
    ReleaseListing listing =
        listing(
            gmt,
            gmt + ".md5",
            "MD5SUMS",
            gmt + ".sha256",
            "checksums.txt",
            "pfocr-20240510-gmt-Mus_musculus.gmt.md5");

    assertEquals(
        List.of(gmt + ".sha256", gmt + ".md5", "MD5SUMS", "checksums.txt"),
        listing.checksumFilesFor(gmt));
    assertEquals(List.of("MD5SUMS", "checksums.txt"), listing.checksumFilesFor("other.gmt"));
  }
}
