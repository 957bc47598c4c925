package org.figora.cli;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.OptionalDouble;
import java.util.Queue;
import java.util.Set;
import java.util.concurrent.CancellationException;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.function.Supplier;
import org.figora.analysis.AnalysisResult;
import org.figora.analysis.EnrichmentAnalysis;
import org.figora.analysis.FigureCorpus;
import org.figora.analysis.enrich.RowSelection;
import org.figora.analysis.input.ResolvedGeneList;
import org.figora.analysis.report.CombinedTable;
import org.figora.analysis.report.HtmlReport;
import org.figora.analysis.report.HtmlReportInput;
import org.figora.analysis.report.ListComparison;
import org.figora.analysis.report.Report;
import org.figora.analysis.report.ReportFormat;

/** Writes enrichment reports: one to a file or standard output, or a batch to a folder. */
final class ReportOutput {

  /** Name of the combined long table of a batch. */
  static final String COMBINED = "combined";

  private final ReportFormat format;
  private final PrintWriter stdout;
  private final PrintWriter stderr;

  ReportOutput(ReportFormat format, PrintWriter stdout, PrintWriter stderr) {
    this.format = format;
    this.stdout = stdout;
    this.stderr = stderr;
  }

  /** Writes one list's report to a file (atomically) or to standard output. */
  void single(AnalysisResult result, Path output, PrintWriter out) throws IOException {
    OutputFile.TextContent content =
        format == ReportFormat.HTML
            ? w ->
                HtmlReport.write(
                    result.htmlPage("Every row: the same command with --format tsv."), w)
            : w -> result.write(format, w);
    if (output == null) {
      content.writeTo(out);
      out.flush();
    } else {
      write(output, content);
    }
  }

  /**
   * The names of a batch's outputs, fixed before anything is written: each list's label (its
   * report's file name without the extension, unique in the batch, and the {@code list} column of
   * the combined table), the combined table's and the failure table's file names.
   *
   * @param labels one label per list, in order
   * @param extension the reports' extension
   * @param combined the combined table's file name
   */
  record BatchNames(List<String> labels, String extension, String combined, boolean compared) {

    /** File name of the table of lists that failed. */
    static final String FAILED = "failed.tsv";

    /** HTML batches: the page comparing the lists and its long table. */
    static final List<String> COMPARISON = List.of("index.html", "comparison.tsv");

    /**
     * @return the files comparing the lists ({@link #COMPARISON} for HTML, else none)
     */
    List<String> comparison() {
      return compared ? COMPARISON : List.of();
    }

    /**
     * @return the report file name of the i-th list
     */
    String report(int i) {
      return labels.get(i) + "." + extension;
    }
  }

  /**
   * Names a batch's outputs.
   *
   * @param listNames the lists' names (file names, or names from a GMT of lists)
   * @param format the reports' format
   * @return unique labels and file names
   */
  static BatchNames batchNames(List<String> listNames, ReportFormat format) {
    Set<String> used = new HashSet<>();
    used.add(COMBINED);
    used.add("failed");
    if (format == ReportFormat.HTML) {
      used.add("index");
      used.add("comparison");
    }
    List<String> labels = new ArrayList<>();
    for (String name : listNames) {
      labels.add(uniqueName(baseName(name), used));
    }
    return new BatchNames(
        labels,
        format.extension(),
        COMBINED + "." + combinedFormat(format).extension(),
        format == ReportFormat.HTML);
  }

  private static ReportFormat combinedFormat(ReportFormat format) {
    return format == ReportFormat.CSV ? ReportFormat.CSV : ReportFormat.TSV;
  }

  /** A list that could not be tested, and why. */
  record Failure(String list, String reason) {}

