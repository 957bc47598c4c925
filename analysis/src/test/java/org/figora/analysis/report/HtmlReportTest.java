package org.figora.analysis.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.OptionalInt;
import org.figora.analysis.corpus.Corpus;
import org.figora.analysis.corpus.LoadReport;
import org.figora.analysis.enrich.EnrichmentEngine;
import org.figora.analysis.enrich.EnrichmentOptions;
import org.figora.analysis.enrich.EnrichmentResult;
import org.figora.analysis.enrich.FigureEnrichment;
import org.figora.analysis.enrich.FigureGroups;
import org.figora.analysis.enrich.GroupedRows;
import org.figora.analysis.enrich.RowSelection;
import org.figora.analysis.enrich.Universe;
import org.figora.analysis.figure.Figure;
import org.figora.analysis.gene.GeneReference;
import org.figora.analysis.index.FigureIndex;
import org.figora.analysis.input.GeneListResolver;
import org.figora.analysis.input.InputIdentifier;
import org.figora.analysis.input.ResolvedGeneList;
import org.figora.analysis.stats.PValueAdjustment;
import org.figora.analysis.testing.TestProvenance;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The HTML report of fixed inputs, compared with a golden file (no timestamps or machine paths in
 * the page), checked by the Nu HTML Checker, and probed for what a reader needs.
 *
 * <p>To accept a deliberate change of the page: {@code mvn -pl analysis test -Dtest=HtmlReportTest
 * -Dfigora.updateGolden=true}, then review the diff of the golden file.
 */
class HtmlReportTest {

  private static final Path GOLDEN =
      Path.of("src/test/resources/org/figora/analysis/report/golden-report.html");

  private static String page;
  private static String nothingPasses;

  private static Figure record(
      String figid, String title, int year, String reference, List<String> genes) {
    String pmcid = Figure.pmcidOf(figid);
    return new Figure(
        figid,
        "",
        title,
        "",
        pmcid,
        "",
        reference,
        OptionalInt.of(year),
        Optional.empty(),
        Optional.of("Oncology Letters"),
        List.of("Homo sapiens"),
        List.of(),
        OptionalDouble.empty(),
        Figure.PMC_BASE_URL + "/pmc/articles/" + pmcid + "/figure/F1/",
        Figure.PFOCR_FIGURE_BASE_URL + figid + ".html",
        genes,
        genes,
        List.of(),
        "test");
  }

  private static List<String> genes(String... symbols) {
    return List.of(symbols);
  }

  private static List<Figure> figures() {
    List<String> ras =
        genes(
            "KRAS", "HRAS", "NRAS", "RAF1", "BRAF", "MAP2K1", "MAP2K2", "MAPK1", "MAPK3", "SOS1",
            "GRB2", "PIK3CA", "AKT1");
    List<Figure> figures = new ArrayList<>();
    figures.add(
        record(
            "PMC5738696__ol-15-01-0041-g00",
            "IGF1R signaling <b>&</b> its drug resistance mechanisms",
            2018,
            "Jingsheng Yuan, et al. Oncol Lett. 2018;15(1):41-47.",
            genes(
                "IGF1R", "IRS1", "AKT1", "PIK3CA", "PIK3R1", "MAPK1", "MAPK3", "KRAS", "TP53",
                "MTOR", "BAD", "BCL2", "GRB2", "SHC1")));
    figures.add(
        record(
            "PMC2259464__gr1",
            "The RAS signaling pathway",
            2008,
            "A. Author, et al. Mol Cancer. 2008;7:1.",
            ras));
    figures.add(
        record(
            "PMC2661541__gcr2_4ap0010f2",
            "The Ras signaling pathway",
            2009,
            "B. Author, et al. Genes Cancer. 2009;1:2.",
            ras));
    figures.add(
        Figure.ofGeneSet(
            "WP254",
            "Apoptosis (a WikiPathways set, no image)",
            "javascript:alert(1)",
            genes("TP53", "BAX", "BCL2", "CASP3", "CASP9", "APAF1", "CYCS", "BID"),
            "test"));
    for (int f = 0; f < 12; f++) {
      List<String> set = new ArrayList<>(List.of("GAPDH", "ACTB", "TUBB", "RPLP0"));
      set.add("CDK" + (f % 9 + 1));
      set.add("CCNB" + (f % 2 + 1));
      set.add("E2F" + (f % 5 + 1));
      figures.add(
          Figure.ofGeneSet(
              String.format("PMC100%02d__F%d", f, f), "Filler figure " + f, "", set, "test"));
    }
    return figures;
  }

