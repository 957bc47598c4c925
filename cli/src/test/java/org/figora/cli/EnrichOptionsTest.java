package org.figora.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.figora.analysis.report.ReportColumns;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** {@code figora enrich} options: selection, corrections, sizes, backgrounds, bad values. */
class EnrichOptionsTest {

  @TempDir static Path cache;

  /** The default report of the IGF1R example. */
  private static TextTable full;

  @BeforeAll
  static void runDefault() {
    full = TextTable.tsv(CliRun.run(cache, "enrich", CliRun.IGF1R, "-q").ok().out());
  }

  private static TextTable enrich(Object... options) {
    List<Object> args = new ArrayList<>(List.of("enrich", CliRun.IGF1R, "-q"));
    args.addAll(List.of(options));
    return TextTable.tsv(CliRun.run(cache, args.toArray()).ok().out());
  }

  private static Map<?, ?> provenance(Object... options) {
    List<Object> args = new ArrayList<>(List.of("enrich", CliRun.IGF1R, "-q", "--format", "json"));
    args.addAll(List.of(options));
    return (Map<?, ?>)
        ((Map<?, ?>) MiniJson.parse(CliRun.run(cache, args.toArray()).ok().out()))
            .get("provenance");
  }

  /** Benjamini–Hochberg over ascending p-values, counting m tests (the rest have p = 1). */
  private static List<Double> benjaminiHochberg(List<Double> ascending, int m) {
    double[] adjusted = new double[ascending.size()];
    double min = 1;
    for (int i = ascending.size() - 1; i >= 0; i--) {
      min = Math.min(min, ascending.get(i) * m / (i + 1));
      adjusted[i] = min;
    }
    List<Double> out = new ArrayList<>();
    for (double a : adjusted) {
      out.add(a);
    }
    return out;
  }

  private static void assertClose(List<Double> expected, List<Double> actual) {
    assertEquals(expected.size(), actual.size());
    for (int i = 0; i < expected.size(); i++) {
      assertEquals(
          expected.get(i), actual.get(i), 1e-12 * expected.get(i) + 1e-300, "row " + (i + 1));
    }
  }

  @Test
  void topShowsTheFirstRows() {
    TextTable top = enrich("--top", 3);
    assertEquals(3, top.size());
    assertEquals(full.rows().subList(0, 3), top.rows());
    assertEquals(0, enrich("--top", 0).size());
    assertEquals(full.rows(), enrich("--top", 100000).rows());
  }

  @Test
  void maxFdrSelectsRowsWithoutChangingTheStatistics() {
    TextTable selected = enrich("--max-fdr", 0.01);
    assertTrue(selected.size() > 0 && selected.size() < full.size(), "rows " + selected.size());
    assertTrue(TextTable.every(selected.doubles(ReportColumns.P_ADJUSTED), q -> q <= 0.01));
    List<List<String>> expected =
        full.rows().stream()
            .filter(r -> Double.parseDouble(r.get(full.index(ReportColumns.P_ADJUSTED))) <= 0.01)
            .toList();
    assertEquals(expected, selected.rows());
  }

  @Test
  void maxPSelectsRowsByRawPValue() {
    TextTable selected = enrich("--max-p", 1e-6);
    assertTrue(selected.size() > 0);
    assertTrue(TextTable.every(selected.doubles(ReportColumns.P_VALUE), p -> p <= 1e-6));
    assertEquals(full.rows().subList(0, selected.size()), selected.rows());
  }

  @Test
  void defaultCorrectionIsBenjaminiHochbergOverEveryTestedFigure() {
    int tested = ((Number) provenance().get("tested_figures")).intValue();
    assertEquals(146, tested);
    assertClose(
        benjaminiHochberg(full.doubles(ReportColumns.P_VALUE), tested),
        full.doubles(ReportColumns.P_ADJUSTED));
  }

  @Test
  void correctHitsOnlyCountsOnlyFiguresSharingAGene() {
    TextTable hitsOnly = enrich("--correct-hits-only");
    assertEquals(full.column(ReportColumns.FIGID), hitsOnly.column(ReportColumns.FIGID));
    assertEquals(full.column(ReportColumns.P_VALUE), hitsOnly.column(ReportColumns.P_VALUE));
    assertClose(
        benjaminiHochberg(hitsOnly.doubles(ReportColumns.P_VALUE), hitsOnly.size()),
        hitsOnly.doubles(ReportColumns.P_ADJUSTED));
    assertTrue(
        hitsOnly.doubles(ReportColumns.P_ADJUSTED).get(0)
            < full.doubles(ReportColumns.P_ADJUSTED).get(0));
    assertEquals(true, provenance("--correct-hits-only").get("correct_hits_only"));
  }