  /**
   * Tests and writes a batch. The lists run on the analysis's executor and each result is reduced
   * at once to the smallest thing that writes it: the bytes of a small report (its rows of the
   * combined table and its report file), the result of a report of every hit (its rows are built
   * when its file is written), or else the report (HTML batches: each list's page). Nothing is
   * written until every list has been tested. With a folder, one report per list named after the
   * list plus a combined long table (and {@value BatchNames#FAILED} when lists failed); without
   * one, only the combined table, to a file or standard output.
   *
   * @param inputs the lists that can be tested
   * @param labels their labels, in the same order ({@link #batchNames})
   */
  void batch(
      EnrichmentAnalysis analysis,
      FigureCorpus corpus,
      List<ResolvedGeneList> inputs,
      List<String> labels,
      List<Failure> failures,
      BatchNames names,
      Path directory,
      Path output,
      PrintWriter out,
      PrintWriter log)
      throws IOException {
    boolean withFiles = directory != null;
    boolean pages = withFiles && format == ReportFormat.HTML;
    ReportFormat tableFormat = combinedFormat(format);
    // One writer for the whole batch: it formats each figure's own cells once, not once a list.
    CombinedTable.BatchWriter table = CombinedTable.batchWriter(tableFormat);
    Map<ResolvedGeneList, String> labelOf = new IdentityHashMap<>();
    for (int i = 0; i < inputs.size(); i++) {
      labelOf.put(inputs.get(i), labels.get(i));
    }
    if (labelOf.size() != inputs.size()) {
      throw new IllegalArgumentException("the same list object twice in one batch");
    }
    // Each result is reduced at once to what the batch keeps of it, the smallest that writes it:
    // - a report that shows every hit (no --top, no threshold), when that is more than
    //   ROWS_KEPT_AS_BYTES rows: the result itself, about 8 bytes a hit, whose rows are built when
    //   its file is written and dropped after (--all: 91,000 rows would be ~14 MB of row objects
    //   or 28 MB of text a list, kept until the end and copied by every collection);
    // - another report of more rows: the report;
    // - a small report: the bytes it contributes (its rows of the combined table, its own file),
    //   so that a batch of 100,000 lists of 50 rows fits the default heap.
    // HTML batches keep each page for the comparison.
    RowSelection selection = analysis.selection();
    // A mutable copy: writeFiles drops each written list, so that a kept result's rows, built when
    // its file is written, are collected after it.
    List<ListReport> reports =
        new ArrayList<>(
            analysis.enrichEach(
                corpus,
                inputs,
                result -> {
                  String label = labelOf.get(result.input());
                  if (pages) {
                    Report report = result.report();
                    return new ListReport(
                        result.summary(),
                        label,
                        () -> report,
                        null,
                        null,
                        result.htmlPage(
                            COMBINED + ".tsv in this folder has every shown row of every list."));
                  }
                  if (selection.everyRowCount(result.result()).orElse(0) > ROWS_KEPT_AS_BYTES) {
                    return new ListReport(
                        result.summary(), label, result::report, null, null, null);
                  }
                  Report report = result.report();
                  if (report.rowCount() > ROWS_KEPT_AS_BYTES) {
                    return new ListReport(result.summary(), label, () -> report, null, null, null);
                  }
                  if (withFiles && format == tableFormat) {
                    ByteArrayOutputStream file = new ByteArrayOutputStream(8192);
                    byte[] rows =
                        bytes(stream -> table.writeReportAndRows(label, report, file, stream));
                    return new ListReport(
                        result.summary(), label, null, rows, file.toByteArray(), null);
                  }
                  byte[] rows = bytes(stream -> table.writeRows(label, report, stream));
                  byte[] file = withFiles ? bytes(stream -> report.write(format, stream)) : null;
                  return new ListReport(result.summary(), label, null, rows, file, null);
                }));
    if (log != null) {
      reports.forEach(report -> log.println("figora: " + report.summary()));
    }
    OutputFile.ByteContent combinedBytes =
        stream -> {
          table.writeHeader(stream);
          for (ListReport report : reports) {
            report.writeCombinedRows(table, stream);
          }
          stream.flush();
        };
    OutputFile.TextContent combined =
        w -> {
          w.write(new String(bytes(table::writeHeader), StandardCharsets.UTF_8));
          for (ListReport report : reports) {
            w.write(
                new String(
                    bytes(stream -> report.writeCombinedRows(table, stream)),
                    StandardCharsets.UTF_8));
          }
          w.flush();
        };
    if (directory == null) {
      if (reports.isEmpty()) {
        return;
      }
      if (output == null) {
        combined.writeTo(out);
        out.flush();
      } else {
        writeBytes(output, combinedBytes);
      }
      return;
    }
    // The lists' report files are written on the command's pool (not the common pool), a few at a
    // time, while this thread appends each list's rows of the combined table, in order, to the
    // combined table: both cores write. A TSV or CSV report kept whole (--all) and its rows of the
    // combined table are formatted once (a combined row is the report's row after the list
    // column); the rows wait in memory for their turn, a few lists' worth at most.
    if (!reports.isEmpty()) {
      writeBytes(
          directory.resolve(names.combined()),
          stream -> {
            table.writeHeader(stream);
            writeFiles(reports, !names.compared(), directory, names.extension(), table, stream);
            stream.flush();
          });
    }
    if (names.compared() && !reports.isEmpty()) {
      List<ListComparison.ListReport> compared = new ArrayList<>();
      for (int i = 0; i < reports.size(); i++) {
        compared.add(
            new ListComparison.ListReport(
                labels.get(i), labels.get(i) + "." + names.extension(), reports.get(i).page()));
      }
      OptionalDouble grouping = analysis.selection().groupSimilarity();
      ListComparison comparison =
          ListComparison.of(
              corpus.index(), compared, grouping.isPresent() ? grouping.getAsDouble() : null);
      write(directory.resolve(BatchNames.COMPARISON.get(0)), comparison::writeHtml);
      write(directory.resolve(BatchNames.COMPARISON.get(1)), comparison::writeTsv);
    }
    if (!failures.isEmpty()) {
      write(
          directory.resolve(BatchNames.FAILED),
          w -> {
            w.write("list\treason\n");
            for (Failure failure : failures) {
              w.write(oneLine(failure.list()) + "\t" + oneLine(failure.reason()) + "\n");
            }
          });
    }
  }

