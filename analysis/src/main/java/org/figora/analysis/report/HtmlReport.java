package org.figora.analysis.report;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.figora.analysis.enrich.EnrichmentResult;
import org.figora.analysis.enrich.FigureEnrichment;
import org.figora.analysis.enrich.FigureGroups;
import org.figora.analysis.figure.Figure;
import org.figora.analysis.gene.MatchKind;
import org.figora.analysis.input.ResolvedGeneList;
import org.figora.analysis.input.ResolvedIdentifier;
import org.figora.analysis.stats.PValueAdjustment;

/**
 * The HTML report of one list: one self-contained page a researcher reads.
 *
 * <p>From the top: what passed (how many figures at or below the FDR threshold, of how many
 * tested), the list's mapping, background and corpus; a bar chart of the passing figures by −log10
 * adjusted p with the threshold drawn; then one row per figure with its thumbnail (loaded lazily
 * from PMC; a placeholder offline or without an image), its title linked to the PFOCR page, the
 * paper linked to PMC, the list's genes in it as chips, k/K, fold enrichment and the adjusted p,
 * the figure's other genes on demand, and similar figures folded under the best-ranked one. The
 * table sorts and filters in the page; below 700 px it becomes cards. The only network requests are
 * the figure images. The Methods paragraph ends the page.
 */
public final class HtmlReport {

  /** The page shows at least this many rows (when there are), even when fewer pass. */
  public static final int MIN_ROWS = 50;

  /** Figures charted at most. */
  static final int CHART_BARS = 12;

  /** Entries of a mapping list shown before "and N more". */
  private static final int LISTED = 40;

  /** The report's stylesheet (the batch's index page shares it). */
  static final String STYLE = resource("report.css");

  private static final String SCRIPT = resource("report.js");

  private HtmlReport() {}

  /**
   * The rows a page shows: every row passing the threshold and at least the first {@link
   * #MIN_ROWS}, so that a result with 50,000 hits stays a page a browser opens at once.
   *
   * @param rows rows in rank order (adjusted p ascending, as every correction keeps rank order)
   * @param fdrThreshold the threshold
   * @return a prefix of the rows
   */
  public static List<FigureEnrichment> pageRows(List<FigureEnrichment> rows, double fdrThreshold) {
    int keep = Math.max(MIN_ROWS, passing(rows, fdrThreshold));
    return keep >= rows.size() ? rows : rows.subList(0, keep);
  }

  /**
   * Counts rows at or below the threshold by binary search (adjusted p never decreases down the
   * ranking), reading about log2(rows) of them.
   *
   * @param ranked rows in rank order
   * @param fdrThreshold the threshold
   * @return how many pass
   */
  public static int passing(List<FigureEnrichment> ranked, double fdrThreshold) {
    int low = 0;
    int high = ranked.size();
    while (low < high) {
      int middle = (low + high) >>> 1;
      if (ranked.get(middle).adjustedPValue() <= fdrThreshold) {
        low = middle + 1;
      } else {
        high = middle;
      }
    }
    return low;
  }

  /**
   * Writes the page.
   *
   * @param in what to show
   * @param out where to write
   * @throws IOException when writing fails
   */
  public static void write(HtmlReportInput in, Writer out) throws IOException {
    Provenance p = in.provenance();
    StringBuilder html = new StringBuilder(64 * 1024);
    html.append("<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n")
        .append("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n")
        .append("<meta name=\"generator\" content=\"figora\">\n")
        .append("<title>")
        .append(Html.text(p.listName()))
        .append(" · figora pathway figures")
        .append("</title>\n<style>\n")
        .append(STYLE)
        .append("</style>\n")
        .append("<script>\n")
        .append(SCRIPT)
        .append("</script>\n</head>\n<body>\n<main>\n");
    summary(in, html);
    html.append(
            BarChart.svg(
                in.shown(),
                in.fdrThreshold(),
                adjustedLabel(p),
                passing(in.result().hits(), in.fdrThreshold())))
        .append("</div>\n");
    results(in, html);
    html.append("<section id=\"methods\">\n<h2>Methods</h2>\n<p class=\"methods\">")
        .append(Html.text(p.methodsParagraph()))
        .append("</p>\n<p class=\"cite\">Please cite")
        .append(" PFOCR: Hanspers K, Riutta A, Summer-Kutmon M, Pico AR. Pathway information")
        .append(" extracted from 25 years of pathway figures. <i>Genome Biology</i> 21, 273")
        .append(" (2020).</p>\n</section>\n</main>\n</body>\n</html>\n");
    out.write(html.toString());
  }

  private static String adjustedLabel(Provenance p) {
    return p.correction() == PValueAdjustment.NONE ? "p" : "adjusted p";
  }

