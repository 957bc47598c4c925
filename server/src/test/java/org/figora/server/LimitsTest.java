package org.figora.server;

import static org.figora.server.ApiTest.assertError;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

/** Every limit, the token, CORS and shutdown with a request in flight, over HTTP. */
class LimitsTest {

  private static final String SMALL = "{\"genes\": [\"IGF1R\", \"IRS1\", \"AKT1\"]}";

  private static Limits limits(
      long body, int identifiers, int lists, int workers, int queued, Duration deadline) {
    return new Limits(body, identifiers, lists, workers, queued, deadline);
  }

  private static String genes(int count) {
    return IntStream.range(0, count)
        .mapToObj(i -> "\"G" + i + "\"")
        .collect(Collectors.joining(", ", "[", "]"));
  }

  @Test
  void bodiesIdentifiersAndListsAboveTheLimitsAre413() {
    try (TestServers.Running server =
        TestServers.start(
            limits(2000, 10, 2, 1, 4, Duration.ofSeconds(30)),
            Optional.empty(),
            Optional.empty())) {
      assertError(
          server.post("/api/v1/enrich", "{\"genes\": " + genes(300) + "}"),
          413,
          "larger than this server accepts (2000 bytes)");
      assertError(
          server.post("/api/v1/enrich", "{\"genes\": " + genes(11) + "}"),
          413,
          "at most 10 per list");
      assertError(
          server.post("/api/v1/enrich", "{\"genes\": \"" + "A ".repeat(11) + "\"}"),
          413,
          "at most 10 per list");
      assertError(
          server.post(
              "/api/v1/enrich", "{\"genes\": [\"TP53\"], \"background\": " + genes(11) + "}"),
          413,
          "at most 10");
      assertError(
          server.post(
              "/api/v1/enrich/batch",
              "{\"lists\": {\"a\": [\"TP53\"], \"b\": [\"TP53\"], \"c\": [\"TP53\"]}}"),
          413,
          "at most 2");
      assertEquals(
          200,
          server
              .post(
                  "/api/v1/enrich",
                  "{\"genes\": "
                      + genes(10).replace("\"G0\"", "\"IGF1R\"").replace("\"G1\"", "\"IRS1\"")
                      + "}")
              .statusCode());
      // A body without Content-Length (chunked) is cut at the limit too.
      HttpRequest chunked =
          HttpRequest.newBuilder(server.uri("/api/v1/enrich"))
              .header("Content-Type", "application/json")
              .POST(
                  HttpRequest.BodyPublishers.ofInputStream(
                      () ->
                          new java.io.ByteArrayInputStream(
                              ("{\"genes\": " + genes(400) + "}")
                                  .getBytes(StandardCharsets.UTF_8))))
              .build();
      assertError(TestServers.send(chunked), 413, "larger than this server accepts");
    }
  }

  @Test
  void aFullQueueIs503WithRetryAfter() throws Exception {
    try (TestServers.Running server =
        TestServers.start(
            limits(1 << 20, 1000, 10, 1, 0, Duration.ofSeconds(30)),
            Optional.empty(),
            Optional.empty())) {
      CountDownLatch busy = new CountDownLatch(1);
      CountDownLatch release = new CountDownLatch(1);
      server
          .server()
          .gate()
          .beforeEachTask(
              () -> {
                busy.countDown();
                await(release);
              });
      CompletableFuture<HttpResponse<String>> first =
          CompletableFuture.supplyAsync(() -> server.post("/api/v1/enrich", SMALL));
      assertTrue(busy.await(30, TimeUnit.SECONDS));
      HttpResponse<String> second = server.post("/api/v1/enrich", SMALL);
      assertError(second, 503, "busy");
      assertEquals("1", second.headers().firstValue("Retry-After").orElseThrow());
      server.server().gate().beforeEachTask(() -> {});
      release.countDown();
      assertEquals(200, first.get(30, TimeUnit.SECONDS).statusCode());
    }
  }

  @Test
  void aRequestPastItsDeadlineIs503() throws Exception {
    try (TestServers.Running server =
        TestServers.start(
            limits(1 << 20, 1000, 10, 1, 4, Duration.ofMillis(200)),
            Optional.empty(),
            Optional.empty())) {
      // The body arrives after the deadline: the clock starts when the request does.
      String response = rawSlowPost(server, SMALL, 600);
      assertTrue(response.startsWith("HTTP/1.1 503"), response);
      assertTrue(response.contains("deadline") && response.contains("Retry-After"), response);
      // A worker that takes longer than the deadline: the request is answered at the deadline.
      CountDownLatch release = new CountDownLatch(1);
      server.server().gate().beforeEachTask(() -> await(release));
      assertError(server.post("/api/v1/enrich", SMALL), 503, "deadline");
      release.countDown();
    }
  }

