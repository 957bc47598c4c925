package org.figora.cli;

import java.io.FileOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.io.PrintWriter;
import java.net.BindException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;
import org.figora.analysis.gene.GeneReference;
import org.figora.analysis.index.LoadedIndex;
import org.figora.server.FigoraServer;
import org.figora.server.Limits;
import org.figora.server.ServedCorpus;
import org.figora.server.ServerSettings;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code figora serve}: the page and the JSON API. Its fields hold no server types, so that the
 * other commands never load the HTTP server's classes.
 */
@Command(
    name = "serve",
    mixinStandardHelpOptions = true,
    header = "Serve a web page and a JSON API for enrichment over HTTP.",
    description = {
      "Loads the corpora once (through the same index cache as the other commands), then"
          + " serves until stopped (Ctrl-C or SIGTERM finish the requests in flight). The page"
          + " is at the printed URL; the API is described at /api/v1/openapi.json. Listens on"
          + " 127.0.0.1 only unless --host says otherwise.",
      ""
    },
    footer = {
      "%nExamples:",
      "  figora serve                                   # the bundled seeds on port 8080",
      "  figora serve --port 0                          # a free port, printed",
      "  figora serve --corpus pfocr --corpus seeds     # two corpora, chosen by name",
      "  figora serve --host 0.0.0.0 --token-file token.txt --corpus lab=pfocr@20240510",
      ExitCodes.FOOTER
    })
final class ServeCommand implements Callable<Integer> {

  @Spec private CommandSpec spec;

  @Option(names = "--corpus", paramLabel = "[NAME=]PATH[,PATH...]",
      description = "A corpus to serve (repeat for several; the first is the default): record"
          + " files, folders or GMT files separated by commas, 'pfocr' or 'pfocr@YYYYMMDD'."
          + " Requests choose it by NAME (default: the release as pfocr@DATE, else the first"
          + " path's file name without extension). Default: the bundled seeds/.")
  List<String> corpora = new ArrayList<>();

  @Option(names = "--strict", description = "Fail on any unreadable figure file or GMT line.")
  boolean strict;

  @Option(names = "--cache-dir", paramLabel = "DIR",
      description = "Index cache folder (default: $XDG_CACHE_HOME/figora or ~/.cache/figora).")
  Path cacheDirectory;

  @Option(names = "--host", paramLabel = "ADDRESS", defaultValue = ServerSettings.DEFAULT_HOST,
      description = "Address to listen on (default: ${DEFAULT-VALUE}, this machine only).")
  String host;

  @Option(names = "--port", paramLabel = "PORT", defaultValue = "8080",
      description = "Port (default: ${DEFAULT-VALUE}); 0 picks a free one.")
  int port;

  @Option(names = "--token-file", paramLabel = "FILE",
      description = "Every request must carry 'Authorization: Bearer TOKEN', TOKEN being this"
          + " file's first line.")
  Path tokenFile;

  @Option(names = "--cors", paramLabel = "ORIGIN",
      description = "Let pages of this origin (e.g. https://lab.example) call the API from a"
          + " browser. Default: no CORS.")
  String cors;

  @Option(names = "--max-body", paramLabel = "BYTES", defaultValue = "1048576",
      description = "Largest request body (default: ${DEFAULT-VALUE}).")
  long maxBody;

  @Option(names = "--max-genes", paramLabel = "N", defaultValue = "20000",
      description = "Most identifiers in one list (default: ${DEFAULT-VALUE}).")
  int maxGenes;

  @Option(names = "--max-lists", paramLabel = "N", defaultValue = "100",
      description = "Most lists in one batch request (default: ${DEFAULT-VALUE}).")
  int maxLists;

  @Option(names = "--max-concurrent", paramLabel = "N",
      description = "Enrichments computed at once (default: the number of processors).")
  Integer maxConcurrent;

  @Option(names = "--max-queued", paramLabel = "N", defaultValue = "64",
      description = "Enrichments waiting for a worker; beyond them 503 (default:"
          + " ${DEFAULT-VALUE}).")
  int maxQueued;

  @Option(names = "--deadline", paramLabel = "SECONDS", defaultValue = "30",
      description = "Longest time for one request; beyond it 503 (default: ${DEFAULT-VALUE}).")
  double deadline;

  @Option(names = "--access-log", paramLabel = "FILE",
      description = "Append the access log here (default: standard error). It holds time,"
          + " method, path, status, duration and list size; never genes.")
  Path accessLog;

