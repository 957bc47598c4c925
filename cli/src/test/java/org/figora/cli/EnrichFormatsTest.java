package org.figora.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.figora.analysis.report.NuChecker;
import org.figora.analysis.report.ReportColumns;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code figora enrich} on the IGF1R example against the seeds, in every report format. */
class EnrichFormatsTest {

  /** The report's columns, in order, with the default (Benjamini–Hochberg) correction. */
  static final List<String> COLUMNS =
      List.of(
          ReportColumns.RANK,
          ReportColumns.GROUP,
          ReportColumns.GROUP_SIZE,
          ReportColumns.FIGID,
          ReportColumns.TITLE,
          ReportColumns.OVERLAP,
          ReportColumns.FIGURE_SIZE,
          ReportColumns.LIST_SIZE,
          ReportColumns.UNIVERSE_SIZE,
          ReportColumns.GENE_RATIO,
          ReportColumns.BG_RATIO,
          ReportColumns.FOLD_ENRICHMENT,
          ReportColumns.ODDS_RATIO,
          ReportColumns.ODDS_RATIO_LOW,
          ReportColumns.ODDS_RATIO_HIGH,
          ReportColumns.P_VALUE,
          ReportColumns.LOG10_P,
          ReportColumns.P_ADJUSTED,
          ReportColumns.OVERLAP_GENES,
          ReportColumns.PFOCR_URL,
          ReportColumns.FIGURE_URL,
          ReportColumns.PMCID,
          ReportColumns.YEAR,
          ReportColumns.REFERENCE);

  @TempDir static Path cache;

  private static CliRun tsvRun;
  private static TextTable tsv;

  @BeforeAll
  static void runTsv() {
    tsvRun = CliRun.run(cache, "enrich", CliRun.IGF1R).ok();
    tsv = TextTable.tsv(tsvRun.out());
  }

  private static CliRun enrich(String format) {
    return CliRun.run(cache, "enrich", CliRun.IGF1R, "--format", format, "-q").ok();
  }

  @Test
  void tsvHasTheReportColumns() {
    assertEquals(COLUMNS, tsv.header());
    assertEquals(
        ReportColumns.P_ADJUSTED,
        tsv.header().get(tsv.header().indexOf(ReportColumns.LOG10_P) + 1));
  }

  @Test
  void tsvRowsAreRankedByAscendingPValue() {
    assertTrue(tsv.size() > 10, "rows: " + tsv.size());
    List<Integer> ranks = tsv.ints(ReportColumns.RANK);
    for (int i = 0; i < ranks.size(); i++) {
      assertEquals(i + 1, ranks.get(i));
    }
    List<Double> p = tsv.doubles(ReportColumns.P_VALUE);
    List<Double> adjusted = tsv.doubles(ReportColumns.P_ADJUSTED);
    for (int i = 1; i < p.size(); i++) {
      assertTrue(p.get(i - 1) <= p.get(i), "p at rank " + (i + 1));
      assertTrue(adjusted.get(i - 1) <= adjusted.get(i), "p_bh at rank " + (i + 1));
    }
    for (int i = 0; i < p.size(); i++) {
      assertTrue(p.get(i) > 0 && p.get(i) <= 1, "p in (0, 1]");
      assertTrue(adjusted.get(i) >= p.get(i) && adjusted.get(i) <= 1, "p ≤ p_bh ≤ 1");
      assertEquals(Math.log10(p.get(i)), tsv.doubles(ReportColumns.LOG10_P).get(i), 1e-9);
    }
  }

  @Test
  void everyRowsOverlapGenesMatchItsCounts() {
    for (int r = 0; r < tsv.size(); r++) {
      int k = Integer.parseInt(tsv.get(r, ReportColumns.OVERLAP));
      int figureSize = Integer.parseInt(tsv.get(r, ReportColumns.FIGURE_SIZE));
      int n = Integer.parseInt(tsv.get(r, ReportColumns.LIST_SIZE));
      int universe = Integer.parseInt(tsv.get(r, ReportColumns.UNIVERSE_SIZE));
      String[] genes = tsv.get(r, ReportColumns.OVERLAP_GENES).split("/");
      assertEquals(k, genes.length, "overlap genes of " + tsv.get(r, ReportColumns.FIGID));
      assertEquals(List.of(genes).stream().sorted().toList(), List.of(genes), "sorted");
      assertTrue(k >= 1 && k <= Math.min(n, figureSize));
      assertEquals(k + "/" + n, tsv.get(r, ReportColumns.GENE_RATIO));
      assertEquals(figureSize + "/" + universe, tsv.get(r, ReportColumns.BG_RATIO));
      assertEquals(
          (double) k / n / ((double) figureSize / universe),
          Double.parseDouble(tsv.get(r, ReportColumns.FOLD_ENRICHMENT)),
          1e-9);
    }
  }

