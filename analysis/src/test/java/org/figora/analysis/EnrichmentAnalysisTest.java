package org.figora.analysis;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import org.figora.analysis.enrich.EnrichmentEngine;
import org.figora.analysis.enrich.EnrichmentOptions;
import org.figora.analysis.enrich.EnrichmentResult;
import org.figora.analysis.enrich.FigureEnrichment;
import org.figora.analysis.enrich.RowSelection;
import org.figora.analysis.enrich.Universe;
import org.figora.analysis.input.ResolvedGeneList;
import org.figora.analysis.release.ReleaseException;
import org.figora.analysis.report.ReportFormat;
import org.figora.analysis.stats.PValueAdjustment;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tech.tablesaw.api.Table;

/** The front door against the engine underneath, on the bundled seeds. */
class EnrichmentAnalysisTest {

  private static final List<String> GENES =
      List.of("IGF1R", "IRS1", "akt1", "5290", "MAPK1", "KRAS", "NOT_A_GENE");

  @TempDir static Path cache;

  private static FigureCorpus seeds;

  @BeforeAll
  static void openSeeds() throws IOException {
    seeds = FigureCorpus.opener().withCacheDirectory(cache).open(List.of("../seeds"));
  }

  @Test
  void withMethodsReturnNewAnalysesAndLeaveTheOriginalAlone() {
    EnrichmentAnalysis defaults = EnrichmentAnalysis.withDefaults();
    EnrichmentAnalysis holm = defaults.withCorrection(PValueAdjustment.HOLM).withSizes(5, 300);
    assertNotSame(defaults, holm);
    assertEquals(EnrichmentOptions.defaults(), defaults.options());
    assertEquals(new EnrichmentOptions(5, 300, PValueAdjustment.HOLM, false), holm.options());
    assertEquals(Universe.Policy.ANNOTATED, defaults.background().policy());
    assertEquals(RowSelection.hits(), defaults.selection());
    assertThrows(IllegalArgumentException.class, () -> defaults.withSizes(0, 10));
    assertThrows(IllegalArgumentException.class, () -> defaults.withSizes(10, 9));
  }

  @Test
  void aCombinedTableWrittenListByListHasTheSameBytes() throws IOException {
    List<ResolvedGeneList> lists = new java.util.ArrayList<>();
    for (int i = 0; i < 4; i++) {
      lists.add(seeds.resolve("list" + i, GENES.subList(0, 2 + i)));
    }
    List<org.figora.analysis.report.Report> reports =
        EnrichmentAnalysis.withDefaults().enrichEach(seeds, lists, AnalysisResult::report);
    List<String> labels = List.of("a", "b\tc", "d,e", "f\"g");
    for (org.figora.analysis.report.ReportFormat format :
        List.of(
            org.figora.analysis.report.ReportFormat.TSV,
            org.figora.analysis.report.ReportFormat.CSV)) {
      java.io.ByteArrayOutputStream whole = new java.io.ByteArrayOutputStream();
      org.figora.analysis.report.CombinedTable.write(labels, reports, format, whole);
      java.io.ByteArrayOutputStream pieces = new java.io.ByteArrayOutputStream();
      org.figora.analysis.report.CombinedTable.BatchWriter table =
          org.figora.analysis.report.CombinedTable.batchWriter(format);
      table.writeHeader(pieces);
      for (int i = 0; i < reports.size(); i++) {
        table.writeRows(labels.get(i), reports.get(i), pieces);
      }
      assertTrue(whole.size() > 200, format + ": " + whole);
      assertEquals(
          whole.toString(java.nio.charset.StandardCharsets.UTF_8),
          pieces.toString(java.nio.charset.StandardCharsets.UTF_8),
          format.toString());
    }
  }

  @Test
  void aReportAndItsCombinedRowsFormattedOnceHaveTheBytesOfEachWrittenAlone() throws IOException {
    List<ResolvedGeneList> lists = new ArrayList<>();
    for (int i = 0; i < 3; i++) {
      lists.add(seeds.resolve("list" + i, GENES.subList(0, 3 + i)));
    }
    List<org.figora.analysis.report.Report> reports =
        EnrichmentAnalysis.withDefaults()
            .withSelection(RowSelection.hits().withZeroOverlap(true))
            .enrichEach(seeds, lists, AnalysisResult::report);
    List<String> labels = List.of("plain", "tab\there", "quote\"d, comma é");
    for (ReportFormat format : List.of(ReportFormat.TSV, ReportFormat.CSV)) {
      for (int i = 0; i < reports.size(); i++) {
        org.figora.analysis.report.Report report = reports.get(i);
        java.io.ByteArrayOutputStream file = new java.io.ByteArrayOutputStream();
        report.write(format, file);
        java.io.ByteArrayOutputStream rows = new java.io.ByteArrayOutputStream();
        org.figora.analysis.report.CombinedTable.batchWriter(format)
            .writeRows(labels.get(i), report, rows);
        java.io.ByteArrayOutputStream onceFile = new java.io.ByteArrayOutputStream();
        java.io.ByteArrayOutputStream onceRows = new java.io.ByteArrayOutputStream();
        org.figora.analysis.report.CombinedTable.batchWriter(format)
            .writeReportAndRows(labels.get(i), report, onceFile, onceRows);
        assertTrue(report.rowCount() > 100, "rows: " + report.rowCount());
        assertEquals(
            file.toString(java.nio.charset.StandardCharsets.UTF_8),
            onceFile.toString(java.nio.charset.StandardCharsets.UTF_8),
            format + " report " + i);
        assertEquals(
            rows.toString(java.nio.charset.StandardCharsets.UTF_8),
            onceRows.toString(java.nio.charset.StandardCharsets.UTF_8),
            format + " rows " + i);
      }
    }
    assertThrows(
        IllegalArgumentException.class,
        () -> org.figora.analysis.report.CombinedTable.batchWriter(ReportFormat.JSON));
  }

