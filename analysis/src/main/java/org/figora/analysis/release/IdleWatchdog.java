package org.figora.analysis.release;

import java.io.Closeable;
import java.io.IOException;
import java.time.Duration;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicLong;

/**
 * A read timeout for a response body: the JDK client's request timeout ends when the headers
 * arrive, so a server that then stalls would block a read forever. The watchdog closes the body
 * stream when no byte arrived for the timeout, which makes the blocked read return.
 */
final class IdleWatchdog implements AutoCloseable {

  /** One daemon thread for every watchdog; it only closes streams. */
  private static final ScheduledExecutorService TIMER =
      Executors.newSingleThreadScheduledExecutor(
          r -> {
            Thread thread = new Thread(r, "figora-read-timeout");
            thread.setDaemon(true);
            return thread;
          });

  private final Closeable stream;
  private final long timeoutNanos;
  private final Deadline deadline;
  private final AtomicLong lastProgress = new AtomicLong(System.nanoTime());
  private final AtomicBoolean fired = new AtomicBoolean();
  private final ScheduledFuture<?> check;

  /**
   * Starts watching a stream.
   *
   * @param stream the body stream, closed when it stalls
   * @param timeout the longest wait for a byte
   * @param deadline when the stream is closed however fast bytes arrive
   */
  IdleWatchdog(Closeable stream, Duration timeout, Deadline deadline) {
    this.stream = stream;
    this.timeoutNanos = timeout.toNanos();
    this.deadline = deadline;
    long period = Math.max(1, timeout.toMillis() / 4);
    this.check = TIMER.scheduleAtFixedRate(this::check, period, period, TimeUnit.MILLISECONDS);
  }

  /** Notes that bytes arrived. */
  void touch() {
    lastProgress.set(System.nanoTime());
  }

  /**
   * @return whether the stream was closed because it stalled or the deadline passed
   */
  boolean fired() {
    return fired.get();
  }

  private void check() {
    boolean stalled = System.nanoTime() - lastProgress.get() > timeoutNanos;
    if ((stalled || deadline.passed()) && fired.compareAndSet(false, true)) {
      try {
        stream.close();
      } catch (IOException e) {
        // Nothing to add: the reader sees fired() and reports the timeout either way.
        return;
      }
    }
  }

  @Override
  public void close() {
    check.cancel(false);
  }
}
