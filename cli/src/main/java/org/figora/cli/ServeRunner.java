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
import org.figora.analysis.FigureCorpus;
import org.figora.analysis.gene.GeneReference;
import org.figora.analysis.index.LoadedIndex;
import org.figora.server.FigoraServer;
import org.figora.server.Limits;
import org.figora.server.ServedCorpus;
import org.figora.server.ServerSettings;

/** Runs {@code figora serve} with the options of a {@link ServeCommand}. */
final class ServeRunner {

  private final ServeCommand options;
  private final FigoraCommand root;
  private final PrintWriter out;
  private final PrintWriter err;

  ServeRunner(ServeCommand options, FigoraCommand root, PrintWriter out, PrintWriter err) {
    this.options = options;
    this.root = root;
    this.out = out;
    this.err = err;
  }

  /** Loads the corpora, starts the server and waits until it has stopped. */
  int run() throws IOException {
    Limits limits = limits();
    Optional<String> token = token();
    GeneReference reference = GeneReference.bundled();
    List<ServedCorpus> served = new ArrayList<>();
    for (String corpus : options.corpora.isEmpty() ? List.of("") : options.corpora) {
      served.add(open(corpus, reference));
    }
    PrintStream log =
        options.accessLog == null
            ? System.err
            : new PrintStream(
                new FileOutputStream(options.accessLog.toFile(), true),
                true,
                StandardCharsets.UTF_8);
    ServerSettings settings;
    try {
      settings =
          new ServerSettings(
              options.host,
              options.port,
              token,
              Optional.ofNullable(options.cors),
              limits,
              log,
              VersionProvider.version(),
              served);
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
        throw new UsageException(
            "cannot listen on "
                + options.host
                + ":"
                + options.port
                + ": the address is in use or not this machine's; choose another --port or --host");
      }
      throw e;
    }
    Runtime.getRuntime()
        .addShutdownHook(
            new Thread(
                () -> {
                  err.println("figora: stopping; finishing the requests in flight");
                  err.flush();
                  server.stop();
                },
                "figora-stop"));
    out.println(
        "figora: serving "
            + String.join(
                ", ",
                served.stream()
                    .map(c -> c.name() + " (" + c.loaded().index().figureCount() + " figures)")
                    .toList())
            + " at "
            + server.url());
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
      return new Limits(
          options.maxBody,
          options.maxGenes,
          options.maxLists,
          options.maxConcurrent != null
              ? options.maxConcurrent
              : Runtime.getRuntime().availableProcessors(),
          options.maxQueued,
          Duration.ofMillis(Math.round(options.deadline * 1000)));
    } catch (IllegalArgumentException e) {
      throw new UsageException(
          "--max-body, --max-genes, --max-lists, --max-concurrent and"
              + " --deadline must be positive and --max-queued at least 0");
    }
  }

  private Optional<String> token() throws IOException {
    if (options.tokenFile == null) {
      return Optional.empty();
    }
    if (!Files.isRegularFile(options.tokenFile)) {
      throw new DataException(options.tokenFile + ": no such token file");
    }
    List<String> lines = Files.readAllLines(options.tokenFile, StandardCharsets.UTF_8);
    String token = lines.isEmpty() ? "" : lines.get(0).strip();
    if (token.length() < 16) {
      throw new DataException(
          options.tokenFile
              + ": the token (first line) must have at least"
              + " 16"
              + " characters");
    }
    return Optional.of(token);
  }

  /** Opens one {@code [NAME=]PATH[,PATH...]} corpus through the command line's corpus options. */
  private ServedCorpus open(String spec, GeneReference reference) throws IOException {
    int eq = spec.indexOf('=');
    String name = eq > 0 ? spec.substring(0, eq) : null;
    String paths = eq > 0 ? spec.substring(eq + 1) : spec;
    CorpusOptions corpusOptions = new CorpusOptions();
    corpusOptions.strict = options.strict;
    corpusOptions.cacheDirectory = options.cacheDirectory;
    if (!paths.isEmpty()) {
      corpusOptions.corpus = new ArrayList<>();
      for (String path : paths.split(",")) {
        if (path.isBlank()) {
          throw new UsageException("--corpus " + spec + ": an empty path");
        }
        corpusOptions.corpus.add(Path.of(path.strip()));
      }
    }
    FigureCorpus opened = corpusOptions.openCorpus(root, reference, err, false);
    String description = opened.description();
    boolean release = opened.release().isPresent() && !description.contains(",");
    if (name == null) {
      name = release ? description : baseName(corpusOptions.paths(root).get(0));
    }
    LoadedIndex loaded = opened.loaded();
    try {
      return new ServedCorpus(
          name,
          release ? description : name,
          release ? description.substring("pfocr@".length()) : "",
          loaded);
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