  @Test
  void igf1rFigureRanksFirst() {
    assertEquals(CliRun.IGF1R_FIGURE, tsv.get(0, ReportColumns.FIGID));
    assertEquals("21", tsv.get(0, ReportColumns.OVERLAP));
    assertEquals("79", tsv.get(0, ReportColumns.FIGURE_SIZE));
    assertTrue(tsv.get(0, ReportColumns.OVERLAP_GENES).contains("IGF1R"));
    assertEquals("2018", tsv.get(0, ReportColumns.YEAR));
    assertEquals("PMC5738696", tsv.get(0, ReportColumns.PMCID));
  }

  @Test
  void everyRowSharesTheListAndUniverseSizes() {
    // 35 genes, of which IRS2, EIF4EBP1 and IGFBP5 are in no seed figure.
    assertTrue(TextTable.every(tsv.column(ReportColumns.LIST_SIZE), "32"::equals));
    assertTrue(TextTable.every(tsv.column(ReportColumns.UNIVERSE_SIZE), "2121"::equals));
  }

  @Test
  void summaryGoesToStandardError() {
    assertTrue(tsvRun.err().contains("igf1r-signalling.txt: 35 identifiers"), tsvRun.err());
    assertTrue(
        tsvRun.err().contains("n = 32 genes in the background (N = 2121, annotated)"),
        tsvRun.err());
    assertTrue(tsvRun.err().contains("147 figures"), tsvRun.err());
    assertFalse(tsvRun.out().contains("figora:"));
  }

  @Test
  void quietPrintsNothingOnStandardError() {
    CliRun run = CliRun.run(cache, "enrich", CliRun.IGF1R, "-q").ok();
    assertEquals("", run.err());
    assertEquals(tsvRun.out(), run.out());
  }

  @Test
  void csvHoldsTheSameValuesAsTsv() {
    TextTable csv = TextTable.csv(enrich("csv").out());
    assertEquals(tsv.header(), csv.header());
    assertEquals(tsv.rows(), csv.rows());
    // titles with commas were quoted and came back whole
    assertTrue(csv.column(ReportColumns.TITLE).stream().anyMatch(t -> t.contains(",")));
  }

  @Test
  void jsonParsesWithProvenanceAndTheSameRows() {
    String text = enrich("json").out();
    @SuppressWarnings("unchecked")
    Map<String, Object> document = (Map<String, Object>) MiniJson.parse(text);
    assertEquals(List.of("provenance", "results"), new ArrayList<>(document.keySet()));

    @SuppressWarnings("unchecked")
    Map<String, Object> provenance = (Map<String, Object>) document.get("provenance");
    assertTrue(((String) provenance.get("figora_version")).matches("\\d+\\.\\d+\\.\\d+.*"));
    assertTrue(
        ((String) provenance.get("corpus_fingerprint")).matches("[0-9a-f]{32}"),
        "fingerprint " + provenance.get("corpus_fingerprint"));
    assertEquals(147L, provenance.get("corpus_figures"));
    assertTrue(((String) provenance.get("reference")).contains("2022-Sep12"));
    assertEquals("annotated", provenance.get("universe"));
    assertEquals(2121L, provenance.get("universe_size"));
    assertEquals("bh", provenance.get("correction"));
    assertEquals(false, provenance.get("correct_hits_only"));
    assertEquals(3L, provenance.get("min_size"));
    assertEquals(500L, provenance.get("max_size"));
    assertEquals(146L, provenance.get("tested_figures"));
    assertEquals("igf1r-signalling.txt", provenance.get("list"));
    assertEquals(35L, provenance.get("input_identifiers"));
    assertEquals(35L, provenance.get("mapped_genes"));
    assertEquals(List.of(), provenance.get("unmapped_identifiers"));
    assertEquals(32L, provenance.get("genes_in_universe"));
    assertEquals(
        List.of("EIF4EBP1", "IGFBP5", "IRS2"),
        ((List<?>) provenance.get("genes_outside_universe"))
            .stream().map(String.class::cast).sorted().toList());

    @SuppressWarnings("unchecked")
    List<Map<String, Object>> results = (List<Map<String, Object>>) document.get("results");
    assertEquals(tsv.size(), results.size());
    for (int r = 0; r < results.size(); r++) {
      Map<String, Object> row = results.get(r);
      assertEquals(tsv.header(), new ArrayList<>(row.keySet()));
      for (String column : tsv.header()) {
        Object value = row.get(column);
        String cell = tsv.get(r, column);
        if (value == null) {
          assertEquals("", cell, column + " of row " + (r + 1) + " is null in JSON");
        } else if (value instanceof String s) {
          assertEquals(cell, s, column);
        } else if (value instanceof List<?> genes) {
          assertEquals(column, ReportColumns.OVERLAP_GENES);
          assertEquals(cell, String.join("/", genes.stream().map(String.class::cast).toList()));
        } else {
          assertEquals(Double.parseDouble(cell), ((Number) value).doubleValue(), 0.0, column);
        }
      }
    }
    assertEquals(1L, results.get(0).get(ReportColumns.RANK));
    assertEquals(CliRun.IGF1R_FIGURE, results.get(0).get(ReportColumns.FIGID));
  }

