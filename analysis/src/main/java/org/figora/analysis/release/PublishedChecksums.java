package org.figora.analysis.release;

import java.io.IOException;
import java.net.URI;
import java.util.Optional;

/** Finds the checksum published beside a release file, when there is one. */
final class PublishedChecksums {

  private final HttpTransfer transfer;
  private final Retrier retrier;
  private final long maxBytes;

  PublishedChecksums(HttpTransfer transfer, Retrier retrier, long maxBytes) {
    this.transfer = transfer;
    this.retrier = retrier;
    this.maxBytes = maxBytes;
  }

  /**
   * Reads the checksum files the listing offers for a file, best first, and returns the first
   * checksum found for it. A checksum file of that file alone ({@code NAME.md5}) must hold one; a
   * folder-wide list ({@code checksums}) may simply not mention the file.
   *
   * @param listing the release folder's listing
   * @param name the file
   * @param progress told about retries
   * @return the published checksum, or empty when none is published
   * @throws ReleaseException when a checksum file cannot be fetched, or a file's own checksum file
   *     holds no checksum
   * @throws IOException when the transfer fails otherwise
   */
  Optional<Checksum> find(ReleaseListing listing, String name, FetchProgress progress)
      throws IOException {
    for (String checksumFile : listing.checksumFilesFor(name)) {
      boolean own =
          checksumFile.length() > name.length()
              && checksumFile.regionMatches(true, 0, name, 0, name.length());
      URI uri = listing.uri(checksumFile).orElseThrow();
      String text = retrier.run(uri, () -> transfer.text(uri, maxBytes), progress).body();
      Optional<Checksum> checksum = Checksum.find(text, name, own);
      if (checksum.isPresent()) {
        return checksum;
      }
      if (own) {
        throw new ReleaseException("no checksum for " + name + " in " + uri);
      }
    }
    return Optional.empty();
  }
}
