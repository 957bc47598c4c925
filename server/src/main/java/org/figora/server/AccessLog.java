package org.figora.server;

import java.io.PrintStream;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Locale;

/**
 * One line per request: time, method, path (without the query, which may name genes), status,
 * duration and list size. Never the genes themselves.
 */
final class AccessLog {

  private final PrintStream out;

  AccessLog(PrintStream out) {
    this.out = out;
  }

  void log(String method, String path, int status, double millis, Integer identifiers) {
    String line =
        Instant.now().truncatedTo(ChronoUnit.MILLIS)
            + " "
            + method
            + " "
            + printable(path)
            + " "
            + status
            + " "
            + String.format(Locale.ROOT, "%.1fms", millis)
            + (identifiers == null ? "" : " identifiers=" + identifiers);
    synchronized (out) {
      out.println(line);
    }
  }

  /** A path as sent may hold anything: keep it on one line and short. */
  private static String printable(String path) {
    String cut = path.length() > 200 ? path.substring(0, 200) + "…" : path;
    return cut.replaceAll("[\\p{Cntrl}\\s]", "?");
  }
}
