package org.figora.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.net.URI;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.figora.analysis.gene.GeneReference;
import org.figora.analysis.release.FetchLimits;
import org.figora.analysis.release.InstalledRelease;
import org.figora.analysis.release.ReleaseException;
import org.figora.analysis.release.ReleaseFetcher;
import org.figora.analysis.release.ReleaseMetadata;
import org.figora.analysis.release.ReleaseStore;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code figora corpus}: the full PFOCR corpus, fetched and installed in the cache. */
@Command(
    name = "corpus",
    mixinStandardHelpOptions = true,
    header = "Fetch PFOCR releases and list the installed ones.",
    description = {
      "Installed releases are used with --corpus pfocr (the newest) or --corpus pfocr@YYYYMMDD.",
      ""
    },
    subcommands = {CorpusCommand.Fetch.class, CorpusCommand.ListReleases.class},
    footer = ExitCodes.FOOTER)
final class CorpusCommand extends CommandGroup {

  /** {@code figora corpus fetch}. */
  @Command(
      name = "fetch",
      mixinStandardHelpOptions = true,
      header = "Download a PFOCR release's human gene GMT and install it in the cache.",
      description = {
        "Reads the release folder's listing, downloads the human gene GMT (Entrez IDs), checks"
            + " its length, the checksum published beside it (if any) and its content, and"
            + " installs it in <cache>/releases/YYYYMMDD/. Network errors are retried; an"
            + " interrupted download resumes on the next run. A failed fetch leaves the installed"
            + " releases as they were.",
        ""
      },
      footer = {
        "%nExamples:",
        "  figora corpus fetch                      # the current release",
        "  figora corpus fetch --release 20240510   # a given release",
        "  figora enrich genes.txt --corpus pfocr   # then use it",
        "%nExit code 3 also means the release could not be fetched (network, HTTP status,"
            + " checksum) or is not a valid gene GMT.",
        ExitCodes.FOOTER
      })
  static final class Fetch implements Callable<Integer> {
    @Spec private CommandSpec spec;

    @Option(
        names = "--release",
        paramLabel = "current|YYYYMMDD",
        defaultValue = "current",
        description = "The release folder to fetch (default: ${DEFAULT-VALUE}).")
    String release;

    @Option(
        names = "--base-url",
        paramLabel = "URL",
        defaultValue = "https://data.wikipathways.org/pfocr",
        description = "Where the release folders are (default: ${DEFAULT-VALUE}).")
    URI baseUrl;

    @Option(names = "--force", description = "Download even when the release is installed.")
    boolean force;

    @Mixin private CacheFolderOption cacheFolder;

    @Option(
        names = {"-q", "--quiet"},
        description = "Show only problems on standard error.")
    boolean quiet;

    @Option(
        names = "--max-gmt-size",
        paramLabel = "SIZE",
        defaultValue = "4G",
        description = "Largest GMT downloaded, e.g. 500M or 4G (default: ${DEFAULT-VALUE}).")
    String maxGmtSize;

    @Option(
        names = "--max-listing-size",
        paramLabel = "SIZE",
        defaultValue = "16M",
        description = "Largest release listing read (default: ${DEFAULT-VALUE}).")
    String maxListingSize;

    @Option(
        names = "--max-checksum-size",
        paramLabel = "SIZE",
        defaultValue = "4M",
        description = "Largest checksum file read (default: ${DEFAULT-VALUE}).")
    String maxChecksumSize;

    @Option(
        names = "--keep-free",
        paramLabel = "SIZE",
        defaultValue = "64M",
        description =
            "Free space left on the cache's disk; the download stops before it would"
                + " use it (default: ${DEFAULT-VALUE}).")
    String keepFree;

    @Option(
        names = "--deadline",
        paramLabel = "DURATION",
        defaultValue = "2h",
        description =
            "Longest time the whole fetch may take, retries included, e.g. 30m, 2h,"
                + " 90s (default: ${DEFAULT-VALUE}); besides the 60 s idle timeout.")
    String deadline;

    /** The limits given by the options. */
    FetchLimits limits() {
      return new FetchLimits(
          size("--max-listing-size", maxListingSize),
          size("--max-checksum-size", maxChecksumSize),
          size("--max-gmt-size", maxGmtSize),
          keepFree.strip().equals("0") ? 0 : size("--keep-free", keepFree),
          duration(deadline));
    }