  private static void summary(HtmlReportInput in, StringBuilder html) {
    Provenance p = in.provenance();
    EnrichmentResult result = in.result();
    int passing = passing(result.hits(), in.fdrThreshold());
    String threshold = Html.number(in.fdrThreshold());
    html.append("<header>\n<p class=\"kicker\">figora · pathway figures from PFOCR</p>\n")
        .append("<h1>")
        .append(Html.text(p.listName()))
        .append("</h1>\n")
        .append("<p class=\"verdict")
        .append(passing == 0 ? " none" : "")
        .append("\"><strong>")
        .append(plural(passing, "figure"))
        .append("</strong> ")
        .append(passing == 1 ? "passes" : "pass")
        .append(' ')
        .append(adjustedLabel(p))
        .append(" ≤ ")
        .append(threshold)
        .append(", of ")
        .append(String.format(Locale.ROOT, "%,d", p.testedFigures()))
        .append(" tested (")
        .append(String.format(Locale.ROOT, "%,d", result.hits().size()))
        .append(" share a gene with the list).</p>\n</header>\n<div class=\"top\">\n");
    html.append("<section class=\"summary\" aria-label=\"Summary\">\n<dl>\n");
    term(
        html,
        "Your list",
        p.inputIdentifiers()
            + " identifiers → "
            + p.mappedGenes()
            + " genes; <strong>n = "
            + p.genesInUniverse()
            + "</strong> in the background"
            + (p.outsideUniverse().isEmpty()
                ? ""
                : "; not in it (not counted): " + names(p.outsideUniverse())));
    if (in.input() != null) {
      mapping(in.input(), html);
    } else if (!p.unmappedIdentifiers().isEmpty()) {
      term(html, "Not mapped", names(p.unmappedIdentifiers()));
    }
    term(
        html,
        "Background",
        Html.text(p.universePolicy().label())
            + ", <strong>N = "
            + String.format(Locale.ROOT, "%,d", p.universeSize())
            + "</strong> genes"
            + (p.droppedBackgroundGenes() > 0
                ? " ("
                    + p.droppedBackgroundGenes()
                    + " of your background genes are in no figure and were left out)"
                : ""));
    term(
        html,
        "Corpus",
        Html.text(p.corpusRelease().map(r -> "PFOCR release " + r).orElse(p.corpusDescription()))
            + " — "
            + String.format(Locale.ROOT, "%,d", p.figureCount())
            + " figures; content "
            + "<code title=\""
            + Html.text(p.corpusContentDigest())
            + "\">"
            + Html.text(shortDigest(p.corpusContentDigest()))
            + "</code>");
    term(
        html,
        "Test",
        "one-sided hypergeometric; figures with "
            + p.minSize()
            + "–"
            + p.maxSize()
            + " background genes; "
            + Html.text(p.correction().displayName())
            + (p.correctHitsOnly()
                ? " over the figures sharing a gene only"
                : " over all "
                    + String.format(Locale.ROOT, "%,d", p.testedFigures())
                    + " tested figures"));
    term(html, "Gene reference", Html.text(p.referenceSource()));
    html.append("</dl>\n</section>\n");
  }

  /** A content digest shortened for reading: its first 12 hex digits after the prefix. */
  private static String shortDigest(String digest) {
    int start = digest.indexOf(':') + 1;
    return digest.length() <= start + 12 ? digest : digest.substring(start, start + 12);
  }

  /** The mapping: ambiguous identifiers with their candidates, substitutions, unknowns. */
  private static void mapping(ResolvedGeneList input, StringBuilder html) {
    List<String> ambiguous = new ArrayList<>();
    for (ResolvedIdentifier identifier : input.ambiguous()) {
      ambiguous.add(
          Html.text(identifier.input())
              + " ("
              + Html.text(String.join(", ", identifier.symbols()))
              + ")");
    }
    List<String> substituted = new ArrayList<>();
    Set<String> seen = new HashSet<>();
    for (ResolvedIdentifier identifier : input.identifiers()) {
      if (identifier.isResolved()
          && identifier.kind() != MatchKind.EXACT
          && seen.add(identifier.input())) {
        substituted.add(
            Html.text(identifier.input()) + " → " + Html.text(identifier.symbols().get(0)));
      }
    }
    List<String> unknown = input.unknown().stream().map(i -> Html.text(i.input())).toList();
    if (!substituted.isEmpty()) {
      term(html, "Mapped to approved symbols", joined(substituted));
    }
    if (!ambiguous.isEmpty()) {
      term(html, "Ambiguous, not used", joined(ambiguous));
    }
    if (!unknown.isEmpty()) {
      term(html, "Unknown, not used", joined(unknown));
    }
  }

  private static String names(List<String> names) {
    return joined(names.stream().map(Html::text).toList());
  }

