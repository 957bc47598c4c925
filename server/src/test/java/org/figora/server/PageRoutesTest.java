package org.figora.server;

import static org.figora.server.ApiTest.assertError;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URLEncoder;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The page's routes over HTTP: the form post, the result page, downloads, static files. */
class PageRoutesTest {

  private static TestServers.Running server;

  @BeforeAll
  static void start() {
    server = TestServers.start();
  }

  @AfterAll
  static void stop() {
    server.close();
  }

  private static HttpResponse<String> postForm(String form) {
    return TestServers.send(
        HttpRequest.newBuilder(server.uri("/report"))
            .header("Content-Type", "application/x-www-form-urlencoded")
            .POST(HttpRequest.BodyPublishers.ofString(form))
            .build());
  }

  private static String field(String name, String value) {
    return name + "=" + URLEncoder.encode(value, StandardCharsets.UTF_8);
  }

  @Test
  void aPostedFormRedirectsToItsResultWhoseDownloadsAreTheApisBytes() throws Exception {
    String genes = Files.readString(TestServers.IGF1R);
    HttpResponse<String> posted =
        postForm(
            String.join(
                "&",
                field("genes", genes),
                field("name", "igf1r"),
                field("correction", "holm"),
                field("top", "20"),
                field("background", "protein-coding"),
                field("group_similarity", "off")));
    assertEquals(303, posted.statusCode(), posted.body());
    String location = posted.headers().firstValue("Location").orElseThrow();
    assertTrue(location.matches("/results/[0-9a-f]{32}"), location);
    HttpResponse<String> page = server.get(location);
    assertEquals(200, page.statusCode());
    assertTrue(page.body().contains("id=\"serve-header\""));
    assertTrue(page.body().contains("data-figid=\"" + TestServers.IGF1R_FIGURE + "\""));
    String policy = page.headers().firstValue("Content-Security-Policy").orElseThrow();
    String scripts = policy.substring(policy.indexOf("script-src"));
    scripts = scripts.substring(0, scripts.indexOf(';'));
    assertTrue(
        scripts.contains("'sha256-")
            && !scripts.contains("unsafe-inline")
            && policy.contains("frame-ancestors 'none'"),
        policy);
    String api =
        server
            .post(
                "/api/v1/enrich?format=tsv",
                "{\"name\": \"igf1r\", \"genes\": "
                    + TestServers.igf1rGenes()
                    + ", \"correction\": \"holm\", \"top\": 20, \"background\":"
                    + " \"protein-coding\", \"group_similarity\": \"off\"}")
            .body();
    HttpResponse<String> tsv = server.get(location + "/report.tsv");
    assertEquals(200, tsv.statusCode());
    assertEquals(api, tsv.body());
    assertTrue(tsv.headers().firstValue("Content-Disposition").orElseThrow().contains("igf1r.tsv"));
    for (String file : new String[] {"csv", "json", "html", "md", "clusterprofiler.tsv"}) {
      assertEquals(200, server.get(location + "/report." + file).statusCode(), file);
    }
    assertError(server.get(location + "/report.xlsx"), 404, "no such download");
  }

  @Test
  void formErrorsAreShownAsPagesToBrowsers() {
    HttpResponse<String> empty =
        TestServers.send(
            HttpRequest.newBuilder(server.uri("/report"))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .header("Accept", "text/html")
                .POST(HttpRequest.BodyPublishers.ofString(field("genes", "notagene zzz")))
                .build());
    assertEquals(422, empty.statusCode());
    assertTrue(empty.headers().firstValue("Content-Type").orElseThrow().startsWith("text/html"));
    assertTrue(empty.body().contains("no usable genes"), empty.body());
    assertError(postForm(field("genes", "TP53") + "&" + field("min_size", "x")), 400, "'min_size'");
    assertError(
        TestServers.send(
            HttpRequest.newBuilder(server.uri("/report"))
                .header("Content-Type", "text/plain")
                .POST(HttpRequest.BodyPublishers.ofString("TP53"))
                .build()),
        400,
        "form");
  }

  @Test
  void staticFilesAndPagesHaveTheirTypes() {
    HttpResponse<String> script = server.get("/static/figora.js");
    assertEquals(200, script.statusCode());
    assertTrue(
        script.headers().firstValue("Content-Type").orElseThrow().startsWith("text/javascript"));
    assertTrue(
        server
            .get("/static/figora.css")
            .headers()
            .firstValue("Content-Type")
            .orElseThrow()
            .startsWith("text/css"));
    HttpResponse<String> form = server.get("/");
    assertTrue(form.body().contains("<textarea id=\"genes\" name=\"genes\""));
    assertFalse(form.body().contains("<script>"), "no inline script in the form");
    HttpResponse<String> figure =
        server.get("/figures/PMC100003__mb2410470011" + "?corpus=sample-gmt");
    assertEquals(200, figure.statusCode());
    assertTrue(figure.body().contains("GNAQ"));
    assertError(server.get("/figures/PMC0__none"), 404, "no figure");
  }
}
