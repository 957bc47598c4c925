package org.figora.server;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.figora.analysis.figure.Figure;
import org.figora.analysis.input.ResolvedGeneList;
import org.figora.analysis.input.ResolvedIdentifier;
import org.figora.analysis.report.ReportFormat;
import org.figora.analysis.stats.PValueAdjustment;

/**
 * The server's HTML pages: the form, the result (the library's HTML report with the page's header
 * and download links), a figure's own page and error pages. Self-contained apart from the server's
 * own script and style sheet; no inline script.
 */
final class Pages {

  private Pages() {}

  /** The head of the server's own pages. */
  private static String head(String title) {
    return "<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n"
        + "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n<title>"
        + escape(title)
        + "</title>\n<link rel=\"stylesheet\" href=\"/static/figora.css\">\n"
        + "</head>\n<body>\n";
  }

  private static String foot() {
    return "<script src=\"/static/figora.js\"></script>\n</body>\n</html>\n";
  }

  /**
   * The form.
   *
   * @param corpora the corpora served, the default first
   * @param limits the server's limits, shown to the user
   * @return the page
   */
  static String index(List<ServedCorpus> corpora, Limits limits) {
    StringBuilder html = new StringBuilder(head("figora: pathway figures for your genes"));
    html.append(
        "<header><h1>Which published pathway figures are your genes over-represented"
            + " in?</h1>\n<p>Tests a gene list against the figures of Pathway Figure OCR (PFOCR)"
            + " on this machine: nothing leaves it.</p></header>\n<main>\n");
    html.append("<form id=\"enrich-form\" method=\"post\" action=\"/report\">\n");
    html.append(
            "<label for=\"genes\">Gene list <small>(symbols, aliases, Entrez or Ensembl"
                + " IDs; one per line or separated by commas, tabs or spaces; at most ")
        .append(limits.maxIdentifiers())
        .append(")</small></label>\n");
    html.append(
        "<textarea id=\"genes\" name=\"genes\" rows=\"12\" spellcheck=\"false\""
            + " placeholder=\"IGF1R&#10;IRS1&#10;PIK3CA&#10;AKT1\"></textarea>\n");
    html.append(
        "<div id=\"drop\" class=\"drop\">Drop a list file here, or <label"
            + " class=\"file\">choose one<input type=\"file\" id=\"file\" accept=\".txt,.lst,.list,"
            + ".csv,.tsv,.tab,text/plain\"></label> <span id=\"file-status\"></span></div>\n");
    html.append(
        "<fieldset id=\"table-box\"><legend>If the list is a table (DESeq2, edgeR, limma"
            + " results)</legend>\n<p class=\"hint\">Name the column that holds the genes, and"
            + " keep the rows you want; without a gene column a table is refused, so that numbers"
            + " and column names are never read as genes.</p>\n<div class=\"grid\">\n<label>Gene"
            + " column <input id=\"gene_column\" name=\"gene_column\" list=\"columns\""
            + " placeholder=\"e.g. gene, symbol or column1\" autocomplete=\"off\"></label>"
            + "<datalist id=\"columns\"></datalist>\n<label>Keep rows where <input id=\"where\""
            + " name=\"where\" placeholder=\"padj &lt; 0.05 and log2FoldChange &gt; 1\""
            + " autocomplete=\"off\"></label>\n</div>\n</fieldset>\n");
    html.append(
        "<label for=\"name\">List name</label>\n<input id=\"name\" name=\"name\""
            + " value=\"pasted list\" maxlength=\"200\">\n");
    html.append("<fieldset><legend>Options</legend>\n<div class=\"grid\">\n");
    html.append("<label>Corpus <select name=\"corpus\">");
    for (ServedCorpus corpus : corpora) {
      html.append("<option value=\"")
          .append(escape(corpus.name()))
          .append("\">")
          .append(escape(corpus.name()))
          .append(" (")
          .append(corpus.loaded().index().figureCount())
          .append(" figures)</option>");
    }
    html.append("</select></label>\n");
    html.append(
        "<label>Background <select name=\"background\" id=\"background\">"
            + "<option value=\"annotated\">genes in any figure (annotated)</option>"
            + "<option value=\"protein-coding\">all protein-coding genes</option>"
            + "<option value=\"list\">my measured genes (list below)</option></select></label>\n");
    html.append("<label>Correction <select name=\"correction\">");
    for (PValueAdjustment method : PValueAdjustment.values()) {
      html.append("<option value=\"")
          .append(method.optionName())
          .append("\">")
          .append(method.optionName())
          .append("</option>");
    }
    html.append("</select></label>\n");
    html.append(
        "<label>Smallest figure <input name=\"min_size\" type=\"number\" min=\"1\""
            + " value=\"3\"></label>\n<label>Largest figure <input name=\"max_size\""
            + " type=\"number\" min=\"1\" value=\"500\"></label>\n");
    html.append(
        "<label>Show adjusted p ≤ <input name=\"max_fdr\" type=\"number\" step=\"any\""
            + " min=\"0\" max=\"1\" placeholder=\"all\"></label>\n<label>Show at most <input"
            + " name=\"top\" type=\"number\" min=\"0\" value=\"100\"> figures</label>\n");
    html.append(
        "<label>Group similar figures (Jaccard ≥) <input name=\"group_similarity\""
            + " value=\"0.8\" inputmode=\"decimal\" pattern=\"off|0(\\.[0-9]+)?|1(\\.0+)?\"></label>\n");
    html.append(
        "<label class=\"check\"><input name=\"collapse\" type=\"checkbox\"> one row"
            + " per group</label>\n");
    html.append(
        "<label class=\"check\"><input name=\"all\" type=\"checkbox\"> also figures"
            + " with no overlap</label>\n</div>\n");
    html.append(
        "<div id=\"background-box\"><label for=\"background_genes\">Measured genes"
            + " (background)</label>\n<textarea id=\"background_genes\" name=\"background_genes\""
            + " rows=\"4\" spellcheck=\"false\"></textarea></div>\n</fieldset>\n");
    html.append("<button type=\"submit\">Find enriched figures</button>\n</form>\n");
    html.append(
        "<p class=\"api\">Scripts: the JSON API is described at <a"
            + " href=\"/api/v1/openapi.json\">/api/v1/openapi.json</a>.</p>\n</main>\n");
    return html.append(foot()).toString();
  }

