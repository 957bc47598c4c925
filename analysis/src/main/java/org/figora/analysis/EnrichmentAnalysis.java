package org.figora.analysis;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.Executor;
import java.util.function.Function;
import org.figora.analysis.enrich.EnrichmentEngine;
import org.figora.analysis.enrich.EnrichmentOptions;
import org.figora.analysis.enrich.EnrichmentResult;
import org.figora.analysis.enrich.RowSelection;
import org.figora.analysis.enrich.Universe;
import org.figora.analysis.input.ResolvedGeneList;
import org.figora.analysis.internal.Parallel;
import org.figora.analysis.report.Provenance;
import org.figora.analysis.stats.PValueAdjustment;

/**
 * figora's front door: tests gene lists for over-representation in the pathway figures of a {@link
 * FigureCorpus}, and gives results that write themselves as reports.
 *
 * <pre>{@code
 * FigureCorpus corpus = FigureCorpus.open("seeds");          // or "pfocr", "pfocr@20240510"
 * EnrichmentAnalysis analysis = EnrichmentAnalysis.withDefaults()
 *     .withCorrection(PValueAdjustment.HOLM);
 * AnalysisResult result =
 *     analysis.enrich(corpus, "my list", List.of("IGF1R", "IRS1", "AKT1", "PIK3CA"));
 * result.write(ReportFormat.HTML, writer);
 * }</pre>
 *
 * <p>An analysis is an immutable set of choices in the style of Commons Statistics: {@link
 * #withDefaults()} (annotated background, Benjamini–Hochberg over every tested figure, figure sizes
 * 3–500, every figure with an overlap shown) and {@code with…} methods that return a new analysis.
 * It is safe to share between threads. It starts no threads: {@link #enrichAll} runs on the {@link
 * #withExecutor executor} it is given, else on the calling thread.
 *
 * <p>Underneath, {@link EnrichmentEngine} does the tests; {@link #engine} gives it for a corpus.
 */
public final class EnrichmentAnalysis {

  private static final EnrichmentAnalysis DEFAULTS =
      new EnrichmentAnalysis(
          Background.annotated(),
          EnrichmentOptions.defaults(),
          RowSelection.hits(),
          Optional.empty(),
          Optional.empty(),
          Clock.systemUTC());

  private final Background background;
  private final EnrichmentOptions options;
  private final RowSelection selection;
  private final Optional<Executor> executor;
  private final Optional<String> commandLine;
  private final Clock clock;

  private EnrichmentAnalysis(
      Background background,
      EnrichmentOptions options,
      RowSelection selection,
      Optional<Executor> executor,
      Optional<String> commandLine,
      Clock clock) {
    this.background = background;
    this.options = options;
    this.selection = selection;
    this.executor = executor;
    this.commandLine = commandLine;
    this.clock = clock;
  }

  /**
   * @return the annotated background, Benjamini–Hochberg over every tested figure, figure sizes
   *     3–500, every figure with an overlap shown, lists run on the calling thread
   */
  public static EnrichmentAnalysis withDefaults() {
    return DEFAULTS;
  }

  /**
   * @param genes the background
   * @return this analysis with that background
   */
  public EnrichmentAnalysis withBackground(Background genes) {
    return new EnrichmentAnalysis(
        Objects.requireNonNull(genes, "genes"), options, selection, executor, commandLine, clock);
  }

  /**
   * @param method the multiple-testing correction
   * @return this analysis with that correction
   */
  public EnrichmentAnalysis withCorrection(PValueAdjustment method) {
    return with(options.withCorrection(method));
  }

  /**
   * @param min smallest figure size K tested (genes in the background), at least 1
   * @param max largest figure size K tested, at least {@code min}
   * @return this analysis with those limits
   * @throws IllegalArgumentException when {@code min < 1} or {@code max < min}
   */
  public EnrichmentAnalysis withSizes(int min, int max) {
    return with(options.withSizes(min, max));
  }

  /**
   * @param hitsOnly whether to correct only over figures sharing a gene with the list, as
   *     clusterProfiler does (under-counts the tests; for comparison only)
   * @return this analysis with that choice
   */
  public EnrichmentAnalysis withCorrectHitsOnly(boolean hitsOnly) {
    return with(options.withCorrectHitsOnly(hitsOnly));
  }

  private EnrichmentAnalysis with(EnrichmentOptions newOptions) {
    return new EnrichmentAnalysis(background, newOptions, selection, executor, commandLine, clock);
  }

  /**
   * @param rows which rows reports show (the statistics do not change)
   * @return this analysis with that selection
   */
  public EnrichmentAnalysis withSelection(RowSelection rows) {
    return new EnrichmentAnalysis(
        background, options, Objects.requireNonNull(rows, "rows"), executor, commandLine, clock);
  }

