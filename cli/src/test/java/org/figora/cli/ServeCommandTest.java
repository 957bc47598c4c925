package org.figora.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.net.Socket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Iterator;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.figora.analysis.report.NuChecker;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code figora serve} as a process: the API's results equal {@code figora enrich}'s for the same
 * list and options, and SIGTERM lets a request in flight finish.
 */
class ServeCommandTest {

  private static final ObjectMapper JSON = new ObjectMapper();
  private static final HttpClient CLIENT = HttpClient.newHttpClient();

  @TempDir static Path cache;

  private static Process server;
  private static String url;

  /** A server process and its URL. */
  private record Served(Process process, String url) {}

  private static Served serve() throws IOException {
    Path errors = Files.createTempFile(cache, "serve", ".err");
    Process process =
        new ProcessBuilder(
                Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-cp",
                serverClassPath(),
                FigoraCommand.class.getName(),
                "serve",
                "--port",
                "0",
                "--cache-dir",
                cache.toString(),
                "--corpus",
                "seeds=" + CliRun.SEEDS)
            .redirectError(errors.toFile())
            .start();
    BufferedReader out =
        new BufferedReader(new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8));
    String line = out.readLine();
    Matcher matcher =
        Pattern.compile("at (http://127\\.0\\.0\\.1:\\d+/)").matcher(line == null ? "" : line);
    assertTrue(matcher.find(), () -> "the URL is printed: " + line + "\n" + read(errors));
    return new Served(process, matcher.group(1));
  }

  private static String read(Path file) {
    try {
      return Files.readString(file);
    } catch (IOException e) {
      return e.toString();
    }
  }

  /** The server jar the launcher adds for {@code serve}, built by the server module's package. */
  static final Path SERVER_JAR = CliRun.ROOT.resolve("server/target/figora-server.jar");

  /**
   * The test's class path with the server jar in place of any HTTP stack on it (the CLI's tests may
   * bring another Jetty, e.g. through the Nu HTML Checker), as the launcher runs serve.
   */
  private static String serverClassPath() {
    List<String> entries = new java.util.ArrayList<>();
    for (String entry : System.getProperty("java.class.path").split(java.io.File.pathSeparator)) {
      String path = entry.replace('\\', '/');
      if (!path.contains("/org/eclipse/jetty/")
          && !path.contains("/io/javalin/")
          && !path.contains("/nu/validator/")
          && !path.contains("/server/target/")
          && !path.contains("figora-server")) {
        entries.add(entry);
      }
    }
    entries.add(SERVER_JAR.toString());
    return String.join(java.io.File.pathSeparator, entries);
  }

  @BeforeAll
  static void start() throws IOException {
    org.junit.jupiter.api.Assumptions.assumeTrue(
        Files.isRegularFile(SERVER_JAR),
        () -> {
          String reason =
              "skipped: "
                  + SERVER_JAR
                  + " is not built (the server module's package"
                  + " phase makes it; run mvn -B verify)";
          System.out.println("ServeCommandTest " + reason);
          return reason;
        });
    Served served = serve();
    server = served.process();
    url = served.url();
  }

  @AfterAll
  static void stop() throws InterruptedException {
    if (server != null && server.isAlive()) {
      server.destroy();
      server.waitFor(60, TimeUnit.SECONDS);
    }
  }

  private static HttpResponse<String> post(String path, String body) throws Exception {
    return CLIENT.send(
        HttpRequest.newBuilder(URI.create(url + path.substring(1)))
            .header("Content-Type", "application/json")
            .POST(HttpRequest.BodyPublishers.ofString(body))
            .build(),
        HttpResponse.BodyHandlers.ofString());
  }

  private static String genesArray(Path list) throws IOException {
    return "["
        + String.join(
            ", ",
            Files.readAllLines(list).stream()
                .map(String::strip)
                .filter(l -> !l.isEmpty() && !l.startsWith("#"))
                .map(l -> "\"" + l + "\"")
                .toList())
        + "]";
  }

  /** The provenance without what names the corpus's path or the moment of the run. */
  private static JsonNode comparable(String json) throws IOException {
    JsonNode tree = JSON.readTree(json);
    ObjectNode provenance = (ObjectNode) tree.get("provenance");
    for (Iterator<String> names = provenance.fieldNames(); names.hasNext(); ) {
      String name = names.next();
      if (name.equals("corpus")
          || name.contains("time")
          || name.contains("command")
          || name.equals("created")) {
        names.remove();
      }
    }
    return tree;
  }

  @Test
  void theApiGivesTheCommandLinesResults() throws Exception {
    String name = CliRun.IGF1R.getFileName().toString();
    String body =
        "{\"name\": \""
            + name
            + "\", \"genes\": "
            + genesArray(CliRun.IGF1R)
            + ", \"correction\": \"by\", \"min_size\": 4, \"top\": 30}";
    for (String format : List.of("json", "tsv", "csv", "clusterprofiler")) {
      CliRun cli =
          CliRun.run(
              cache,
              "enrich",
              CliRun.IGF1R,
              "--corpus",
              CliRun.SEEDS,
              "--correction",
              "by",
              "--min-size",
              "4",
              "--top",
              "30",
              "--format",
              format);
      assertEquals(0, cli.exitCode(), cli.err());
      HttpResponse<String> api = post("/api/v1/enrich?format=" + format, body);
      assertEquals(200, api.statusCode(), api.body());
      if (format.equals("json")) {
        assertEquals(comparable(cli.out()), comparable(api.body()));
      } else {
        assertEquals(cli.out(), api.body(), format);
      }
    }
  }

  private static String get(String path) throws Exception {
    HttpResponse<String> response =
        CLIENT.send(
            HttpRequest.newBuilder(URI.create(url + path.substring(1))).build(),
            HttpResponse.BodyHandlers.ofString());
    assertEquals(200, response.statusCode(), path + ": " + response.body());
    return response.body();
  }

  /** Submits the page's form as a browser does and returns the result page it redirects to. */
  private static String submitForm(String... fields) throws Exception {
    StringBuilder form = new StringBuilder();
    for (int i = 0; i < fields.length; i += 2) {
      form.append(form.length() == 0 ? "" : "&")
          .append(fields[i])
          .append('=')
          .append(java.net.URLEncoder.encode(fields[i + 1], StandardCharsets.UTF_8));
    }
    HttpResponse<String> posted =
        CLIENT.send(
            HttpRequest.newBuilder(URI.create(url + "report"))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(form.toString()))
                .build(),
            HttpResponse.BodyHandlers.ofString());
    assertEquals(303, posted.statusCode(), posted.body());
    return get(posted.headers().firstValue("Location").orElseThrow());
  }

  /** The server's own pages (form, result, figure) pass the Nu HTML Checker with no error. */
  @Test
  void theServersPagesAreValidHtml() throws Exception {
    NuChecker.assertValid("the form page", get("/"));
    NuChecker.assertValid(
        "a result page",
        submitForm("genes", Files.readString(CliRun.IGF1R), "name", "igf1r", "top", "20"));
    NuChecker.assertValid(
        "a result page of a table, grouped and collapsed",
        submitForm(
            "genes",
            Files.readString(CliRun.DESEQ2),
            "gene_column",
            "column1",
            "where",
            "padj < 0.05",
            "collapse",
            "on",
            "correction",
            "qvalue"));
    NuChecker.assertValid(
        "a result page where nothing passes",
        submitForm("genes", "TP53\nMT-CO1", "background", "protein-coding"));
    NuChecker.assertValid("a figure page", get("/figures/" + CliRun.IGF1R_FIGURE));
  }

  @Test
  void aResultTableGivesTheCommandLinesResults() throws Exception {
    Path table = CliRun.DESEQ2;
    String where = "padj < 0.05 and log2FoldChange > 1";
    CliRun cli =
        CliRun.run(
            cache,
            "enrich",
            table,
            "--corpus",
            CliRun.SEEDS,
            "--gene-column",
            "column1",
            "--where",
            where);
    assertEquals(0, cli.exitCode(), cli.err());
    ObjectNode request = JSON.createObjectNode();
    request.put("name", table.getFileName().toString());
    request.put("genes", Files.readString(table));
    request.put("gene_column", "column1");
    request.put("where", where);
    HttpResponse<String> api = post("/api/v1/enrich?format=tsv", JSON.writeValueAsString(request));
    assertEquals(200, api.statusCode(), api.body());
    assertEquals(cli.out(), api.body());
  }

  @Test
  void aMeasuredBackgroundGivesTheCommandLinesResults(@TempDir Path folder) throws Exception {
    List<String> measured =
        List.of(
            "IGF1R", "IGF1", "IRS1", "IRS2", "PIK3CA", "PIK3R1", "AKT1", "AKT2", "MTOR", "MAPK1",
            "MAPK3", "KRAS", "HRAS", "RAF1", "BRAF", "MAP2K1", "TP53", "EGFR", "GRB2", "SOS1",
            "SHC1", "FOXO1", "GSK3B", "PTEN", "INSR");
    Path background = Files.write(folder.resolve("measured.txt"), measured);
    CliRun cli =
        CliRun.run(
            cache,
            "enrich",
            CliRun.IGF1R,
            "--corpus",
            CliRun.SEEDS,
            "--background",
            background,
            "--all");
    assertEquals(0, cli.exitCode(), cli.err());
    HttpResponse<String> api =
        post(
            "/api/v1/enrich?format=tsv",
            "{\"genes\": "
                + genesArray(CliRun.IGF1R)
                + ", \"all\": true, \"background\": "
                + JSON.writeValueAsString(measured)
                + "}");
    assertEquals(cli.out(), api.body());
  }

  @Test
  void sigtermLetsTheRequestInFlightFinish() throws Exception {
    Served served = serve();
    try {
      byte[] body =
          ("{\"genes\": " + genesArray(CliRun.IGF1R) + ", \"top\": 3}")
              .getBytes(StandardCharsets.UTF_8);
      try (Socket socket = new Socket("127.0.0.1", URI.create(served.url()).getPort())) {
        socket.setSoTimeout(60_000);
        OutputStream out = socket.getOutputStream();
        out.write(
            ("POST /api/v1/enrich HTTP/1.1\r\nHost: 127.0.0.1\r\nContent-Type:"
                    + " application/json\r\nContent-Length: "
                    + body.length
                    + "\r\nConnection: close"
                    + "\r\n\r\n")
                .getBytes(StandardCharsets.US_ASCII));
        out.write(body, 0, 10);
        out.flush();
        // Wait until the server counts the request (the health check itself is the other one).
        long giveUp = System.nanoTime() + TimeUnit.SECONDS.toNanos(60);
        while (JSON.readTree(
                    CLIENT
                        .send(
                            HttpRequest.newBuilder(URI.create(served.url() + "healthz")).build(),
                            HttpResponse.BodyHandlers.ofString())
                        .body())
                .get("in_flight")
                .asInt()
            < 2) {
          assertTrue(System.nanoTime() < giveUp, "the request never arrived");
          Thread.sleep(20);
        }
        served.process().destroy();
        // Stopping has begun when new requests are refused; the one in flight is still open.
        while (CLIENT
                .send(
                    HttpRequest.newBuilder(URI.create(served.url() + "healthz")).build(),
                    HttpResponse.BodyHandlers.ofString())
                .statusCode()
            == 200) {
          assertTrue(System.nanoTime() < giveUp, "SIGTERM was not acted on");
          Thread.sleep(20);
        }
        assertTrue(served.process().isAlive(), "the server waits for the request in flight");
        out.write(body, 10, body.length - 10);
        out.flush();
        String response =
            new String(socket.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertTrue(response.startsWith("HTTP/1.1 200"), response);
        assertTrue(response.contains("\"results\""), response);
      }
      assertTrue(
          served.process().waitFor(60, TimeUnit.SECONDS), "the server stops after the request");
    } finally {
      served.process().destroyForcibly();
    }
  }
}
