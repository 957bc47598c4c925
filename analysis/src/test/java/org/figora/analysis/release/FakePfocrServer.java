package org.figora.analysis.release;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A PFOCR download site on 127.0.0.1 for tests: directory listings, files with Range support, and
 * faults (error statuses, redirects, cut connections, wrong lengths, stalls). Closing it stops the
 * server and interrupts any handler still stalling.
 */
final class FakePfocrServer implements AutoCloseable {

  /** What a path answers. */
  @FunctionalInterface
  interface Route {
    void handle(HttpExchange exchange) throws IOException;
  }

  /** A request the server received: path and Range header (empty when none). */
  record Request(String path, String range) {}

  private static final Pattern RANGE = Pattern.compile("bytes=(\\d+)-");
  private static final Duration LONGEST_STALL = Duration.ofSeconds(10);

  private final HttpServer server;
  private final ExecutorService executor;
  private final Map<String, Route> routes = new ConcurrentHashMap<>();
  private final List<Request> requests = Collections.synchronizedList(new ArrayList<>());

  FakePfocrServer() throws IOException {
    server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
    executor =
        Executors.newCachedThreadPool(
            r -> {
              Thread thread = new Thread(r, "fake-pfocr");
              thread.setDaemon(true);
              return thread;
            });
    server.setExecutor(executor);
    server.createContext("/", this::dispatch);
    server.start();
  }

  /**
   * @return the base URL, {@code http://127.0.0.1:PORT/pfocr}
   */
  URI baseUrl() {
    return URI.create("http://127.0.0.1:" + server.getAddress().getPort() + "/pfocr");
  }

  /**
   * @return the requests received so far
   */
  List<Request> requests() {
    synchronized (requests) {
      return List.copyOf(requests);
    }
  }

  void route(String path, Route route) {
    routes.put(path, route);
  }

  /** Serves an Apache-style listing of the names at {@code path} (ending in /). */
  void listing(String path, String... names) {
    StringBuilder html =
        new StringBuilder(
            "<!DOCTYPE HTML PUBLIC \"-//W3C//DTD HTML 3.2 Final//EN\">"
                + "\n<html><head><title>Index of "
                + path
                + "</title></head><body>\n<h1>Index of "
                + path
                + "</h1>\n<table><tr><th><a href=\"?C=N;O=D\">Name</a></th>"
                + "<th><a href=\"?C=M;O=A\">Last modified</a></th></tr>\n"
                + "<tr><td><a href=\"/pfocr/\">Parent Directory</a></td></tr>\n");
    for (String name : names) {
      html.append("<tr><td><a href=\"")
          .append(name)
          .append("\">")
          .append(name)
          .append("</a></td><td align=\"right\">2024-05-10 12:00</td></tr>\n");
    }
    html.append("</table><address>Apache Server</address></body></html>\n");
    route(path, file(html.toString().getBytes(StandardCharsets.UTF_8), true));
  }

  private void dispatch(HttpExchange exchange) throws IOException {
    String path = exchange.getRequestURI().getPath();
    requests.add(
        new Request(
            path,
            String.valueOf(exchange.getRequestHeaders().getFirst("Range")).replace("null", "")));
    Route route = routes.get(path);
    try (exchange) {
      if (route == null) {
        exchange.sendResponseHeaders(404, -1);
      } else {
        route.handle(exchange);
      }
    } catch (IOException e) {
      // A fault route closed the connection early; the client sees the cut.
    }
  }

