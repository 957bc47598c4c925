package org.figora.server;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Every endpoint of a real server, called over HTTP on 127.0.0.1. */
class ApiTest {

  private static TestServers.Running server;

  @BeforeAll
  static void start() {
    server = TestServers.start();
  }

  @AfterAll
  static void stop() {
    server.close();
  }

  static JsonNode json(HttpResponse<String> response) {
    return Json.parse(response.body().getBytes(StandardCharsets.UTF_8));
  }

  /** An error is JSON with the status, never a stack trace or a path on the server. */
  static void assertError(HttpResponse<String> response, int status, String fragment) {
    assertEquals(status, response.statusCode(), response.body());
    assertTrue(
        response.headers().firstValue("Content-Type").orElse("").startsWith("application/json"),
        response.headers().toString());
    JsonNode body = json(response);
    assertEquals(status, body.get("status").asInt());
    String message = body.get("error").asText();
    assertTrue(message.contains(fragment), message);
    assertFalse(
        response.body().contains("Exception")
            || response.body().contains("at org.")
            || response.body().contains(TestServers.ROOT.toString()),
        response.body());
  }

  @Test
  void enrichAnswersTheReportAsJson() {
    HttpResponse<String> response =
        server.post("/api/v1/enrich", "{\"genes\": " + TestServers.igf1rGenes() + ", \"top\": 5}");
    assertEquals(200, response.statusCode(), response.body());
    assertEquals("application/json", response.headers().firstValue("Content-Type").orElseThrow());
    JsonNode report = json(response);
    JsonNode rows = report.get("results");
    assertEquals(5, rows.size(), response.body());
    assertEquals(TestServers.IGF1R_FIGURE, rows.get(0).get("figid").asText());
    assertEquals("seeds", report.get("provenance").get("corpus").asText());
    assertEquals("list", report.get("provenance").get("list").asText());
  }

  @Test
  void everyFormatIsServed() {
    String body = "{\"genes\": " + TestServers.igf1rGenes() + ", \"name\": \"igf1r\"}";
    for (String format : List.of("tsv", "csv", "html", "md", "clusterprofiler")) {
      HttpResponse<String> response = server.post("/api/v1/enrich?format=" + format, body);
      assertEquals(200, response.statusCode(), format + ": " + response.body());
      assertTrue(response.body().contains(TestServers.IGF1R_FIGURE), format);
    }
    HttpResponse<String> html = server.post("/api/v1/enrich?format=html", body);
    assertTrue(html.body().contains("data-figid=\"" + TestServers.IGF1R_FIGURE + "\""));
    String policy = html.headers().firstValue("Content-Security-Policy").orElseThrow();
    assertTrue(
        policy.contains("frame-ancestors 'none'")
            && !policy.contains("unsafe-inline'" + "; style")
            && !policy.matches(".*script-src[^;]*unsafe-inline.*"),
        policy);
    assertError(server.post("/api/v1/enrich?format=xlsx", body), 400, "'format'");
  }

  @Test
  void optionsUnderTheCommandLineNamesChangeTheResult() {
    String genes = TestServers.igf1rGenes();
    JsonNode bonferroni =
        json(
            server.post(
                "/api/v1/enrich",
                "{\"genes\": "
                    + genes
                    + ", \"correction\": \"bonferroni\", \"background\": \"protein-coding\","
                    + " \"min_size\": 5, \"max_size\": 100, \"max_fdr\": 0.05}"));
    JsonNode provenance = bonferroni.get("provenance");
    assertEquals("bonferroni", provenance.get("correction").asText());
    assertEquals("protein-coding", provenance.get("universe").asText());
    assertEquals(5, provenance.get("min_size").asInt());
    for (JsonNode row : bonferroni.get("results")) {
      assertTrue(row.get("p_adjusted").asDouble() <= 0.05, row.toString());
    }
    JsonNode all = json(server.post("/api/v1/enrich", "{\"genes\": " + genes + ", \"all\": true}"));
    assertEquals(all.get("provenance").get("tested_figures").asInt(), all.get("results").size());
    JsonNode measured =
        json(
            server.post(
                "/api/v1/enrich",
                "{\"genes\": "
                    + genes
                    + ", \"background\": [\"IGF1R\", \"IRS1\", \"AKT1\", \"PIK3CA\", \"MAPK1\", \"TP53\","
                    + " \"EGFR\", \"KRAS\"]}"));
    assertEquals("gene-list", measured.get("provenance").get("universe").asText());
    JsonNode other =
        json(
            server.post(
                "/api/v1/enrich", "{\"genes\": " + genes + ", \"corpus\": \"sample-gmt\"}"));
    assertEquals("sample-gmt", other.get("provenance").get("corpus").asText());
  }