  private static String joined(List<String> items) {
    if (items.size() <= LISTED) {
      return String.join(", ", items);
    }
    return String.join(", ", items.subList(0, LISTED))
        + " and "
        + (items.size() - LISTED)
        + " more";
  }

  private static void term(StringBuilder html, String term, String definitionHtml) {
    html.append("<dt>")
        .append(Html.text(term))
        .append("</dt><dd>")
        .append(definitionHtml)
        .append("</dd>\n");
  }

  private static void results(HtmlReportInput in, StringBuilder html) {
    List<FigureEnrichment> rows = in.shown().rows();
    FigureGroups groups = in.shown().groups();
    Provenance p = in.provenance();
    int hits = in.result().hits().size();
    html.append("<section id=\"figures\" aria-label=\"Figures\">\n<h2>Figures</h2>\n");
    html.append("<p class=\"note\">").append(rowsNote(in, rows.size(), groups, hits));
    html.append(" k/K: the list's genes in the figure of its genes in the background (n = ")
        .append(p.genesInUniverse())
        .append(", N = ")
        .append(String.format(Locale.ROOT, "%,d", p.universeSize()))
        .append(").</p>\n");
    html.append(
        "<div class=\"tools\"><label for=\"filter\">Filter</label> <input id=\"filter\""
            + " type=\"search\" placeholder=\"gene or words of a title\" autocomplete=\"off\">"
            + " <output id=\"count\" for=\"filter\"></output></div>\n");
    html.append("<table id=\"results\">\n<thead><tr>")
        .append("<th scope=\"col\" class=\"c-thumb\">Figure</th>")
        .append(sortable("c-title", "rank", "asc", "Title and paper"))
        .append("<th scope=\"col\" class=\"c-genes\">Your genes in it</th>")
        .append(sortable("c-k num", "k", "desc", "k/K"))
        .append(sortable("c-fold num", "fold", "desc", "Fold enrichment"))
        .append(sortable("c-p num", "padj", "asc", capitalised(adjustedLabel(p))))
        .append("</tr></thead>\n<tbody>\n");
    for (int r = 0; r < rows.size(); r++) {
      if (groups.isRepresentative(r)) {
        int[] members = groups.members(r);
        for (int m = 0; m < members.length; m++) {
          row(in, members[m], m == 0 ? members.length - 1 : -1, groups, html);
        }
      }
    }
    html.append("</tbody>\n</table>\n");
    if (rows.isEmpty()) {
      html.append("<p class=\"empty\">No figure shares a gene with the list.</p>\n");
    }
    html.append("</section>\n");
  }

  private static String rowsNote(HtmlReportInput in, int shown, FigureGroups groups, int hits) {
    StringBuilder note = new StringBuilder();
    if (shown < hits) {
      note.append(String.format(Locale.ROOT, "%,d of the %,d figures", shown, hits))
          .append(" sharing a gene with the list: those passing and at least the top ")
          .append(MIN_ROWS)
          .append('.');
      if (!in.fullTable().isEmpty()) {
        note.append(' ').append(Html.text(in.fullTable()));
      }
    } else {
      note.append(plural(shown, "figure")).append('.');
    }
    if (groups.groupCount() < shown) {
      note.append(" Figures with nearly the same genes are folded under the best-ranked one (")
          .append(plural(groups.groupCount(), "group"))
          .append(").");
    }
    return note.toString();
  }

  private static String capitalised(String text) {
    return Character.toUpperCase(text.charAt(0)) + text.substring(1);
  }

  private static String sortable(String cssClass, String key, String first, String label) {
    return "<th scope=\"col\" class=\""
        + cssClass
        + "\" aria-sort=\"none\"><button type=\"button\""
        + " data-key=\""
        + key
        + "\" data-first=\""
        + first
        + "\">"
        + Html.text(label)
        + "<span class=\"arrow\" aria-hidden=\"true\"></span></button></th>";
  }