  /**
   * The result page: the library's HTML report with a header of the mapping and the downloads
   * inserted after its {@code <body>}, and the server's script before its end.
   *
   * @param report the report as the library's HTML writer wrote it
   * @param id the result's id, for download links
   * @param input the resolved list
   * @param corpus the corpus name, for links to figure pages
   * @return the page
   */
  static String result(String report, String id, ResolvedGeneList input, String corpus) {
    StringBuilder header =
        new StringBuilder(
                "<nav class=\"figora-serve\" id=\"serve-header\""
                    + " data-corpus=\""
                    + escape(corpus)
                    + "\" style=\"font-family: system-ui, sans-serif;"
                    + " max-width: 80rem; margin: 0 auto; padding: 0.4em 1em; border-bottom: 1px solid #ddd;"
                    + " overflow-wrap: anywhere\">"
                    + "<p><a href=\"/\">← New analysis</a></p>\n<p class=\"mapping\">")
            .append(escape(input.name() + ": " + input.summary()))
            .append("</p>\n");
    List<ResolvedIdentifier> ambiguous = input.ambiguous();
    if (!ambiguous.isEmpty()) {
      header.append("<p class=\"mapping\">Ambiguous (not used): ");
      for (int i = 0; i < ambiguous.size() && i < 50; i++) {
        header
            .append(i > 0 ? "; " : "")
            .append(
                escape(
                    ambiguous.get(i).input()
                        + " → "
                        + String.join(" or ", ambiguous.get(i).symbols())));
      }
      header.append("</p>\n");
    }
    if (!input.unknown().isEmpty()) {
      header
          .append("<p class=\"mapping\">Unknown (not used): ")
          .append(
              escape(
                  String.join(
                      ", ",
                      input.unknown().stream().limit(50).map(ResolvedIdentifier::input).toList())))
          .append("</p>\n");
    }
    header.append("<p class=\"downloads\">Download:");
    for (ReportFormat format : ReportFormat.values()) {
      header
          .append(" <a download href=\"/results/")
          .append(id)
          .append("/report.")
          .append(downloadExtension(format))
          .append("\">")
          .append(escape(format.optionName()))
          .append("</a>");
    }
    header.append("</p></nav>\n");
    int body = report.indexOf("<body");
    int bodyEnd = body < 0 ? -1 : report.indexOf('>', body);
    int end = report.lastIndexOf("</body>");
    if (bodyEnd < 0 || end < bodyEnd) {
      return head("figora result") + header + "<main>" + report + "</main>" + foot();
    }
    return report.substring(0, bodyEnd + 1)
        + "\n"
        + header
        + report.substring(bodyEnd + 1, end)
        + "<script src=\"/static/figora.js\"></script>\n"
        + report.substring(end);
  }

  /** The name a download has after {@code report.}: the format's extension, unique per format. */
  static String downloadExtension(ReportFormat format) {
    return format == ReportFormat.CLUSTERPROFILER ? "clusterprofiler.tsv" : format.extension();
  }

