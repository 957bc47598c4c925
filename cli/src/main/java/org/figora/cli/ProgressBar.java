package org.figora.cli;

import java.io.PrintWriter;
import org.figora.analysis.corpus.LoadProgress;

/** A one-line progress bar on standard error, redrawn in place; for terminals only. */
final class ProgressBar implements LoadProgress {

  private static final int WIDTH = 30;

  private final PrintWriter err;
  private final String label;
  private int lastPercent = -1;

  ProgressBar(PrintWriter err, String label) {
    this.err = err;
    this.label = label;
  }

  /**
   * A progress bar when standard error is a terminal, else silence.
   *
   * @param err standard error
   * @param label what is being done
   * @param quiet whether the user asked for no messages
   * @return the progress listener
   */
  static LoadProgress forTerminal(PrintWriter err, String label, boolean quiet) {
    return System.console() != null && !quiet ? new ProgressBar(err, label) : LoadProgress.NONE;
  }

  @Override
  public synchronized void filesRead(int filesDone, int filesTotal) {
    int percent = filesTotal == 0 ? 100 : (int) (100L * filesDone / filesTotal);
    if (percent == lastPercent) {
      return;
    }
    lastPercent = percent;
    int filled = percent * WIDTH / 100;
    err.print(
        "\r"
            + label
            + " ["
            + "#".repeat(filled)
            + " ".repeat(WIDTH - filled)
            + "] "
            + filesDone
            + "/"
            + filesTotal
            + " files");
    if (filesDone >= filesTotal) {
      err.println();
    }
    err.flush();
  }
}
