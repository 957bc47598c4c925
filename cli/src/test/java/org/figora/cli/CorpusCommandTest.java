package org.figora.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.sun.net.httpserver.HttpServer;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code figora corpus fetch|list} and {@code --corpus pfocr} in-process, against a PFOCR site on
 * 127.0.0.1 and a cache in a temporary {@code XDG_CACHE_HOME}.
 */
class CorpusCommandTest {

  private static final String GMT_NAME = "pfocr-20240510-gmt-Homo_sapiens.gmt";

  /** Three figures with real NCBI Gene IDs (3480 IGF1R, 3667 IRS1, 207 AKT1, 5290 PIK3CA…). */
  private static final String GMT =
      set(
              "Insulin and IGF1 signalling",
              "PMC1000001__F1",
              "3479 3480 3667 8660 5290 5295 5170 207 2308 2932 2475")
          + set(
              "EGFR to ERK",
              "PMC1000002__F3",
              "1956 2885 6654 3265 3845 673 5894 5604 5605 5594 5595 2002 2353 3725")
          + set(
              "Wnt/beta-catenin signalling",
              "PMC1000005__F4",
              "89780 8321 4040 1855 8312 324 1499 6934 4609 595");

  @TempDir Path cacheHome;

  private HttpServer server;
  private String baseUrl;

  private static String set(String title, String figid, String ids) {
    return title
        + "%PFOCR_20240510%"
        + figid
        + "%Homo sapiens\thttps://pfocr.wikipathways.org/"
        + "figures/"
        + figid
        + ".html\t"
        + ids.replace(' ', '\t')
        + "\n";
  }

  @BeforeEach
  void startServer() throws IOException {
    server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
    serve(
        "/pfocr/current/",
        "<html><body><h1>Index of /pfocr/current</h1><pre>"
            + "<a href=\"../\">../</a>\n<a href=\""
            + GMT_NAME
            + "\">"
            + GMT_NAME
            + "</a>\n"
            + "<a href=\"pfocr-20240510-gmt-Mus_musculus.gmt\">mouse</a>\n</pre></body></html>\n");
    serve("/pfocr/current/" + GMT_NAME, GMT);
    server.start();
    baseUrl = "http://127.0.0.1:" + server.getAddress().getPort() + "/pfocr";
  }

  private void serve(String path, String body) {
    byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
    server.createContext(
        path,
        exchange -> {
          try (exchange) {
            if (!exchange.getRequestURI().getPath().equals(path)) {
              exchange.sendResponseHeaders(404, -1);
              return;
            }
            exchange.sendResponseHeaders(200, bytes.length);
            try (OutputStream out = exchange.getResponseBody()) {
              out.write(bytes);
            }
          }
        });
  }

  @AfterEach
  void stopServer() {
    server.stop(0);
  }

  /** Exit code, standard output and standard error of one run. */
  private record Run(int code, String out, String err) {}

  private Run run(String stdin, String... args) {
    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();
    int code =
        FigoraCommand.execute(
            new PrintWriter(out),
            new PrintWriter(err),
            new ByteArrayInputStream(stdin.getBytes(StandardCharsets.UTF_8)),
            Map.of("XDG_CACHE_HOME", cacheHome.toString()),
            args);
    return new Run(code, out.toString(), err.toString());
  }

  @Test
  void fetchInstallsTheCurrentRelease() {
    Run fetch = run("", "corpus", "fetch", "--base-url", baseUrl);

    assertEquals(0, fetch.code(), fetch.err());
    assertEquals("", fetch.out());
    assertTrue(
        fetch
            .err()
            .contains(
                "installed PFOCR release 20240510: 3 figures, 35 human genes,"
                    + " 0 gene IDs not in the reference; no checksum published"),
        fetch.err());
    Path release = cacheHome.resolve("figora/releases/20240510");
    assertTrue(Files.isRegularFile(release.resolve(GMT_NAME)));
    assertTrue(Files.isRegularFile(release.resolve("release.properties")));

    Run again = run("", "corpus", "fetch", "--base-url", baseUrl);
    assertEquals(0, again.code(), again.err());
    assertTrue(again.err().contains("already installed"), again.err());
  }

