package org.figora.cli;

import java.io.PrintWriter;
import java.net.URI;
import java.time.Duration;
import java.util.Locale;
import org.figora.analysis.release.FetchProgress;

/**
 * Shows a fetch on standard error: a progress bar redrawn in place on a terminal, and otherwise (a
 * log, a pipe) one line per event (the file chosen, each retry), never per byte.
 */
final class FetchProgressReport implements FetchProgress {

  private static final int BAR_WIDTH = 30;
  private static final long REDRAW_NANOS = 100_000_000L;

  private final PrintWriter err;
  private final boolean terminal;
  private final boolean quiet;
  private long lastDraw;
  private boolean drawn;

  /**
   * Creates the report.
   *
   * @param err standard error
   * @param terminal whether standard error is a terminal (the bar is drawn only there)
   * @param quiet show nothing but retries
   */
  FetchProgressReport(PrintWriter err, boolean terminal, boolean quiet) {
    this.err = err;
    this.terminal = terminal && !quiet;
    this.quiet = quiet;
  }

  @Override
  public void selected(URI file, String release) {
    if (!quiet) {
      err.println("figora: release " + release + ": downloading " + file);
    }
  }

  @Override
  public void transferred(long bytes, long totalBytes) {
    long now = System.nanoTime();
    boolean done = totalBytes >= 0 && bytes >= totalBytes;
    if (!terminal || (!done && drawn && now - lastDraw < REDRAW_NANOS)) {
      return;
    }
    lastDraw = now;
    drawn = true;
    err.print("\r" + bar(bytes, totalBytes));
    err.flush();
  }

  static String bar(long bytes, long totalBytes) {
    if (totalBytes <= 0) {
      return String.format(Locale.ROOT, "figora: %.1f MB", bytes / 1e6);
    }
    int filled = (int) (BAR_WIDTH * Math.min(1.0, (double) bytes / totalBytes));
    return String.format(
        Locale.ROOT,
        "figora: [%s%s] %3d%% %.1f of %.1f MB",
        "#".repeat(filled),
        ".".repeat(BAR_WIDTH - filled),
        100 * bytes / totalBytes,
        bytes / 1e6,
        totalBytes / 1e6);
  }

  @Override
  public void retrying(int attempt, int attempts, String problem, Duration wait) {
    endLine();
    err.printf(
        Locale.ROOT,
        "figora: %s; attempt %d of %d failed, trying again in %.1f s%n",
        problem,
        attempt,
        attempts,
        wait.toMillis() / 1000.0);
  }

  @Override
  public void verifying(URI file) {
    endLine();
  }

  private void endLine() {
    if (drawn) {
      err.println();
      drawn = false;
    }
  }
}