  /**
   * @param threads runs the lists of {@link #enrichAll} and {@link #enrichEach}; a server or a
   *     Spark task passes its own
   * @return this analysis using that executor
   */
  public EnrichmentAnalysis withExecutor(Executor threads) {
    return new EnrichmentAnalysis(
        background,
        options,
        selection,
        Optional.of(Objects.requireNonNull(threads, "threads")),
        commandLine,
        clock);
  }

  /**
   * @param line the command line that asked for the analysis, recorded in report provenance
   * @return this analysis recording it
   */
  public EnrichmentAnalysis withCommandLine(String line) {
    return new EnrichmentAnalysis(
        background,
        options,
        selection,
        executor,
        Optional.of(Objects.requireNonNull(line, "line")),
        clock);
  }

  /**
   * @param time the clock that dates reports (fixed in tests); default UTC system time
   * @return this analysis using it
   */
  public EnrichmentAnalysis withClock(Clock time) {
    return new EnrichmentAnalysis(
        background,
        options,
        selection,
        executor,
        commandLine,
        Objects.requireNonNull(time, "time"));
  }

  /**
   * @return the background
   */
  public Background background() {
    return background;
  }

  /**
   * @return the sizes and correction of the test
   */
  public EnrichmentOptions options() {
    return options;
  }

  /**
   * @return which rows reports show
   */
  public RowSelection selection() {
    return selection;
  }

  /**
   * The engine that runs this analysis's tests on a corpus.
   *
   * @param corpus the corpus
   * @return an engine over the corpus's index with this analysis's background and options
   */
  public EnrichmentEngine engine(FigureCorpus corpus) {
    return new EnrichmentEngine(corpus.index(), corpus.universe(background), options);
  }

  /**
   * Tests one list of identifiers (symbols in any case, aliases, previous symbols, Entrez or
   * Ensembl IDs), resolved with the corpus's reference.
   *
   * @param corpus the corpus
   * @param name the list's name, for reports
   * @param identifiers the identifiers
   * @return the result
   */
  public AnalysisResult enrich(FigureCorpus corpus, String name, List<String> identifiers) {
    return enrich(corpus, corpus.resolve(name, identifiers));
  }

  /**
   * Tests one resolved list.
   *
   * @param corpus the corpus
   * @param list the list
   * @return the result
   */
  public AnalysisResult enrich(FigureCorpus corpus, ResolvedGeneList list) {
    return result(corpus, engine(corpus), list);
  }

  /**
   * Tests many lists against one corpus, on the executor when one was given; the results are the
   * same as one list at a time.
   *
   * @param corpus the corpus
   * @param lists the lists
   * @return one result per list, in the same order
   */
  public List<AnalysisResult> enrichAll(FigureCorpus corpus, List<ResolvedGeneList> lists) {
    return enrichEach(corpus, lists, Function.identity());
  }

  /**
   * Tests many lists and reduces each result as soon as it is made, on the same thread (e.g. to its
   * table or its written report), so that a long batch holds the reductions, not every result.
   *
   * @param <T> what each result is reduced to
   * @param corpus the corpus
   * @param lists the lists
   * @param reduction turns a result into what is kept
   * @return one reduction per list, in the same order
   */
  public <T> List<T> enrichEach(
      FigureCorpus corpus,
      List<ResolvedGeneList> lists,
      Function<? super AnalysisResult, ? extends T> reduction) {
    EnrichmentEngine engine = engine(corpus);
    return Parallel.map(
        executor, lists.size(), i -> reduction.apply(result(corpus, engine, lists.get(i))));
  }

  private AnalysisResult result(
      FigureCorpus corpus, EnrichmentEngine engine, ResolvedGeneList list) {
    EnrichmentResult result = engine.enrich(list.toGeneList());
    Instant now = clock.instant();
    return new AnalysisResult(
        result, corpus.index(), list, selection, () -> provenance(corpus, result, list, now));
  }

  private Provenance provenance(
      FigureCorpus corpus, EnrichmentResult result, ResolvedGeneList list, Instant created) {
    Provenance provenance =
        Provenance.of(corpus.identity(), result, list)
            .withShown(selection)
            .withCreated(created)
            .withCommandLine(commandLine);
    return background.file().map(provenance::withBackgroundFile).orElse(provenance);
  }

  /**
   * @return a description of the choices, for logs
   */
  @Override
  public String toString() {
    Universe.Policy policy = background.policy();
    return "EnrichmentAnalysis[background="
        + policy.label()
        + ", sizes="
        + options.minSize()
        + "-"
        + options.maxSize()
        + ", correction="
        + options.correction().optionName()
        + (options.correctHitsOnly() ? " (hits only)" : "")
        + "]";
  }
}
