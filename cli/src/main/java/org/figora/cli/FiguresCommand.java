package org.figora.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.figora.analysis.figure.Figure;
import org.figora.analysis.figure.FigureFilter;
import org.figora.analysis.gene.GeneReference;
import org.figora.analysis.gene.GeneResolution;
import org.figora.analysis.index.LoadedIndex;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code figora figures}: browse the corpus. */
@Command(
    name = "figures",
    mixinStandardHelpOptions = true,
    header = "Browse the figures of the corpus.",
    subcommands = {
      FiguresCommand.ListFigures.class,
      FiguresCommand.Search.class,
      FiguresCommand.Show.class
    },
    footer = ExitCodes.FOOTER)
final class FiguresCommand extends CommandGroup {

  /** Filters shared by {@code list} and {@code search}. */
  static final class Filters {
    @Option(
        names = "--gene",
        paramLabel = "GENE",
        split = ",",
        description =
            "Only figures with this human gene (repeat, or separate with commas, for"
                + " all of several). Resolved as enrich resolves lists: any case, aliases, previous"
                + " symbols, Entrez and Ensembl IDs; an ambiguous or unknown one is refused.")
    List<String> genes = new ArrayList<>();

    @Option(
        names = "--organism",
        paramLabel = "TEXT",
        description = "Only figures whose organisms mention TEXT (e.g. 'Homo sapiens').")
    String organism;

    @Option(
        names = "--year",
        paramLabel = "YEAR[-YEAR]",
        description = "Only figures from this year or range, e.g. 2018 or 2010-2019.")
    String year;

    @Option(names = "--limit", paramLabel = "N", description = "Show at most N figures.")
    Integer limit;

    /**
     * The approved symbols of the --gene values, resolved as list identifiers are; a value that is
     * ambiguous, unknown or a missing-value word is a usage error.
     */
    private List<String> symbols(GeneReference reference, PrintWriter err) {
      List<String> symbols = new ArrayList<>();
      for (String gene : genes) {
        GeneResolution resolution = reference.resolve(gene);
        switch (resolution.kind()) {
          case EXACT -> {}
          case AMBIGUOUS ->
              throw new UsageException(
                  "--gene "
                      + gene
                      + " is ambiguous: it"
                      + " names "
                      + String.join(", ", resolution.symbols())
                      + "; give the approved"
                      + " symbol");
          case UNKNOWN, MISSING_VALUE ->
              throw new UsageException(
                  "--gene "
                      + gene
                      + " is not"
                      + " a human gene symbol, alias, Entrez or Ensembl ID of the gene reference");
          default ->
              err.println(
                  "figora: --gene "
                      + gene
                      + ": "
                      + resolution.symbols().get(0)
                      + " ("
                      + resolution.kind().name().toLowerCase(Locale.ROOT).replace('_', '-')
                      + ")");
        }
        symbols.addAll(resolution.symbols());
      }
      return symbols;
    }

    /** The library's filter for these options and the given words, genes resolved. */
    private FigureFilter filter(GeneReference reference, List<String> words, PrintWriter err) {
      FigureFilter filter = FigureFilter.all().withGenes(symbols(reference, err)).withWords(words);
      if (organism != null) {
        filter = filter.withOrganism(organism);
      }
      if (year != null) {
        try {
          filter = filter.withYears(FigureFilter.YearRange.parse(year));
        } catch (IllegalArgumentException e) {
          throw new UsageException("--year " + e.getMessage());
        }
      }
      return filter;
    }

    /**
     * Prints the figures that pass every filter and contain every word; on standard error, how many
     * figures --year and --organism left out only because they lack a year or an organism (GMT
     * corpora have neither).
     */
    void print(
        LoadedIndex loaded,
        GeneReference reference,
        List<String> words,
        PrintWriter out,
        PrintWriter err) {
      if (limit != null && limit < 0) {
        throw new UsageException("--limit " + limit + " is out of range: it must be 0 or more");
      }
      FigureFilter.Selection selection =
          filter(reference, words, err).select(loaded.index().corpus().figures());
      Stream<Figure> figures = selection.figures().stream();
      if (limit != null) {
        figures = figures.limit(limit);
      }
      out.println("figid\tyear\thuman_genes\ttitle");
      figures.forEach(f -> out.println(row(f)));
      out.flush();
      if (year != null) {
        err.println(
            "figora: --year left out "
                + figures(selection.withoutYear())
                + " that would otherwise match but have no year (figures read from GMT files have"
                + " none)");
      }
      if (organism != null) {
        err.println(
            "figora: --organism left out "
                + figures(selection.withoutOrganism())
                + " that would otherwise match but name no organism (figures read from GMT files"
                + " name none)");
      }
    }

    private static String figures(int count) {
      return count + (count == 1 ? " figure" : " figures");
    }
  }

  /** A figure as one row of a listing: figid, year, number of human genes, title. */
  private static String row(Figure f) {
    return f.figid()
        + "\t"
        + (f.year().isPresent() ? String.valueOf(f.year().getAsInt()) : "")
        + "\t"
        + f.humanGenes().size()
        + "\t"
        + f.title().replace('\t', ' ');
  }