  @Test
  void batchAnswersOneResultPerList() {
    HttpResponse<String> response =
        server.post(
            "/api/v1/enrich/batch",
            "{\"lists\": {\"igf1r\": "
                + TestServers.igf1rGenes()
                + ", \"small\": [\"TP53\","
                + " \"MDM2\", \"CDKN1A\", \"BAX\"]}, \"top\": 3}");
    assertEquals(200, response.statusCode(), response.body());
    JsonNode results = json(response).get("results");
    assertEquals(2, results.size());
    assertEquals("igf1r", results.get(0).get("provenance").get("list").asText());
    assertEquals("small", results.get(1).get("provenance").get("list").asText());
    HttpResponse<String> tsv =
        server.post(
            "/api/v1/enrich/batch?format=tsv",
            "{\"lists\": [{\"name\": \"a\", \"genes\": [\"IGF1R\", \"IRS1\", \"AKT1\"]},"
                + " {\"name\": \"b\", \"genes\": [\"TP53\", \"MDM2\"]}]}");
    assertEquals(200, tsv.statusCode(), tsv.body());
    assertTrue(tsv.body().startsWith("list\t"), tsv.body());
    assertTrue(tsv.body().contains("\na\t") && tsv.body().contains("\nb\t"));
    assertError(
        server.post("/api/v1/enrich/batch?format=html", "{\"lists\": {\"a\": [\"X\"]}}"),
        400,
        "'format'");
  }

  @Test
  void figuresCorporaGenesAndHealth() {
    JsonNode figure = json(server.get("/api/v1/figures/" + TestServers.IGF1R_FIGURE));
    assertEquals(TestServers.IGF1R_FIGURE, figure.get("figid").asText());
    assertTrue(figure.get("human_genes").toString().contains("IGF1R"));
    assertFalse(figure.has("source"), "no server path in a response");
    JsonNode found = json(server.get("/api/v1/figures?gene=IGF1R&limit=2"));
    assertTrue(found.get("matched").asInt() >= 1);
    assertTrue(found.get("figures").size() <= 2);
    JsonNode searched = json(server.get("/api/v1/figures?q=insulin"));
    for (JsonNode f : searched.get("figures")) {
      assertTrue(f.get("figid").asText().startsWith("PMC"));
    }
    JsonNode corpora = json(server.get("/api/v1/corpora"));
    assertEquals("seeds", corpora.get("default").asText());
    assertEquals(2, corpora.get("corpora").size());
    assertEquals(147, corpora.get("corpora").get(0).get("figures").asInt());
    assertEquals(32, corpora.get("corpora").get(0).get("fingerprint").asText().length());
    JsonNode resolved =
        json(
            server.post(
                "/api/v1/genes/resolve",
                "{\"genes\": [\"p53\", \"7157\", \"ENSG00000141510\", \"notagene\"]}"));
    List<String> kinds = new ArrayList<>();
    resolved.get("identifiers").forEach(i -> kinds.add(i.get("kind").asText()));
    assertEquals("unknown", kinds.get(3));
    assertEquals("entrez", kinds.get(1));
    assertEquals("TP53", resolved.get("symbols").get(0).asText());
    assertEquals("ok", json(server.get("/healthz")).get("status").asText());
    JsonNode openapi = json(server.get("/api/v1/openapi.json"));
    assertEquals("3.0.3", openapi.get("openapi").asText());
    for (String path :
        List.of(
            "/api/v1/enrich",
            "/api/v1/enrich/batch",
            "/api/v1/figures",
            "/api/v1/figures/{figid}",
            "/api/v1/genes/resolve",
            "/api/v1/corpora",
            "/healthz")) {
      assertTrue(openapi.get("paths").has(path), path);
    }
  }

  @Test
  void malformedRequestsAre400() {
    assertError(server.post("/api/v1/enrich", "{\"genes\": [\"TP53\""), 400, "not valid JSON");
    assertError(server.post("/api/v1/enrich", ""), 400, "empty");
    assertError(server.post("/api/v1/enrich", "[1, 2]"), 400, "JSON object");
    assertError(
        server.post("/api/v1/enrich", "{\"genes\": [\"TP53\"], \"genes\": []}"),
        400,
        "not valid JSON");
    assertError(
        server.post("/api/v1/enrich", "{\"genez\": [\"TP53\"]}"), 400, "unknown field 'genez'");
    assertError(server.post("/api/v1/enrich", "{\"top\": 3}"), 400, "'genes' is missing");
    assertError(
        server.post("/api/v1/enrich", "{\"genes\": [\"TP53\"], \"correction\": \"x\"}"),
        400,
        "'correction'");
    assertError(
        server.post("/api/v1/enrich", "{\"genes\": [\"TP53\"], \"min_size\": 0}"),
        400,
        "'min_size'");
    assertError(
        server.post("/api/v1/enrich", "{\"genes\": [\"TP53\"], \"max_fdr\": 2}"), 400, "'max_fdr'");
    assertError(server.post("/api/v1/enrich", "{\"genes\": [{\"a\": 1}]}"), 400, "strings");
    assertError(
        server.post("/api/v1/enrich", "{\"genes\": [\"TP53\"], \"background\": \"/etc/passwd\"}"),
        400,
        "files on the server");
    assertError(server.get("/api/v1/figures?limit=0"), 400, "'limit'");
    assertError(
        server.post("/api/v1/genes/resolve", "{\"genes\": [\"TP53\"], \"x\": 1}"), 400, "send");
  }

