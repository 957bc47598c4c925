package org.figora.analysis.release;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URI;
import java.nio.file.Path;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/**
 * Properties of the release listing parser and of the file-name check: any page parses without an
 * exception, every file it reports is a URL directly inside the folder, and no name, however
 * hostile, resolves to a path outside the folder it is joined to.
 */
class ReleaseListingPropertiesTest {

  private static final URI FOLDER = URI.create("http://127.0.0.1:8080/pfocr/current/");
  private static final Path STAGING = Path.of("/cache/releases/.partial");

  @Provide
  Arbitrary<String> hrefs() {
    Arbitrary<String> pieces =
        Arbitraries.oneOf(
            Arbitraries.of(
                "..",
                ".",
                "/",
                "%2F",
                "%2f",
                "%2E",
                "%2e%2e",
                "%00",
                "%0A",
                "%5C",
                "\\",
                "%",
                "%zz",
                "?",
                "#",
                ":",
                "//",
                "http://127.0.0.1:8080/pfocr/current/",
                "http://evil.example/",
                "pfocr-20240510-gmt-Homo_sapiens.gmt",
                ".gmt",
                "Homo_sapiens",
                "&amp;",
                "+",
                " ",
                "%20",
                "é",
                "%C3%A9",
                "%FF"),
            Arbitraries.strings().ofMaxLength(8));
    return pieces.list().ofMaxSize(8).map(list -> String.join("", list));
  }

  @Provide
  Arbitrary<String> pages() {
    return hrefs()
        .list()
        .ofMaxSize(6)
        .map(
            hrefs -> {
              StringBuilder html = new StringBuilder("<html><body>");
              for (String href : hrefs) {
                html.append("<a href=\"")
                    .append(href.replace("\"", ""))
                    .append("\">x</a>\n")
                    .append("<a href='")
                    .append(href.replace("'", ""))
                    .append("'>y</a>\n");
              }
              return html.append("</body></html>").toString();
            });
  }

  @Property(tries = 500)
  void everyListedFileIsAUrlDirectlyInsideTheFolder(@ForAll("pages") String page) {
    ReleaseListing listing = ReleaseListing.parse(FOLDER, page);

    for (String name : listing.names()) {
      URI uri = listing.uri(name).orElseThrow();
      String path = uri.getRawPath();
      assertEquals(
          FOLDER.getRawPath(), path.substring(0, path.lastIndexOf('/') + 1), uri::toString);
      assertEquals(FOLDER.getRawAuthority(), uri.getRawAuthority());
      assertEquals(null, uri.getRawQuery());
    }
  }

  @Property(tries = 1000)
  void aNameThatPassesTheCheckStaysInsideItsFolder(@ForAll("hrefs") String href) {
    String name = ReleaseListing.percentDecoded(href);
    try {
      Path resolved = SafeFileNames.resolveInside(STAGING, name, "test");
      assertEquals(STAGING, resolved.getParent());
      assertTrue(SafeFileNames.isSafe(name));
      assertFalse(name.contains("/") || name.contains("\\") || name.contains("\0"));
      assertFalse(name.equals("..") || name.equals("."));
    } catch (ReleaseException e) {
      assertFalse(
          SafeFileNames.isSafe(name)
              && STAGING.resolve(name).normalize().getParent().equals(STAGING),
          name);
      assertTrue(e.getMessage().startsWith("refusing the file name"), e.getMessage());
      assertFalse(e.getMessage().chars().anyMatch(Character::isISOControl), e.getMessage());
    }
  }

  @Property(tries = 300)
  void anyStringIsDecodedWithoutAnException(@ForAll String raw) {
    String decoded = ReleaseListing.percentDecoded(raw);
    if (!raw.contains("%") && raw.chars().noneMatch(c -> Character.isSurrogate((char) c))) {
      assertEquals(raw, decoded);
    }
  }

  @Property(tries = 200)
  void percentDecodingKeepsPlusSigns(@ForAll("hrefs") String href) {
    assertEquals(
        href.chars().filter(c -> c == '+').count(),
        ReleaseListing.percentDecoded(href).chars().filter(c -> c == '+').count()
            - countEncodedPlus(href));
  }

  private static long countEncodedPlus(String href) {
    return List.of(href.split("%2B", -1)).size() - 1L + List.of(href.split("%2b", -1)).size() - 1L;
  }
}
