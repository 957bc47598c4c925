package org.figora.server;

import java.util.Objects;
import org.figora.analysis.index.LoadedIndex;

/**
 * A corpus the server was started with, chosen by requests by its name. Requests never name files
 * on the server.
 *
 * @param name the name requests use, e.g. {@code seeds} or {@code pfocr@20240510}
 * @param description the corpus as the command line describes it in reports (paths or release)
 * @param release the PFOCR release date, or empty when the corpus is not an installed release
 * @param loaded the loaded index
 */
public record ServedCorpus(String name, String description, String release, LoadedIndex loaded) {

  /** Checks the components. */
  public ServedCorpus {
    Objects.requireNonNull(name, "name");
    Objects.requireNonNull(description, "description");
    Objects.requireNonNull(release, "release");
    Objects.requireNonNull(loaded, "loaded");
    if (!name.matches("[A-Za-z0-9][A-Za-z0-9._@-]{0,63}")) {
      throw new IllegalArgumentException(
          "corpus name '" + name + "': use letters, digits and" + " . _ @ - (at most 64)");
    }
  }
}
