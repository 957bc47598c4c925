package org.figora.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Random;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.figora.analysis.report.ListComparison;
import org.figora.analysis.report.NuChecker;
import org.figora.analysis.report.ReportColumns;
import org.figora.server.Browser;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A batch with {@code --format html} also writes {@code index.html} (a dot plot of lists × figures)
 * and {@code comparison.tsv}; checked for 3 lists and for 200, in the Nu checker and in a browser.
 */
class ComparisonTest {

  @TempDir static Path dir;
  private static Path three;
  private static Path many;

  private static final List<String> RAS =
      List.of("KRAS", "HRAS", "BRAF", "RAF1", "MAP2K1", "MAPK1", "MAPK3", "SOS1", "GRB2");
  private static final List<String> APOPTOSIS =
      List.of("TP53", "BAX", "BCL2", "CASP3", "CASP9", "CDKN1A", "MDM2", "APAF1", "CYCS");

  @BeforeAll
  static void runBatches() throws IOException {
    Path cache = dir.resolve("cache");
    Path lists = Files.createDirectories(dir.resolve("lists"));
    Files.write(lists.resolve("ras.txt"), RAS);
    Files.write(lists.resolve("apoptosis.txt"), APOPTOSIS);
    three = dir.resolve("three");
    CliRun.run(
            cache,
            "enrich",
            CliRun.IGF1R,
            lists.resolve("ras.txt"),
            lists.resolve("apoptosis.txt"),
            "--format",
            "html",
            "--output-dir",
            three,
            "-q")
        .ok();
    // 200 lists: random draws from the genes of the seed figures, as a GMT of lists.
    List<String> genes =
        new ArrayList<>(
            new HashSet<>(
                Files.readAllLines(CliRun.SEEDS.resolve("pfocr-sample.gmt")).stream()
                    .flatMap(
                        line ->
                            List.of(line.split("\t")).subList(2, line.split("\t").length).stream())
                    .toList()));
    genes.sort(null);
    Random random = new Random(7);
    StringBuilder gmt = new StringBuilder();
    for (int l = 0; l < 200; l++) {
      gmt.append("list").append(l).append("\t-");
      Set<String> picked = new HashSet<>();
      List<String> base = l % 2 == 0 ? RAS : APOPTOSIS;
      picked.addAll(base.subList(0, 3 + random.nextInt(base.size() - 3)));
      while (picked.size() < 25) {
        picked.add(genes.get(random.nextInt(genes.size())));
      }
      for (String gene : picked.stream().sorted().toList()) {
        gmt.append('\t').append(gene);
      }
      gmt.append('\n');
    }
    Path listsGmt = Files.writeString(lists.resolve("many.gmt"), gmt);
    many = dir.resolve("many");
    CliRun.run(cache, "enrich", "--lists", listsGmt, "--format", "html", "--output-dir", many, "-q")
        .ok();
  }

  @Test
  void indexLinksEveryListAndFigureAndIsValid() throws IOException {
    String index = Files.readString(three.resolve("index.html"));
    NuChecker.assertValid("index.html of 3 lists", index);
    for (String report : List.of("igf1r-signalling.html", "ras.html", "apoptosis.html")) {
      assertTrue(index.contains("<a href=\"" + report + "\">"), report);
      assertTrue(Files.exists(three.resolve(report)));
    }
    assertTrue(
        index.contains("https://pfocr.wikipathways.org/figures/" + CliRun.IGF1R_FIGURE + ".html"));
    assertTrue(
        index.contains("How the figures were picked: each list's best 10 passing" + " figures"),
        "says how figures are picked");
    // Every dot links to a row of a list's report that exists.
    Matcher dot = Pattern.compile("<a href=\"([a-z0-9-]+\\.html)#(r\\d+)\"").matcher(index);
    int dots = 0;
    while (dot.find()) {
      String report = Files.readString(three.resolve(dot.group(1)));
      assertTrue(report.contains("<tr id=\"" + dot.group(2) + "\""), dot.group());
      dots++;
    }
    assertTrue(dots >= 10, "dots: " + dots);
  }

  @Test
  void comparisonTsvHoldsTheListsValues() throws IOException {
    TextTable comparison = TextTable.tsv(Files.readString(three.resolve("comparison.tsv")));
    TextTable ras =
        TextTable.tsv(
            CliRun.run(dir.resolve("cache"), "enrich", dir.resolve("lists/ras.txt"), "-q")
                .ok()
                .out());
    int checked = 0;
    for (int r = 0; r < comparison.size(); r++) {
      if (!comparison.get(r, "list").equals("ras")) {
        continue;
      }
      int row = ras.column(ReportColumns.FIGID).indexOf(comparison.get(r, "figid"));
      assertTrue(row >= 0);
      assertEquals(ras.get(row, ReportColumns.P_VALUE), comparison.get(r, "p_value"));
      assertEquals(ras.get(row, "p_adjusted"), comparison.get(r, "p_adjusted"));
      assertEquals(ras.get(row, ReportColumns.OVERLAP), comparison.get(r, "overlap_k"));
      assertEquals(String.valueOf(row + 1), comparison.get(r, "rank_in_list"));
      assertEquals(
          Double.parseDouble(ras.get(row, "p_adjusted")) <= 0.05 ? "TRUE" : "FALSE",
          comparison.get(r, "passes"));
      checked++;
    }
    assertTrue(checked > 5, "rows of the ras list: " + checked);
  }

  @Test
  void twoHundredListsStayReadable() throws IOException {
    String index = Files.readString(many.resolve("index.html"));
    NuChecker.assertValid("index.html of 200 lists", index);
    assertTrue(index.contains("each list's best passing figure"), "one figure per list");
    Matcher row = Pattern.compile("<tr><th scope=\"row\" class=\"row-label\">").matcher(index);
    int rows = 0;
    while (row.find()) {
      rows++;
    }
    assertEquals(200, rows, "lists as rows when there are many");
    Matcher column =
        Pattern.compile("<th scope=\"col\" class=\"col-label vertical\">").matcher(index);
    int figures = 0;
    while (column.find()) {
      figures++;
    }
    assertTrue(figures > 0 && figures <= ListComparison.MAX_FIGURES, "figures: " + figures);
  }

  @Test
  void indexPagesFitTheScreenInABrowser() throws IOException {
    try (Browser browser = Browser.open(1400, 900)) {
      browser.open(three.resolve("index.html"));
      assertEquals(
          0, browser.number("return document.documentElement.scrollWidth - window.innerWidth"));
      browser.screenshot("index-3-lists-1400");
      browser.open(many.resolve("index.html"));
      assertEquals(
          0, browser.number("return document.documentElement.scrollWidth - window.innerWidth"));
      browser.screenshot("index-200-lists-1400");
      browser.resizeViewport(400, 860);
      browser.open(many.resolve("index.html"));
      assertEquals(
          List.of(),
          browser.script(
              "const w = window.innerWidth;"
                  + " return Array.from(document.body.querySelectorAll('*')).filter(e => {"
                  + " const r = e.getBoundingClientRect(); return r.width > 0 && r.right > w + 0.5"
                  + " && !e.closest('.plot-box table'); }).map(e => e.tagName + '.' + e.className);"),
          "elements beyond the 400 px page (the plot scrolls in its box)");
      assertEquals(
          0,
          browser.number("return document.documentElement.scrollWidth - window.innerWidth"),
          "the plot scrolls in its box, not the page");
      browser.screenshot("index-200-lists-400");
    }
  }
}
