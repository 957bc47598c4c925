package org.figora.analysis.release;

import java.net.URI;
import java.time.Duration;

/**
 * What a {@link ReleaseFetcher} reports while it works, for a progress bar or a log. Every method
 * does nothing by default; the library itself never prints.
 */
public interface FetchProgress {

  /** Reports nothing. */
  FetchProgress NONE = new FetchProgress() {};

  /**
   * The gene GMT of the release was chosen from the listing.
   *
   * @param file the GMT's URL
   * @param release the release date, {@code YYYYMMDD}
   */
  default void selected(URI file, String release) {}

  /**
   * Bytes of the GMT arrived.
   *
   * @param bytes bytes of the file on disk so far, including a resumed part
   * @param totalBytes the file's full length, or -1 when the server did not say
   */
  default void transferred(long bytes, long totalBytes) {}

  /**
   * An attempt failed for a reason that may pass; the fetcher waits, then tries again.
   *
   * @param attempt the attempt that failed, from 1
   * @param attempts how many attempts are allowed
   * @param problem what went wrong
   * @param wait how long the fetcher waits before the next attempt
   */
  default void retrying(int attempt, int attempts, String problem, Duration wait) {}

  /**
   * The download is complete and is being checked (length, checksum, GMT content).
   *
   * @param file the downloaded file's URL
   */
  default void verifying(URI file) {}
}
