package org.figora.bench;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;

/**
 * {@link ReportBenchmark}'s writes timed by the thread's CPU time rather than the wall clock, for a
 * machine shared with other work (where wall-clock medians mostly measure the wait for a core):
 * {@code java -cp benchmarks.jar org.figora.bench.ReportCpu [rounds]} prints the median CPU time of
 * each write after a warm-up and the TSV rows written per CPU second (for the report with its
 * combined rows, both tables' rows).
 */
public final class ReportCpu {

  private ReportCpu() {}

  /**
   * Runs the writes.
   *
   * @param args optional number of timed rounds (default 15)
   * @throws Exception when the data cannot be read
   */
  public static void main(String[] args) throws Exception {
    int rounds = args.length > 0 ? Integer.parseInt(args[0]) : 15;
    ReportBenchmark benchmark = new ReportBenchmark();
    benchmark.setUp();
    ThreadMXBean threads = ManagementFactory.getThreadMXBean();
    String[] names = {
      "allRowsTsv",
      "allRowsCombined",
      "allRowsTsvBytes",
      "allRowsCombinedBytes",
      "allRowsReportAndCombinedBytes",
      "allRowsReportAndCombinedBytesLaterList",
      "top50Tsv"
    };
    for (int w = 0; w < 10; w++) {
      benchmark.allRowsTsv();
      benchmark.allRowsCombined();
      benchmark.allRowsTsvBytes();
      benchmark.allRowsCombinedBytes();
      benchmark.allRowsReportAndCombinedBytes();
      benchmark.allRowsReportAndCombinedBytesLaterList();
      for (int i = 0; i < 100; i++) {
        benchmark.top50Tsv();
      }
    }
    for (String name : names) {
      long[] nanos = new long[rounds];
      for (int r = 0; r < rounds; r++) {
        long start = threads.getCurrentThreadCpuTime();
        switch (name) {
          case "allRowsTsv" -> benchmark.allRowsTsv();
          case "allRowsCombined" -> benchmark.allRowsCombined();
          case "allRowsTsvBytes" -> benchmark.allRowsTsvBytes();
          case "allRowsCombinedBytes" -> benchmark.allRowsCombinedBytes();
          case "allRowsReportAndCombinedBytes" -> benchmark.allRowsReportAndCombinedBytes();
          case "allRowsReportAndCombinedBytesLaterList" ->
              benchmark.allRowsReportAndCombinedBytesLaterList();
          default -> benchmark.top50Tsv();
        }
        nanos[r] = threads.getCurrentThreadCpuTime() - start;
      }
      java.util.Arrays.sort(nanos);
      double ms = nanos[rounds / 2] / 1e6;
      int rows =
          switch (name) {
            case "top50Tsv" -> 50;
            case "allRowsReportAndCombinedBytes", "allRowsReportAndCombinedBytesLaterList" ->
                2 * 91_428;
            default -> 91_428;
          };
      System.out.printf(
          java.util.Locale.ROOT,
          "%s: median CPU %.3f ms, %.0f rows/s%n",
          name,
          ms,
          rows / (ms / 1000));
    }
  }
}