  @Test
  void enrichGivesTheEngineNumbersForTheResolvedList() {
    EnrichmentAnalysis analysis =
        EnrichmentAnalysis.withDefaults()
            .withBackground(Background.proteinCoding())
            .withCorrection(PValueAdjustment.BONFERRONI);
    AnalysisResult result = analysis.enrich(seeds, "mine", GENES);

    assertEquals(6, result.input().symbols().size(), "akt1 and 5290 resolve, the fake does not");
    assertEquals(List.of("NOT_A_GENE"), result.input().unresolvedInputs());
    EnrichmentEngine engine =
        new EnrichmentEngine(
            seeds.index(),
            Universe.proteinCoding(seeds.index(), seeds.reference()),
            EnrichmentOptions.defaults().withCorrection(PValueAdjustment.BONFERRONI));
    EnrichmentResult direct = engine.enrich(result.input().toGeneList());
    assertEquals(direct.hits().size(), result.result().hits().size());
    assertTrue(direct.hits().size() > 10);
    for (int i = 0; i < direct.hits().size(); i++) {
      FigureEnrichment a = direct.hits().get(i);
      FigureEnrichment b = result.result().hits().get(i);
      assertEquals(a.figure().figid(), b.figure().figid());
      assertEquals(a.pValue(), b.pValue(), 0.0);
      assertEquals(a.adjustedPValue(), b.adjustedPValue(), 0.0);
    }
    Table table = result.toTable();
    assertEquals(result.rows().size(), table.rowCount());
  }

  @Test
  void manyListsOnAnExecutorGiveTheSameResultsAsOneAtATime() {
    List<ResolvedGeneList> lists = new ArrayList<>();
    for (int i = 0; i < 12; i++) {
      lists.add(seeds.resolve("list" + i, GENES.subList(0, 2 + i % 5)));
    }
    EnrichmentAnalysis analysis = EnrichmentAnalysis.withDefaults();
    ExecutorService pool = Executors.newFixedThreadPool(3);
    try {
      List<AnalysisResult> parallel = analysis.withExecutor(pool).enrichAll(seeds, lists);
      assertEquals(lists.size(), parallel.size());
      for (int i = 0; i < lists.size(); i++) {
        AnalysisResult one = analysis.enrich(seeds, lists.get(i));
        assertEquals(lists.get(i).name(), parallel.get(i).input().name());
        assertEquals(pValues(one), pValues(parallel.get(i)));
      }
    } finally {
      pool.shutdown();
    }
  }

  private static List<Double> pValues(AnalysisResult result) {
    return result.result().hits().stream().map(FigureEnrichment::adjustedPValue).toList();
  }

  @Test
  void everyFormatIsWrittenWithTheProvenanceOfTheAnalysis() throws IOException {
    Instant now = Instant.parse("2024-05-10T08:30:00Z");
    AnalysisResult result =
        EnrichmentAnalysis.withDefaults()
            .withSelection(RowSelection.hits().withTop(3))
            .withCommandLine("figora enrich mine.txt --top 3")
            .withClock(Clock.fixed(now, ZoneOffset.UTC))
            .enrich(seeds, "mine", GENES);
    for (ReportFormat format : ReportFormat.values()) {
      StringWriter out = new StringWriter();
      result.write(format, out);
      assertTrue(out.toString().contains("IGF1R"), format + ": " + out);
    }
    StringWriter json = new StringWriter();
    result.write(ReportFormat.JSON, json);
    assertTrue(json.toString().contains("\"created\": \"2024-05-10T08:30:00Z\""), json.toString());
    assertTrue(json.toString().contains("\"command_line\": \"figora enrich mine.txt --top 3\""));
    assertTrue(json.toString().contains("\"top\": 3"), json.toString());
    assertEquals(3, result.toTable().rowCount());
    assertEquals(seeds.index().contentDigest(), result.provenance().corpusContentDigest());
  }

  @Test
  void aBackgroundFileIsNamedWithItsDigest(@TempDir Path folder) throws IOException {
    Path file = folder.resolve("measured.txt");
    Files.writeString(file, "IGF1R\nIRS1\nAKT1\nPIK3CA\nMAPK1\nKRAS\nHRAS\nNRAS\n");
    AnalysisResult result =
        EnrichmentAnalysis.withDefaults()
            .withBackground(Background.read(file))
            .enrich(seeds, "mine", GENES);
    assertEquals(Universe.Policy.GENE_LIST, result.result().universe().policy());
    assertEquals(8, result.result().universeSize());
    assertEquals("measured.txt", result.provenance().backgroundFile().orElseThrow().name());
    // sha256sum of the 44 bytes above (coreutils 9.1)
    assertEquals(
        "d6793544343d8cd683ee3a4f0df4a353d2725795ebf50a7c59ca66eb44bb2fda",
        result.provenance().backgroundFile().orElseThrow().sha256());
  }

  @Test
  void aReleaseThatIsNotInstalledIsNamedWithHowToFetchIt(@TempDir Path empty) {
    FigureCorpus.Opener opener = FigureCorpus.opener().withCacheDirectory(empty);
    ReleaseException none =
        assertThrows(ReleaseException.class, () -> opener.open(List.of("pfocr")));
    assertTrue(none.getMessage().contains("run 'figora corpus fetch' first"), none.getMessage());
    IllegalArgumentException badDate =
        assertThrows(IllegalArgumentException.class, () -> opener.open(List.of("pfocr@2024")));
    assertTrue(badDate.getMessage().contains("YYYYMMDD"), badDate.getMessage());
  }
}