  @Test
  void theTokenIsNeededOnEveryRequestButHealth() {
    try (TestServers.Running server =
        TestServers.start(Limits.defaults(), Optional.of("s3cret-token"), Optional.empty())) {
      assertError(server.get("/api/v1/corpora"), 401, "Bearer");
      assertError(server.get("/", "Accept", "application/json"), 401, "Bearer");
      assertError(server.get("/api/v1/corpora", "Authorization", "Bearer wrong"), 401, "Bearer");
      assertError(
          server.get("/api/v1/corpora", "Authorization", "Bearer s3cret-token0"), 401, "Bearer");
      assertError(
          server.post("/api/v1/enrich", SMALL, "Authorization", "Basic s3cret-token"),
          401,
          "Bearer");
      assertEquals(
          200, server.get("/api/v1/corpora", "Authorization", "Bearer s3cret-token").statusCode());
      assertEquals(
          200,
          server
              .post("/api/v1/enrich", SMALL, "Authorization", "Bearer s3cret-token")
              .statusCode());
      assertEquals(200, server.get("/healthz").statusCode());
    }
  }

  @Test
  void corsOnlyForTheOriginGiven() {
    try (TestServers.Running server =
        TestServers.start(
            Limits.defaults(), Optional.empty(), Optional.of("https://lab.example"))) {
      HttpResponse<String> allowed = server.get("/api/v1/corpora", "Origin", "https://lab.example");
      assertEquals(
          "https://lab.example",
          allowed.headers().firstValue("Access-Control-Allow-Origin").orElseThrow());
      HttpResponse<String> other = server.get("/api/v1/corpora", "Origin", "https://evil.example");
      assertTrue(other.headers().firstValue("Access-Control-Allow-Origin").isEmpty());
    }
  }

  @Test
  void stopFinishesTheRequestInFlight() throws Exception {
    TestServers.Running server = TestServers.start();
    CountDownLatch busy = new CountDownLatch(1);
    CountDownLatch release = new CountDownLatch(1);
    server
        .server()
        .gate()
        .beforeEachTask(
            () -> {
              busy.countDown();
              await(release);
            });
    CompletableFuture<HttpResponse<String>> inFlight =
        CompletableFuture.supplyAsync(() -> server.post("/api/v1/enrich", SMALL));
    assertTrue(busy.await(30, TimeUnit.SECONDS));
    CompletableFuture<Void> stopped = CompletableFuture.runAsync(server.server()::stop);
    while (!server.server().stopping()) {
      Thread.sleep(10);
    }
    HttpResponse<String> refused = server.get("/api/v1/corpora");
    assertError(refused, 503, "stopping");
    assertTrue(!stopped.isDone(), "stop waits for the request in flight");
    release.countDown();
    HttpResponse<String> finished = inFlight.get(30, TimeUnit.SECONDS);
    assertEquals(200, finished.statusCode(), finished.body());
    assertTrue(finished.body().contains("\"results\""));
    stopped.get(30, TimeUnit.SECONDS);
    assertEquals(0, server.server().inFlight());
  }

  private static void await(CountDownLatch latch) {
    try {
      latch.await(60, TimeUnit.SECONDS);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }

  /** Sends a request's head and first body byte, waits, then the rest; returns the answer. */
  private static String rawSlowPost(TestServers.Running server, String body, long pauseMillis)
      throws IOException, InterruptedException {
    byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
    try (java.net.Socket socket = new java.net.Socket("127.0.0.1", server.server().port())) {
      socket.setSoTimeout(30_000);
      java.io.OutputStream out = socket.getOutputStream();
      out.write(
          ("POST /api/v1/enrich HTTP/1.1\r\nHost: 127.0.0.1\r\nContent-Type:"
                  + " application/json\r\nContent-Length: "
                  + bytes.length
                  + "\r\nConnection: close"
                  + "\r\n\r\n")
              .getBytes(StandardCharsets.US_ASCII));
      out.write(bytes, 0, 1);
      out.flush();
      Thread.sleep(pauseMillis);
      out.write(bytes, 1, bytes.length - 1);
      out.flush();
      return new String(socket.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    }
  }
}
