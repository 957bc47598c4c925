package org.figora.server;

import java.time.Duration;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Future;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.SynchronousQueue;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Runs enrichments on a fixed number of worker threads with a bounded queue: a request that finds
 * the queue full, or whose deadline passes while it waits or runs, gets 503.
 */
final class EnrichmentGate implements AutoCloseable {

  private final ThreadPoolExecutor workers;
  private volatile Runnable beforeTask = () -> {};

  EnrichmentGate(int workers, int queued) {
    BlockingQueue<Runnable> queue =
        queued == 0 ? new SynchronousQueue<>() : new ArrayBlockingQueue<>(queued);
    AtomicInteger number = new AtomicInteger();
    this.workers =
        new ThreadPoolExecutor(
            workers,
            workers,
            0,
            TimeUnit.MILLISECONDS,
            queue,
            task -> {
              Thread thread = new Thread(task, "figora-enrich-" + number.incrementAndGet());
              thread.setDaemon(true);
              return thread;
            },
            new ThreadPoolExecutor.AbortPolicy());
  }

  /** For tests: runs before each task on its worker (e.g. to hold a worker busy). */
  void beforeEachTask(Runnable hook) {
    this.beforeTask = hook;
  }

  /**
   * Runs a task within the time left.
   *
   * @param task the enrichment
   * @param timeLeft time left until the request's deadline
   * @return the task's result
   * @throws ApiException 503 when the queue is full or the deadline passes; the task's own {@link
   *     ApiException}s as they are
   */
  <T> T run(Callable<T> task, Duration timeLeft) {
    if (timeLeft.isNegative() || timeLeft.isZero()) {
      throw deadline();
    }
    Future<T> future;
    try {
      future =
          workers.submit(
              () -> {
                beforeTask.run();
                return task.call();
              });
    } catch (RejectedExecutionException e) {
      throw ApiException.unavailable(
          "the server is busy (all "
              + workers.getMaximumPoolSize()
              + " workers and the queue of "
              + (workers.getQueue().remainingCapacity() + workers.getQueue().size())
              + " are in use); retry shortly");
    }
    try {
      return future.get(timeLeft.toNanos(), TimeUnit.NANOSECONDS);
    } catch (TimeoutException e) {
      future.cancel(true);
      throw deadline();
    } catch (InterruptedException e) {
      future.cancel(true);
      Thread.currentThread().interrupt();
      throw ApiException.unavailable("the server is stopping; retry shortly");
    } catch (ExecutionException e) {
      if (e.getCause() instanceof RuntimeException runtime) {
        throw runtime;
      }
      if (e.getCause() instanceof Error error) {
        throw error;
      }
      throw new IllegalStateException(e.getCause());
    }
  }

  private static ApiException deadline() {
    return ApiException.unavailable(
        "the request did not finish within the server's deadline;"
            + " retry later or ask for less");
  }

  @Override
  public void close() {
    workers.shutdown();
  }
}