  /**
   * A figure's own page: its record, genes and links.
   *
   * @param figure the figure
   * @param corpus the corpus it is from
   * @return the page
   */
  static String figure(Figure figure, ServedCorpus corpus) {
    StringBuilder html = new StringBuilder(head(figure.figid() + ": " + figure.title()));
    html.append("<main class=\"figure\">\n<p><a href=\"/\">← New analysis</a></p>\n<h1>")
        .append(escape(figure.title().isEmpty() ? figure.figid() : figure.title()))
        .append("</h1>\n");
    if (figure.imageUrl().startsWith("https://")) {
      html.append("<p class=\"figure-image\"><img loading=\"lazy\" src=\"")
          .append(escape(figure.imageUrl()))
          .append("\" alt=\"")
          .append(escape("The figure: " + figure.title()))
          .append("\"></p>\n");
    }
    html.append("<dl>\n");
    for (Map.Entry<String, String> field : fields(figure).entrySet()) {
      if (!field.getValue().isEmpty()) {
        html.append("<dt>")
            .append(escape(field.getKey()))
            .append("</dt><dd>")
            .append(escape(field.getValue()))
            .append("</dd>\n");
      }
    }
    html.append("<dt>corpus</dt><dd>").append(escape(corpus.name())).append("</dd>\n</dl>\n");
    html.append("<h2>Human genes (")
        .append(figure.humanGenes().size())
        .append(")</h2>\n<p" + " class=\"genes\">");
    figure
        .humanGenes()
        .forEach(g -> html.append("<span class=\"chip\">").append(escape(g)).append("</span> "));
    html.append("</p>\n<h2>Links</h2>\n<ul>\n");
    link(html, figure.figureUrl(), "The figure at PubMed Central");
    link(html, figure.pageUrl(), "The figure on the PFOCR site");
    if (!figure.pmcid().isEmpty()) {
      link(
          html,
          "https://www.ncbi.nlm.nih.gov/pmc/articles/" + figure.pmcid() + "/",
          "The paper at PubMed Central");
    }
    figure.doi().ifPresent(doi -> link(html, "https://doi.org/" + doi, "The paper's DOI"));
    html.append("<li><a href=\"/api/v1/figures/")
        .append(escape(urlPath(figure.figid())))
        .append("?corpus=")
        .append(escape(corpus.name()))
        .append("\">This record as JSON</a>" + "</li>\n</ul>\n");
    if (!figure.caption().isEmpty()) {
      html.append("<h2>Caption</h2>\n<p>").append(escape(figure.caption())).append("</p>\n");
    }
    return html.append("</main>\n").append(foot()).toString();
  }

  /** A figure's record as name–value text, without where it was read from on the server. */
  static Map<String, String> fields(Figure f) {
    Map<String, String> fields = new LinkedHashMap<>();
    fields.put("figid", f.figid());
    fields.put("alias", f.figidAlias());
    fields.put("title", f.title());
    fields.put("paper", f.paperTitle());
    fields.put("reference", f.referenceText());
    fields.put("pmcid", f.pmcid());
    fields.put("year", f.year().isPresent() ? String.valueOf(f.year().getAsInt()) : "");
    fields.put("doi", f.doi().orElse(""));
    fields.put("journal", f.journal().orElse(""));
    fields.put("organisms", String.join(", ", f.organisms()));
    return fields;
  }

  private static void link(StringBuilder html, String url, String label) {
    if (url.startsWith("https://") || url.startsWith("http://")) {
      html.append("<li><a rel=\"noopener noreferrer\" href=\"")
          .append(escape(url))
          .append("\">")
          .append(escape(label))
          .append("</a></li>\n");
    }
  }

  /**
   * An error page for people (the API answers JSON).
   *
   * @param status the HTTP status
   * @param message what went wrong
   * @return the page
   */
  static String error(int status, String message) {
    return head("figora: error " + status)
        + "<main>\n<h1>Error "
        + status
        + "</h1>\n<p"
        + " class=\"error\">"
        + escape(message)
        + "</p>\n<p><a href=\"/\">← Back to the form</a>"
        + "</p>\n</main>\n"
        + foot();
  }

  /** A figid as a URL path segment. */
  static String urlPath(String figid) {
    return java.net.URLEncoder.encode(figid, java.nio.charset.StandardCharsets.UTF_8)
        .replace("+", "%20");
  }

  /** Escapes text for HTML content and quoted attribute values. */
  static String escape(String text) {
    StringBuilder out = new StringBuilder(text.length() + 16);
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      switch (c) {
        case '&' -> out.append("&amp;");
        case '<' -> out.append("&lt;");
        case '>' -> out.append("&gt;");
        case '"' -> out.append("&quot;");
        case '\'' -> out.append("&#39;");
        default -> out.append(c);
      }
    }
    return out.toString();
  }
}
