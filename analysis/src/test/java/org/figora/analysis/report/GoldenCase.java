package org.figora.analysis.report;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.OptionalInt;
import java.util.Set;
import org.figora.analysis.corpus.Corpus;
import org.figora.analysis.corpus.LoadReport;
import org.figora.analysis.enrich.EnrichmentEngine;
import org.figora.analysis.enrich.EnrichmentOptions;
import org.figora.analysis.enrich.EnrichmentResult;
import org.figora.analysis.enrich.Universe;
import org.figora.analysis.figure.Figure;
import org.figora.analysis.gene.MatchKind;
import org.figora.analysis.index.FigureIndex;
import org.figora.analysis.input.ResolvedGeneList;
import org.figora.analysis.input.ResolvedIdentifier;
import org.figora.analysis.stats.PValueAdjustment;

/**
 * A report made from a golden-file input: a small corpus, a gene list and options, written as text
 * so that hostile values are easy to read and edit. Lines are {@code key: value}; values of {@code
 * figure} lines are tab-separated; in every value {@code \t}, {@code \n}, {@code \r} and {@code \\}
 * stand for a tab, a line feed, a carriage return and a backslash.
 *
 * <pre>
 * # a comment
 * list: my list.txt
 * correction: bh            (an option name of --correction)
 * sizes: 1 1000             (--min-size and --max-size)
 * correct-hits-only: false
 * rows: hits                (hits, all, or top N)
 * gene: p53 TP53            (an identifier of the list and its symbol; one line each)
 * figure: figid  title  pageUrl  figureUrl  year  reference  GENE GENE ...
 * </pre>
 *
 * <p>The provenance is fixed (no clock, no machine paths), so outputs are stable.
 */
final class GoldenCase {

  private GoldenCase() {}

  static Report read(Path input) throws IOException {
    String listName = "list.txt";
    PValueAdjustment correction = PValueAdjustment.BENJAMINI_HOCHBERG;
    int minSize = 1;
    int maxSize = 1000;
    boolean hitsOnly = false;
    String rows = "hits";
    List<ResolvedIdentifier> identifiers = new ArrayList<>();
    Set<String> symbols = new LinkedHashSet<>();
    List<Figure> figures = new ArrayList<>();
    int lineNumber = 0;
    for (String line : Files.readAllLines(input, StandardCharsets.UTF_8)) {
      lineNumber++;
      if (line.isBlank() || line.startsWith("#")) {
        continue;
      }
      int colon = line.indexOf(": ");
      if (colon < 0) {
        throw new IllegalArgumentException(input + ":" + lineNumber + ": no 'key: value'");
      }
      String key = line.substring(0, colon);
      String value = line.substring(colon + 2);
      switch (key) {
        case "list" -> listName = unescape(value);
        case "correction" -> correction = PValueAdjustment.fromOptionName(value);
        case "sizes" -> {
          String[] sizes = value.split(" ");
          minSize = Integer.parseInt(sizes[0]);
          maxSize = Integer.parseInt(sizes[1]);
        }
        case "correct-hits-only" -> hitsOnly = Boolean.parseBoolean(value);
        case "rows" -> rows = value;
        case "gene" -> {
          String[] pair = value.split(" ");
          String text = unescape(pair[0]);
          String symbol = pair[1];
          boolean duplicate = !symbols.add(symbol);
          identifiers.add(
              new ResolvedIdentifier(
                  text,
                  lineNumber,
                  text.equals(symbol) ? MatchKind.EXACT : MatchKind.ALIAS,
                  List.of(symbol),
                  duplicate));
        }
        case "figure" -> {
          String[] f = value.split("\t", -1);
          if (f.length != 7) {
            throw new IllegalArgumentException(
                input + ":" + lineNumber + ": 7 fields, not " + f.length);
          }
          String figid = unescape(f[0]);
          String pmcid = figid.contains("__") ? figid.substring(0, figid.indexOf("__")) : "";
          List<String> genes = f[6].isEmpty() ? List.of() : Arrays.asList(f[6].split(" "));
          figures.add(
              new Figure(
                  figid,
                  "",
                  unescape(f[1]),
                  "",
                  pmcid,
                  "",
                  unescape(f[5]),
                  f[4].isEmpty() ? OptionalInt.empty() : OptionalInt.of(Integer.parseInt(f[4])),
                  Optional.empty(),
                  Optional.empty(),
                  List.of(),
                  List.of(),
                  OptionalDouble.empty(),
                  unescape(f[3]),
                  unescape(f[2]),
                  genes,
                  genes,
                  List.of(),
                  "golden"));
        }
        default ->
            throw new IllegalArgumentException(input + ":" + lineNumber + ": unknown key " + key);
      }
    }
    ResolvedGeneList list = new ResolvedGeneList(listName, new ArrayList<>(symbols), identifiers);
    FigureIndex index =
        FigureIndex.of(
            new Corpus(figures, new LoadReport(1, figures.size(), List.of(), List.of(), 0, 0)));
    EnrichmentOptions options = new EnrichmentOptions(minSize, maxSize, correction, hitsOnly);
    EnrichmentResult result =
        new EnrichmentEngine(index, Universe.annotated(index), options).enrich(list.toGeneList());
    var shown =
        switch (rows.split(" ")[0]) {
          case "hits" -> result.hits();
          case "all" -> result.allTested();
          case "top" ->
              result
                  .hits()
                  .subList(0, Math.min(Integer.parseInt(rows.split(" ")[1]), result.hits().size()));
          default -> throw new IllegalArgumentException(input + ": rows " + rows);
        };
    return Report.of(result, shown, provenance(result, list, index)).withInputIdentifiers(list);
  }

  /** When every golden report was made: a fixed time, so that outputs are stable. */
  static final Instant CREATED = Instant.parse("2026-01-01T00:00:00Z");

  /**
   * A fixed provenance: every field from the case and fixed values, none from the clock or the
   * machine (figora's version, which {@code Provenance.of} reads, is masked by the test).
   */
  private static Provenance provenance(
      EnrichmentResult result, ResolvedGeneList list, FigureIndex index) {
    CorpusIdentity corpus =
        new CorpusIdentity(
            "golden corpus",
            Optional.empty(),
            "sha256:0123456789abcdef0123456789abcdef0123456789abcdef0123456789abcdef",
            "0123456789abcdef0123",
            index.figureCount(),
            "NCBI Gene (golden)");
    return Provenance.of(corpus, result, list).withCreated(CREATED);
  }

  static String unescape(String text) {
    StringBuilder out = new StringBuilder(text.length());
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (c == '\\' && i + 1 < text.length()) {
        char next = text.charAt(++i);
        out.append(
            switch (next) {
              case 't' -> '\t';
              case 'n' -> '\n';
              case 'r' -> '\r';
              case '\\' -> '\\';
              default -> throw new IllegalArgumentException("unknown escape \\" + next);
            });
      } else {
        out.append(c);
      }
    }
    return out.toString();
  }
}
