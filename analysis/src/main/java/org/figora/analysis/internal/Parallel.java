package org.figora.analysis.internal;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Executor;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.IntFunction;
import java.util.function.Supplier;

/**
 * Runs independent tasks on the executor a caller gave the library, or on the calling thread when
 * it gave none. The library starts no threads of its own and never uses the common fork-join pool.
 * Internal: not part of figora's supported API.
 *
 * <p>The calling thread always takes part: helpers submitted to the executor and the caller take
 * tasks from one counter, and the caller waits only for tasks a running helper has taken. So a
 * saturated or single-threaded executor, or a call from one of the executor's own threads, never
 * deadlocks: at worst the caller runs every task itself.
 */
public final class Parallel {

  private Parallel() {}

  /**
   * Computes {@code task.apply(i)} for {@code i = 0 .. count - 1}.
   *
   * @param <T> the result type
   * @param executor where helpers run, or empty to run every task in order on this thread
   * @param count the number of tasks
   * @param task the task; must be safe to run concurrently with itself
   * @return the results in index order
   * @throws RuntimeException the failure of the lowest-numbered failed task, as it threw it (an
   *     {@link IOException} wrapped in {@link UncheckedIOException}); every task has finished
   */
  public static <T> List<T> map(Optional<Executor> executor, int count, IntFunction<T> task) {
    Objects.requireNonNull(task, "task");
    if (executor.isEmpty() || count <= 1) {
      List<T> results = new ArrayList<>(count);
      for (int i = 0; i < count; i++) {
        results.add(task.apply(i));
      }
      return results;
    }
    Object[] results = new Object[count];
    Throwable[] failures = new Throwable[count];
    AtomicInteger next = new AtomicInteger();
    CountDownLatch done = new CountDownLatch(count);
    Runnable worker =
        () -> {
          for (int i = next.getAndIncrement(); i < count; i = next.getAndIncrement()) {
            try {
              results[i] = task.apply(i);
            } catch (Throwable t) {
              failures[i] = t;
            } finally {
              done.countDown();
            }
          }
        };
    int helpers = Math.min(count - 1, Runtime.getRuntime().availableProcessors());
    for (int h = 0; h < helpers; h++) {
      try {
        executor.get().execute(worker);
      } catch (RejectedExecutionException e) {
        break; // the caller does the work
      }
    }
    worker.run();
    awaitUninterruptibly(done);
    for (Throwable failure : failures) {
      if (failure != null) {
        throw rethrown(failure);
      }
    }
    @SuppressWarnings("unchecked")
    List<T> list = (List<T>) Arrays.asList(results);
    return list;
  }

  /**
   * Starts a task on the executor; {@link Forked#join} runs it on the joining thread instead when
   * no executor thread has started it by then.
   *
   * @param <T> the result type
   * @param executor where the task may run, or empty to run it at {@link Forked#join}
   * @param task the task
   * @return the handle
   */
  public static <T> Forked<T> fork(Optional<Executor> executor, Supplier<T> task) {
    Forked<T> forked = new Forked<>(task);
    executor.ifPresent(
        e -> {
          try {
            e.execute(forked::runIfUnclaimed);
          } catch (RejectedExecutionException rejected) {
            // join runs it
          }
        });
    return forked;
  }

  /**
   * A task started by {@link #fork}.
   *
   * @param <T> the result type
   */
  public static final class Forked<T> {
    private final Supplier<T> task;
    private final AtomicBoolean claimed = new AtomicBoolean();
    private final CountDownLatch finished = new CountDownLatch(1);
    private T result;
    private Throwable failure;

    private Forked(Supplier<T> task) {
      this.task = task;
    }

    private void runIfUnclaimed() {
      if (claimed.compareAndSet(false, true)) {
        try {
          result = task.get();
        } catch (Throwable t) {
          failure = t;
        } finally {
          finished.countDown();
        }
      }
    }

    /**
     * Waits for the task, running it here if it has not started.
     *
     * @return its result
     * @throws RuntimeException what the task threw (an {@link IOException} wrapped in {@link
     *     UncheckedIOException})
     */
    public T join() {
      runIfUnclaimed();
      awaitUninterruptibly(finished);
      if (failure != null) {
        throw rethrown(failure);
      }
      return result;
    }
  }

  private static void awaitUninterruptibly(CountDownLatch latch) {
    boolean interrupted = false;
    while (true) {
      try {
        latch.await();
        break;
      } catch (InterruptedException e) {
        interrupted = true;
      }
    }
    if (interrupted) {
      Thread.currentThread().interrupt();
    }
  }

  private static RuntimeException rethrown(Throwable failure) {
    if (failure instanceof Error error) {
      throw error;
    }
    if (failure instanceof RuntimeException runtime) {
      return runtime;
    }
    if (failure instanceof IOException io) {
      return new UncheckedIOException(io);
    }
    return new IllegalStateException(failure);
  }
}