    private static long size(String option, String value) {
      try {
        return FetchLimits.parseSize(value);
      } catch (IllegalArgumentException e) {
        throw new UsageException(option + " " + value + ": " + e.getMessage());
      }
    }

    private static Duration duration(String value) {
      Matcher matcher = Pattern.compile("(\\d{1,9})\\s*([smh]?)").matcher(value.strip());
      if (!matcher.matches() || Long.parseLong(matcher.group(1)) == 0) {
        throw new UsageException(
            "--deadline " + value + ": expected a positive duration such as" + " 90s, 30m or 2h");
      }
      long amount = Long.parseLong(matcher.group(1));
      return switch (matcher.group(2)) {
        case "m" -> Duration.ofMinutes(amount);
        case "h" -> Duration.ofHours(amount);
        default -> Duration.ofSeconds(amount);
      };
    }

    @Override
    public Integer call() throws IOException {
      FigoraCommand root = (FigoraCommand) spec.root().userObject();
      FetchLimits limits = limits();
      if (!List.of("http", "https").contains(String.valueOf(baseUrl.getScheme()))) {
        throw new UsageException("--base-url must be an http or https URL, got " + baseUrl);
      }
      if (!release.equals("current") && !release.matches("\\d{8}")) {
        throw new UsageException(
            "--release must be 'current' or a date YYYYMMDD, got '" + release + "'");
      }
      PrintWriter err = spec.commandLine().getErr();
      ReleaseStore store = new ReleaseStore(cacheFolder.folder(root));
      FetchProgressReport progress = new FetchProgressReport(err, System.console() != null, quiet);
      ReleaseFetcher.Result result;
      try {
        result =
            ReleaseFetcher.withDefaults(store, GeneReference.bundled())
                .withLimits(limits)
                .fetch(baseUrl, release, force, progress);
      } catch (ReleaseException e) {
        throw new DataException("corpus fetch failed: " + e.getMessage());
      }
      if (!quiet) {
        err.println(summary(result));
      }
      return ExitCodes.OK;
    }

    private static String summary(ReleaseFetcher.Result result) {
      InstalledRelease release = result.release();
      ReleaseMetadata metadata = release.metadata();
      if (!result.downloaded()) {
        return "figora: PFOCR release "
            + release.release()
            + " is already installed in "
            + release.directory()
            + " (--force downloads it again)";
      }
      return "figora: installed PFOCR release "
          + release.release()
          + ": "
          + metadata.figures()
          + " figures, "
          + metadata.genes()
          + " human genes, "
          + metadata.unmappedIds()
          + " gene ID"
          + (metadata.unmappedIds() == 1 ? "" : "s")
          + " not in the reference; "
          + metadata
              .published()
              .map(c -> "checksum " + c + " verified")
              .orElse("no checksum published")
          + "; in "
          + release.directory();
    }
  }

  /** {@code figora corpus list}. */
  @Command(
      name = "list",
      mixinStandardHelpOptions = true,
      header = "List the installed PFOCR releases, newest first.",
      description = {"Prints release, figures, genes, unmapped gene IDs and the GMT's path.", ""},
      footer = {"%nExample:", "  figora corpus list", ExitCodes.FOOTER})
  static final class ListReleases implements Callable<Integer> {
    @Spec private CommandSpec spec;

    @Mixin private CacheFolderOption cacheFolder;

    @Override
    public Integer call() throws IOException {
      FigoraCommand root = (FigoraCommand) spec.root().userObject();
      ReleaseStore store = new ReleaseStore(cacheFolder.folder(root));
      List<InstalledRelease> releases = store.list();
      if (releases.isEmpty()) {
        spec.commandLine()
            .getErr()
            .println(
                "figora: no PFOCR release is installed in "
                    + store.directory()
                    + "; run 'figora corpus fetch'");
        return ExitCodes.OK;
      }
      PrintWriter out = spec.commandLine().getOut();
      out.println("release\tfigures\tgenes\tunmapped_ids\tgmt");
      for (InstalledRelease release : releases) {
        ReleaseMetadata metadata = release.metadata();
        out.println(
            release.release()
                + "\t"
                + metadata.figures()
                + "\t"
                + metadata.genes()
                + "\t"
                + metadata.unmappedIds()
                + "\t"
                + release.gmt());
      }
      out.flush();
      return ExitCodes.OK;
    }
  }
}
