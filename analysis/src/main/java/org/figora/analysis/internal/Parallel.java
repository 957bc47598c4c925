package org.figora.analysis.internal;

import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.Executor;
import java.util.function.IntFunction;

/**
 * Runs independent tasks on the executor a caller gave the library, or on the calling thread
 * when it gave none. The library starts no threads of its own and never uses the common
 * fork-join pool. Internal: not part of figora's supported API.
 */
public final class Parallel {

  private Parallel() {}

  /**
   * Computes {@code task.apply(i)} for {@code i = 0 .. count - 1}.
   *
   * @param <T> the result type
   * @param executor where to run the tasks, or empty to run them in order on this thread
   * @param count the number of tasks
   * @param task the task; must be safe to run concurrently with itself
   * @return the results in index order
   * @throws RuntimeException the first failure (in index order) of any task, as thrown by it;
   *     every task has finished by then
   */
  public static <T> List<T> map(Optional<Executor> executor, int count, IntFunction<T> task) {
    Objects.requireNonNull(task, "task");
    List<T> results = new ArrayList<>(count);
    if (executor.isEmpty() || count <= 1) {
      for (int i = 0; i < count; i++) {
        results.add(task.apply(i));
      }
      return results;
    }
    List<CompletableFuture<T>> futures = new ArrayList<>(count);
    for (int i = 0; i < count; i++) {
      int index = i;
      futures.add(CompletableFuture.supplyAsync(() -> task.apply(index), executor.get()));
    }
    RuntimeException failure = null;
    for (CompletableFuture<T> future : futures) {
      try {
        results.add(future.join());
      } catch (CompletionException e) {
        if (failure == null) {
          failure = unwrap(e);
        }
      }
    }
    if (failure != null) {
      throw failure;
    }
    return results;
  }

  private static RuntimeException unwrap(CompletionException e) {
    Throwable cause = e.getCause();
    if (cause instanceof Error error) {
      throw error;
    }
    if (cause instanceof RuntimeException runtime) {
      return runtime;
    }
    if (cause instanceof java.io.IOException io) {
      return new UncheckedIOException(io);
    }
    return e;
  }
}