  @ParameterizedTest
  @CsvSource({
    "bh, p_bh",
    "by, p_by",
    "bonferroni, p_bonferroni",
    "holm, p_holm",
    "qvalue, q_value",
    "none, p_unadjusted",
    "BONFERRONI, p_bonferroni"
  })
  void correctionKeepsTheAdjustedColumnsName(String method, String kind) {
    TextTable table = enrich("--correction", method);
    String column = ReportColumns.P_ADJUSTED;
    int adjusted = table.header().indexOf(ReportColumns.LOG10_P) + 1;
    assertEquals(column, table.header().get(adjusted));
    assertEquals(full.header().size(), table.header().size());
    assertEquals(full.column(ReportColumns.P_VALUE), table.column(ReportColumns.P_VALUE));
    List<Double> p = table.doubles(ReportColumns.P_VALUE);
    List<Double> q = table.doubles(column);
    List<Double> bh = full.doubles(ReportColumns.P_ADJUSTED);
    for (int i = 0; i < p.size(); i++) {
      double tolerance = 1e-12 * bh.get(i);
      assertTrue(q.get(i) >= p.get(i) - 1e-300 && q.get(i) <= 1, kind + " in [p, 1]");
      switch (kind) {
        case "p_bonferroni" ->
            assertEquals(Math.min(1, p.get(i) * 146), q.get(i), 1e-12 * q.get(i));
        case "p_unadjusted" -> assertEquals(p.get(i), q.get(i), 0.0);
        case "p_by", "p_holm" -> assertTrue(q.get(i) >= bh.get(i) - tolerance, kind + " ≥ bh");
        case "q_value" -> assertTrue(q.get(i) <= bh.get(i) + tolerance, "q ≤ bh");
        default -> assertEquals(bh.get(i), q.get(i), 0.0);
      }
    }
    assertEquals(
        method.toLowerCase(Locale.ROOT), provenance("--correction", method).get("correction"));
  }

  @Test
  void sizeLimitsBoundTheTestedFigures() {
    TextTable table = enrich("--min-size", 10, "--max-size", 50);
    assertTrue(table.size() > 0);
    assertTrue(TextTable.every(table.ints(ReportColumns.FIGURE_SIZE), k -> k >= 10 && k <= 50));
    Map<?, ?> provenance = provenance("--min-size", 10, "--max-size", 50);
    assertEquals(10L, provenance.get("min_size"));
    assertEquals(50L, provenance.get("max_size"));
    assertTrue(((Number) provenance.get("tested_figures")).intValue() < 146);
    int tested = ((Number) provenance.get("tested_figures")).intValue();
    assertClose(
        benjaminiHochberg(table.doubles(ReportColumns.P_VALUE), tested),
        table.doubles(ReportColumns.P_ADJUSTED));
  }

  @Test
  void allAddsTheTestedFiguresWithNoOverlap() {
    TextTable all = enrich("--all");
    assertEquals(146, all.size());
    assertEquals(full.rows(), all.rows().subList(0, full.size()));
    for (int r = 0; r < all.size(); r++) {
      assertEquals(r + 1, Integer.parseInt(all.get(r, ReportColumns.RANK)));
    }
    for (int r = full.size(); r < all.size(); r++) {
      assertEquals("0", all.get(r, ReportColumns.OVERLAP));
      assertEquals(1.0, Double.parseDouble(all.get(r, ReportColumns.P_VALUE)), 0.0);
      assertEquals(1.0, Double.parseDouble(all.get(r, ReportColumns.P_ADJUSTED)), 0.0);
      assertEquals("", all.get(r, ReportColumns.OVERLAP_GENES));
    }
    assertTrue(TextTable.every(full.ints(ReportColumns.OVERLAP), k -> k > 0));
  }

  @Test
  void proteinCodingBackground() {
    TextTable table = enrich("--background", "protein-coding");
    assertTrue(TextTable.every(table.column(ReportColumns.UNIVERSE_SIZE), "20598"::equals));
    // every gene of the list is protein-coding, including the three in no figure
    assertTrue(TextTable.every(table.column(ReportColumns.LIST_SIZE), "35"::equals));
    Map<?, ?> provenance = provenance("--background", "protein-coding");
    assertEquals("protein-coding", provenance.get("universe"));
    assertEquals(20598L, provenance.get("universe_size"));
    assertEquals(35L, provenance.get("genes_in_universe"));
  }