  @Override
  public Integer call() throws IOException {
    FigoraCommand root = (FigoraCommand) spec.root().userObject();
    PrintWriter out = spec.commandLine().getOut();
    PrintWriter err = spec.commandLine().getErr();
    Limits limits = limits();
    Optional<String> token = token();
    GeneReference reference = GeneReference.bundled();
    List<ServedCorpus> served = new ArrayList<>();
    for (String corpus : corpora.isEmpty() ? List.of("") : corpora) {
      served.add(open(root, corpus, reference, err));
    }
    PrintStream log = accessLog == null ? System.err
        : new PrintStream(new FileOutputStream(accessLog.toFile(), true), true,
            StandardCharsets.UTF_8);
    ServerSettings settings;
    try {
      settings = new ServerSettings(host, port, token, Optional.ofNullable(cors), limits, log,
          VersionProvider.version(), served);
    } catch (IllegalArgumentException e) {
      throw new UsageException(e.getMessage());
    }
    FigoraServer.warnings(settings).forEach(w -> err.println("figora: WARNING: " + w));
    err.flush();
    FigoraServer server;
    try {
      server = FigoraServer.start(settings, reference);
    } catch (RuntimeException e) {
      if (causedByBind(e)) {
        throw new UsageException("cannot listen on " + host + ":" + port + ": the address is"
            + " in use or not this machine's; choose another --port or --host");
      }
      throw e;
    }
    Runtime.getRuntime().addShutdownHook(new Thread(() -> {
      err.println("figora: stopping; finishing the requests in flight");
      err.flush();
      server.stop();
    }, "figora-stop"));
    out.println("figora: serving " + String.join(", ", served.stream().map(c -> c.name() + " ("
        + c.loaded().index().figureCount() + " figures)").toList()) + " at " + server.url());
    out.flush();
    server.awaitStop();
    return ExitCodes.OK;
  }

  private static boolean causedByBind(Throwable e) {
    for (Throwable t = e; t != null; t = t.getCause()) {
      if (t instanceof BindException) {
        return true;
      }
    }
    return false;
  }

  private Limits limits() {
    try {
      return new Limits(maxBody, maxGenes, maxLists, maxConcurrent != null ? maxConcurrent
          : Runtime.getRuntime().availableProcessors(), maxQueued,
          Duration.ofMillis(Math.round(deadline * 1000)));
    } catch (IllegalArgumentException e) {
      throw new UsageException("--max-body, --max-genes, --max-lists, --max-concurrent and"
          + " --deadline must be positive and --max-queued at least 0");
    }
  }

  private Optional<String> token() throws IOException {
    if (tokenFile == null) {
      return Optional.empty();
    }
    if (!Files.isRegularFile(tokenFile)) {
      throw new DataException(tokenFile + ": no such token file");
    }
    List<String> lines = Files.readAllLines(tokenFile, StandardCharsets.UTF_8);
    String token = lines.isEmpty() ? "" : lines.get(0).strip();
    if (token.length() < 16) {
      throw new DataException(tokenFile + ": the token (first line) must have at least 16"
          + " characters");
    }
    return Optional.of(token);
  }

  /** Opens one {@code [NAME=]PATH[,PATH...]} corpus through the command line's corpus options. */
  private ServedCorpus open(FigoraCommand root, String spec, GeneReference reference,
      PrintWriter err) throws IOException {
    int eq = spec.indexOf('=');
    String name = eq > 0 ? spec.substring(0, eq) : null;
    String paths = eq > 0 ? spec.substring(eq + 1) : spec;
    CorpusOptions options = new CorpusOptions();
    options.strict = strict;
    options.cacheDirectory = cacheDirectory;
    if (!paths.isEmpty()) {
      options.corpus = new ArrayList<>();
      for (String path : paths.split(",")) {
        if (path.isBlank()) {
          throw new UsageException("--corpus " + spec + ": an empty path");
        }
        options.corpus.add(Path.of(path.strip()));
      }
    }
    String description = options.describe(root);
    boolean release = description.startsWith("pfocr@") && !description.contains(",");
    if (name == null) {
      name = release ? description : baseName(options.paths(root).get(0));
    }
    LoadedIndex loaded = options.open(root, reference, err, false);
    try {
      return new ServedCorpus(name, release ? description : name,
          release ? description.substring("pfocr@".length()) : "", loaded);
    } catch (IllegalArgumentException e) {
      throw new UsageException("--corpus " + spec + ": " + e.getMessage());
    }
  }

  private static String baseName(Path path) {
    Path file = path.toAbsolutePath().normalize().getFileName();
    String name = file == null ? "corpus" : file.toString();
    int dot = name.lastIndexOf('.');
    return (dot > 0 ? name.substring(0, dot) : name).replaceAll("[^A-Za-z0-9._@-]", "_");
  }
}
