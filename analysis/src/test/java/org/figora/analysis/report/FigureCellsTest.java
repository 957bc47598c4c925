package org.figora.analysis.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNotSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A batch writer keeps each figure's own cells (id, title, links, citation) once encoded; its
 * output must be the bytes of the same reports written one at a time without it, whatever came
 * through it before: the hostile titles of the golden cases (formulas, quotes, tabs, line breaks,
 * non-ASCII), and reports of other indexes whose figures have the same numbers but other text.
 */
class FigureCellsTest {

  private static final String LABEL = "list \"a\", é\t1";

  /** Every golden case, each read twice: two indexes with the same figure numbers. */
  private static List<Report> reports() throws IOException, URISyntaxException {
    Path folder =
        Path.of(FigureCellsTest.class.getResource("/org/figora/analysis/report/golden").toURI());
    List<Path> inputs;
    try (Stream<Path> files = Files.list(folder)) {
      inputs = files.filter(p -> p.toString().endsWith(".input")).sorted().toList();
    }
    assertTrue(inputs.size() >= 5, "golden inputs: " + inputs);
    List<Report> reports = new ArrayList<>();
    for (Path input : inputs) {
      reports.add(GoldenCase.read(input));
    }
    for (Path input : inputs) {
      reports.add(GoldenCase.read(input));
    }
    return reports;
  }

  @Test
  void aBatchWriterWritesTheBytesOfEachReportWrittenAlone() throws Exception {
    List<Report> reports = reports();
    assertNotSame(reports.get(0).rows().get(0).figure(), reportOfSameCase(reports).figure());
    for (ReportFormat format : List.of(ReportFormat.TSV, ReportFormat.CSV)) {
      CombinedTable.BatchWriter table = CombinedTable.batchWriter(format);
      int rows = 0;
      // Twice through the whole list: the second pass reads cells the first one kept.
      for (int pass = 0; pass < 2; pass++) {
        for (Report report : reports) {
          ByteArrayOutputStream file = new ByteArrayOutputStream();
          ByteArrayOutputStream combined = new ByteArrayOutputStream();
          table.writeReportAndRows(LABEL, report, file, combined);
          ByteArrayOutputStream alone = new ByteArrayOutputStream();
          report.write(format, alone);
          assertEquals(text(alone), text(file), format + " report " + report.name());
          assertEquals(rowsAlone(report, format), text(combined), format + " rows");
          ByteArrayOutputStream rowsOnly = new ByteArrayOutputStream();
          table.writeRows(LABEL, report, rowsOnly);
          assertEquals(rowsAlone(report, format), text(rowsOnly), format + " rows only");
          rows += report.rowCount();
        }
      }
      assertTrue(rows > 40, "rows written: " + rows);
    }
  }

  @Test
  void reportsWrittenAtOnceOnSeveralThreadsThroughOneWriterHaveTheirOwnBytes() throws Exception {
    // A batch writes its lists' reports on the command's pool: threads keep and read cells at once.
    List<Report> reports = reports();
    CombinedTable.BatchWriter table = CombinedTable.batchWriter(ReportFormat.TSV);
    List<Callable<Boolean>> writes = new ArrayList<>();
    for (int round = 0; round < 20; round++) {
      for (Report report : reports) {
        writes.add(
            () -> {
              ByteArrayOutputStream file = new ByteArrayOutputStream();
              ByteArrayOutputStream combined = new ByteArrayOutputStream();
              table.writeReportAndRows(LABEL, report, file, combined);
              ByteArrayOutputStream alone = new ByteArrayOutputStream();
              report.write(ReportFormat.TSV, alone);
              return text(alone).equals(text(file))
                  && rowsAlone(report, ReportFormat.TSV).equals(text(combined));
            });
      }
    }
    ExecutorService pool = Executors.newFixedThreadPool(4);
    try {
      for (Future<Boolean> same : pool.invokeAll(writes)) {
        assertTrue(same.get());
      }
    } finally {
      pool.shutdown();
    }
  }

  @Test
  void theWholeCombinedTableOfSeveralReportsIsTheirRowsWrittenOneByOne() throws Exception {
    List<Report> reports = reports();
    List<String> labels = reports.stream().map(r -> "l" + r.name()).toList();
    for (ReportFormat format : List.of(ReportFormat.TSV, ReportFormat.CSV)) {
      ByteArrayOutputStream whole = new ByteArrayOutputStream();
      CombinedTable.write(labels, reports, format, whole);
      StringBuilder expected = new StringBuilder();
      for (int i = 0; i < reports.size(); i++) {
        String table = oneReportTable(labels.get(i), reports.get(i), format);
        expected.append(i == 0 ? table : table.substring(table.indexOf('\n') + 1));
      }
      assertEquals(expected.toString(), text(whole), format.toString());
    }
  }

