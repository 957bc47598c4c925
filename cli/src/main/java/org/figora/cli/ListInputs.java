package org.figora.cli;

import java.io.IOException;
import java.io.InputStream;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.stream.Stream;
import org.figora.analysis.format.InputFormatException;
import org.figora.analysis.gene.GeneReference;
import org.figora.analysis.input.GeneListReader;
import org.figora.analysis.input.GeneListResolver;
import org.figora.analysis.input.GmtListReader;
import org.figora.analysis.input.IdentifierList;
import org.figora.analysis.input.InputIdentifier;
import org.figora.analysis.input.NonHumanSignal;
import org.figora.analysis.input.ResolvedGeneList;
import org.figora.analysis.input.ResolvedIdentifier;
import org.figora.analysis.input.RowFilter;
import org.figora.analysis.input.TableGeneList;
import org.figora.analysis.input.TableGeneListReader;
import org.figora.analysis.input.TableShape;
import org.figora.analysis.internal.Parallel;

/** Reads the gene lists named on the command line and resolves them to approved symbols. */
final class ListInputs {

  /** The name of the list given with {@code --genes}, in summaries and reports. */
  static final String INLINE_NAME = "genes";

  private final GeneListResolver resolver;
  private final InputStream stdin;
  private final String geneColumn;
  private final String where;
  private final PrintWriter log;

  /**
   * Creates a reader of lists.
   *
   * @param reference resolves identifiers
   * @param stdin standard input, for {@code -}
   * @param geneColumn the gene column of table lists, or null
   * @param where the row filter of table lists, or null
   * @param log where to report table filtering, or null for quiet
   */
  ListInputs(
      GeneReference reference,
      InputStream stdin,
      String geneColumn,
      String where,
      PrintWriter log) {
    this.resolver = new GeneListResolver(reference);
    this.stdin = stdin;
    this.geneColumn = geneColumn;
    this.where = where;
    this.log = log;
  }