  @Test
  void jsonFingerprintMatchesIndexInfo() {
    Map<?, ?> provenance =
        (Map<?, ?>) ((Map<?, ?>) MiniJson.parse(enrich("json").out())).get("provenance");
    String info = CliRun.run(cache, "index", "info").ok().out();
    assertTrue(info.contains("fingerprint: " + provenance.get("corpus_fingerprint")), info);
  }

  @Test
  void miniJsonRejectsWhatAStrictParserWould() {
    for (String bad :
        new String[] {
          "{\"a\": 1,}",
          "[1, 2",
          "{\"a\": NaN}",
          "[01]",
          "{\"a\": 1} x",
          "\"tab\there\"",
          "{\"a\": 1, \"a\": 2}",
          "[1e]",
          "{a: 1}"
        }) {
      assertThrows(IllegalArgumentException.class, () -> MiniJson.parse(bad), bad);
    }
    assertEquals(
        Map.of("a", List.of(1L, 2.5, "x\n\u00e9", true)),
        MiniJson.parse("{\"a\": [1, 2.5e0, \"x\\n\\u00e9\", true]}"));
    assertNull(MiniJson.parse(" null "));
  }

  @Test
  void htmlIsSelfContainedAndValid() {
    String html = enrich("html").out();
    assertTrue(html.startsWith("<!DOCTYPE html>"), html.substring(0, 40));
    assertTrue(html.strip().endsWith("</html>"));
    NuChecker.assertValid("the IGF1R report", html);
    assertTrue(html.contains("<svg"), "bar chart");
    assertTrue(html.contains("<table id=\"results\">"));
    assertTrue(html.contains("<h2>Methods</h2>"));
    assertTrue(html.contains("one-sided hypergeometric test"));
    assertTrue(html.contains("Over-representation of 32 genes"));
    assertFalse(
        Pattern.compile("(?i)<(script|iframe|link|embed|object)[^>]*\\bsrc\\s*=")
            .matcher(html)
            .find(),
        "external script or frame");
    assertFalse(Pattern.compile("(?i)<link\\b").matcher(html).find(), "linked stylesheet");
    assertFalse(Pattern.compile("(?i)@import|url\\s*\\(").matcher(html).find(), "CSS import");
    // The only resources from the network are the figures' images at PMC.
    Matcher image = Pattern.compile("<img src=\"([^\"]*)\"").matcher(html);
    int images = 0;
    while (image.find()) {
      assertTrue(
          image
              .group(1)
              .matches(
                  "https://www\\.ncbi\\.nlm\\.nih\\.gov/pmc/articles/" + "PMC\\d+/bin/[^/]+\\.jpg"),
          image.group(1));
      images++;
    }
    assertTrue(images > 0, "thumbnails");
    // Links: the figures' PFOCR pages, their papers at PMC, and rows of the page itself.
    List<String> allowed = new ArrayList<>(tsv.column(ReportColumns.PFOCR_URL));
    tsv.column(ReportColumns.PMCID)
        .forEach(id -> allowed.add("https://www.ncbi.nlm.nih.gov/pmc/articles/" + id + "/"));
    Matcher href = Pattern.compile("href=\"([^\"]*)\"").matcher(html);
    int links = 0;
    while (href.find()) {
      assertTrue(
          allowed.contains(href.group(1)) || href.group(1).matches("#r\\d+"),
          "link to " + href.group(1));
      links++;
    }
    assertTrue(links >= tsv.size(), "a PFOCR link per row");
    // The passing figures (54 of 79 hits, adjusted p ≤ 0.05) and at least the top 50.
    Matcher rows = Pattern.compile("<tr id=\"r\\d+\"").matcher(html);
    int count = 0;
    while (rows.find()) {
      count++;
    }
    assertEquals(54, count);
    assertTrue(html.contains("<strong>54 figures</strong> pass adjusted p ≤ 0.05"), "verdict");
  }