  @Test
  void hostileFigureTextIsNeutralisedAndQuotedInTheKeptCells() throws Exception {
    Report hostile =
        reports().stream()
            .filter(r -> r.rows().stream().anyMatch(row -> row.figure().title().startsWith("=")))
            .findFirst()
            .orElseThrow();
    CombinedTable.BatchWriter table = CombinedTable.batchWriter(ReportFormat.CSV);
    // The first report is written without keeping cells, the second keeps them, the third reads
    // them.
    List<String> written = new ArrayList<>();
    for (int i = 0; i < 3; i++) {
      ByteArrayOutputStream rows = new ByteArrayOutputStream();
      table.writeRows(LABEL, hostile, rows);
      written.add(text(rows));
    }
    String csv = written.get(2);
    assertEquals(written.get(0), written.get(1));
    assertEquals(written.get(0), csv);
    assertTrue(csv.contains(",\"'=HYPERLINK(\"\"http://evil.example\"\",\"\"click\"\")\","), csv);
    assertTrue(csv.contains("ü → β"), csv);
  }

  @Test
  void onlyDelimitedFormatsHaveABatchWriter() {
    for (ReportFormat format : ReportFormat.values()) {
      if (format == ReportFormat.TSV || format == ReportFormat.CSV) {
        assertNotEquals(null, CombinedTable.batchWriter(format));
      } else {
        assertThrows(IllegalArgumentException.class, () -> CombinedTable.batchWriter(format));
      }
    }
  }

  /** The first row of the second reading of the first case. */
  private static ReportRow reportOfSameCase(List<Report> reports) {
    return reports.get(reports.size() / 2).rows().get(0);
  }

  /** A report's rows of the combined table, written without a batch writer. */
  private static String rowsAlone(Report report, ReportFormat format) throws IOException {
    String table = oneReportTable(LABEL, report, format);
    return table.substring(table.indexOf('\n') + 1);
  }

  /** The combined table of one report: written without kept cells. */
  private static String oneReportTable(String label, Report report, ReportFormat format)
      throws IOException {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    CombinedTable.write(List.of(label), List.of(report), format, out);
    return text(out);
  }

  private static String text(ByteArrayOutputStream bytes) {
    return bytes.toString(StandardCharsets.UTF_8);
  }

  @Test
  void aFiguresRunsAreKeptTogetherAndCopiedRunByRun() throws Exception {
    ReportRow row = reports().get(0).rows().get(0);
    FigureCells cells = DelimitedWriter.TSV.figureCells();
    assertEquals(2, cells.runCount());
    assertEquals(null, cells.kept(row));
    byte[][] runs = {"id\ttitle é".getBytes(StandardCharsets.UTF_8), "url\t\t2020".getBytes()};
    cells.keep(row, runs);
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    Utf8Rows rows = new Utf8Rows(out);
    cells.kept(row).appendRun(1, rows);
    rows.append('|');
    cells.kept(row).appendRun(0, rows);
    rows.flush();
    assertEquals("url\t\t2020|id\ttitle é", text(out));
    // Another instance of the figure (another index) is not given this figure's bytes.
    assertEquals(null, cells.kept(reportOfSameCase(reports())));
  }

  @Test
  void cellsTooLongForAnEntryAreFormattedEveryTime() throws Exception {
    ReportRow row = reports().get(0).rows().get(0);
    FigureCells cells = DelimitedWriter.TSV.figureCells();
    cells.keep(row, new byte[][] {new byte[40_000], new byte[30_000]});
    assertEquals(null, cells.kept(row), "70,000 bytes do not fit 16-bit run ends");
    cells.keep(row, new byte[][] {new byte[1]});
    assertEquals(null, cells.kept(row), "one run for a writer of two");
  }

  @Test
  void aTitleLongerThanABlockIsWrittenTheSameInEveryReportOfABatch(@TempDir Path folder)
      throws Exception {
    Path golden =
        Path.of(FigureCellsTest.class.getResource("/org/figora/analysis/report/golden").toURI());
    String longTitle = "Long ü title ".repeat(4_000); // 52,000 chars: longer than a block
    Path input = folder.resolve("long-title.input");
    Files.writeString(
        input,
        Files.readString(golden.resolve("all-rows.input"))
            .replace("\tSet one\t", "\t" + longTitle + "\t"));
    Report report = GoldenCase.read(input);
    assertTrue(report.rows().stream().anyMatch(r -> r.figure().title().equals(longTitle)));
    CombinedTable.BatchWriter table = CombinedTable.batchWriter(ReportFormat.TSV);
    ByteArrayOutputStream alone = new ByteArrayOutputStream();
    report.write(ReportFormat.TSV, alone);
    for (int pass = 0; pass < 3; pass++) {
      ByteArrayOutputStream file = new ByteArrayOutputStream();
      ByteArrayOutputStream combined = new ByteArrayOutputStream();
      table.writeReportAndRows(LABEL, report, file, combined);
      assertEquals(text(alone), text(file), "pass " + pass);
      assertEquals(rowsAlone(report, ReportFormat.TSV), text(combined), "pass " + pass);
    }
  }
}
