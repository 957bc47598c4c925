package org.figora.analysis.release;

import java.io.Closeable;
import java.io.IOException;
import java.net.URI;
import java.nio.file.Files;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.figora.analysis.format.InputFormatException;
import org.figora.analysis.gene.GeneReference;

/**
 * Fetches a PFOCR release and installs it in a {@link ReleaseStore}.
 *
 * <p>PFOCR publishes each release as a folder of GMT files, one per organism ({@code
 * <base>/current/}, older ones in {@code <base>/YYYYMMDD/}). A fetch reads the folder's listing,
 * picks the human gene GMT ({@link ReleaseListing#humanGeneGmt()}), downloads it into a hidden
 * partial file (resuming a partial one with a {@code Range} request), checks its length, the
 * checksum published beside it when there is one, and that it is a GMT of Entrez IDs, then installs
 * it. Network errors, stalls, short bodies and 5xx statuses are retried a bounded number of times
 * with exponential backoff. Nothing partial is ever installed: a failed fetch leaves the installed
 * releases as they were, and keeps only a partial download to resume next time.
 */
public final class ReleaseFetcher {

  /** Where PFOCR publishes its releases. */
  public static final URI DEFAULT_BASE_URL = URI.create("https://data.wikipathways.org/pfocr");

  /** The release folder that holds the newest release. */
  public static final String CURRENT = "current";

  private static final Pattern DATE_IN_NAME =
      Pattern.compile("pfocr[-_](\\d{8})[-_]", Pattern.CASE_INSENSITIVE);

  private final ReleaseStore store;
  private final GeneReference reference;
  private final Duration connectTimeout;
  private final Duration readTimeout;
  private final int attempts;
  private final Duration firstWait;
  private final FetchLimits limits;

  private ReleaseFetcher(
      ReleaseStore store,
      GeneReference reference,
      Duration connectTimeout,
      Duration readTimeout,
      int attempts,
      Duration firstWait,
      FetchLimits limits) {
    this.limits = limits;
    this.store = store;
    this.reference = reference;
    this.connectTimeout = connectTimeout;
    this.readTimeout = readTimeout;
    this.attempts = attempts;
    this.firstWait = firstWait;
  }

  /**
   * A fetcher with a 30 s connect timeout, a 60 s read timeout and 3 attempts, waiting 2 s then 4 s
   * between them.
   *
   * @param store where releases are installed
   * @param reference maps the GMT's Entrez IDs to human genes
   * @return the fetcher
   */
  public static ReleaseFetcher withDefaults(ReleaseStore store, GeneReference reference) {
    return new ReleaseFetcher(
        store,
        reference,
        Duration.ofSeconds(30),
        Duration.ofSeconds(60),
        3,
        Duration.ofSeconds(2),
        FetchLimits.DEFAULTS);
  }

  /**
   * The same fetcher with other timeouts.
   *
   * @param connect the longest wait for a connection
   * @param read the longest wait for response headers, and for any byte of a body
   * @return a new fetcher
   */
  public ReleaseFetcher withTimeouts(Duration connect, Duration read) {
    if (connect.isNegative() || connect.isZero() || read.isNegative() || read.isZero()) {
      throw new IllegalArgumentException("timeouts must be positive: " + connect + ", " + read);
    }
    return new ReleaseFetcher(store, reference, connect, read, attempts, firstWait, limits);
  }

  /**
   * The same fetcher with another retry policy.
   *
   * @param attempts attempts per transfer, at least 1
   * @param firstWait the wait after the first failure; it doubles after each further one
   * @return a new fetcher
   */
  public ReleaseFetcher withRetries(int attempts, Duration firstWait) {
    if (attempts < 1 || firstWait.isNegative()) {
      throw new IllegalArgumentException(
          "attempts must be at least 1 and the wait not negative,"
              + " got "
              + attempts
              + " and "
              + firstWait);
    }
    return new ReleaseFetcher(
        store, reference, connectTimeout, readTimeout, attempts, firstWait, limits);
  }

  /**
   * The same fetcher with other limits.
   *
   * @param limits the largest files accepted, the free space kept and the overall deadline
   * @return a new fetcher
   */
  public ReleaseFetcher withLimits(FetchLimits limits) {
    return new ReleaseFetcher(
        store,
        reference,
        connectTimeout,
        readTimeout,
        attempts,
        firstWait,
        java.util.Objects.requireNonNull(limits, "limits"));
  }

  /**
   * What a fetch did.
   *
   * @param release the installed release
   * @param downloaded false when the release was already installed and nothing was downloaded
   */
  public record Result(InstalledRelease release, boolean downloaded) {}

