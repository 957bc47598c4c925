package org.figora.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Collectors;
import org.figora.analysis.corpus.LoadIssue;
import org.figora.analysis.corpus.LoadReport;
import org.figora.analysis.gene.GeneReference;
import org.figora.analysis.index.IndexStore;
import org.figora.analysis.index.LoadedIndex;
import picocli.CommandLine.Option;

/** Options choosing the corpus of figures and its index cache; mixed into every command. */
final class CorpusOptions {

  /** Issues printed before "… and N more". */
  private static final int SHOWN_ISSUES = 10;

  @Option(
      names = "--corpus",
      arity = "1..*",
      paramLabel = "PATH",
      description = "Figure records, folders of them, or GMT files (default: the bundled seeds/).")
  List<Path> corpus;

  @Option(names = "--strict", description = "Fail on any unreadable figure file or GMT line.")
  boolean strict;

  @Option(
      names = "--cache-dir",
      paramLabel = "DIR",
      description = "Index cache folder (default: $XDG_CACHE_HOME/figora or ~/.cache/figora).")
  Path cacheDirectory;

  /** @return the corpus paths: as given, or the bundled seeds */
  List<Path> paths(FigoraCommand root) {
    return corpus == null || corpus.isEmpty() ? List.of(root.defaultCorpus()) : corpus;
  }

  /** @return a description of the corpus for reports */
  String describe(FigoraCommand root) {
    return paths(root).stream().map(Path::toString).collect(Collectors.joining(", "));
  }

  /** @return the index store to use */
  IndexStore store(FigoraCommand root, GeneReference reference) {
    Path directory = cacheDirectory != null ? cacheDirectory
        : IndexStore.defaultDirectory(root.environment());
    return new IndexStore(directory, reference);
  }

  /**
   * Opens the index of the corpus (from the cache when valid) and reports the load on standard
   * error.
   */
  LoadedIndex open(FigoraCommand root, GeneReference reference, PrintWriter err, boolean quiet)
      throws IOException {
    LoadedIndex loaded = store(root, reference).open(paths(root), strict);
    report(loaded, err, quiet);
    return loaded;
  }

  /** Prints what loading the corpus found: summary, skipped files, cache problems. */
  static void report(LoadedIndex loaded, PrintWriter err, boolean quiet) {
    LoadReport report = loaded.index().corpus().report();
    if (!quiet) {
      err.println("figora: corpus: " + report.summary()
          + (loaded.fromCache() ? " (index cache)" : ""));
    }
    List<LoadIssue> skipped = report.skipped();
    for (int i = 0; i < Math.min(SHOWN_ISSUES, skipped.size()); i++) {
      err.println("figora: skipped " + skipped.get(i));
    }
    if (skipped.size() > SHOWN_ISSUES) {
      err.println("figora: … and " + (skipped.size() - SHOWN_ISSUES)
          + " more skipped (figora index info lists them all)");
    }
    loaded.cacheProblem().ifPresent(problem -> err.println("figora: warning: " + problem));
  }
}
