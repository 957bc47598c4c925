package org.figora.bench;

import java.io.IOException;
import java.io.OutputStream;
import java.io.Writer;
import java.nio.file.Files;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import org.figora.analysis.enrich.EnrichmentEngine;
import org.figora.analysis.enrich.EnrichmentOptions;
import org.figora.analysis.enrich.EnrichmentResult;
import org.figora.analysis.enrich.Universe;
import org.figora.analysis.gene.GeneReference;
import org.figora.analysis.gene.MatchKind;
import org.figora.analysis.index.FigureIndex;
import org.figora.analysis.index.IndexStore;
import org.figora.analysis.input.ResolvedGeneList;
import org.figora.analysis.input.ResolvedIdentifier;
import org.figora.analysis.report.CombinedTable;
import org.figora.analysis.report.CorpusIdentity;
import org.figora.analysis.report.Provenance;
import org.figora.analysis.report.Report;
import org.figora.analysis.report.ReportFormat;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * Writing reports, in-process, on one thread: every tested figure of the 500-gene list ({@code
 * --all}: 91,428 rows) as TSV ({@code allRowsTsv}) and the same rows once more in a combined table
 * ({@code allRowsCombined}); the top 50 as TSV ({@code top50Tsv}). The rows are built before the
 * measurement (the result is kept), so what is measured is the writing: rows per second is the row
 * count over the median time. The text goes to a writer that counts it; the {@code …Bytes} variants
 * write UTF-8 bytes to a stream that counts them, as the command line writes its files.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.SampleTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 3, time = 3)
@Fork(
    value = 1,
    jvmArgsAppend = {"-XX:+UseParallelGC", "-XX:InitialRAMPercentage=5"})
public class ReportBenchmark {

  private Report all;
  private Report top50;

  /** Loads the index, tests the list and builds every row once. */
  @Setup
  public void setUp() throws IOException {
    BenchData data = BenchData.fromEnvironment();
    IndexStore store =
        new IndexStore(
            Files.createDirectories(data.directory().resolve("cache-gmt")),
            GeneReference.bundled());
    FigureIndex index = store.open(List.of(data.gmt()), false).index();
    EnrichmentEngine engine =
        new EnrichmentEngine(index, Universe.annotated(index), EnrichmentOptions.defaults());
    EnrichmentResult result = engine.enrich(BenchData.read(data.list500()));
    List<String> symbols = result.list().symbols();
    ResolvedGeneList input =
        new ResolvedGeneList(
            "list500",
            symbols,
            symbols.stream()
                .map(g -> new ResolvedIdentifier(g, 1, MatchKind.EXACT, List.of(g), false))
                .toList());
    Provenance provenance =
        Provenance.of(
            new CorpusIdentity(
                "bench GMT",
                Optional.empty(),
                index.contentDigest(),
                "0",
                index.figureCount(),
                "bundled"),
            result,
            input);
    all = Report.of(result, result.allTested(), provenance);
    top50 = Report.of(result, result.hits().subList(0, 50), provenance);
    System.out.println("rows: all " + all.rowCount() + ", top " + top50.rowCount());
  }

  /**
   * @return chars written: every tested figure as TSV
   */
  @Benchmark
  public long allRowsTsv() throws IOException {
    CountingWriter out = new CountingWriter();
    all.write(ReportFormat.TSV, out);
    return out.chars;
  }

  /**
   * @return chars written: the same rows as a combined table (a list column first)
   */
  @Benchmark
  public long allRowsCombined() throws IOException {
    CountingWriter out = new CountingWriter();
    CombinedTable.write(List.of(all), ReportFormat.TSV, out);
    return out.chars;
  }

  /**
   * @return bytes written: every tested figure as TSV, as UTF-8 bytes (the CLI's path to a file)
   */
  @Benchmark
  public long allRowsTsvBytes() throws IOException {
    CountingStream out = new CountingStream();
    all.write(ReportFormat.TSV, out);
    return out.bytes;
  }

  /**
   * @return bytes written: the combined table as UTF-8 bytes
   */
  @Benchmark
  public long allRowsCombinedBytes() throws IOException {
    CountingStream out = new CountingStream();
    CombinedTable.write(List.of(all.name()), List.of(all), ReportFormat.TSV, out);
    return out.bytes;
  }

  /**
   * @return bytes written: the report and its rows of the combined table, each row formatted once
   *     (as a batch writes an {@code --all} list: twice the rows of {@code allRowsTsvBytes})
   */
  @Benchmark
  public long allRowsReportAndCombinedBytes() throws IOException {
    CountingStream report = new CountingStream();
    CountingStream rows = new CountingStream();
    CombinedTable.batchWriter(ReportFormat.TSV).writeReportAndRows(all.name(), all, report, rows);
    return report.bytes + rows.bytes;
  }

  /** A batch's writer that has written {@link #all} twice: it keeps every figure's own cells. */
  private CombinedTable.BatchWriter batch;

  /**
   * @return bytes written: {@code allRowsReportAndCombinedBytes} as for the second and later lists
   *     of a batch, whose figures' own cells (id, title, links, citation) the batch's writer kept
   *     from the first
   */
  @Benchmark
  public long allRowsReportAndCombinedBytesLaterList() throws IOException {
    if (batch == null) {
      batch = CombinedTable.batchWriter(ReportFormat.TSV);
      // The first report keeps nothing (a batch of one list would not read it), the second keeps.
      for (int i = 0; i < 2; i++) {
        batch.writeReportAndRows(all.name(), all, new CountingStream(), new CountingStream());
      }
    }
    CountingStream report = new CountingStream();
    CountingStream rows = new CountingStream();
    batch.writeReportAndRows(all.name(), all, report, rows);
    return report.bytes + rows.bytes;
  }

  /**
   * @return chars written: the top 50 as TSV
   */
  @Benchmark
  public long top50Tsv() throws IOException {
    CountingWriter out = new CountingWriter();
    top50.write(ReportFormat.TSV, out);
    return out.chars;
  }

  /** A stream that keeps nothing but the number of bytes. */
  private static final class CountingStream extends OutputStream {
    long bytes;

    @Override
    public void write(int b) {
      bytes++;
    }

    @Override
    public void write(byte[] buffer, int offset, int length) {
      bytes += length;
    }
  }

  /** A writer that keeps nothing but the number of chars. */
  private static final class CountingWriter extends Writer {
    long chars;

    @Override
    public void write(char[] buffer, int offset, int length) {
      chars += length;
    }

    @Override
    public void write(String text) {
      chars += text.length();
    }

    @Override
    public void flush() {}

    @Override
    public void close() {}
  }
}