  /**
   * Writes each list's report file on the command's pool, at most {@link #FILES_AHEAD} lists ahead
   * of the combined table, and appends each list's rows of the combined table to {@code combined}
   * in order; with {@code dropWritten}, each list's entry is set to null once both are written.
   */
  private void writeFiles(
      List<ListReport> reports,
      boolean dropWritten,
      Path directory,
      String extension,
      CombinedTable.BatchWriter table,
      OutputStream combined)
      throws IOException {
    List<CompletableFuture<OutputFile.ByteContent>> files = new ArrayList<>(reports.size());
    // Blocks of rows already appended to the combined table are used again by later lists: an
    // --all list holds about 25 MB of rows, which would otherwise be allocated anew for every list.
    Queue<byte[]> spare = new ConcurrentLinkedQueue<>();
    try {
      for (int i = 0; i < reports.size(); i++) {
        while (files.size() < reports.size() && files.size() <= i + FILES_AHEAD) {
          ListReport report = reports.get(files.size());
          Path file = directory.resolve(report.label() + "." + extension);
          files.add(
              CompletableFuture.supplyAsync(
                  () -> {
                    try {
                      return writeFile(report, file, table, spare);
                    } catch (IOException e) {
                      throw new UncheckedIOException(e);
                    }
                  },
                  CliThreads.pool()));
        }
        OutputFile.ByteContent rows;
        try {
          rows = files.get(i).join();
        } catch (CompletionException e) {
          if (e.getCause() instanceof UncheckedIOException io) {
            throw io.getCause();
          }
          throw e;
        }
        files.set(i, null); // its rows, once written, are no longer held
        rows.writeTo(combined);
        if (dropWritten) {
          reports.set(i, null); // nor its report or result
        }
      }
    } finally {
      // After a failure, the files already begun are finished (or fail) before the error is told.
      for (CompletableFuture<OutputFile.ByteContent> file : files) {
        if (file != null) {
          try {
            file.join();
          } catch (CompletionException | CancellationException e) {
            // the first failure is the one reported
          }
        }
      }
    }
  }

  /** Lists whose report files are written ahead of the combined table's rows. */
  private static final int FILES_AHEAD = 2;

  /** Writes one list's report file; returns its rows of the combined table. */
  private OutputFile.ByteContent writeFile(
      ListReport report, Path file, CombinedTable.BatchWriter table, Queue<byte[]> spare)
      throws IOException {
    if (report.page() != null) {
      write(file, w -> HtmlReport.write(report.page(), w));
    } else if (report.keptAsBytes()) {
      writeBytes(file, stream -> stream.write(report.file()));
      return stream -> stream.write(report.combinedRows());
    } else if (format == combinedFormat(format)) {
      ByteBlocks rows = new ByteBlocks(spare);
      writeBytes(
          file,
          stream -> table.writeReportAndRows(report.label(), report.report().get(), stream, rows));
      return rows::writeToAndRelease;
    } else {
      writeBytes(file, stream -> report.report().get().write(format, stream));
    }
    ByteBlocks rows = new ByteBlocks(spare);
    report.writeCombinedRows(table, rows);
    return rows::writeToAndRelease;
  }

  /**
   * Bytes kept in memory in blocks of 1 MiB, so that a large table is not copied to grow, taken
   * from and given back to a queue of spare blocks.
   */
  private static final class ByteBlocks extends OutputStream {
    private static final int BLOCK = 1 << 20;
    private final Queue<byte[]> spare;
    private final List<byte[]> full = new ArrayList<>();
    private byte[] block;
    private int length;

