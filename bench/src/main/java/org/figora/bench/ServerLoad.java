package org.figora.bench;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import java.util.stream.Collectors;
import org.figora.analysis.enrich.GeneList;
import org.figora.analysis.gene.GeneReference;
import org.figora.bench.synthetic.SyntheticCorpus;
import org.figora.bench.synthetic.SyntheticCorpusWriter;
import org.figora.bench.synthetic.SyntheticLists;

/**
 * Load on {@code figora serve}: closed-loop clients, each posting one synthetic 500-gene list after
 * another to {@code POST /api/v1/enrich} for JSON with the top 50 rows, and counting requests,
 * errors and latencies. Plain Java (the JDK's HTTP client), no load tool needed.
 *
 * <pre>
 *   java -cp bench/target/benchmarks.jar org.figora.bench.ServerLoad prepare DIR
 *       writes DIR/corpus.gmt (100,000 synthetic figures, seed 1) and DIR/lists/ (200 lists of
 *       500 genes from the benchmark generator, seed 3)
 *   java -cp bench/target/benchmarks.jar org.figora.bench.ServerLoad run URL DIR CLIENTS
 *       WARMUP_SECONDS SECONDS [PID [heap]]
 *       measures; with the server's PID, also the server's CPU time per request (from
 *       /proc/PID/stat), and with "heap" its heap after a full GC (jcmd) every 30 s
 * </pre>
 *
 * {@code bench/serve-load.sh} runs both against a server it starts.
 */
public final class ServerLoad {

  private static final int FIGURES = 100_000;
  private static final int LISTS = 200;

  private ServerLoad() {}

  /**
   * Prepares the data or runs the load.
   *
   * @param args see the class comment
   * @throws Exception when the data cannot be written or the run fails
   */
  public static void main(String[] args) throws Exception {
    if (args.length >= 2 && args[0].equals("prepare")) {
      prepare(Path.of(args[1]));
    } else if (args.length >= 6 && args[0].equals("run")) {
      run(
          URI.create(args[1]),
          Path.of(args[2]),
          Integer.parseInt(args[3]),
          Integer.parseInt(args[4]),
          Integer.parseInt(args[5]),
          args.length > 6 ? Long.parseLong(args[6]) : -1,
          args.length > 7 && args[7].equals("heap"));
    } else {
      System.err.println(
          "usage: ServerLoad prepare DIR | run URL DIR CLIENTS WARMUP SECONDS" + " [PID]");
      System.exit(2);
    }
  }

  private static void prepare(Path directory) throws IOException {
    Path marker = directory.resolve("complete.txt");
    String expected =
        "figures="
            + FIGURES
            + " seed="
            + BenchData.CORPUS_SEED
            + " lists="
            + LISTS
            + "x500 seed=3\n";
    if (Files.exists(marker) && Files.readString(marker).equals(expected)) {
      System.out.println("data already prepared in " + directory);
      return;
    }
    Files.createDirectories(directory);
    SyntheticCorpus corpus =
        SyntheticCorpus.generate(GeneReference.bundled(), FIGURES, BenchData.CORPUS_SEED);
    SyntheticCorpusWriter.writeGmt(corpus, directory.resolve("corpus.gmt"));
    List<GeneList> lists = SyntheticLists.generate(corpus, LISTS, 500, 500, 3);
    SyntheticCorpusWriter.writeLists(lists, directory.resolve("lists"));
    Files.writeString(marker, expected);
    System.out.println("prepared " + directory);
  }

  private static List<String> bodies(Path directory) throws IOException {
    List<Path> files;
    try (var all = Files.list(directory.resolve("lists"))) {
      files = all.filter(p -> p.toString().endsWith(".txt")).sorted().toList();
    }
    List<String> bodies = new ArrayList<>();
    for (Path file : files) {
      String genes =
          Files.readAllLines(file, StandardCharsets.UTF_8).stream()
              .map(String::strip)
              .filter(l -> !l.isEmpty() && !l.startsWith("#"))
              .map(g -> "\"" + g + "\"")
              .collect(Collectors.joining(","));
      bodies.add("{\"genes\":[" + genes + "],\"top\":50}");
    }
    return bodies;
  }

  /** Latencies and errors of one measured phase. */
  private static final class Phase {
    final long[] nanos = new long[4_000_000];
    final AtomicInteger count = new AtomicInteger();
    final AtomicInteger errors = new AtomicInteger();
    final AtomicLong firstError = new AtomicLong(-1);
    volatile String errorSample = "";
  }

