package org.figora.cli;

import tech.tablesaw.api.Table;

/**
 * Starts Tablesaw on a background thread. Tablesaw's {@code Table} class scans the class path
 * when it is first used (a few hundred milliseconds in a fresh JVM); a command that will build a
 * report starts that scan at once so it overlaps with reading the gene reference and the index on
 * the other core, instead of adding to the run time.
 */
final class TablesawWarmup {

  private TablesawWarmup() {}

  /** Starts the warm-up; returns at once. Failures surface later, where Tablesaw is used. */
  static void start() {
    Thread thread = new Thread(TablesawWarmup::initialise, "figora-tablesaw-warmup");
    thread.setDaemon(true);
    thread.start();
  }

  private static void initialise() {
    try {
      Table.create("warm-up");
    } catch (RuntimeException | LinkageError e) {
      // Deliberately ignored here: the same failure is raised, and reported, where a report
      // table is built on the main thread.
      return;
    }
  }
}