  @Test
  void listShowsInstalledReleases() {
    Run empty = run("", "corpus", "list");
    assertEquals(0, empty.code());
    assertEquals("", empty.out());
    assertTrue(empty.err().contains("run 'figora corpus fetch'"), empty.err());

    run("", "corpus", "fetch", "--base-url", baseUrl, "--quiet");
    Run list = run("", "corpus", "list");

    assertEquals(0, list.code(), list.err());
    Path gmt = cacheHome.resolve("figora/releases/20240510").resolve(GMT_NAME);
    assertEquals(
        "release\tfigures\tgenes\tunmapped_ids\tgmt\n20240510\t3\t35\t0\t" + gmt + "\n",
        list.out().replace(System.lineSeparator(), "\n"));
  }

  @Test
  void enrichUsesTheInstalledRelease() {
    run("", "corpus", "fetch", "--base-url", baseUrl, "--quiet");

    Run enrich =
        run("IGF1R\nIRS1\nAKT1\nPIK3CA\nMTOR\nFOXO1\n", "enrich", "-", "--corpus", "pfocr");
    Run pinned =
        run(
            "IGF1R\nIRS1\nAKT1\nPIK3CA\nMTOR\nFOXO1\n",
            "enrich",
            "-",
            "--corpus",
            "pfocr@20240510",
            "--format",
            "json");

    assertEquals(0, enrich.code(), enrich.err());
    assertTrue(enrich.err().contains("figora: corpus: 3 figures"), enrich.err());
    String firstRow = enrich.out().lines().skip(1).findFirst().orElse("");
    assertTrue(
        firstRow.startsWith("1\t1\t1\tPMC1000001__F1\tInsulin and IGF1 signalling\t6\t11\t"),
        firstRow);
    assertEquals(0, pinned.code(), pinned.err());
    assertTrue(pinned.out().contains("pfocr@20240510"), pinned.out());
  }

  @Test
  void aMissingReleaseIsADataError() {
    Run none = run("IGF1R\n", "enrich", "-", "--corpus", "pfocr");
    assertEquals(3, none.code());
    assertTrue(none.err().contains("no PFOCR release is installed"), none.err());
    assertTrue(none.err().contains("run 'figora corpus fetch' first"), none.err());

    run("", "corpus", "fetch", "--base-url", baseUrl, "--quiet");
    Run other = run("IGF1R\n", "figures", "list", "--corpus", "pfocr@20230101");
    assertEquals(3, other.code());
    assertTrue(
        other
            .err()
            .contains(
                "PFOCR release 20230101 is not installed (installed:"
                    + " 20240510); run 'figora corpus fetch --release 20230101'"),
        other.err());
  }

  @Test
  void badArgumentsAreUsageErrors() {
    Run badDate = run("IGF1R\nAKT1\n", "enrich", "-", "--corpus", "pfocr@2024");
    assertEquals(2, badDate.code(), badDate.err());
    assertTrue(badDate.err().contains("needs a release date YYYYMMDD"), badDate.err());
    assertEquals(
        2, run("", "corpus", "fetch", "--base-url", baseUrl, "--release", "latest").code());
    assertEquals(2, run("", "corpus", "fetch", "--base-url", "ftp://example.org/pfocr").code());
  }

  @Test
  void aFailedFetchIsADataErrorNamingTheUrlAndStatus() {
    Run fetch = run("", "corpus", "fetch", "--base-url", baseUrl, "--release", "20230101");

    assertEquals(3, fetch.code(), fetch.err());
    assertTrue(
        fetch
            .err()
            .contains("figora: corpus fetch failed: HTTP 404 from " + baseUrl + "/20230101/"),
        fetch.err());
    assertEquals(0, run("", "corpus", "list").out().length());
  }

  @Test
  void theProgressBarShowsPercentAndMegabytes() {
    assertEquals(
        "figora: [###############...............]  50% 1.0 of 2.0 MB",
        FetchProgressReport.bar(1_000_000, 2_000_000));
    assertEquals("figora: 1.5 MB", FetchProgressReport.bar(1_500_000, -1));
  }
}
