package org.figora.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.figora.analysis.FigureCorpus;
import org.figora.analysis.corpus.LoadIssue;
import org.figora.analysis.corpus.LoadReport;
import org.figora.analysis.gene.GeneReference;
import org.figora.analysis.index.IndexStore;
import org.figora.analysis.index.LoadedIndex;
import org.figora.analysis.release.ReleaseStore;
import picocli.CommandLine.Option;

/** Options choosing the corpus of figures and its index cache; mixed into every command. */
final class CorpusOptions {

  /** Issues printed before "… and N more". */
  private static final int SHOWN_ISSUES = 10;

  @Option(
      names = "--corpus",
      split = ",",
      paramLabel = "PATH",
      description =
          "A figure record, a folder of them, or a GMT file; 'pfocr' for the newest"
              + " installed PFOCR release, 'pfocr@YYYYMMDD' for a given one (figora corpus fetch"
              + " installs them; write ./pfocr for a folder of that name). One value per use:"
              + " repeat the option (--corpus a --corpus b) or separate paths with commas."
              + " Default: the bundled seeds/.")
  List<Path> corpus;

  @Option(names = "--strict", description = "Fail on any unreadable figure file or GMT line.")
  boolean strict;

  @Option(
      names = "--cache-dir",
      paramLabel = "DIR",
      description = "Index cache folder (default: $XDG_CACHE_HOME/figora or ~/.cache/figora).")
  Path cacheDirectory;

  /**
   * @return the corpus arguments as given, or the bundled seeds when none is given
   */
  List<String> arguments(FigoraCommand root) {
    if (corpus == null || corpus.isEmpty()) {
      return List.of(root.defaultCorpus().toString());
    }
    return corpus.stream().map(Path::toString).toList();
  }

  /**
   * The corpus paths: as given, with {@code pfocr} and {@code pfocr@YYYYMMDD} replaced by the
   * installed release's GMT; or the bundled seeds.
   *
   * @throws IOException when a named release is not installed (a ReleaseException)
   * @throws UsageException when {@code pfocr@} is not followed by a date
   */
  List<Path> paths(FigoraCommand root) throws IOException {
    ReleaseStore releases = new ReleaseStore(cacheDirectory(root, cacheDirectory));
    List<Path> paths = new ArrayList<>();
    for (String argument : arguments(root)) {
      paths.add(
          ReleaseStore.namesRelease(argument)
              ? usage(() -> releases.resolve(argument)).gmt()
              : Path.of(argument));
    }
    return paths;
  }

  /** The library's opener with these options. */
  FigureCorpus.Opener opener(FigoraCommand root, GeneReference reference) {
    return FigureCorpus.opener()
        .withCacheDirectory(cacheDirectory(root, cacheDirectory))
        .withReference(reference)
        .withStrict(strict)
        .withExecutor(CliThreads.pool());
  }

  /**
   * Opens the corpus (its index from the cache when valid) and reports the load on standard error.
   */
  FigureCorpus openCorpus(
      FigoraCommand root, GeneReference reference, PrintWriter err, boolean quiet)
      throws IOException {
    FigureCorpus opened = usage(() -> opener(root, reference).open(arguments(root)));
    report(opened.loaded(), err, quiet);
    return opened;
  }

  /** A library call whose IllegalArgumentException is a bad --corpus value. */
  private static <T> T usage(IoCall<T> call) throws IOException {
    try {
      return call.get();
    } catch (IllegalArgumentException e) {
      throw new UsageException("--corpus: " + e.getMessage());
    }
  }

  /** A call that may fail with an IOException. */
  @FunctionalInterface
  private interface IoCall<T> {
    T get() throws IOException;
  }

  /**
   * The cache folder: the option's value, else {@code $XDG_CACHE_HOME/figora} or {@code
   * ~/.cache/figora}.
   */
  static Path cacheDirectory(FigoraCommand root, Path option) {
    return option != null ? option : IndexStore.defaultDirectory(root.environment());
  }

  /**
   * @return the index store to use
   */
  IndexStore store(FigoraCommand root, GeneReference reference) {
    return new IndexStore(cacheDirectory(root, cacheDirectory), reference)
        .withExecutor(CliThreads.pool());
  }

  /**
   * Opens the index of the corpus (from the cache when valid) and reports the load on standard
   * error.
   */
  LoadedIndex open(FigoraCommand root, GeneReference reference, PrintWriter err, boolean quiet)
      throws IOException {
    return openCorpus(root, reference, err, quiet).loaded();
  }

  /** Prints what loading the corpus found: summary, skipped files, cache problems. */
  static void report(LoadedIndex loaded, PrintWriter err, boolean quiet) {
    LoadReport report = loaded.index().corpus().report();
    if (!quiet) {
      err.println(
          "figora: corpus: " + report.summary() + (loaded.fromCache() ? " (index cache)" : ""));
    }
    List<LoadIssue> skipped = report.skipped();
    for (int i = 0; i < Math.min(SHOWN_ISSUES, skipped.size()); i++) {
      err.println("figora: skipped " + skipped.get(i));
    }
    if (skipped.size() > SHOWN_ISSUES) {
      err.println(
          "figora: … and "
              + (skipped.size() - SHOWN_ISSUES)
              + " more skipped (figora index info lists them all)");
    }
    loaded.cacheProblem().ifPresent(problem -> err.println("figora: warning: " + problem));
  }
}