    ByteBlocks(Queue<byte[]> spare) {
      this.spare = spare;
      this.block = take();
    }

    private byte[] take() {
      byte[] taken = spare.poll();
      return taken != null ? taken : new byte[BLOCK];
    }

    @Override
    public void write(int b) {
      write(new byte[] {(byte) b}, 0, 1);
    }

    @Override
    public void write(byte[] bytes, int offset, int size) {
      int at = offset;
      int rest = size;
      while (rest > 0) {
        if (length == block.length) {
          full.add(block);
          block = take();
          length = 0;
        }
        int n = Math.min(rest, block.length - length);
        System.arraycopy(bytes, at, block, length, n);
        length += n;
        at += n;
        rest -= n;
      }
    }

    /** Writes the bytes, then gives the blocks back for other lists. */
    void writeToAndRelease(OutputStream out) throws IOException {
      for (byte[] bytes : full) {
        out.write(bytes);
      }
      out.write(block, 0, length);
      spare.addAll(full);
      spare.add(block);
      full.clear();
      block = null;
    }
  }

  private static String oneLine(String text) {
    return text.replace('\t', ' ').replace('\n', ' ').replace('\r', ' ');
  }

  /** Reports of at most this many rows are kept as their bytes in a batch, larger ones as is. */
  private static final int ROWS_KEPT_AS_BYTES = 2_000;

  /**
   * What a batch keeps of one list: its summary line and label, and either its rows of the combined
   * table and its report file as UTF-8 bytes, or its report; in HTML batches, also its page (which
   * the comparison of lists reads).
   */
  private record ListReport(
      String summary,
      String label,
      Supplier<Report> report,
      byte[] combinedRows,
      byte[] file,
      HtmlReportInput page) {

    /** Whether the list is kept as its bytes rather than as a report (or a result). */
    boolean keptAsBytes() {
      return combinedRows != null;
    }

    void writeCombinedRows(CombinedTable.BatchWriter table, OutputStream stream)
        throws IOException {
      if (combinedRows != null) {
        stream.write(combinedRows);
      } else {
        table.writeRows(label, report.get(), stream);
      }
    }

    void writeFile(ReportFormat format, OutputStream stream) throws IOException {
      if (file != null) {
        stream.write(file);
      } else {
        report.get().write(format, stream);
      }
    }
  }

  /** What a content writes, as bytes in memory. */
  private static byte[] bytes(OutputFile.ByteContent content) {
    ByteArrayOutputStream buffer = new ByteArrayOutputStream(8192);
    try {
      content.writeTo(buffer);
    } catch (IOException e) {
      throw new UncheckedIOException(e); // writing to memory: never
    }
    return buffer.toByteArray();
  }

  /** The longest base name of a batch report, so that every name fits a file system. */
  static final int MAX_BASE_NAME = 150;

  /**
   * A report file's base name: the list's file name without folders and list extension ({@code
   * .txt}, {@code .csv}, {@code .tsv}, {@code .gz}…), characters other than letters, digits, {@code
   * .}, {@code _} and {@code -} replaced by {@code _}, at most {@value #MAX_BASE_NAME} characters.
   */
  static String baseName(String listName) {
    String name = listName.replace('\\', '/');
    name = name.substring(name.lastIndexOf('/') + 1);
    String base = name.replaceFirst("(?i)(\\.(txt|csv|tsv|tab|list|lst|grp|gmx))?(\\.gz)?$", "");
    base = base.replaceAll("[^A-Za-z0-9._-]", "_");
    if (base.length() > MAX_BASE_NAME) {
      base = base.substring(0, MAX_BASE_NAME);
    }
    return base.isEmpty() || base.equals("-") || base.matches("\\.+") ? "stdin" : base;
  }

  private static String uniqueName(String base, Set<String> used) {
    String name = base;
    for (int i = 2; !used.add(name); i++) {
      name = base + "_" + i;
    }
    return name;
  }

  /** Writes UTF-8 bytes to an output file ({@link OutputFile}). */
  void writeBytes(Path file, OutputFile.ByteContent content) throws IOException {
    OutputFile.writeBytes(file, content, stdout, stderr);
  }

  /** Writes text to an output file ({@link OutputFile}). */
  void write(Path file, OutputFile.TextContent content) throws IOException {
    OutputFile.write(file, content, stdout, stderr);
  }
}