  /**
   * Warns on standard error (also with --quiet) when a list looks like another organism's genes:
   * the corpus is human and no ortholog mapping is done.
   */
  static void warnIfNonHuman(ResolvedGeneList list, PrintWriter err) {
    NonHumanSignal signal = NonHumanSignal.of(list);
    if (signal.looksNonHuman()) {
      err.println("figora: warning: " + list.name() + ": " + signal.describe());
    }
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
   * Reads every list.
   *
   * @param arguments list files, or {@code -} for standard input
   * @param listsGmt a GMT file of lists, {@code -} for standard input, or null
   * @param inlineGenes the values of {@code --genes}: one list named {@value #INLINE_NAME}, first
   * @return the resolved lists, in order
   * @throws IOException when a file cannot be read
   * @throws DataException when a list has no usable gene
   */
  List<ResolvedGeneList> read(List<String> arguments, Path listsGmt, List<String> inlineGenes)
      throws IOException {
    List<ResolvedGeneList> lists = new ArrayList<>();
    for (Source source : sources(arguments, inlineGenes)) {
      lists.add(requireGenes(source.list().read(this::note)));
    }
    if (listsGmt != null) {
      for (Source source : gmtSources(listsGmt)) {
        lists.add(requireGenes(source.list().read(this::note)));
      }
    }
    return lists;
  }

  /** The lists named by {@code --genes} (first) and the list arguments, in order, not read yet. */
  private List<Source> sources(List<String> arguments, List<String> inlineGenes) {
    List<Source> sources = new ArrayList<>();
    if (!inlineGenes.isEmpty()) {
      sources.add(
          new Source(INLINE_NAME, notes -> resolver.resolve(INLINE_NAME, inline(inlineGenes))));
    }
    for (String argument : arguments) {
      sources.add(
          new Source(
              argument, notes -> resolver.resolve(nameOf(argument), identifiers(argument, notes))));
    }
    return sources;
  }

  /**
   * The lists of a GMT of lists, a file or {@code -} for standard input (read now, each list
   * resolved when asked).
   */
  private List<Source> gmtSources(Path listsGmt) throws IOException {
    List<Source> sources = new ArrayList<>();
    GmtListReader reader = new GmtListReader();
    List<IdentifierList> lists =
        isStandardInput(listsGmt)
            ? reader.read(stdin, "<stdin>")
            : reader.read(InputFiles.readable(listsGmt, "GMT of lists"));
    for (IdentifierList list : lists) {
      sources.add(
          new Source(list.name(), notes -> resolver.resolve(list.name(), list.identifiers())));
    }
    return sources;
  }

  /**
   * The one rule for naming standard input, for a list argument and for {@code --lists}.
   *
   * @param argument a list argument, or the value of {@code --lists}
   * @return whether it names standard input ({@code -})
   */
  static boolean isStandardInput(String argument) {
    return argument.equals("-");
  }

  /**
   * @param listsGmt the value of {@code --lists}
   * @return whether it names standard input ({@link #isStandardInput(String)})
   */
  static boolean isStandardInput(Path listsGmt) {
    return isStandardInput(listsGmt.toString());
  }

  /** Prints a note of reading a list, unless quiet. */
  private void note(String note) {
    if (log != null) {
      log.println(note);
    }
  }

  /** The lists of a batch that could be read, and those that could not. */
  record Batch(List<ResolvedGeneList> lists, List<ReportOutput.Failure> failures) {}

  /**
   * Reads the lists of a batch: a list that cannot be read or has no usable gene is set aside with
   * its reason instead of stopping the batch. A GMT of lists that cannot be read, and usage errors,
   * still stop it.
   *
   * @param arguments list files, or {@code -} for standard input
   * @param listsGmt a GMT file of lists, {@code -} for standard input, or null
   * @param inlineGenes the values of {@code --genes}
   * @return the lists read and the failures, each in order
   * @throws IOException when the GMT of lists cannot be read
   */
  Batch readBatch(List<String> arguments, Path listsGmt, List<String> inlineGenes)
      throws IOException {
    // Each list is read and resolved on the command's pool (reading and resolving a list costs
    // about as much as testing it, and would otherwise run on one thread before the tests); the
    // lists, failures and notes keep the order of the command line.
    List<Source> sources = sources(arguments, inlineGenes);
    if (listsGmt != null) {
      sources.addAll(gmtSources(listsGmt));
    }
    List<ListRead> reads =
        Parallel.map(
            Optional.of(CliThreads.pool()),
            sources.size(),
            i -> {
              List<String> notes = new ArrayList<>();
              try {
                return new ListRead(
                    requireGenes(sources.get(i).list().read(notes::add)), null, notes, null);
              } catch (DataException | InputFormatException | IOException e) {
                return new ListRead(
                    null,
                    new ReportOutput.Failure(sources.get(i).name(), ErrorHandler.describe(e)),
                    notes,
                    null);
              } catch (RuntimeException e) {
                return new ListRead(null, null, notes, e); // a usage error: stops the batch
              }
            });
    List<ResolvedGeneList> lists = new ArrayList<>();
    List<ReportOutput.Failure> failures = new ArrayList<>();
    for (ListRead read : reads) {
      read.notes().forEach(this::note);
      if (read.stop() != null) {
        throw read.stop();
      }
      if (read.list() != null) {
        lists.add(read.list());
      } else {
        failures.add(read.failure());
      }
    }
    return new Batch(lists, failures);
  }

  /** Reads one list, giving the notes its reading prints to {@code notes}. */
  @FunctionalInterface
  private interface ListSource {
    ResolvedGeneList read(Consumer<String> notes) throws IOException;
  }

  /**
   * A list named on the command line, not read yet.
   *
   * @param name the name a failure reports (the argument as given, or the list's name)
   * @param list how to read it
   */
  private record Source(String name, ListSource list) {}

  /**
   * One list of a batch as read: the list, or why it failed, with the notes its reading printed; or
   * the error that stops the batch.
   */
  private record ListRead(
      ResolvedGeneList list,
      ReportOutput.Failure failure,
      List<String> notes,
      RuntimeException stop) {}

  /**
   * The identifiers of {@code --genes}: each use's value read as a one-line list (commas, spaces
   * and quotes as in a list file); the "line" of an identifier is the use it came from.
   */
  private static List<InputIdentifier> inline(List<String> values) {
    List<InputIdentifier> identifiers = new ArrayList<>();
    for (int use = 0; use < values.size(); use++) {
      String value = values.get(use).replace('\n', ' ').replace('\r', ' ');
      for (InputIdentifier identifier : GeneListReader.parse(value, "--genes")) {
        identifiers.add(new InputIdentifier(identifier.text(), use + 1));
      }
    }
    return identifiers;
  }

  private static String nameOf(String argument) {
    if (isStandardInput(argument)) {
      return "stdin";
    }
    String name = argument.replaceAll("/+$", "");
    name = name.substring(name.lastIndexOf('/') + 1);
    return name.isEmpty() ? argument : name;
  }

  /**
   * Reads one list's identifiers as {@code enrich} does: a file (plain, gzip-compressed, or a table
   * with the gene column), or standard input for {@code -}.
   */
  List<InputIdentifier> identifiers(String argument) throws IOException {
    return identifiers(argument, this::note);
  }

  /** {@link #identifiers(String)}, giving the notes of a table's filtering to {@code notes}. */
  private List<InputIdentifier> identifiers(String argument, Consumer<String> notes)
      throws IOException {
    if (isStandardInput(argument)) {
      return new GeneListReader().read(stdin, "<stdin>");
    }
    Path file = InputFiles.readable(argument, "gene list");
    if (geneColumn != null) {
      TableGeneListReader reader =
          where == null
              ? new TableGeneListReader(geneColumn)
              : new TableGeneListReader(geneColumn, RowFilter.parse(where));
      TableGeneList table = reader.read(file);
      notes.accept("figora: " + file + ": " + table.summary());
      return table.identifiers();
    }
    String name = file.getFileName().toString().toLowerCase(Locale.ROOT).replaceFirst("\\.gz$", "");
    if (name.endsWith(".gmt")) {
      throw InputFormatException.at(file, 0, "a GMT of gene lists is read with --lists " + file);
    }
    List<InputIdentifier> identifiers = new GeneListReader().read(file);
    if (looksLikeTable(name, identifiers)) {
      throw new UsageException(
          file
              + " looks like a table (several cells on each of several"
              + " lines); name its gene column with --gene-column COLUMN (and pick rows with --where),"
              + " or rename it to .txt if it is a plain gene list");
    }
    return identifiers;
  }

  /**
   * Whether a .csv/.tsv file read as a plain list is really a result table: then every cell (column
   * names, numbers, "NA") would be taken for a gene, and some are aliases of genes.
   */
  private static boolean looksLikeTable(String name, List<InputIdentifier> identifiers) {
    return (name.endsWith(".csv") || name.endsWith(".tsv") || name.endsWith(".tab"))
        && TableShape.severalCellsOnSeveralLines(identifiers);
  }

  private static ResolvedGeneList requireGenes(ResolvedGeneList list) {
    if (list.symbols().isEmpty()) {
      List<String> unknown = unresolved(list);
      throw new DataException(
          list.name()
              + ": no usable genes: "
              + list.summary()
              + (unknown.isEmpty()
                  ? ""
                  : "; e.g. " + String.join(", ", unknown.subList(0, Math.min(5, unknown.size()))))
              + ". figora expects human gene symbols, Entrez or Ensembl IDs."
              + (NonHumanSignal.of(list).looksNonHuman()
                  ? " " + NonHumanSignal.of(list).describe() + "."
                  : ""));
    }
    return list;
  }
}
