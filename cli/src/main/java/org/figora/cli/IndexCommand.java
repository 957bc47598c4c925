package org.figora.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.figora.analysis.FigureCorpus;
import org.figora.analysis.corpus.LoadIssue;
import org.figora.analysis.corpus.LoadReport;
import org.figora.analysis.gene.GeneReference;
import org.figora.analysis.index.IndexStore;
import org.figora.analysis.index.LoadedIndex;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/** {@code figora index}: the index cache. */
@Command(
    name = "index",
    mixinStandardHelpOptions = true,
    header = "Build, inspect or clear the corpus index cache.",
    subcommands = {IndexCommand.Build.class, IndexCommand.Info.class, IndexCommand.Clean.class},
    footer = ExitCodes.FOOTER)
final class IndexCommand extends CommandGroup {

  /** {@code figora index build}. */
  @Command(
      name = "build",
      mixinStandardHelpOptions = true,
      header = "Parse the corpus and write its index cache, replacing any cached one.",
      footer = {"%nExample:", "  figora index build --corpus pfocr-records/", ExitCodes.FOOTER})
  static final class Build implements Callable<Integer> {
    @Spec private CommandSpec spec;
    @Mixin private CorpusOptions corpusOptions;

    @Mixin private QuietOption quiet;

    @Override
    public Integer call() throws IOException {
      FigoraCommand root = (FigoraCommand) spec.root().userObject();
      PrintWriter err = spec.commandLine().getErr();
      long start = System.nanoTime();
      LoadedIndex loaded =
          corpusOptions
              .store(root, GeneReference.bundled())
              .withProgress(ProgressBar.forTerminal(err, "figora: reading", quiet.on()))
              .rebuild(corpusOptions.paths(root), corpusOptions.strict);
      CorpusOptions.report(loaded, err, quiet.on());
      if (!quiet.on()) {
        err.printf(
            "figora: index built in %.2f s%s%n",
            (System.nanoTime() - start) / 1e9,
            loaded.cacheFile().map(f -> ", cached at " + f).orElse(""));
      }
      return loaded.cacheFile().isPresent() ? ExitCodes.OK : ExitCodes.DATA;
    }
  }

  /** {@code figora index info}. */
  @Command(
      name = "info",
      mixinStandardHelpOptions = true,
      header = "Show what the index of a corpus holds, and everything skipped while loading.",
      footer = {"%nExample:", "  figora index info", ExitCodes.FOOTER})
  static final class Info implements Callable<Integer> {
    @Spec private CommandSpec spec;
    @Mixin private CorpusOptions corpusOptions;

    @Override
    public Integer call() throws IOException {
      FigoraCommand root = (FigoraCommand) spec.root().userObject();
      GeneReference reference = GeneReference.bundled();
      FigureCorpus corpus =
          corpusOptions.openCorpus(root, reference, spec.commandLine().getErr(), true);
      LoadedIndex loaded = corpus.loaded();
      PrintWriter out = spec.commandLine().getOut();
      LoadReport report = loaded.index().corpus().report();
      out.println("corpus: " + corpus.description());
      out.println("content: " + corpus.index().contentDigest());
      out.println("figures: " + loaded.index().figureCount());
      out.println("human genes: " + loaded.index().geneCount());
      out.println("files read: " + report.filesRead());
      out.println("fingerprint: " + loaded.fingerprint());
      out.println("reference: " + reference.sourceDescription());
      out.println(
          "cache: "
              + loaded.cacheFile().map(f -> f + sizeOf(f)).orElse("none")
              + (loaded.fromCache() ? " (used)" : " (built now)"));
      out.println(
          "GMT gene tokens mapped from previous symbols or aliases: " + report.renamedGeneTokens());
      out.println("GMT gene tokens dropped (no human gene): " + report.droppedGeneTokens());
      out.println("skipped: " + report.skipped().size());
      for (LoadIssue issue : report.skipped()) {
        out.println("  " + issue);
      }
      out.println("warnings: " + report.warnings().size());
      for (LoadIssue issue : report.warnings()) {
        out.println("  " + issue);
      }
      out.flush();
      return ExitCodes.OK;
    }

    private static String sizeOf(java.nio.file.Path file) {
      try {
        return " (" + Files.size(file) / 1024 + " KiB)";
      } catch (IOException e) {
        return " (size unknown: " + e.getMessage() + ")";
      }
    }
  }

  /** {@code figora index clean}. */
  @Command(
      name = "clean",
      mixinStandardHelpOptions = true,
      header = "Remove every index cache from the cache folder; each is built again when needed.",
      description = {
        "Removes the index caches of every corpus (also of corpora moved or deleted, and of"
            + " other figora versions) and temporary files left by killed runs. Installed PFOCR"
            + " releases and other files in the folder stay."
      },
      footer = {"%nExample:", "  figora index clean", ExitCodes.FOOTER})
  static final class Clean implements Callable<Integer> {
    @Spec private CommandSpec spec;

    @Mixin private CacheFolderOption cacheFolder;

    @Mixin private QuietOption quiet;

    @Override
    public Integer call() throws IOException {
      FigoraCommand root = (FigoraCommand) spec.root().userObject();
      Path folder = cacheFolder.folder(root);
      IndexStore.Removed removed = IndexStore.removeCaches(folder);
      if (!quiet.on()) {
        spec.commandLine()
            .getErr()
            .printf(
                Locale.ROOT,
                "figora: removed %d index cache%s (%.1f MB) and %d abandoned temporary file%s"
                    + " from %s%n",
                removed.caches(),
                removed.caches() == 1 ? "" : "s",
                removed.bytes() / 1e6,
                removed.abandoned(),
                removed.abandoned() == 1 ? "" : "s",
                folder);
      }
      return ExitCodes.OK;
    }
  }
}
