package org.figora.server;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Stream;
import org.figora.analysis.enrich.EnrichmentEngine;
import org.figora.analysis.enrich.EnrichmentOptions;
import org.figora.analysis.enrich.EnrichmentResult;
import org.figora.analysis.enrich.FigureEnrichment;
import org.figora.analysis.enrich.GroupedRows;
import org.figora.analysis.enrich.RowSelection;
import org.figora.analysis.enrich.Universe;
import org.figora.analysis.format.InputFormatException;
import org.figora.analysis.gene.GeneReference;
import org.figora.analysis.input.GeneListReader;
import org.figora.analysis.input.GeneListResolver;
import org.figora.analysis.input.InputIdentifier;
import org.figora.analysis.input.ResolvedGeneList;
import org.figora.analysis.input.ResolvedIdentifier;
import org.figora.analysis.input.TableShape;
import org.figora.analysis.report.CombinedTable;
import org.figora.analysis.report.CorpusIdentity;
import org.figora.analysis.report.HtmlReport;
import org.figora.analysis.report.HtmlReportInput;
import org.figora.analysis.report.Provenance;
import org.figora.analysis.report.ReportFormat;

/**
 * The server's one way into the library: the same reading, resolving, background, test, selection,
 * provenance and report writers as {@code figora enrich}, so that the API and the page give the
 * command line's results for the same input and options.
 */
final class Enrichments {

  private final GeneReference reference;
  private final GeneListResolver resolver;
  private final Map<String, ServedCorpus> corpora;
  private final ServedCorpus defaultCorpus;
  private final String figoraVersion;
  private final Map<EngineKey, EnrichmentEngine> engines = new ConcurrentHashMap<>();
  private final Map<UniverseKey, Universe> universes = new ConcurrentHashMap<>();

  /** Engines kept for reuse; requests with other options build their own (bounded memory). */
  private static final int MAX_CACHED_ENGINES = 64;

  /** A fixed background of a corpus. */
  private record UniverseKey(String corpus, String background) {}

  /** An engine for a fixed background: reused by every request with the same options. */
  private record EngineKey(String corpus, String background, EnrichmentOptions options) {}

  Enrichments(GeneReference reference, List<ServedCorpus> corpora, String figoraVersion) {
    this.reference = reference;
    this.resolver = new GeneListResolver(reference);
    Map<String, ServedCorpus> byName = new LinkedHashMap<>();
    corpora.forEach(c -> byName.put(c.name(), c));
    this.corpora = Map.copyOf(byName);
    this.defaultCorpus = corpora.get(0);
    this.figoraVersion = figoraVersion;
  }

  /**
   * @return the gene reference
   */
  GeneReference reference() {
    return reference;
  }

  /**
   * The corpus a request names.
   *
   * @param name the name, or empty for the default
   * @return the corpus
   * @throws ApiException 404 for an unknown name
   */
  ServedCorpus corpus(Optional<String> name) {
    if (name.isEmpty()) {
      return defaultCorpus;
    }
    ServedCorpus corpus = corpora.get(name.get());
    if (corpus == null) {
      throw ApiException.notFound(
          "no corpus named '"
              + name.get()
              + "' on this server (GET"
              + " /api/v1/corpora lists them)");
    }
    return corpus;
  }

