package org.figora.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.stream.Stream;
import org.figora.analysis.figure.Figure;
import org.figora.analysis.figure.FigureFilter;
import org.figora.analysis.gene.GeneReference;
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
    subcommands = {FiguresCommand.ListFigures.class, FiguresCommand.Search.class,
        FiguresCommand.Show.class},
    footer = ExitCodes.FOOTER)
final class FiguresCommand extends CommandGroup {

  /** Filters shared by {@code list} and {@code search}. */
  static final class Filters {
    @Option(names = "--gene", paramLabel = "SYMBOL", split = ",",
        description = "Only figures with this human gene (repeat, or separate with commas, for"
            + " all of several).")
    List<String> genes = new ArrayList<>();

    @Option(names = "--organism", paramLabel = "TEXT",
        description = "Only figures whose organisms mention TEXT (e.g. 'Homo sapiens').")
    String organism;

    @Option(names = "--year", paramLabel = "YEAR[-YEAR]",
        description = "Only figures from this year or range, e.g. 2018 or 2010-2019.")
    String year;

    @Option(names = "--limit", paramLabel = "N", description = "Show at most N figures.")
    Integer limit;

    FigureFilter filter() {
      FigureFilter filter = FigureFilter.all().withGenes(genes);
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

    void print(LoadedIndex loaded, FigureFilter filter, PrintWriter out) {
      if (limit != null && limit < 0) {
        throw new UsageException("--limit " + limit + " is out of range: it must be 0 or more");
      }
      Stream<Figure> figures = loaded.index().corpus().figures().stream()
          .filter(filter);
      if (limit != null) {
        figures = figures.limit(limit);
      }
      out.println("figid\tyear\thuman_genes\ttitle");
      figures.forEach(f -> out.println(f.figid() + "\t"
          + (f.year().isPresent() ? String.valueOf(f.year().getAsInt()) : "") + "\t"
          + f.humanGenes().size() + "\t" + f.title().replace('\t', ' ')));
      out.flush();
    }
  }

  /** {@code figora figures list}. */
  @Command(name = "list", mixinStandardHelpOptions = true,
      header = "List figures, optionally filtered by gene, organism or year.",
      footer = {"%nExample:", "  figora figures list --gene IGF1R --year 2015-2025",
          ExitCodes.FOOTER})
  static final class ListFigures implements Callable<Integer> {
    @Spec private CommandSpec spec;
    @Mixin private CorpusOptions corpusOptions;
    @Mixin private Filters filters;

    @Override
    public Integer call() throws IOException {
      LoadedIndex loaded = open(spec, corpusOptions);
      filters.print(loaded, filters.filter(), spec.commandLine().getOut());
      return ExitCodes.OK;
    }
  }

  /** {@code figora figures search WORD...}. */
  @Command(name = "search", mixinStandardHelpOptions = true,
      header = "Find figures whose title or caption contains every WORD.",
      footer = {"%nExample:", "  figora figures search insulin resistance --organism sapiens",
          ExitCodes.FOOTER})
  static final class Search implements Callable<Integer> {
    @Spec private CommandSpec spec;
    @Mixin private CorpusOptions corpusOptions;
    @Mixin private Filters filters;

    @Parameters(paramLabel = "WORD", arity = "1..*", description = "Words to find (any case).")
    List<String> words;

    @Override
    public Integer call() throws IOException {
      LoadedIndex loaded = open(spec, corpusOptions);
      filters.print(loaded, filters.filter().withWords(words), spec.commandLine().getOut());
      return ExitCodes.OK;
    }
  }

  /** {@code figora figures show FIGID}. */
  @Command(name = "show", mixinStandardHelpOptions = true,
      header = "Show one figure: metadata, human genes, other keywords and links.",
      footer = {"%nExample:", "  figora figures show PMC5738696__F1", ExitCodes.FOOTER})
  static final class Show implements Callable<Integer> {
    @Spec private CommandSpec spec;
    @Mixin private CorpusOptions corpusOptions;

    @Parameters(paramLabel = "FIGID", description = "A figure id or its alias.")
    String figid;

    @Override
    public Integer call() throws IOException {
      LoadedIndex loaded = open(spec, corpusOptions);
      Figure f = loaded.index().corpus().figure(figid).orElseThrow(() -> new DataException(
          "no figure '" + figid + "' in the corpus (figora figures search finds figures)"));
      PrintWriter out = spec.commandLine().getOut();
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
      line(out, "pathway score", f.automlPathway().isPresent()
          ? String.valueOf(f.automlPathway().getAsDouble()) : "");
      line(out, "figure at PMC", f.figureUrl());
      line(out, "PFOCR page", f.pageUrl());
      line(out, "human genes (" + f.humanGenes().size() + ")", String.join(" ", f.humanGenes()));
      line(out, "other keywords (" + f.otherKeywords().size() + ")",
          String.join(" | ", f.otherKeywords()));
      line(out, "caption", f.caption());
      line(out, "source", f.source());
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