  /** A file, answering {@code Range: bytes=N-} with 206 when supported and If-Range matches. */
  static Route file(byte[] body, boolean ranges) {
    String etag = "\"" + Integer.toHexString(java.util.Arrays.hashCode(body)) + "\"";
    return exchange -> {
      exchange.getResponseHeaders().set("ETag", etag);
      String range = exchange.getRequestHeaders().getFirst("Range");
      String ifRange = exchange.getRequestHeaders().getFirst("If-Range");
      Matcher matcher = RANGE.matcher(range == null ? "" : range);
      if (ranges && matcher.matches() && (ifRange == null || ifRange.equals(etag))) {
        int start = Integer.parseInt(matcher.group(1));
        if (start >= body.length) {
          exchange.sendResponseHeaders(416, -1);
          return;
        }
        exchange
            .getResponseHeaders()
            .set("Content-Range", "bytes " + start + "-" + (body.length - 1) + "/" + body.length);
        send(exchange, 206, body, start, body.length - start, body.length - start);
      } else {
        send(exchange, 200, body, 0, body.length, body.length);
      }
    };
  }

  /** Declares the whole length, sends {@code sent} bytes, then closes the connection. */
  static Route cutAfter(byte[] body, int sent) {
    return exchange -> send(exchange, 200, body, 0, sent, body.length);
  }

  /** Sends the whole body but declares {@code extra} bytes more. */
  static Route declaresMore(byte[] body, int extra) {
    return exchange -> send(exchange, 200, body, 0, body.length, body.length + extra);
  }

  /** Sends headers and {@code sent} bytes, then stalls. */
  static Route stallAfter(byte[] body, int sent) {
    return exchange -> {
      exchange.sendResponseHeaders(200, body.length);
      exchange.getResponseBody().write(body, 0, sent);
      exchange.getResponseBody().flush();
      stall();
    };
  }

  /** Declares a length of {@code declared} bytes and sends the first bytes of the body. */
  static Route declares(long declared, byte[] body) {
    return exchange -> {
      exchange.sendResponseHeaders(200, declared);
      exchange.getResponseBody().write(body);
      exchange.getResponseBody().flush();
      stall();
    };
  }

  /** Sends a body without a length that never ends (until the client goes away). */
  static Route endless() {
    return exchange -> {
      exchange.sendResponseHeaders(200, 0);
      byte[] chunk = new byte[1 << 14];
      java.util.Arrays.fill(chunk, (byte) 'x');
      for (int i = 0; i < 1_000_000 && !Thread.currentThread().isInterrupted(); i++) {
        exchange.getResponseBody().write(chunk);
      }
    };
  }

  /** Sends one byte every {@code every}, for at most a minute. */
  static Route trickle(Duration every) {
    return exchange -> {
      exchange.sendResponseHeaders(200, 1_000_000);
      OutputStream out = exchange.getResponseBody();
      for (int i = 0;
          i * every.toMillis() < 60_000 && !Thread.currentThread().isInterrupted();
          i++) {
        out.write('x');
        out.flush();
        try {
          Thread.sleep(every.toMillis());
        } catch (InterruptedException e) {
          Thread.currentThread().interrupt();
        }
      }
    };
  }

  /** Stalls before answering. */
  static Route stallBeforeHeaders() {
    return exchange -> stall();
  }

  static Route status(int status) {
    return exchange -> exchange.sendResponseHeaders(status, -1);
  }

  static Route redirect(int status, String location) {
    return exchange -> {
      exchange.getResponseHeaders().set("Location", location);
      exchange.sendResponseHeaders(status, -1);
    };
  }

  /** The i-th request gets the i-th route; later ones get the last. */
  static Route sequence(Route... routes) {
    AtomicInteger count = new AtomicInteger();
    return exchange ->
        routes[Math.min(count.getAndIncrement(), routes.length - 1)].handle(exchange);
  }

  private static void send(
      HttpExchange exchange, int status, byte[] body, int offset, int sent, long declared)
      throws IOException {
    exchange.sendResponseHeaders(status, declared);
    OutputStream out = exchange.getResponseBody();
    out.write(body, offset, sent);
    out.flush();
  }

  private static void stall() {
    try {
      Thread.sleep(LONGEST_STALL.toMillis());
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }

  @Override
  public void close() {
    server.stop(0);
    executor.shutdownNow();
  }
}