  @Test
  void markdownHasProvenanceMethodsAndTheTable() {
    String md = enrich("md").out();
    List<String> lines = CliRun.lines(md);
    assertEquals("# figora enrichment: igf1r-signalling.txt", lines.get(0));
    assertTrue(md.contains("- corpus_figures: 147"));
    assertTrue(md.contains("- universe_size: 2121"));
    assertTrue(md.contains("one-sided hypergeometric test"));
    int header =
        lines.indexOf(
            "| rank | figid | title | overlap_k | figure_size_K"
                + " | fold_enrichment | p_value | p_adjusted | overlap_genes |");
    assertTrue(header > 0, "table header in\n" + md);
    assertTrue(lines.get(header + 1).matches("\\|( ---:? \\|)+"));
    List<String> body = lines.subList(header + 2, lines.size());
    assertEquals(tsv.size(), body.size());
    assertTrue(
        body.get(0).startsWith("| 1 | [" + CliRun.IGF1R_FIGURE + "](<https://"), body.get(0));
  }

  @Test
  void clusterProfilerFormatHasEnrichResultColumns() {
    TextTable cp = TextTable.tsv(enrich("clusterprofiler").out());
    assertEquals(
        List.of(
            "ID",
            "Description",
            "GeneRatio",
            "BgRatio",
            "RichFactor",
            "FoldEnrichment",
            "pvalue",
            "p.adjust",
            "qvalue",
            "geneID",
            "Count",
            "group",
            "group_size"),
        cp.header());
    assertEquals(
        "ID\tDescription\tGeneRatio\tBgRatio\tRichFactor\tFoldEnrichment\tpvalue"
            + "\tp.adjust\tqvalue\tgeneID\tCount\tgroup\tgroup_size",
        CliRun.lines(enrich("clusterprofiler").out()).get(0));
    assertEquals(tsv.size(), cp.size());
    assertEquals(tsv.column(ReportColumns.FIGID), cp.column("ID"));
    assertEquals(tsv.column(ReportColumns.GENE_RATIO), cp.column("GeneRatio"));
    assertEquals(tsv.column(ReportColumns.BG_RATIO), cp.column("BgRatio"));
    assertEquals(tsv.column(ReportColumns.P_VALUE), cp.column("pvalue"));
    assertEquals(tsv.column(ReportColumns.P_ADJUSTED), cp.column("p.adjust"));
    assertEquals(tsv.column(ReportColumns.FOLD_ENRICHMENT), cp.column("FoldEnrichment"));
    for (int r = 0; r < cp.size(); r++) {
      // The same genes, in the order of the user's list rather than sorted.
      assertEquals(
          List.of(tsv.get(r, ReportColumns.OVERLAP_GENES).split("/")),
          List.of(cp.get(r, "geneID").split("/")).stream().sorted().toList());
    }
    assertEquals(tsv.column(ReportColumns.OVERLAP), cp.column("Count"));
  }

  @Test
  void formatNamesIgnoreCase() {
    assertEquals(
        tsvRun.out(), CliRun.run(cache, "enrich", CliRun.IGF1R, "--format", "TSV").ok().out());
  }

  @Test
  void awkwardTitlesSurviveEveryFormat(@TempDir Path dir) throws IOException {
    String hostile = "Commas, \"quotes\" | pipes <script>alert(1)</script> & back\\slash – ü";
    Path corpus =
        Files.writeString(
            dir.resolve("awkward.gmt"),
            "FIG_A\t"
                + hostile
                + "\tIGF1R\tIRS1\tAKT1\tPIK3CA\tMTOR\n"
                + "FIG_B\tplain\tTP53\tMDM2\tCDK4\tIGF1R\n"
                + "FIG_C\tother\tKRAS\tHRAS\tNRAS\n",
            StandardCharsets.UTF_8);
    Path list = Files.writeString(dir.resolve("list.txt"), "IGF1R\nIRS1\nAKT1\nTP53\nKRAS\n");
    Function<String, String> run =
        format ->
            CliRun.run(cache, "enrich", list, "--corpus", corpus, "--format", format, "-q")
                .ok()
                .out();

    TextTable tsvTable = TextTable.tsv(run.apply("tsv"));
    assertEquals("FIG_A", tsvTable.get(0, ReportColumns.FIGID));
    assertEquals(hostile, tsvTable.get(0, ReportColumns.TITLE));
    TextTable csvTable = TextTable.csv(run.apply("csv"));
    assertEquals(tsvTable.rows(), csvTable.rows());
    Map<?, ?> json = (Map<?, ?>) MiniJson.parse(run.apply("json"));
    assertEquals(
        hostile, ((Map<?, ?>) ((List<?>) json.get("results")).get(0)).get(ReportColumns.TITLE));
    String html = run.apply("html");
    assertFalse(html.contains("<script>alert"), "unescaped title in the HTML");
    assertTrue(html.contains("&lt;script&gt;alert(1)&lt;/script&gt; &amp; back"), html);
    String md = run.apply("md");
    assertTrue(md.contains("| Commas, \"quotes\" \\| pipes"), md);
    TextTable cp = TextTable.tsv(run.apply("clusterprofiler"));
    assertEquals(hostile, cp.get(0, "Description"));
  }
}
