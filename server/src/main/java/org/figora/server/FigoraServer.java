package org.figora.server;

import com.fasterxml.jackson.databind.JsonNode;
import io.javalin.Javalin;
import io.javalin.config.JavalinConfig;
import io.javalin.http.Context;
import io.javalin.http.HttpResponseException;
import io.javalin.http.HttpStatus;
import java.io.BufferedWriter;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStreamWriter;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.net.InetAddress;
import java.net.URLDecoder;
import java.net.UnknownHostException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import org.eclipse.jetty.server.HttpConnectionFactory;
import org.eclipse.jetty.server.ServerConnector;
import org.eclipse.jetty.server.handler.GracefulHandler;
import org.eclipse.jetty.util.thread.QueuedThreadPool;
import org.figora.analysis.figure.Figure;
import org.figora.analysis.gene.GeneReference;
import org.figora.analysis.input.ResolvedGeneList;
import org.figora.analysis.input.ResolvedIdentifier;
import org.figora.analysis.report.ReportFormat;

/**
 * {@code figora serve}: the page and the JSON API over corpora loaded once. Start it with {@link
 * #start}; {@link #stop} finishes the requests in flight before the server closes.
 */
public final class FigoraServer {

  /** How long {@link #stop} waits for requests in flight. */
  public static final Duration GRACE = Duration.ofSeconds(30);

  private static final String STARTED = "figora.started";
  private static final String COUNTED = "figora.counted";
  private static final String IDENTIFIERS = "figora.identifiers";

  private final ServerSettings settings;
  private final Enrichments enrichments;
  private final EnrichmentGate gate;
  private final ResultStore results = new ResultStore(500);
  private final Optional<BearerToken> token;
  private final AccessLog accessLog;
  private final Map<String, byte[]> statics = new LinkedHashMap<>();
  private final AtomicBoolean stopping = new AtomicBoolean();
  private final CountDownLatch stopped = new CountDownLatch(1);
  private final Object flight = new Object();
  private int inFlight;
  private Javalin app;
  private ServerConnector connector;

  private FigoraServer(ServerSettings settings, GeneReference reference) {
    this.settings = settings;
    this.enrichments = new Enrichments(reference, settings.corpora(), settings.figoraVersion());
    this.gate =
        new EnrichmentGate(settings.limits().maxConcurrent(), settings.limits().maxQueued());
    this.token = settings.token().map(BearerToken::new);
    this.accessLog = new AccessLog(settings.accessLog());
    for (String name : List.of("figora.js", "figora.css", "openapi.json")) {
      statics.put(name, resource(name));
    }
  }

  /**
   * Starts a server.
   *
   * @param settings how to run
   * @param reference the gene reference the corpora were loaded with
   * @return the running server
   */
  public static FigoraServer start(ServerSettings settings, GeneReference reference) {
    FigoraServer server = new FigoraServer(settings, reference);
    server.app = Javalin.create(server::configure).start();
    return server;
  }

  /**
   * What to say at start-up about the settings: another address than loopback, and no token there.
   *
   * @param settings the settings
   * @return the warnings, possibly none
   */
  public static List<String> warnings(ServerSettings settings) {
    List<String> warnings = new ArrayList<>();
    boolean loopback;
    try {
      loopback = InetAddress.getByName(settings.host()).isLoopbackAddress();
    } catch (UnknownHostException e) {
      loopback = false;
    }
    if (!loopback) {
      warnings.add(
          "listening on "
              + settings.host()
              + ", not only this machine: anyone who"
              + " can reach it can use the server");
      if (settings.token().isEmpty()) {
        warnings.add(
            "NO TOKEN: every machine that reaches "
                + settings.host()
                + " can run"
                + " analyses without authentication; use --token-file FILE");
      }
    }
    return warnings;
  }

  /**
   * @return the port the server listens on (the one picked for port 0)
   */
  public int port() {
    return connector.getLocalPort();
  }

  /**
   * @return the page's URL
   */
  public String url() {
    String host = settings.host().contains(":") ? "[" + settings.host() + "]" : settings.host();
    return "http://" + host + ":" + port() + "/";
  }