  @Test
  void unknownThingsAre404() {
    assertError(server.get("/api/v1/figures/PMC0__nothing"), 404, "no figure");
    assertError(
        server.post("/api/v1/enrich", "{\"genes\": [\"TP53\"], \"corpus\": \"pfocr\"}"),
        404,
        "no corpus named 'pfocr'");
    assertError(server.get("/api/v1/figures?corpus=nope"), 404, "no corpus");
    assertError(server.get("/api/v1/nothing"), 404, "no such page");
    assertError(server.get("/results/0123/report.tsv"), 404, "no longer kept");
  }

  /** A small DESeq2 result table: R's row names (an empty header cell), then numbers. */
  private static final String DESEQ2 =
      "\"\",\"baseMean\",\"log2FoldChange\",\"padj\"\n"
          + "\"IGF1R\",1520.2,2.31,2.1e-25\n"
          + "\"IRS1\",830.5,1.84,4.4e-11\n"
          + "\"AKT1\",2210.8,1.05,5.1e-10\n"
          + "\"PIK3CA\",655.1,0.40,0.21\n"
          + "\"MAPK1\",3020.1,-1.90,9.0e-13\n";

  private static String tableRequest(String extra) {
    return "{\"name\": \"deseq2.csv\", \"genes\": " + Json.MAPPER.valueToTree(DESEQ2) + extra + "}";
  }

  @Test
  void aResultTableIsReadThroughItsGeneColumnAndFilter() {
    HttpResponse<String> response =
        server.post(
            "/api/v1/enrich",
            tableRequest(
                ", \"gene_column\": \"column1\", \"where\": \"padj < 0.05 and log2FoldChange > 1\""));
    assertEquals(200, response.statusCode(), response.body());
    JsonNode provenance = json(response).get("provenance");
    assertEquals(3, provenance.get("input_identifiers").asInt(), response.body());
    assertEquals(3, provenance.get("mapped_genes").asInt(), response.body());
    assertEquals(0, provenance.get("unmapped_identifiers").size(), response.body());
  }

  @Test
  void aResultTableWithoutItsGeneColumnIsRefused() {
    assertError(server.post("/api/v1/enrich", tableRequest("")), 422, "gene_column");
    assertError(
        server.post("/api/v1/enrich", tableRequest("")), 422, "baseMean, log2FoldChange, padj");
    assertError(
        server.post("/api/v1/enrich", tableRequest(", \"gene_column\": \"symbol\"")),
        422,
        "symbol");
    assertError(
        server.post("/api/v1/enrich", tableRequest(", \"where\": \"padj < 0.05\"")),
        400,
        "needs 'gene_column'");
    assertError(
        server.post(
            "/api/v1/enrich",
            tableRequest(", \"gene_column\": \"column1\", \"where\": \"padj < \"")),
        400,
        "'where'");
    // Several genes to a line, without numbers, stay a plain list.
    HttpResponse<String> plain =
        server.post("/api/v1/enrich", "{\"genes\": \"IGF1R, IRS1\\nAKT1, PIK3CA\\nMAPK1\"}");
    assertEquals(200, plain.statusCode(), plain.body());
    assertEquals(5, json(plain).get("provenance").get("mapped_genes").asInt(), plain.body());
  }

  @Test
  void listsWithoutUsableGenesAre422() {
    assertError(
        server.post("/api/v1/enrich", "{\"genes\": [\"notagene\", \"alsonot\"]}"),
        422,
        "no usable genes");
    assertError(server.post("/api/v1/enrich", "{\"genes\": []}"), 422, "no gene identifiers");
    assertError(
        server.post(
            "/api/v1/enrich/batch",
            "{\"lists\": {\"good\": [\"IGF1R\", \"IRS1\"], \"bad\": [\"zzz\"]}}"),
        422,
        "bad");
  }

  @Test
  void theAccessLogHasOneLinePerRequestAndNoGenes() {
    server.post("/api/v1/enrich", "{\"genes\": [\"IGF1R\", \"IRS1\", \"PIK3CA\"]}");
    server.get("/api/v1/figures?gene=MAPK1");
    String log = server.accessLog();
    assertTrue(log.contains("POST /api/v1/enrich 200"), log);
    assertTrue(log.contains("identifiers=3"), log);
    assertFalse(log.contains("IRS1") || log.contains("PIK3CA") || log.contains("MAPK1"), log);
  }

  @Test
  void noCorsHeadersWithoutTheOption() {
    HttpResponse<String> response = server.get("/api/v1/corpora", "Origin", "https://evil.example");
    assertTrue(response.headers().firstValue("Access-Control-Allow-Origin").isEmpty());
    assertEquals("nosniff", response.headers().firstValue("X-Content-Type-Options").orElseThrow());
  }
}