  /**
   * Fetches a release and installs it.
   *
   * @param baseUrl the folder holding the release folders, e.g. {@link #DEFAULT_BASE_URL}
   * @param release {@link #CURRENT} or a release date {@code YYYYMMDD}
   * @param force download even when the release is already installed
   * @param progress told what happens
   * @return the installed release
   * @throws ReleaseException when the release cannot be fetched: the message names the URL and the
   *     HTTP status or byte counts
   * @throws InputFormatException when the downloaded file is not a GMT of Entrez IDs
   * @throws IOException when the cache cannot be written
   * @throws IllegalArgumentException when {@code release} is neither form
   */
  public Result fetch(URI baseUrl, String release, boolean force, FetchProgress progress)
      throws IOException {
    checkRelease(release);
    Deadline deadline = Deadline.after(limits.deadline());
    HttpTransfer transfer = new HttpTransfer(connectTimeout, readTimeout, deadline);
    Retrier retrier = new Retrier(attempts, firstWait, readTimeout, deadline);
    URI folder = folderOf(baseUrl, release);
    HttpTransfer.Text page =
        retrier.run(folder, () -> transfer.text(folder, limits.maxListingBytes()), progress);
    ReleaseListing listing = ReleaseListing.parse(page.uri(), page.body());
    String name =
        listing
            .humanGeneGmt()
            .orElseThrow(
                () ->
                    new ReleaseException(
                        "no human gene GMT in "
                            + listing.folder()
                            + " (looked for a .gmt file whose name has"
                            + " Homo_sapiens and not chemical or chebi; listed: "
                            + listing.names()
                            + ")"));
    URI file = listing.uri(name).orElseThrow();
    // The name becomes a file in the cache: refuse it before anything is written.
    SafeFileNames.resolveInside(store.partialDirectory(), name, "the listing " + listing.folder());
    String date = releaseDate(release, name, file);
    Optional<InstalledRelease> installed = store.find(date);
    if (installed.isPresent() && !force) {
      return new Result(installed.get(), false);
    }
    Closeable lock = store.lock();
    try {
      Optional<Checksum> published =
          new PublishedChecksums(transfer, retrier, limits.maxChecksumBytes())
              .find(listing, name, progress);
      progress.selected(file, date);
      PartialDownload part = new PartialDownload(store.partialDirectory(), name);
      retrier.run(
          file,
          () ->
              transfer.download(file, part, progress, limits.maxGmtBytes(), limits.reserveBytes()),
          progress);
      return new Result(verifyAndInstall(part, file, date, name, published, progress), true);
    } finally {
      lock.close();
    }
  }

  private InstalledRelease verifyAndInstall(
      PartialDownload part,
      URI file,
      String date,
      String name,
      Optional<Checksum> published,
      FetchProgress progress)
      throws IOException {
    progress.verifying(file);
    GmtVerifier.Summary summary;
    try {
      if (published.isPresent()) {
        Checksum actual = Checksum.of(part.path(), published.get().algorithm());
        if (!actual.equals(published.get())) {
          throw new ReleaseException(
              "checksum mismatch for "
                  + file
                  + ": published "
                  + published.get()
                  + ", the "
                  + Files.size(part.path())
                  + " bytes downloaded have "
                  + actual);
        }
      }
      summary = new GmtVerifier(reference).verify(part.path(), file.toString());
    } catch (IOException | InputFormatException e) {
      part.delete(); // complete but unusable: nothing to resume
      throw e;
    }
    ReleaseMetadata metadata =
        new ReleaseMetadata(
            date,
            file,
            name,
            Files.size(part.path()),
            Checksum.of(part.path(), "SHA-256"),
            published,
            summary.figures(),
            summary.genes(),
            summary.unmappedIds(),
            Instant.now());
    InstalledRelease installed = store.install(part.path(), metadata);
    part.delete();
    return installed;
  }

  private static void checkRelease(String release) {
    if (release.equals(CURRENT)) {
      return;
    }
    if (!ReleaseStore.isReleaseDate(release) || parseDate(release).isEmpty()) {
      throw new IllegalArgumentException(
          "release must be '" + CURRENT + "' or a date YYYYMMDD," + " got '" + release + "'");
    }
  }

  private static Optional<LocalDate> parseDate(String text) {
    try {
      return Optional.of(LocalDate.parse(text, DateTimeFormatter.BASIC_ISO_DATE));
    } catch (DateTimeParseException e) {
      return Optional.empty();
    }
  }

  static URI folderOf(URI baseUrl, String release) {
    String base = baseUrl.toString();
    return URI.create(base + (base.endsWith("/") ? "" : "/") + release + "/");
  }

  /** The release date: the folder's name, or for {@code current/} the date in the GMT's name. */
  private static String releaseDate(String release, String name, URI file) throws ReleaseException {
    if (!release.equals(CURRENT)) {
      return release;
    }
    Matcher matcher = DATE_IN_NAME.matcher(name);
    if (matcher.find() && parseDate(matcher.group(1)).isPresent()) {
      return matcher.group(1);
    }
    throw new ReleaseException(
        "cannot tell the release date of "
            + file
            + ": expected a name"
            + " like pfocr-YYYYMMDD-gmt-Homo_sapiens.gmt; fetch a dated release folder instead");
  }
}
