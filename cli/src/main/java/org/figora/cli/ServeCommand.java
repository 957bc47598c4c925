package org.figora.cli;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import org.figora.server.ServerSettings;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code figora serve}: the page and the JSON API. Only options here: {@link ServeRunner} holds the
 * server types, so that the other commands never load a server class (the server and its HTTP stack
 * are in their own jar, which the launcher adds for {@code serve}).
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

  @Option(
      names = "--corpus",
      paramLabel = "[NAME=]PATH[,PATH...]",
      description =
          "A corpus to serve (repeat for several; the first is the default): record"
              + " files, folders or GMT files separated by commas, 'pfocr' or 'pfocr@YYYYMMDD'."
              + " Requests choose it by NAME (default: the release as pfocr@DATE, else the first"
              + " path's file name without extension). Default: the bundled seeds/.")
  List<String> corpora = new ArrayList<>();

  @Option(names = "--strict", description = "Fail on any unreadable figure file or GMT line.")
  boolean strict;

  @Option(
      names = "--cache-dir",
      paramLabel = "DIR",
      description = "Index cache folder (default: $XDG_CACHE_HOME/figora or ~/.cache/figora).")
  Path cacheDirectory;

  @Option(
      names = "--host",
      paramLabel = "ADDRESS",
      defaultValue = ServerSettings.DEFAULT_HOST,
      description = "Address to listen on (default: ${DEFAULT-VALUE}, this machine only).")
  String host;

  @Option(
      names = "--port",
      paramLabel = "PORT",
      defaultValue = "8080",
      description = "Port (default: ${DEFAULT-VALUE}); 0 picks a free one.")
  int port;

  @Option(
      names = "--token-file",
      paramLabel = "FILE",
      description =
          "Every request must carry 'Authorization: Bearer TOKEN', TOKEN being this"
              + " file's first line.")
  Path tokenFile;

  @Option(
      names = "--cors",
      paramLabel = "ORIGIN",
      description =
          "Let pages of this origin (e.g. https://lab.example) call the API from a"
              + " browser. Default: no CORS.")
  String cors;

  @Option(
      names = "--max-body",
      paramLabel = "BYTES",
      defaultValue = "1048576",
      description = "Largest request body (default: ${DEFAULT-VALUE}).")
  long maxBody;

  @Option(
      names = "--max-genes",
      paramLabel = "N",
      defaultValue = "20000",
      description = "Most identifiers in one list (default: ${DEFAULT-VALUE}).")
  int maxGenes;

  @Option(
      names = "--max-lists",
      paramLabel = "N",
      defaultValue = "100",
      description = "Most lists in one batch request (default: ${DEFAULT-VALUE}).")
  int maxLists;

  @Option(
      names = "--max-concurrent",
      paramLabel = "N",
      description = "Enrichments computed at once (default: the number of processors).")
  Integer maxConcurrent;

  @Option(
      names = "--max-queued",
      paramLabel = "N",
      defaultValue = "64",
      description =
          "Enrichments waiting for a worker; beyond them 503 (default:" + " ${DEFAULT-VALUE}).")
  int maxQueued;

  @Option(
      names = "--deadline",
      paramLabel = "SECONDS",
      defaultValue = "30",
      description = "Longest time for one request; beyond it 503 (default: ${DEFAULT-VALUE}).")
  double deadline;

  @Option(
      names = "--access-log",
      paramLabel = "FILE",
      description =
          "Append the access log here (default: standard error). It holds time,"
              + " method, path, status, duration and list size; never genes.")
  Path accessLog;

  @Override
  public Integer call() throws IOException {
    FigoraCommand root = (FigoraCommand) spec.root().userObject();
    try {
      return new ServeRunner(this, root, spec.commandLine().getOut(), spec.commandLine().getErr())
          .run();
    } catch (NoClassDefFoundError e) {
      if (e.getMessage() != null
          && (e.getMessage().startsWith("org/figora/server")
              || e.getMessage().startsWith("io/javalin")
              || e.getMessage().startsWith("org/eclipse"))) {
        throw new UsageException(
            "figora serve needs the server jar"
                + " (server/target/figora-server.jar) on the class path; run it through the figora"
                + " launcher, or build it with 'mvn -B package'");
      }
      throw e;
    }
  }
}
