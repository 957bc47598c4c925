package org.figora.server;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import org.figora.analysis.gene.GeneReference;
import org.figora.analysis.index.IndexStore;

/**
 * Real servers for tests: the bundled seeds (and the sample GMT alone as a second corpus), loaded
 * once per test run through the index cache in a temporary folder, served on a free port of
 * 127.0.0.1 and called over HTTP.
 */
final class TestServers {

  /** The repository root: module tests run in the module folder. */
  static final Path ROOT = Path.of("..").toAbsolutePath().normalize();

  /** The IGF1R signalling example list. */
  static final Path IGF1R = ROOT.resolve("examples/igf1r-signalling.txt");

  /** The IGF1R figure, top hit of the IGF1R list on the seeds. */
  static final String IGF1R_FIGURE = "PMC5738696__ol-15-01-0041-g00";

  static final HttpClient CLIENT =
      HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();

  private static List<ServedCorpus> corpora;

  private TestServers() {}

  /**
   * @return the seeds (default) and the sample GMT as corpus {@code sample-gmt}
   */
  static synchronized List<ServedCorpus> corpora() {
    if (corpora == null) {
      try {
        // Under target/, which 'mvn clean' removes: a temporary folder of the system would be
        // left behind by every run (the corpora live as long as the test JVM).
        Path cache =
            Files.createTempDirectory(
                Files.createDirectories(Path.of("target")), "server-test-cache");
        IndexStore store = new IndexStore(cache, GeneReference.bundled());
        corpora =
            List.of(
                new ServedCorpus(
                    "seeds", "seeds", "", store.open(List.of(ROOT.resolve("seeds")), false)),
                new ServedCorpus(
                    "sample-gmt",
                    "sample-gmt",
                    "",
                    store.open(List.of(ROOT.resolve("seeds/pfocr-sample.gmt")), false)));
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    }
    return corpora;
  }

  /** A running server with its access log. */
  record Running(FigoraServer server, ByteArrayOutputStream log) implements AutoCloseable {

    URI uri(String path) {
      return URI.create("http://127.0.0.1:" + server.port() + path);
    }

    HttpResponse<String> get(String path, String... headers) {
      HttpRequest.Builder request = HttpRequest.newBuilder(uri(path)).GET();
      if (headers.length > 0) {
        request.headers(headers);
      }
      return send(request.build());
    }

    HttpResponse<String> post(String path, String body, String... headers) {
      HttpRequest.Builder request =
          HttpRequest.newBuilder(uri(path))
              .header("Content-Type", "application/json")
              .POST(HttpRequest.BodyPublishers.ofString(body));
      if (headers.length > 0) {
        request.headers(headers);
      }
      return send(request.build());
    }

    String accessLog() {
      return log.toString(StandardCharsets.UTF_8);
    }

    @Override
    public void close() {
      server.stop();
    }
  }

  static HttpResponse<String> send(HttpRequest request) {
    try {
      return CLIENT.send(request, HttpResponse.BodyHandlers.ofString());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }

  static Running start() {
    return start(Limits.defaults(), Optional.empty(), Optional.empty());
  }

  static Running start(Limits limits, Optional<String> token, Optional<String> cors) {
    ByteArrayOutputStream log = new ByteArrayOutputStream();
    ServerSettings settings =
        new ServerSettings(
            "127.0.0.1",
            0,
            token,
            cors,
            limits,
            new PrintStream(log, true, StandardCharsets.UTF_8),
            "test-version",
            corpora());
    return new Running(FigoraServer.start(settings, GeneReference.bundled()), log);
  }

  /**
   * @return the IGF1R example's identifiers as a JSON array
   */
  static String igf1rGenes() {
    try {
      return "["
          + String.join(
              ", ",
              Files.readAllLines(IGF1R).stream()
                  .map(String::strip)
                  .filter(l -> !l.isEmpty() && !l.startsWith("#"))
                  .map(l -> "\"" + l + "\"")
                  .toList())
          + "]";
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