  private static void run(
      URI url, Path directory, int clients, int warmup, int seconds, long pid, boolean heap)
      throws Exception {
    List<String> bodies = bodies(directory);
    URI enrich = url.resolve("/api/v1/enrich");
    HttpClient http =
        HttpClient.newBuilder()
            .version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(Duration.ofSeconds(10))
            .build();
    System.out.printf(
        Locale.ROOT,
        "%d clients, %d lists of 500 genes, JSON top 50; warm-up %d s," + " measured %d s%n",
        clients,
        bodies.size(),
        warmup,
        seconds);
    load(http, enrich, bodies, clients, warmup, null, -1);
    Phase phase = new Phase();
    long cpuBefore = pid > 0 ? cpuTicks(pid) : 0;
    load(http, enrich, bodies, clients, seconds, phase, heap ? pid : -1);
    long cpuAfter = pid > 0 ? cpuTicks(pid) : 0;
    int n = phase.count.get();
    long[] sorted = Arrays.copyOf(phase.nanos, Math.min(n, phase.nanos.length));
    Arrays.sort(sorted);
    System.out.printf(
        Locale.ROOT,
        "requests %d, errors %d, %.1f req/s; latency ms: p50 %.1f,"
            + " p90 %.1f, p99 %.1f, max %.1f%n",
        n,
        phase.errors.get(),
        n / (double) seconds,
        ms(sorted, 0.50),
        ms(sorted, 0.90),
        ms(sorted, 0.99),
        ms(sorted, 1.0));
    if (phase.errors.get() > 0) {
      System.out.println("first error: " + phase.errorSample);
    }
    if (pid > 0 && n > 0) {
      double cpuMs = (cpuAfter - cpuBefore) * 10.0 / n;
      System.out.printf(
          Locale.ROOT,
          "server CPU time %.2f ms per request (user + system, all"
              + " threads): at most %.0f req/s on %d idle cores%n",
          cpuMs,
          1000.0 * Runtime.getRuntime().availableProcessors() / cpuMs,
          Runtime.getRuntime().availableProcessors());
    }
  }

  /** The process's user and system CPU time in clock ticks (1/100 s on Linux). */
  private static long cpuTicks(long pid) throws IOException {
    String stat = Files.readString(Path.of("/proc", String.valueOf(pid), "stat"));
    String[] fields = stat.substring(stat.lastIndexOf(')') + 2).split(" ");
    return Long.parseLong(fields[11]) + Long.parseLong(fields[12]);
  }

  private static double ms(long[] sorted, double quantile) {
    if (sorted.length == 0) {
      return Double.NaN;
    }
    int index = (int) Math.min(sorted.length - 1, Math.ceil(quantile * sorted.length) - 1);
    return sorted[Math.max(0, index)] / 1e6;
  }

  private static void load(
      HttpClient http,
      URI enrich,
      List<String> bodies,
      int clients,
      int seconds,
      Phase phase,
      long pid)
      throws Exception {
    long end = System.nanoTime() + Duration.ofSeconds(seconds).toNanos();
    CountDownLatch done = new CountDownLatch(clients);
    AtomicInteger next = new AtomicInteger();
    for (int c = 0; c < clients; c++) {
      Thread client =
          new Thread(
              () -> {
                try {
                  while (System.nanoTime() < end) {
                    String body = bodies.get(Math.floorMod(next.getAndIncrement(), bodies.size()));
                    long start = System.nanoTime();
                    String failure = null;
                    try {
                      HttpResponse<String> response =
                          http.send(
                              HttpRequest.newBuilder(enrich)
                                  .header("Content-Type", "application/json")
                                  .timeout(Duration.ofSeconds(30))
                                  .POST(HttpRequest.BodyPublishers.ofString(body))
                                  .build(),
                              HttpResponse.BodyHandlers.ofString());
                      if (response.statusCode() != 200
                          || !response.body().contains("\"results\"")) {
                        failure =
                            response.statusCode()
                                + " "
                                + response
                                    .body()
                                    .substring(0, Math.min(200, response.body().length()));
                      }
                    } catch (IOException e) {
                      failure = e.toString();
                    }
                    long elapsed = System.nanoTime() - start;
                    if (phase != null) {
                      int i = phase.count.getAndIncrement();
                      if (i < phase.nanos.length) {
                        phase.nanos[i] = elapsed;
                      }
                      if (failure != null && phase.errors.getAndIncrement() == 0) {
                        phase.errorSample = failure;
                      }
                    }
                  }
                } catch (InterruptedException e) {
                  Thread.currentThread().interrupt();
                } finally {
                  done.countDown();
                }
              },
              "load-client-" + c);
      client.setDaemon(true);
      client.start();
    }
    if (pid > 0) {
      long started = System.nanoTime();
      while (!done.await(30, java.util.concurrent.TimeUnit.SECONDS)) {
        System.out.printf(
            Locale.ROOT,
            "  %4d s: %d requests, old generation after full GC %s%n",
            Duration.ofNanos(System.nanoTime() - started).toSeconds(),
            phase == null ? 0 : phase.count.get(),
            heapAfterGc(pid));
      }
      System.out.printf(Locale.ROOT, "  end: old generation after full GC %s%n", heapAfterGc(pid));
    } else {
      done.await();
    }
  }

  /**
   * The server's old generation after a full collection (the live data: a full collection of the
   * parallel or serial collector leaves every live object there), from {@code jcmd}. The young
   * generation is left out: under load it fills again between the two commands.
   */
  private static String heapAfterGc(long pid) {
    try {
      exec("jcmd", String.valueOf(pid), "GC.run");
      String info = exec("jcmd", String.valueOf(pid), "GC.heap_info");
      long usedKb = 0;
      for (String line : info.split("\n")) {
        java.util.regex.Matcher m =
            java.util.regex.Pattern.compile(
                    "^\\s*(ParOldGen|tenured generation)\\s+total \\d+K, used (\\d+)K")
                .matcher(line);
        if (m.find()) {
          usedKb += Long.parseLong(m.group(2));
        }
      }
      return String.format(Locale.ROOT, "%.1f MB", usedKb / 1024.0);
    } catch (IOException | InterruptedException e) {
      return "unknown (" + e.getMessage() + ")";
    }
  }

  private static String exec(String... command) throws IOException, InterruptedException {
    Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
    String out = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    process.waitFor();
    return out;
  }
}