  /** The human genes of every figure of the seeds, from the GMT and the seed record. */
  private static Set<String> corpusGenes() throws IOException {
    Set<String> genes = new TreeSet<>();
    for (String line : Files.readAllLines(CliRun.SEEDS.resolve("pfocr-sample.gmt"))) {
      String[] fields = line.split("\t");
      genes.addAll(List.of(fields).subList(2, fields.length));
    }
    String show = CliRun.run(cache, "figures", "show", CliRun.IGF1R_FIGURE).ok().out();
    String line = show.lines().filter(l -> l.startsWith("human genes (")).findFirst().get();
    genes.addAll(List.of(line.substring(line.indexOf(": ") + 2).split(" ")));
    return genes;
  }

  @Test
  void measuredGenesFileIsIntersectedWithTheCorpus(@TempDir Path dir) throws IOException {
    Set<String> corpus = corpusGenes();
    Set<String> background = new LinkedHashSet<>();
    for (String line : Files.readAllLines(CliRun.IGF1R)) {
      if (!line.isBlank() && !line.startsWith("#")) {
        background.add(line.strip());
      }
    }
    List<String> gmt = Files.readAllLines(CliRun.SEEDS.resolve("pfocr-sample.gmt"));
    for (String line : gmt.subList(0, 30)) {
      String[] fields = line.split("\t");
      background.addAll(List.of(fields).subList(2, fields.length));
    }
    List<String> absent = List.of("XIST", "HBB", "OR1A1");
    absent.forEach(g -> assertFalse(corpus.contains(g), g + " is in the corpus"));
    background.addAll(absent);
    int expectedN = (int) background.stream().filter(corpus::contains).count();
    int dropped = background.size() - expectedN;
    Path file = dir.resolve("measured.txt");
    Files.writeString(
        file, String.join("\n", background) + "\nNOT_A_GENE\n", StandardCharsets.UTF_8);

    CliRun run = CliRun.run(cache, "enrich", CliRun.IGF1R, "--background", file).ok();
    TextTable table = TextTable.tsv(run.out());
    assertTrue(table.size() > 0);
    assertTrue(
        TextTable.every(
            table.column(ReportColumns.UNIVERSE_SIZE), String.valueOf(expectedN)::equals),
        "N = " + expectedN);
    assertTrue(
        run.err()
            .contains(expectedN + " in at least one figure (N), " + dropped + " in none dropped"),
        run.err());
    assertTrue(run.err().contains("1 unknown"), run.err());
    Map<?, ?> provenance = provenance("--background", file);
    assertEquals("gene-list", provenance.get("universe"));
    assertEquals((long) expectedN, provenance.get("universe_size"));
    assertEquals((long) dropped, provenance.get("background_genes_dropped"));
    assertEquals(32L, provenance.get("genes_in_universe"));
  }

  @Test
  void backgroundThatIsNeitherAPolicyNorAFileIsBadInputData(@TempDir Path dir) {
    CliRun run =
        CliRun.run(cache, "enrich", CliRun.IGF1R, "--background", dir.resolve("no-such-file.txt"))
            .expect(ExitCodes.DATA);
    assertTrue(run.err().contains("--background"), run.err());
  }

  @ParameterizedTest
  @CsvSource(
      delimiter = '|',
      value = {
        "--min-size 0 | --min-size",
        "--max-size 2 --min-size 3 | --max-size",
        "--top -1 | --top",
        "--correction foo | --correction",
        "--max-fdr 2 | --max-fdr",
        "--max-fdr 0 | --max-fdr",
        "--max-p 1.5 | --max-p",
        "--format xml | --format",
        "--where padj<0.05 | --gene-column"
      })
  void badOptionValuesAreUsageErrorsNamingTheOption(String options, String named) {
    List<Object> args = new ArrayList<>(List.of("enrich", CliRun.IGF1R));
    args.addAll(List.of(options.split(" ")));
    CliRun run = CliRun.run(cache, args.toArray()).expect(ExitCodes.USAGE);
    assertTrue(run.err().startsWith("figora enrich: "), run.err());
    assertTrue(run.err().contains(named), run.err());
    assertTrue(run.err().contains("figora enrich --help"), run.err());
    assertEquals("", run.out());
  }

  @Test
  void outputAndOutputDirTogetherAreAUsageError(@TempDir Path dir) throws IOException {
    CliRun run =
        CliRun.run(
                cache,
                "enrich",
                CliRun.IGF1R,
                "--output",
                dir.resolve("a.tsv"),
                "--output-dir",
                dir)
            .expect(ExitCodes.USAGE);
    assertTrue(run.err().contains("--output-dir"), run.err());
    try (var files = Files.list(dir)) {
      assertEquals(0, files.count());
    }
  }
}
