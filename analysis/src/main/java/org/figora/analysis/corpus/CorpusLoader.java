package org.figora.analysis.corpus;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.Executor;
import org.figora.analysis.figure.Figure;
import org.figora.analysis.figure.FigureRecordParser;
import org.figora.analysis.format.InputFormatException;
import org.figora.analysis.gene.GeneReference;
import org.figora.analysis.internal.Parallel;

/**
 * Loads a corpus from paths: directories (searched recursively, hidden entries skipped), figure
 * record files ({@code .md}, {@code .txt}, {@code .yml}, {@code .yaml}) and GMT files ({@code
 * .gmt}).
 *
 * <p>A file that cannot be used is skipped and reported with its path, line and reason; with {@link
 * #strict(boolean) strict} loading the first such problem is thrown instead. When a figid occurs
 * twice, a record file beats a GMT set (its metadata is richer), and otherwise the first in path
 * order wins; the loser is reported. Record files are parsed in parallel; the result does not
 * depend on the number of threads.
 */
public final class CorpusLoader {

  /** Progress is reported about this many times per load. */
  private static final int PROGRESS_STEPS = 200;

  private final GeneReference reference;
  private final boolean strict;
  private final LoadProgress progress;
  private final Optional<Executor> executor;

  private CorpusLoader(
      GeneReference reference, boolean strict, LoadProgress progress, Optional<Executor> executor) {
    this.reference = reference;
    this.strict = strict;
    this.progress = progress;
    this.executor = executor;
  }

  /**
   * A lenient loader: problems are reported, not thrown.
   *
   * @param reference the human gene reference
   * @return the loader
   */
  public static CorpusLoader withReference(GeneReference reference) {
    return new CorpusLoader(reference, false, LoadProgress.NONE, Optional.empty());
  }

  /**
   * A loader with the given strictness.
   *
   * @param strict whether any skipped file or line is an error
   * @return a new loader
   */
  public CorpusLoader strict(boolean strict) {
    return new CorpusLoader(reference, strict, progress, executor);
  }

  /**
   * A loader that reports its progress.
   *
   * @param progress hears files read so far
   * @return a new loader
   */
  public CorpusLoader progress(LoadProgress progress) {
    return new CorpusLoader(
        reference, strict, java.util.Objects.requireNonNull(progress), executor);
  }

  /**
   * A loader that reads files, and the lines of GMT files, on an executor.
   *
   * @param threads where to read, or empty for the calling thread (the default)
   * @return a new loader
   */
  public CorpusLoader executor(Optional<Executor> threads) {
    return new CorpusLoader(reference, strict, progress, threads);
  }

  /**
   * Loads the figures under the given paths.
   *
   * @param paths directories, record files and GMT files
   * @return the corpus and its load report
   * @throws IOException when a file or directory cannot be read
   * @throws InputFormatException when a path does not exist, or in strict mode when any file or GMT
   *     line is unusable
   */
  public Corpus load(List<Path> paths) throws IOException {
    CorpusFiles files = CorpusFiles.find(paths, executor);
    FigureRecordParser parser = new FigureRecordParser(reference::approvedSymbol);
    List<Outcome> outcomes;
    int total = files.files().size();
    int step = Math.max(1, total / PROGRESS_STEPS);
    java.util.concurrent.atomic.AtomicInteger done =
        new java.util.concurrent.atomic.AtomicInteger();
    try {
      outcomes =
          Parallel.map(
              executor,
              total,
              i -> {
                Outcome outcome = read(files.files().get(i), parser);
                int count = done.incrementAndGet();
                if (count % step == 0 || count == total) {
                  progress.filesRead(count, total);
                }
                return outcome;
              });
    } catch (UncheckedIOException e) {
      throw e.getCause();
    }
    return assemble(files, outcomes);
  }

  private Outcome read(Path file, FigureRecordParser parser) {
    try {
      if (CorpusFiles.isGmt(file)) {
        GmtReader.Result result = new GmtReader(reference, executor).read(file);
        return new Outcome(
            result.figures(),
            false,
            result.skipped(),
            result.warnings(),
            result.renamedTokens(),
            result.droppedTokens());
      }
      return new Outcome(List.of(parser.parse(file)), true, List.of(), List.of(), 0, 0);
    } catch (InputFormatException e) {
      return new Outcome(List.of(), false, List.of(LoadIssue.of(e)), List.of(), 0, 0);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private Corpus assemble(CorpusFiles files, List<Outcome> outcomes) {
    Map<String, Figure> figures = new LinkedHashMap<>();
    Map<String, Boolean> fromRecord = new LinkedHashMap<>();
    List<LoadIssue> skipped = new ArrayList<>();
    List<LoadIssue> warnings = new ArrayList<>();
    int merged = 0;
    int renamedTokens = 0;
    int droppedTokens = 0;
    for (Outcome outcome : outcomes) {
      skipped.addAll(outcome.skipped());
      warnings.addAll(outcome.warnings());
      renamedTokens += outcome.renamedTokens();
      droppedTokens += outcome.droppedTokens();
      for (Figure figure : outcome.figures()) {
        Figure earlier = figures.get(figure.figid());
        if (earlier == null) {
          figures.put(figure.figid(), figure);
          fromRecord.put(figure.figid(), outcome.record());
        } else if (outcome.record() && !fromRecord.get(figure.figid())) {
          figures.put(figure.figid(), figure);
          fromRecord.put(figure.figid(), true);
          merged++;
        } else if (!outcome.record() && fromRecord.get(figure.figid())) {
          merged++;
        } else {
          skipped.add(
              new LoadIssue(
                  figure.source(),
                  0,
                  "duplicate figid " + figure.figid() + ", first loaded from " + earlier.source()));
        }
      }
    }
    if (strict && !skipped.isEmpty()) {
      throw skipped.get(0).toException();
    }
    LoadReport report =
        new LoadReport(
            files.files().size(),
            figures.size(),
            skipped,
            warnings,
            files.ignored(),
            merged,
            renamedTokens,
            droppedTokens);
    return new Corpus(new ArrayList<>(figures.values()), report);
  }

  /** What one file gave. */
  private record Outcome(
      List<Figure> figures,
      boolean record,
      List<LoadIssue> skipped,
      List<LoadIssue> warnings,
      int renamedTokens,
      int droppedTokens) {}
}
