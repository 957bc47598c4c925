package org.figora.cli;

import java.util.concurrent.Executor;
import java.util.concurrent.ForkJoinPool;

/**
 * The command line's threads: one pool with a thread per core, made on first use and given to the
 * library (which starts none of its own) for building indexes and running batches. Its threads are
 * daemons, so the process ends when {@code main} returns.
 */
final class CliThreads {

  private CliThreads() {}

  /** Holds the pool, made when first asked for. */
  private static final class Holder {
    static final ForkJoinPool POOL = new ForkJoinPool(Runtime.getRuntime().availableProcessors());
  }

  /**
   * @return the pool
   */
  static Executor pool() {
    return Holder.POOL;
  }
}