  @BeforeAll
  static void write() throws IOException {
    List<Figure> figures = figures();
    FigureIndex index =
        FigureIndex.of(
            new Corpus(figures, new LoadReport(1, figures.size(), List.of(), List.of(), 0, 0)));
    Universe universe = Universe.annotated(index);
    EnrichmentEngine engine =
        new EnrichmentEngine(
            index,
            universe,
            new EnrichmentOptions(3, 500, PValueAdjustment.BENJAMINI_HOCHBERG, false));
    GeneListResolver resolver = new GeneListResolver(GeneReference.bundled());
    List<InputIdentifier> identifiers = new ArrayList<>();
    String[] inputs = {
      "IGF1R",
      "irs1",
      "AKT1",
      "PIK3CA",
      "PIK3R1",
      "MAPK1",
      "MAPK3",
      "KRAS",
      "p53",
      "MTOR",
      "BAD",
      "HRAS",
      "NRAS",
      "RAF1",
      "BRAF",
      "MAP2K1",
      "GRB2",
      "SOS1",
      "MAP2K2",
      "CDK1",
      "NOTAGENE1",
      "GAPDH",
      "AKT1"
    };
    for (int i = 0; i < inputs.length; i++) {
      identifiers.add(new InputIdentifier(inputs[i], i + 1));
    }
    ResolvedGeneList input = resolver.resolve("signalling <list>.txt", identifiers);
    page = html(index, universe, engine.enrich(input.toGeneList()), input, 0.05);
    ResolvedGeneList weak =
        resolver.resolve(
            "weak.txt", List.of(new InputIdentifier("GAPDH", 1), new InputIdentifier("CDK2", 2)));
    nothingPasses = html(index, universe, engine.enrich(weak.toGeneList()), weak, 0.05);
  }

  private static String html(
      FigureIndex index,
      Universe universe,
      EnrichmentResult result,
      ResolvedGeneList input,
      double threshold)
      throws IOException {
    List<FigureEnrichment> rows = HtmlReport.pageRows(result.hits(), threshold);
    GroupedRows grouped = GroupedRows.of(index, universe, rows, FigureGroups.DEFAULT_MIN_JACCARD);
    Provenance provenance =
        new Provenance(
            "0.1.0",
            "seeds/ (test corpus)",
            Optional.empty(),
            "sha256:0123456789abcdef0123456789abcdef",
            "0123456789abcdef",
            index.figureCount(),
            "NCBI Gene (test)",
            universe.policy(),
            universe.size(),
            0,
            Optional.empty(),
            3,
            500,
            PValueAdjustment.BENJAMINI_HOCHBERG,
            false,
            result.testedFigures(),
            RowSelection.hits().withMaxAdjustedPValue(threshold),
            input.name(),
            input.identifiers().size(),
            input.symbols().size(),
            List.of("NOTAGENE1"),
            result.querySize(),
            result.outsideUniverse(),
            TestProvenance.CREATED,
            Optional.empty());
    StringWriter out = new StringWriter();
    HtmlReport.write(
        new HtmlReportInput(
            result,
            grouped,
            provenance,
            input,
            threshold,
            "Every row: the same command with --format tsv."),
        out);
    return out.toString();
  }

  @Test
  void pageMatchesTheGoldenFile() throws IOException {
    if (Boolean.getBoolean("figora.updateGolden")) {
      Files.writeString(GOLDEN, page, StandardCharsets.UTF_8);
    }
    assertEquals(
        Files.readString(GOLDEN, StandardCharsets.UTF_8),
        page,
        "the HTML report changed; if on purpose, rerun with -Dfigora.updateGolden=true");
  }

  @Test
  void pagesAreValidHtml() {
    NuChecker.assertValid("golden report", page);
    NuChecker.assertValid("report where nothing passes", nothingPasses);
  }

  @Test
  void summaryShowsThePassingCountMappingBackgroundAndCorpus() {
    assertTrue(page.contains("pass adjusted p ≤ 0.05"), "verdict");
    assertTrue(page.contains("p53 → TP53"), "alias substitution");
    assertTrue(page.contains("irs1 → IRS1"), "case correction");
    assertTrue(page.contains("NOTAGENE1"), "unknown identifier");
    assertTrue(page.contains("<strong>N = "), "background size");
    assertTrue(page.contains("seeds/ (test corpus)"), "corpus");
  }

  @Test
  void groupedFiguresAreFoldedUnderTheBestRankedOne() {
    assertTrue(page.contains(">+1 similar figure</button>"), "fold button");
    assertTrue(page.contains("class=\"similar pass\""), "folded row");
    assertTrue(
        page.matches("(?s).*<tr id=\"r\\d+\" class=\"similar[^\"]*\"[^>]* hidden>.*"),
        "folded rows start hidden");
  }

  @Test
  void untrustedTextAndLinksAreNeutralised() {
    assertFalse(page.contains("<b>&</b>"), "markup in a title is escaped");
    assertTrue(page.contains("&lt;b&gt;&amp;&lt;/b&gt;"));
    assertFalse(page.contains("javascript:"), "only http(s) links");
    assertTrue(
        page.contains("<span class=\"ph\" aria-hidden=\"true\">no image</span>"),
        "placeholder for a figure without an image");
  }

  @Test
  void imagesComeFromPmcAndLoadLazily() {
    assertTrue(
        page.contains(
            "<img src=\"https://www.ncbi.nlm.nih.gov/pmc/articles/PMC5738696"
                + "/bin/ol-15-01-0041-g00.jpg\" alt=\"\" loading=\"lazy\""));
  }

  @Test
  void whenNothingPassesTheChartSaysSo() {
    assertTrue(nothingPasses.contains("class=\"chart-empty\""));
    assertFalse(nothingPasses.contains("<svg"));
    assertTrue(nothingPasses.contains("<strong>0 figures</strong>"));
  }

  @Test
  void theCheckerFindsErrors() {
    assertFalse(
        NuChecker.errors(
                "<!DOCTYPE html><html lang=\"en\"><head><title>t</title>"
                    + "</head><body><table><tr><td><a href=\"x\"><div><a href=\"y\">z</a></div></a>"
                    + "</td></tr></table><p id=\"a\" id=\"a\"></body></html>")
            .isEmpty());
  }
}
