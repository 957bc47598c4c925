package org.figora.analysis.release;

import java.io.IOException;
import java.io.InterruptedIOException;
import java.net.ConnectException;
import java.net.URI;
import java.net.http.HttpConnectTimeoutException;
import java.net.http.HttpTimeoutException;
import java.nio.file.FileSystemException;
import java.time.Duration;

/**
 * Runs a transfer up to a bounded number of times, waiting with exponential backoff (w, 2w, 4w…)
 * after network errors, stalls, short bodies and 5xx statuses. Anything else fails at once.
 */
final class Retrier {

  /** A transfer to try. */
  @FunctionalInterface
  interface Transfer<T> {
    T run() throws IOException, InterruptedException;
  }

  private final int attempts;
  private final Duration firstWait;
  private final Duration readTimeout;

  private final Deadline deadline;

  Retrier(int attempts, Duration firstWait, Duration readTimeout, Deadline deadline) {
    this.deadline = deadline;
    this.attempts = attempts;
    this.firstWait = firstWait;
    this.readTimeout = readTimeout;
  }

  /**
   * Runs a transfer until it succeeds, fails for good, or runs out of attempts.
   *
   * @param uri the URL, for messages
   * @param transfer the transfer
   * @param progress told about each retry
   * @return what the transfer returned
   * @throws ReleaseException when the last attempt failed, saying how many were made
   * @throws IOException when a local file cannot be written
   */
  <T> T run(URI uri, Transfer<T> transfer, FetchProgress progress) throws IOException {
    for (int attempt = 1; ; attempt++) {
      try {
        return transfer.run();
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        throw new InterruptedIOException("interrupted while fetching " + uri);
      } catch (FileSystemException e) {
        throw e;
      } catch (IOException e) {
        ReleaseException failure = describe(uri, e);
        if (failure.isTransient() && deadline.passed()) {
          throw deadline.exceeded(failure.getMessage());
        }
        if (!failure.isTransient() || attempt >= attempts) {
          throw attempt == 1
              ? failure
              : new ReleaseException(
                  failure.getMessage() + " (gave up after " + attempt + " attempts)",
                  false,
                  failure);
        }
        Duration wait = firstWait.multipliedBy(1L << Math.min(attempt - 1, 20));
        if (wait.compareTo(deadline.remaining()) >= 0) {
          throw deadline.exceeded(failure.getMessage());
        }
        progress.retrying(attempt, attempts, failure.getMessage(), wait);
        sleep(wait, uri);
      }
    }
  }

  private ReleaseException describe(URI uri, IOException e) {
    if (e instanceof ReleaseException release) {
      return release;
    }
    String message;
    if (e instanceof HttpConnectTimeoutException) {
      message = "could not connect to " + uri + " (connect timeout)";
    } else if (e instanceof HttpTimeoutException) {
      message =
          "no response from " + uri + " within " + readTimeout.toMillis() + " ms (read timeout)";
    } else if (e instanceof ConnectException) {
      message = "could not connect to " + uri + ": " + e;
    } else {
      message = "transfer from " + uri + " failed: " + e;
    }
    return new ReleaseException(message, true, e);
  }

  private static void sleep(Duration wait, URI uri) throws InterruptedIOException {
    try {
      Thread.sleep(wait.toMillis());
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new InterruptedIOException("interrupted while waiting to retry " + uri);
    }
  }
}
