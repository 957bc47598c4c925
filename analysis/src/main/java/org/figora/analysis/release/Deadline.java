package org.figora.analysis.release;

import java.time.Duration;

/**
 * When a whole fetch must have ended. The idle timeout stops a server that stops sending; the
 * deadline stops one that never stops, or sends a byte just often enough to stay under the idle
 * timeout.
 */
final class Deadline {

  private final Duration length;
  private final long endNanos;

  private Deadline(Duration length, long endNanos) {
    this.length = length;
    this.endNanos = endNanos;
  }

  /**
   * A deadline from now.
   *
   * @param length how long from now
   * @return the deadline
   */
  static Deadline after(Duration length) {
    long nanos = length.toNanos();
    long now = System.nanoTime();
    return new Deadline(length, nanos > Long.MAX_VALUE - now ? Long.MAX_VALUE : now + nanos);
  }

  /**
   * @return the time left, zero once passed
   */
  Duration remaining() {
    long left = endNanos - System.nanoTime();
    return left > 0 ? Duration.ofNanos(left) : Duration.ZERO;
  }

  /**
   * @return whether the deadline has passed
   */
  boolean passed() {
    return endNanos - System.nanoTime() <= 0;
  }

  /**
   * The failure of a fetch that ran out of time; trying again will not help.
   *
   * @param what what was being fetched, for the message
   * @return the exception
   */
  ReleaseException exceeded(String what) {
    return new ReleaseException(
        "the fetch took longer than its deadline of "
            + length.toSeconds()
            + " s ("
            + what
            + "); stopped",
        false,
        null);
  }
}