  /**
   * Reads and resolves a request's list with the command line's readers and resolver: a table with
   * its gene column (and row filter) when the request names one, else a plain list.
   *
   * @param request the list's name and text, and its gene column if it is a table
   * @return the resolved list
   * @throws ApiException 422 when the text holds no identifier, is a table without a named gene
   *     column, or is a table that cannot be read as the request says (the reason names the line)
   */
  ResolvedGeneList resolve(EnrichRequest request) {
    String name = request.name();
    String text = request.genes();
    List<InputIdentifier> identifiers;
    try {
      if (request.table().isPresent()) {
        identifiers =
            request
                .table()
                .get()
                .read(new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8)), name)
                .identifiers();
      } else {
        identifiers = GeneListReader.parse(text, name);
      }
    } catch (InputFormatException e) {
      throw ApiException.unprocessable(
          request.table().isPresent() ? e.getMessage() : name + ": no gene identifiers found");
    } catch (IOException e) {
      throw new UncheckedIOException(e); // reading a byte array: never
    }
    if (identifiers.isEmpty()) {
      throw ApiException.unprocessable(name + ": no gene identifiers found");
    }
    if (request.table().isEmpty() && TableShape.looksLikeResultTable(identifiers)) {
      List<String> columns = TableShape.firstLine(identifiers);
      throw ApiException.unprocessable(
          name
              + " looks like a table (several cells, numbers among them, on several lines): name"
              + " its gene column with 'gene_column' (and pick rows with 'where', e.g. \"padj <"
              + " 0.05\"); its first line has "
              + String.join(", ", columns.subList(0, Math.min(12, columns.size())))
              + (columns.size() > 12 ? ", …" : ""));
    }
    return resolver.resolve(name, identifiers);
  }

  /**
   * Reads and resolves a plain list's text (an uploaded background) with the command line's reader
   * and resolver.
   *
   * @param name the list's name
   * @param text the identifiers
   * @return the resolved list
   * @throws ApiException 422 when the text holds no identifier
   */
  ResolvedGeneList resolve(String name, String text) {
    try {
      return resolver.resolve(name, GeneListReader.parse(text, name));
    } catch (InputFormatException e) {
      throw ApiException.unprocessable(name + ": no gene identifiers found");
    }
  }

  /** One list's report: the result, the rows the request selects and how it was made. */
  record Report(
      ServedCorpus corpus,
      ResolvedGeneList input,
      EnrichmentResult result,
      RowSelection selection,
      org.figora.analysis.report.Report shown,
      Provenance provenance) {

    /**
     * @return the name of the corpus the report is from
     */
    String provenanceCorpus() {
      return corpus.name();
    }

    /**
     * Writes the report in a format with the library's writers, choosing the rows as the command
     * line does: the HTML page shows the selected rows that pass the threshold ({@code max_fdr},
     * else 0.05) and at least the top 50, grouped as asked.
     */
    void write(ReportFormat format, Writer out) throws IOException {
      if (format == ReportFormat.HTML) {
        double threshold = selection.fdrThreshold();
        List<FigureEnrichment> rows = HtmlReport.pageRows(selection.select(result), threshold);
        HtmlReport.write(
            new HtmlReportInput(
                result,
                selection.group(rows, result, corpus.loaded().index()),
                provenance,
                input,
                threshold,
                "Every row: download the TSV."),
            out);
        out.flush();
      } else {
        shown.write(format, out);
      }
    }
  }

  /**
   * Runs one request.
   *
   * @param request the request
   * @return its report
   * @throws ApiException 404 for an unknown corpus, 422 when no gene is usable
   */
  Report run(EnrichRequest request) {
    return runAll(List.of(request)).get(0);
  }

  /**
   * Runs several requests; every list is checked before any is tested, as in a batch of the command
   * line.
   */
  List<Report> runAll(List<EnrichRequest> requests) {
    List<Prepared> prepared = requests.stream().map(this::prepare).toList();
    return prepared.stream().map(Prepared::report).toList();
  }

  private record Prepared(
      EnrichRequest request,
      ServedCorpus corpus,
      ResolvedGeneList input,
      EnrichmentEngine engine,
      String figoraVersion,
      GeneReference reference) {

    Report report() {
      EnrichmentResult result = engine.enrich(input.toGeneList());
      GroupedRows rows = request.selection().shown(result, corpus.loaded().index());
      Provenance provenance =
          Provenance.of(
                  new CorpusIdentity(
                      corpus.description(),
                      corpus.release().isEmpty() ? Optional.empty() : Optional.of(corpus.release()),
                      corpus.loaded().index().contentDigest(),
                      corpus.loaded().fingerprint(),
                      corpus.loaded().index().figureCount(),
                      reference.sourceDescription()),
                  result,
                  input)
              .withShown(request.selection());
      return new Report(
          corpus,
          input,
          result,
          request.selection(),
          org.figora.analysis.report.Report.of(result, rows, provenance)
              .withInputIdentifiers(input),
          provenance);
    }
  }

  private Prepared prepare(EnrichRequest request) {
    ServedCorpus corpus = corpus(request.corpus());
    ResolvedGeneList input = resolve(request);
    if (input.symbols().isEmpty()) {
      List<String> unknown = unresolved(input);
      throw ApiException.unprocessable(
          input.name()
              + ": no usable genes: "
              + input.summary()
              + (unknown.isEmpty()
                  ? ""
                  : "; e.g. " + String.join(", ", unknown.subList(0, Math.min(5, unknown.size()))))
              + ". figora expects human gene symbols, Entrez or Ensembl IDs.");
    }
    EnrichmentEngine engine = engine(corpus, request);
    Universe universe = engine.universe();
    input
        .noGeneIn(universe)
        .ifPresent(
            reason -> {
              throw ApiException.unprocessable(
                  reason + ". Check the species and identifiers, or choose another background.");
            });
    return new Prepared(request, corpus, input, engine, figoraVersion, reference);
  }

  private EnrichmentEngine engine(ServedCorpus corpus, EnrichRequest request) {
    if (request.backgroundGenes().isPresent()) {
      ResolvedGeneList genes = resolve("background", request.backgroundGenes().get());
      Universe universe = Universe.ofGenes(corpus.loaded().index(), genes.symbols());
      if (universe.size() == 0) {
        throw ApiException.unprocessable(
            "none of the "
                + genes.symbols().size()
                + " background genes occurs in any figure of the corpus");
      }
      return new EnrichmentEngine(corpus.loaded().index(), universe, request.options());
    }
    EngineKey key = new EngineKey(corpus.name(), request.background(), request.options());
    EnrichmentEngine engine = engines.get(key);
    if (engine == null) {
      Universe universe =
          universes.computeIfAbsent(
              new UniverseKey(corpus.name(), request.background()),
              k ->
                  switch (k.background()) {
                    case "protein-coding" ->
                        Universe.proteinCoding(corpus.loaded().index(), reference);
                    default -> Universe.annotated(corpus.loaded().index());
                  });
      engine = new EnrichmentEngine(corpus.loaded().index(), universe, request.options());
      if (engines.size() < MAX_CACHED_ENGINES) {
        engines.putIfAbsent(key, engine);
      }
    }
    return engine;
  }

  /**
   * @return the inputs of a list that did not resolve to one symbol (ambiguous or unknown)
   */
  static List<String> unresolved(ResolvedGeneList list) {
    return Stream.concat(list.ambiguous().stream(), list.unknown().stream())
        .map(ResolvedIdentifier::input)
        .toList();
  }

  /**
   * Writes a batch's combined long table (a {@code list} column first), as the command line writes
   * {@code combined.tsv}.
   */
  static void combined(List<Report> reports, char delimiter, Writer out) throws IOException {
    CombinedTable.write(
        reports.stream().map(Report::shown).toList(),
        delimiter == ',' ? ReportFormat.CSV : ReportFormat.TSV,
        out);
  }
}