  /**
   * Stops the server: new requests get 503, requests in flight finish (at most {@link #GRACE}),
   * then the server closes. Safe to call more than once and from several threads.
   */
  public void stop() {
    if (!stopping.compareAndSet(false, true)) {
      awaitStop();
      return;
    }
    long end = System.nanoTime() + GRACE.toNanos();
    synchronized (flight) {
      while (inFlight > 0 && System.nanoTime() < end) {
        try {
          flight.wait(Math.max(1, TimeUnit.NANOSECONDS.toMillis(end - System.nanoTime())));
        } catch (InterruptedException e) {
          Thread.currentThread().interrupt();
          break;
        }
      }
    }
    app.stop();
    gate.close();
    stopped.countDown();
  }

  /** Waits until the server has stopped. */
  public void awaitStop() {
    try {
      stopped.await();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }

  /**
   * @return requests being handled now (for tests)
   */
  int inFlight() {
    synchronized (flight) {
      return inFlight;
    }
  }

  /**
   * @return whether {@link #stop} has begun
   */
  boolean stopping() {
    return stopping.get();
  }

  /**
   * @return the enrichment workers (for tests)
   */
  EnrichmentGate gate() {
    return gate;
  }

  private void configure(JavalinConfig config) {
    config.startup.showJavalinBanner = false;
    config.startup.showOldJavalinVersionWarning = false;
    config.http.maxRequestSize = settings.limits().maxBodyBytes();
    config.http.defaultContentType = "application/json";
    config.http.generateEtags = false;
    config.router.ignoreTrailingSlashes = false;
    QueuedThreadPool threads =
        new QueuedThreadPool(Math.max(32, 4 * settings.limits().maxConcurrent() + 16), 4);
    threads.setName("figora-http");
    config.jetty.threadPool = threads;
    // Jetty's graceful stop: requests it is still handling (responses not yet sent) finish
    // before the connectors close. Javalin puts its handler inside this wrapper.
    config.jetty.modifyServer(
        server -> {
          server.setHandler(new GracefulHandler());
          server.setStopTimeout(GRACE.toMillis());
        });
    config.jetty.modifyHttpConfiguration(
        http -> {
          http.setSendServerVersion(false);
          http.setSendXPoweredBy(false);
        });
    config.jetty.addConnector(
        (server, http) -> {
          ServerConnector c = new ServerConnector(server, new HttpConnectionFactory(http));
          c.setHost(settings.host());
          c.setPort(settings.port());
          c.setIdleTimeout(Duration.ofSeconds(30).toMillis());
          connector = c;
          return c;
        });
    settings
        .corsOrigin()
        .ifPresent(
            origin ->
                config.bundledPlugins.enableCors(
                    cors ->
                        cors.addRule(
                            rule -> {
                              rule.allowHost(origin);
                              rule.exposeHeader("Retry-After");
                            })));
    config.requestLogger.http(this::finished);
    config.routes.before(this::admit);
    config.routes.exception(
        ApiException.class, (e, ctx) -> error(ctx, e.status(), e.getMessage(), e.retryable()));
    config.routes.exception(
        HttpResponseException.class,
        (e, ctx) ->
            error(
                ctx,
                e.getStatus(),
                switch (e.getStatus()) {
                  case 404 -> "no such page or endpoint: " + ctx.method() + " " + ctx.path();
                  case 405 -> "method " + ctx.method() + " is not allowed on " + ctx.path();
                  case 413 ->
                      "the request body is larger than this server accepts ("
                          + settings.limits().maxBodyBytes()
                          + " bytes)";
                  default -> describe(e.getStatus());
                },
                false));
    config.routes.exception(
        Exception.class,
        (e, ctx) -> {
          System.err.println(
              "figora: internal error on " + ctx.method() + " " + ctx.path() + ": " + e);
          e.printStackTrace();
          error(ctx, 500, "internal error; the server's log has the details", false);
        });
    config.routes.error(
        404,
        ctx -> {
          if (ctx.attribute("figora.error") == null) {
            error(ctx, 404, "no such page or endpoint: " + ctx.method() + " " + ctx.path(), false);
          }
        });
    config.routes.error(
        405,
        ctx -> {
          if (ctx.attribute("figora.error") == null) {
            error(ctx, 405, "method " + ctx.method() + " is not allowed on " + ctx.path(), false);
          }
        });
    config.routes.get("/", ctx -> page(ctx, Pages.index(settings.corpora(), settings.limits())));
    config.routes.post("/report", this::formReport);
    config.routes.get("/results/{id}", this::resultPage);
    config.routes.get("/results/{id}/{file}", this::download);
    config.routes.get("/figures/{figid}", this::figurePage);
    config.routes.get(
        "/static/figora.js",
        ctx -> bytes(ctx, "text/javascript; charset=utf-8", statics.get("figora.js")));
    config.routes.get(
        "/static/figora.css",
        ctx -> bytes(ctx, "text/css; charset=utf-8", statics.get("figora.css")));
    config.routes.get(
        "/healthz",
        ctx -> {
          Map<String, Object> health = new LinkedHashMap<>();
          health.put("status", "ok");
          health.put("in_flight", inFlight());
          json(ctx, health);
        });
    config.routes.get(
        "/api/v1/openapi.json", ctx -> bytes(ctx, "application/json", statics.get("openapi.json")));
    config.routes.get("/api/v1/corpora", this::corpora);
    config.routes.post("/api/v1/enrich", this::enrich);
    config.routes.post("/api/v1/enrich/batch", this::batch);
    config.routes.get("/api/v1/figures", this::figures);
    config.routes.get("/api/v1/figures/{figid}", this::figure);
    config.routes.post("/api/v1/genes/resolve", this::resolveGenes);
  }

  // ---- every request ----

  private void admit(Context ctx) {
    ctx.attribute(STARTED, System.nanoTime());
    synchronized (flight) {
      inFlight++;
    }
    ctx.attribute(COUNTED, Boolean.TRUE);
    ctx.header("X-Content-Type-Options", "nosniff");
    ctx.header("Referrer-Policy", "no-referrer");
    ctx.header("X-Frame-Options", "DENY");
    ctx.header("Content-Security-Policy", ContentSecurity.NONE);
    ctx.header("Cache-Control", "no-store");
    if (stopping.get()) {
      throw ApiException.unavailable("the server is stopping");
    }
    boolean preflight = ctx.method().name().equals("OPTIONS") && settings.corsOrigin().isPresent();
    if (token.isPresent()
        && !preflight
        && !ctx.path().equals("/healthz")
        && !token.get().accepts(ctx.header("Authorization"))) {
      ctx.header("WWW-Authenticate", "Bearer realm=\"figora\"");
      throw ApiException.unauthorized("this server needs 'Authorization: Bearer <token>'");
    }
  }

  private void finished(Context ctx, Float millis) {
    Integer identifiers = ctx.attribute(IDENTIFIERS);
    accessLog.log(
        ctx.method().name(),
        ctx.path(),
        ctx.statusCode(),
        millis == null ? 0 : millis,
        identifiers);
    if (ctx.attribute(COUNTED) != null) {
      synchronized (flight) {
        inFlight--;
        flight.notifyAll();
      }
    }
  }

  private void error(Context ctx, int status, String message, boolean retryable) {
    ctx.attribute("figora.error", Boolean.TRUE);
    ctx.status(status);
    if (retryable) {
      ctx.header("Retry-After", stopping.get() ? "5" : "1");
    }
    if (wantsPage(ctx)) {
      page(ctx, Pages.error(status, message));
      ctx.status(status);
      return;
    }
    Map<String, Object> body = new LinkedHashMap<>();
    body.put("error", message);
    body.put("status", status);
    bytes(ctx, "application/json", Json.bytes(body));
  }

  /** Errors of the page's own routes are pages when a browser asks; the API answers JSON. */
  private static boolean wantsPage(Context ctx) {
    String path = ctx.path();
    String accept = ctx.header("Accept");
    return !path.startsWith("/api/")
        && !path.equals("/healthz")
        && accept != null
        && accept.contains("text/html");
  }

  private static String describe(int status) {
    HttpStatus known = HttpStatus.forStatus(status);
    return known == HttpStatus.UNKNOWN
        ? "error " + status
        : known.getMessage().toLowerCase(Locale.ROOT);
  }

  // ---- the API ----

  private void corpora(Context ctx) {
    List<Map<String, Object>> list = new ArrayList<>();
    for (ServedCorpus corpus : settings.corpora()) {
      Map<String, Object> item = new LinkedHashMap<>();
      item.put("name", corpus.name());
      item.put("description", corpus.description());
      item.put("release", corpus.release().isEmpty() ? null : corpus.release());
      item.put("fingerprint", corpus.loaded().fingerprint());
      item.put("figures", corpus.loaded().index().figureCount());
      item.put("genes", corpus.loaded().index().geneCount());
      list.add(item);
    }
    Map<String, Object> body = new LinkedHashMap<>();
    body.put("default", settings.corpora().get(0).name());
    body.put("reference", enrichments.reference().sourceDescription());
    body.put("corpora", list);
    json(ctx, body);
  }

  private void enrich(Context ctx) {
    ReportFormat format = format(ctx, List.of(ReportFormat.values()));
    EnrichRequest request = EnrichRequest.single(Json.parse(body(ctx)), settings.limits());
    Enrichments.Report report = gate.run(() -> enrichments.run(request), timeLeft(ctx));
    ctx.attribute(IDENTIFIERS, report.input().identifiers().size());
    stream(ctx, contentType(format), out -> report.write(format, out));
  }

  private void batch(Context ctx) {
    ReportFormat format =
        format(ctx, List.of(ReportFormat.JSON, ReportFormat.TSV, ReportFormat.CSV));
    List<EnrichRequest> requests = EnrichRequest.batch(Json.parse(body(ctx)), settings.limits());
    List<Enrichments.Report> reports = gate.run(() -> enrichments.runAll(requests), timeLeft(ctx));
    ctx.attribute(
        IDENTIFIERS, reports.stream().mapToInt(r -> r.input().identifiers().size()).sum());
    stream(
        ctx,
        contentType(format),
        out -> {
          if (format == ReportFormat.JSON) {
            out.write("{\"results\": [\n");
            for (int i = 0; i < reports.size(); i++) {
              if (i > 0) {
                out.write(",\n");
              }
              reports.get(i).write(ReportFormat.JSON, out);
            }
            out.write("]}\n");
          } else {
            Enrichments.combined(reports, format == ReportFormat.CSV ? ',' : '\t', out);
          }
        });
  }

  private void figures(Context ctx) {
    ServedCorpus corpus = enrichments.corpus(Optional.ofNullable(ctx.queryParam("corpus")));
    List<String> genes =
        ctx.queryParams("gene").stream().map(g -> g.strip().toUpperCase(Locale.ROOT)).toList();
    List<String> words =
        Optional.ofNullable(ctx.queryParam("q"))
            .map(q -> List.of(q.toLowerCase(Locale.ROOT).strip().split("\\s+")))
            .orElse(List.of())
            .stream()
            .filter(w -> !w.isEmpty())
            .toList();
    int limit = intParam(ctx, "limit", 100, 1, 1000);
    List<Map<String, Object>> found = new ArrayList<>();
    int matched = 0;
    for (Figure f : corpus.loaded().index().corpus().figures()) {
      if (!f.humanGenes().containsAll(genes)) {
        continue;
      }
      if (!words.isEmpty()) {
        String text = (f.title() + " " + f.caption()).toLowerCase(Locale.ROOT);
        if (!words.stream().allMatch(text::contains)) {
          continue;
        }
      }
      matched++;
      if (found.size() < limit) {
        Map<String, Object> item = new LinkedHashMap<>();
        item.put("figid", f.figid());
        item.put("title", f.title());
        item.put("year", f.year().isPresent() ? f.year().getAsInt() : null);
        item.put("pmcid", f.pmcid());
        item.put("human_genes", f.humanGenes().size());
        item.put("pfocr_url", f.pageUrl());
        found.add(item);
      }
    }
    Map<String, Object> body = new LinkedHashMap<>();
    body.put("corpus", corpus.name());
    body.put("matched", matched);
    body.put("figures", found);
    json(ctx, body);
  }

  private void figure(Context ctx) {
    ServedCorpus corpus = enrichments.corpus(Optional.ofNullable(ctx.queryParam("corpus")));
    Figure f = findFigure(corpus, ctx.pathParam("figid"));
    Map<String, Object> body = new LinkedHashMap<>();
    Pages.fields(f).forEach(body::put);
    body.put("year", f.year().isPresent() ? f.year().getAsInt() : null);
    body.put("organisms", f.organisms());
    body.put("caption", f.caption());
    body.put("human_genes", f.humanGenes());
    body.put("other_keywords", f.otherKeywords());
    body.put("figure_url", f.figureUrl());
    body.put("pfocr_url", f.pageUrl());
    body.put("corpus", corpus.name());
    json(ctx, body);
  }

  private static Figure findFigure(ServedCorpus corpus, String figid) {
    return corpus
        .loaded()
        .index()
        .corpus()
        .figure(figid)
        .orElseThrow(
            () ->
                ApiException.notFound(
                    "no figure '"
                        + (figid.length() > 100 ? figid.substring(0, 100) + "…" : figid)
                        + "' in corpus "
                        + corpus.name()));
  }

  private void resolveGenes(Context ctx) {
    JsonNode json = Json.parse(body(ctx));
    if (!json.isObject() || json.size() != 1 || !json.has("genes")) {
      throw ApiException.badRequest("send {\"genes\": [identifiers...]}");
    }
    EnrichRequest request = EnrichRequest.single(json, settings.limits());
    ResolvedGeneList list = enrichments.resolve(request);
    ctx.attribute(IDENTIFIERS, list.identifiers().size());
    List<Map<String, Object>> rows = new ArrayList<>();
    for (ResolvedIdentifier id : list.identifiers()) {
      Map<String, Object> row = new LinkedHashMap<>();
      row.put("input", id.input());
      row.put("kind", id.kind().name().toLowerCase(Locale.ROOT).replace('_', '-'));
      row.put("symbols", id.symbols());
      row.put("duplicate", id.duplicate());
      rows.add(row);
    }
    Map<String, Object> body = new LinkedHashMap<>();
    body.put("summary", list.summary());
    body.put("symbols", list.symbols());
    body.put("identifiers", rows);
    json(ctx, body);
  }

  // ---- the page ----

  private void formReport(Context ctx) {
    EnrichRequest request = EnrichRequest.form(form(ctx), settings.limits());
    Enrichments.Report report = gate.run(() -> enrichments.run(request), timeLeft(ctx));
    ctx.attribute(IDENTIFIERS, report.input().identifiers().size());
    String id = results.put(request);
    ctx.redirect("/results/" + id, HttpStatus.SEE_OTHER);
  }

  private Enrichments.Report stored(Context ctx) {
    String id = ctx.pathParam("id");
    EnrichRequest request =
        results
            .get(id)
            .orElseThrow(
                () ->
                    ApiException.notFound(
                        "this result is no longer kept on the server (it keeps the latest 500); submit the"
                            + " list again"));
    return gate.run(() -> enrichments.run(request), timeLeft(ctx));
  }

  private void resultPage(Context ctx) {
    Enrichments.Report report = stored(ctx);
    StringWriter html = new StringWriter();
    try {
      report.write(ReportFormat.HTML, html);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    page(
        ctx,
        Pages.result(
            html.toString(), ctx.pathParam("id"), report.input(), report.provenanceCorpus()));
  }

  private void download(Context ctx) {
    String file = ctx.pathParam("file");
    ReportFormat format = null;
    for (ReportFormat f : ReportFormat.values()) {
      if (file.equals("report." + Pages.downloadExtension(f))) {
        format = f;
      }
    }
    if (format == null) {
      throw ApiException.notFound("no such download: " + file);
    }
    Enrichments.Report report = stored(ctx);
    String base = report.input().name().replaceAll("[^A-Za-z0-9._-]", "_");
    ctx.header(
        "Content-Disposition",
        "attachment; filename=\"" + base + "." + Pages.downloadExtension(format) + "\"");
    ReportFormat chosen = format;
    stream(ctx, contentType(format), out -> report.write(chosen, out));
  }

  private void figurePage(Context ctx) {
    ServedCorpus corpus = enrichments.corpus(Optional.ofNullable(ctx.queryParam("corpus")));
    page(ctx, Pages.figure(findFigure(corpus, ctx.pathParam("figid")), corpus));
  }

  // ---- helpers ----

  private Duration timeLeft(Context ctx) {
    long started = ctx.attribute(STARTED);
    return settings.limits().deadline().minusNanos(System.nanoTime() - started);
  }

  /** Reads the body, refusing more than the limit whatever Content-Length says. */
  private byte[] body(Context ctx) {
    long max = settings.limits().maxBodyBytes();
    long declared = ctx.req().getContentLengthLong();
    if (declared > max) {
      throw tooLarge();
    }
    try (InputStream in = ctx.req().getInputStream()) {
      ByteArrayOutputStream out = new ByteArrayOutputStream(declared > 0 ? (int) declared : 8192);
      byte[] buffer = new byte[8192];
      long total = 0;
      for (int n = in.read(buffer); n >= 0; n = in.read(buffer)) {
        total += n;
        if (total > max) {
          throw tooLarge();
        }
        out.write(buffer, 0, n);
      }
      return out.toByteArray();
    } catch (IOException e) {
      throw ApiException.badRequest("the request body could not be read");
    }
  }

  private ApiException tooLarge() {
    return ApiException.tooLarge(
        "the request body is larger than this server accepts ("
            + settings.limits().maxBodyBytes()
            + " bytes)");
  }

  private Map<String, String> form(Context ctx) {
    String type = ctx.contentType();
    if (type == null
        || !type.toLowerCase(Locale.ROOT).startsWith("application/x-www-form-urlencoded")) {
      throw ApiException.badRequest(
          "the form must be sent as" + " application/x-www-form-urlencoded");
    }
    Map<String, String> fields = new LinkedHashMap<>();
    String text = new String(body(ctx), StandardCharsets.UTF_8);
    for (String pair : text.split("&")) {
      if (pair.isEmpty()) {
        continue;
      }
      int eq = pair.indexOf('=');
      try {
        String name =
            URLDecoder.decode(eq < 0 ? pair : pair.substring(0, eq), StandardCharsets.UTF_8);
        String value =
            eq < 0 ? "" : URLDecoder.decode(pair.substring(eq + 1), StandardCharsets.UTF_8);
        fields.put(name, value);
      } catch (IllegalArgumentException e) {
        throw ApiException.badRequest("the form is not correctly encoded");
      }
    }
    return fields;
  }

  private static ReportFormat format(Context ctx, List<ReportFormat> allowed) {
    String name = ctx.queryParam("format");
    if (name == null) {
      return ReportFormat.JSON;
    }
    for (ReportFormat format : allowed) {
      if (format.optionName().equals(name)) {
        return format;
      }
    }
    throw ApiException.badRequest(
        "'format' must be one of "
            + String.join(", ", allowed.stream().map(ReportFormat::optionName).toList()));
  }

  private static int intParam(Context ctx, String name, int otherwise, int min, int max) {
    String value = ctx.queryParam(name);
    if (value == null) {
      return otherwise;
    }
    try {
      int number = Integer.parseInt(value);
      if (number >= min && number <= max) {
        return number;
      }
    } catch (NumberFormatException e) {
      // reported below
    }
    throw ApiException.badRequest(
        "'" + name + "' must be a whole number from " + min + " to " + max);
  }

  private static String contentType(ReportFormat format) {
    return switch (format) {
      case JSON -> "application/json";
      case HTML -> "text/html; charset=utf-8";
      case CSV -> "text/csv; charset=utf-8";
      case MD -> "text/markdown; charset=utf-8";
      case TSV, CLUSTERPROFILER -> "text/tab-separated-values; charset=utf-8";
    };
  }

  /** Text written straight to the response, so a large report is never held whole. */
  @FunctionalInterface
  private interface Content {
    void writeTo(Writer out) throws IOException;
  }

  private static void stream(Context ctx, String type, Content content) {
    ctx.contentType(type);
    if (type.startsWith("text/html")) {
      StringWriter html = new StringWriter();
      try {
        content.writeTo(html);
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
      page(ctx, html.toString());
      return;
    }
    try {
      Writer out =
          new BufferedWriter(
              new OutputStreamWriter(ctx.outputStream(), StandardCharsets.UTF_8), 1 << 16);
      content.writeTo(out);
      out.flush();
    } catch (IOException e) {
      // The client went away; nothing to answer.
    }
  }

  private static void page(Context ctx, String html) {
    ctx.header("Content-Security-Policy", ContentSecurity.forPage(html));
    ctx.contentType("text/html; charset=utf-8");
    ctx.result(html.getBytes(StandardCharsets.UTF_8));
  }

  private static void json(Context ctx, Object value) {
    bytes(ctx, "application/json", Json.bytes(value));
  }

  private static void bytes(Context ctx, String type, byte[] bytes) {
    ctx.contentType(type);
    ctx.result(bytes);
  }

  private static byte[] resource(String name) {
    try (InputStream in = FigoraServer.class.getResourceAsStream(name)) {
      if (in == null) {
        throw new IllegalStateException("missing resource " + name);
      }
      return in.readAllBytes();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