  /** {@code figora figures list}. */
  @Command(
      name = "list",
      mixinStandardHelpOptions = true,
      header = "List figures, optionally filtered by gene, organism or year.",
      footer = {
        "%nExample:",
        "  figora figures list --gene IGF1R --year 2015-2025",
        ExitCodes.FOOTER
      })
  static final class ListFigures implements Callable<Integer> {
    @Spec private CommandSpec spec;
    @Mixin private CorpusOptions corpusOptions;
    @Mixin private Filters filters;

    @Override
    public Integer call() throws IOException {
      LoadedIndex loaded = open(spec, corpusOptions);
      filters.print(
          loaded,
          GeneReference.bundled(),
          List.of(),
          spec.commandLine().getOut(),
          spec.commandLine().getErr());
      return ExitCodes.OK;
    }
  }

  /** {@code figora figures search WORD...}. */
  @Command(
      name = "search",
      mixinStandardHelpOptions = true,
      header = "Find figures whose title or caption contains every WORD.",
      footer = {
        "%nExample:",
        "  figora figures search insulin resistance --organism sapiens",
        ExitCodes.FOOTER
      })
  static final class Search implements Callable<Integer> {
    @Spec private CommandSpec spec;
    @Mixin private CorpusOptions corpusOptions;
    @Mixin private Filters filters;

    @Parameters(paramLabel = "WORD", arity = "1..*", description = "Words to find (any case).")
    List<String> words;

    @Override
    public Integer call() throws IOException {
      LoadedIndex loaded = open(spec, corpusOptions);
      filters.print(
          loaded,
          GeneReference.bundled(),
          words,
          spec.commandLine().getOut(),
          spec.commandLine().getErr());
      return ExitCodes.OK;
    }
  }

  /** {@code figora figures show FIGID|PMCID}. */
  @Command(
      name = "show",
      mixinStandardHelpOptions = true,
      header =
          "Show one figure: metadata, human genes, other keywords and links; or, for a"
              + " PMCID, list that paper's figures.",
      footer = {
        "%nExamples:",
        "  figora figures show PMC5738696__F1",
        "  figora figures show PMC5738696",
        ExitCodes.FOOTER
      })
  static final class Show implements Callable<Integer> {
    private static final Pattern PMCID = Pattern.compile("PMC\\d+", Pattern.CASE_INSENSITIVE);

    @Spec private CommandSpec spec;
    @Mixin private CorpusOptions corpusOptions;

    @Parameters(
        paramLabel = "FIGID|PMCID",
        description = "A figure id or its alias, or a paper's PMCID (e.g. PMC5738696).")
    String figid;

    @Override
    public Integer call() throws IOException {
      LoadedIndex loaded = open(spec, corpusOptions);
      PrintWriter out = spec.commandLine().getOut();
      Optional<Figure> found = loaded.index().corpus().figure(figid);
      if (found.isEmpty() && PMCID.matcher(figid).matches()) {
        return listPaper(loaded, out);
      }
      Figure f =
          found.orElseThrow(
              () ->
                  new DataException(
                      "no figure '"
                          + figid
                          + "' in the corpus (figora figures search finds figures)"));
      line(out, "figid", f.figid());
      line(out, "alias", f.figidAlias());
      line(out, "title", f.title());
      line(out, "paper", f.paperTitle());
      line(out, "reference", f.referenceText());
      line(out, "pmcid", f.pmcid());
      line(out, "year", f.year().isPresent() ? String.valueOf(f.year().getAsInt()) : "");
      line(out, "doi", f.doi().orElse(""));
      line(out, "journal", f.journal().orElse(""));
      line(out, "organisms", String.join(", ", f.organisms()));
      line(out, "organisms (NER)", String.join(", ", f.organismsNer()));
      line(
          out,
          "pathway score",
          f.automlPathway().isPresent() ? String.valueOf(f.automlPathway().getAsDouble()) : "");
      line(out, "figure at PMC", f.figureUrl());
      line(out, "PFOCR page", f.pageUrl());
      line(out, "human genes (" + f.humanGenes().size() + ")", String.join(" ", f.humanGenes()));
      line(
          out,
          "other keywords (" + f.otherKeywords().size() + ")",
          String.join(" | ", f.otherKeywords()));
      line(out, "caption", f.caption());
      line(out, "source", f.source());
      out.flush();
      return ExitCodes.OK;
    }

    /** Lists the figures of the paper {@link #figid} names by its PMCID. */
    private Integer listPaper(LoadedIndex loaded, PrintWriter out) {
      List<Figure> figures =
          loaded.index().corpus().figures().stream()
              .filter(f -> f.pmcid().equalsIgnoreCase(figid))
              .toList();
      if (figures.isEmpty()) {
        throw new DataException(
            "no figure of the paper "
                + figid
                + " in the corpus (figora"
                + " figures search finds figures)");
      }
      out.println("figid\tyear\thuman_genes\ttitle");
      figures.forEach(f -> out.println(row(f)));
      out.flush();
      return ExitCodes.OK;
    }

    private static void line(PrintWriter out, String label, String value) {
      if (!value.isEmpty()) {
        out.println(label + ": " + value);
      }
    }
  }

  private static LoadedIndex open(CommandSpec spec, CorpusOptions corpusOptions)
      throws IOException {
    FigoraCommand root = (FigoraCommand) spec.root().userObject();
    return corpusOptions.open(root, GeneReference.bundled(), spec.commandLine().getErr(), true);
  }
}
