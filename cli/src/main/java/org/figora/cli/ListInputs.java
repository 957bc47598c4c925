package org.figora.cli;

import java.io.IOException;
import java.io.InputStream;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.figora.analysis.InputFormatException;
import org.figora.analysis.gene.GeneReference;
import org.figora.analysis.input.GeneListReader;
import org.figora.analysis.input.GeneListResolver;
import org.figora.analysis.input.GmtListReader;
import org.figora.analysis.input.IdentifierList;
import org.figora.analysis.input.InputIdentifier;
import org.figora.analysis.input.ResolvedGeneList;
import org.figora.analysis.input.ResolvedIdentifier;
import org.figora.analysis.input.RowFilter;
import org.figora.analysis.input.TableGeneList;
import org.figora.analysis.input.TableGeneListReader;

/** Reads the gene lists named on the command line and resolves them to approved symbols. */
final class ListInputs {

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
  ListInputs(GeneReference reference, InputStream stdin, String geneColumn, String where,
      PrintWriter log) {
    this.resolver = new GeneListResolver(reference);
    this.stdin = stdin;
    this.geneColumn = geneColumn;
    this.where = where;
    this.log = log;
  }

  /** @return the inputs of a list that did not resolve to one symbol (ambiguous or unknown) */
  static List<String> unresolved(ResolvedGeneList list) {
    return Stream.concat(list.ambiguous().stream(), list.unknown().stream())
        .map(ResolvedIdentifier::input).toList();
  }

  /**
   * Reads every list.
   *
   * @param arguments list files, or {@code -} for standard input
   * @param listsGmt a GMT file of lists, or null
   * @return the resolved lists, in order
   * @throws IOException when a file cannot be read
   * @throws DataException when a list has no usable gene
   */
  List<ResolvedGeneList> read(List<String> arguments, Path listsGmt) throws IOException {
    List<ResolvedGeneList> lists = new ArrayList<>();
    for (String argument : arguments) {
      lists.add(requireGenes(resolver.resolve(nameOf(argument), identifiers(argument))));
    }
    if (listsGmt != null) {
      for (IdentifierList list : new GmtListReader().read(listsGmt)) {
        lists.add(requireGenes(resolver.resolve(list.name(), list.identifiers())));
      }
    }
    return lists;
  }

  private static String nameOf(String argument) {
    return argument.equals("-") ? "stdin" : Path.of(argument).getFileName().toString();
  }

  private List<InputIdentifier> identifiers(String argument) throws IOException {
    if (argument.equals("-")) {
      return new GeneListReader().read(stdin, "<stdin>");
    }
    Path file = Path.of(argument);
    if (!Files.isRegularFile(file)) {
      throw InputFormatException.at(file, 0, "no such gene list file");
    }
    if (geneColumn != null) {
      TableGeneListReader reader = where == null ? new TableGeneListReader(geneColumn)
          : new TableGeneListReader(geneColumn, RowFilter.parse(where));
      TableGeneList table = reader.read(file);
      if (log != null) {
        log.println("figora: " + file + ": " + table.summary());
      }
      return table.identifiers();
    }
    String name = file.getFileName().toString().toLowerCase(Locale.ROOT);
    if (name.endsWith(".gmt")) {
      throw InputFormatException.at(file, 0, "a GMT of gene lists is read with --lists " + file);
    }
    List<InputIdentifier> identifiers = new GeneListReader().read(file);
    if (looksLikeTable(name, identifiers)) {
      throw new UsageException(file + " looks like a table (several cells on each of several"
          + " lines); name its gene column with --gene-column COLUMN (and pick rows with --where),"
          + " or rename it to .txt if it is a plain gene list");
    }
    return identifiers;
  }

  /**
   * Whether a .csv/.tsv file read as a plain list is really a result table: then every cell
   * (column names, numbers, "NA") would be taken for a gene, and some are aliases of genes.
   */
  private static boolean looksLikeTable(String name, List<InputIdentifier> identifiers) {
    if (!(name.endsWith(".csv") || name.endsWith(".tsv") || name.endsWith(".tab"))) {
      return false;
    }
    Map<Integer, Long> perLine = identifiers.stream()
        .collect(Collectors.groupingBy(InputIdentifier::line, Collectors.counting()));
    return perLine.values().stream().filter(cells -> cells > 1).count() > 1;
  }

  private static ResolvedGeneList requireGenes(ResolvedGeneList list) {
    if (list.symbols().isEmpty()) {
      List<String> unknown = unresolved(list);
      throw new DataException(list.name() + ": no usable genes: " + list.summary()
          + (unknown.isEmpty() ? "" : "; e.g. "
              + String.join(", ", unknown.subList(0, Math.min(5, unknown.size()))))
          + ". figora expects human gene symbols, Entrez or Ensembl IDs.");
    }
    return list;
  }
}
