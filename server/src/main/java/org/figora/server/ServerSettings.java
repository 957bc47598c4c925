package org.figora.server;

import java.io.PrintStream;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * How {@code figora serve} runs.
 *
 * @param host the address to listen on ({@code 127.0.0.1} by default)
 * @param port the port; 0 picks a free one
 * @param token the bearer token every request must carry, or empty for none
 * @param corsOrigin the one origin allowed to call the API from a browser, or empty for no CORS
 * @param limits request limits
 * @param accessLog where one line per request goes
 * @param figoraVersion figora's version, written into reports
 * @param corpora the corpora served; the first is the default
 */
public record ServerSettings(
    String host,
    int port,
    Optional<String> token,
    Optional<String> corsOrigin,
    Limits limits,
    PrintStream accessLog,
    String figoraVersion,
    List<ServedCorpus> corpora) {

  /** Default address: the loopback interface only. */
  public static final String DEFAULT_HOST = "127.0.0.1";

  /** Default port. */
  public static final int DEFAULT_PORT = 8080;

  /** Checks the components. */
  public ServerSettings {
    Objects.requireNonNull(host, "host");
    Objects.requireNonNull(token, "token");
    Objects.requireNonNull(corsOrigin, "corsOrigin");
    Objects.requireNonNull(limits, "limits");
    Objects.requireNonNull(accessLog, "accessLog");
    Objects.requireNonNull(figoraVersion, "figoraVersion");
    corpora = List.copyOf(corpora);
    if (corpora.isEmpty()) {
      throw new IllegalArgumentException("no corpus to serve");
    }
    if (corpora.stream().map(ServedCorpus::name).distinct().count() != corpora.size()) {
      throw new IllegalArgumentException("two corpora have the same name");
    }
    if (port < 0 || port > 65535) {
      throw new IllegalArgumentException("port " + port + " is out of range 0-65535");
    }
  }
}
