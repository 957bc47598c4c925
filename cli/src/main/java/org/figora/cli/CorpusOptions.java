package org.figora.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;
import org.figora.analysis.corpus.LoadIssue;
import org.figora.analysis.corpus.LoadReport;
import org.figora.analysis.gene.GeneReference;
import org.figora.analysis.index.IndexStore;
import org.figora.analysis.index.LoadedIndex;
import org.figora.analysis.release.InstalledRelease;
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
      description = "A figure record, a folder of them, or a GMT file; 'pfocr' for the newest"
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
   * The corpus paths: as given, with {@code pfocr} and {@code pfocr@YYYYMMDD} replaced by the
   * installed release's GMT; or the bundled seeds.
   *
   * @throws DataException when a named release is not installed
   * @throws UsageException when {@code pfocr@} is not followed by a date
   */
  List<Path> paths(FigoraCommand root) {
    if (corpus == null || corpus.isEmpty()) {
      return List.of(root.defaultCorpus());
    }
    List<Path> paths = new ArrayList<>();
    for (Path path : corpus) {
      paths.add(releaseName(path).map(r -> release(root, r).gmt()).orElse(path));
    }
    return paths;
  }

  /** @return a description of the corpus for reports, naming releases as pfocr@YYYYMMDD */
  String describe(FigoraCommand root) {
    if (corpus == null || corpus.isEmpty()) {
      return root.defaultCorpus().toString();
    }
    return corpus.stream()
        .map(p -> releaseName(p).map(r -> "pfocr@" + release(root, r).release())
            .orElse(p.toString()))
        .collect(Collectors.joining(", "));
  }

  /**
   * The release a corpus path names.
   *
   * @return empty for a path; "" for {@code pfocr} (the newest); the date for {@code pfocr@DATE}
   */
  private static Optional<String> releaseName(Path path) {
    String text = path.toString();
    if (text.equals("pfocr")) {
      return Optional.of("");
    }
    if (!text.startsWith("pfocr@")) {
      return Optional.empty();
    }
    String date = text.substring("pfocr@".length());
    if (!ReleaseStore.isReleaseDate(date)) {
      throw new UsageException("--corpus pfocr@DATE needs a release date YYYYMMDD, got '"
          + text + "'");
    }
    return Optional.of(date);
  }

  private InstalledRelease release(FigoraCommand root, String date) {
    ReleaseStore store = new ReleaseStore(cacheDirectory(root, cacheDirectory));
    try {
      List<InstalledRelease> installed = store.list();
      Optional<InstalledRelease> found = date.isEmpty() ? installed.stream().findFirst()
          : installed.stream().filter(r -> r.release().equals(date)).findFirst();
      return found.orElseThrow(() -> notInstalled(store, date, installed));
    } catch (IOException e) {
      throw new DataException("cannot list the installed PFOCR releases in " + store.directory()
          + ": " + e.getMessage());
    }
  }

  private static DataException notInstalled(ReleaseStore store, String date,
      List<InstalledRelease> installed) {
    if (installed.isEmpty()) {
      return new DataException("no PFOCR release is installed (looked in " + store.directory()
          + "); run 'figora corpus fetch" + (date.isEmpty() ? "" : " --release " + date)
          + "' first, or pass --corpus PATH");
    }
    return new DataException("PFOCR release " + date + " is not installed (installed: "
        + installed.stream().map(InstalledRelease::release).collect(Collectors.joining(", "))
        + "); run 'figora corpus fetch --release " + date + "'");
  }

  /**
   * The cache folder: the option's value, else {@code $XDG_CACHE_HOME/figora} or
   * {@code ~/.cache/figora}.
   */
  static Path cacheDirectory(FigoraCommand root, Path option) {
    return option != null ? option : IndexStore.defaultDirectory(root.environment());
  }

  /** @return the index store to use */
  IndexStore store(FigoraCommand root, GeneReference reference) {
    return new IndexStore(cacheDirectory(root, cacheDirectory), reference);
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