  /**
   * One figure's row. {@code similar} is the number of folded figures under a representative, or -1
   * for a folded figure.
   */
  private static void row(
      HtmlReportInput in, int r, int similar, FigureGroups groups, StringBuilder html) {
    FigureEnrichment row = in.shown().rows().get(r);
    Figure figure = row.figure();
    boolean passes = row.adjustedPValue() <= in.fdrThreshold();
    int rank = r + 1;
    String title = figure.title().isBlank() ? figure.figid() : figure.title();
    Set<String> overlap = new HashSet<>(row.overlapGenes());
    List<String> others =
        figure.humanGenes().stream().filter(g -> !overlap.contains(g)).sorted().toList();
    String search =
        (String.join(" ", row.overlapGenes())
                + " "
                + String.join(" ", others)
                + " "
                + title
                + " "
                + figure.figid())
            .toLowerCase(Locale.ROOT);
    html.append("<tr id=\"r")
        .append(rank)
        .append("\" class=\"")
        .append(similar >= 0 ? "lead" : "similar")
        .append(passes ? " pass" : "")
        .append("\" data-figid=\"")
        .append(Html.text(figure.figid()))
        .append("\" data-group=\"")
        .append(groups.group(r))
        .append("\" data-rank=\"")
        .append(rank)
        .append("\" data-k=\"")
        .append(row.overlap())
        .append("\" data-fold=\"")
        .append(row.foldEnrichment())
        .append("\" data-padj=\"")
        .append(row.adjustedPValue())
        .append("\" data-text=\"")
        .append(Html.text(search))
        .append('"')
        .append(similar >= 0 ? "" : " hidden")
        .append(">\n");
    // Thumbnail.
    String image = Html.url(figure.imageUrl());
    String page = figure.bestUrl();
    String thumb =
        image.isEmpty()
            ? "<span class=\"ph\" aria-hidden=\"true\">no image</span>"
            : "<img src=\""
                + image
                + "\" alt=\"\" loading=\"lazy\" decoding=\"async\" width=\"120\""
                + " height=\"90\">";
    html.append("<td class=\"c-thumb\"><div class=\"thumb\">")
        .append(Html.link(page, thumb, " tabindex=\"-1\" aria-hidden=\"true\""))
        .append("</div></td>\n");
    // Title, paper, other genes, fold.
    html.append("<td class=\"c-title\"><span class=\"rank\">")
        .append(rank)
        .append("</span>")
        .append(
            passes ? "<span class=\"pass-mark\" title=\"passes the threshold\">passes</span>" : "")
        .append("<span class=\"title\">")
        .append(Html.link(page, Html.text(title), ""))
        .append("</span>\n<div class=\"paper\">")
        .append(paper(figure))
        .append("</div>\n");
    if (!others.isEmpty()) {
      html.append("<details><summary>The figure's other ")
          .append(plural(others.size(), "gene"))
          .append("</summary><p class=\"others\">")
          .append(chips(others, "chip other"))
          .append("</p></details>\n");
    }
    if (similar > 0) {
      html.append("<button type=\"button\" class=\"fold\" aria-expanded=\"false\" data-group=\"")
          .append(groups.group(r))
          .append("\">+")
          .append(similar)
          .append(" similar figure")
          .append(similar == 1 ? "" : "s")
          .append("</button>\n");
    } else if (similar < 0) {
      html.append("<div class=\"similar-note\">similar to #")
          .append(groups.representative(r) + 1)
          .append(" (nearly the same genes)</div>\n");
    }
    html.append("</td>\n<td class=\"c-genes\" data-label=\"Your genes\">")
        .append(chips(row.overlapGenes(), "chip"))
        .append("</td>\n");
    html.append("<td class=\"c-k num\" data-label=\"k/K\">")
        .append(row.overlap())
        .append('/')
        .append(row.figureSize())
        .append("</td>\n<td class=\"c-fold num\" data-label=\"Fold\">")
        .append(Html.number(row.foldEnrichment()))
        .append("</td>\n<td class=\"c-p num\"" + " data-label=\"")
        .append(Html.text(capitalised(adjustedLabel(in.provenance()))))
        .append("\">")
        .append(Html.pValue(row.adjustedPValue(), Math.log10(row.adjustedPValue())))
        .append("</td>\n</tr>\n");
  }

  private static String paper(Figure figure) {
    List<String> parts = new ArrayList<>();
    if (figure.year().isPresent()) {
      parts.add(String.valueOf(figure.year().getAsInt()));
    }
    if (!figure.referenceText().isBlank()) {
      parts.add(Html.text(figure.referenceText()));
    } else if (figure.journal().isPresent()) {
      parts.add("<i>" + Html.text(figure.journal().get()) + "</i>");
    }
    if (!figure.pmcid().isEmpty()) {
      parts.add(
          Html.link(
              Figure.PMC_BASE_URL + "/pmc/articles/" + figure.pmcid() + "/",
              Html.text(figure.pmcid()),
              ""));
    }
    if (parts.isEmpty()) {
      parts.add(Html.text(figure.figid()));
    }
    return String.join(" · ", parts);
  }

  private static String chips(List<String> genes, String cssClass) {
    StringBuilder html = new StringBuilder();
    for (String gene : genes) {
      html.append("<span class=\"")
          .append(cssClass)
          .append("\">")
          .append(Html.text(gene))
          .append("</span> ");
    }
    return html.toString().stripTrailing();
  }

  private static String plural(int count, String noun) {
    return String.format(Locale.ROOT, "%,d", count) + " " + noun + (count == 1 ? "" : "s");
  }

  private static String resource(String name) {
    try (InputStream in = HtmlReport.class.getResourceAsStream(name)) {
      if (in == null) {
        throw new IllegalStateException("missing resource " + name);
      }
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
