package org.figora.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.util.List;
import java.util.concurrent.Callable;
import org.figora.analysis.gene.GeneReference;
import org.figora.analysis.input.GeneListResolver;
import org.figora.analysis.input.InputIdentifier;
import org.figora.analysis.input.ResolvedGeneList;
import org.figora.analysis.input.ResolvedIdentifier;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code figora genes}: gene identifiers and the human gene reference. */
@Command(
    name = "genes",
    mixinStandardHelpOptions = true,
    header = "Work with gene identifiers.",
    subcommands = {GenesCommand.Resolve.class},
    footer = ExitCodes.FOOTER)
final class GenesCommand extends CommandGroup {

  /** {@code figora genes resolve LIST}. */
  @Command(
      name = "resolve",
      mixinStandardHelpOptions = true,
      header = "Show how each identifier in a list maps to an approved human symbol.",
      description = {
        "Prints one row per identifier: input, line, how it matched (exact, case-corrected,"
            + " alias, Entrez, Ensembl, spreadsheet-mangled, ambiguous, missing-value for NA,"
            + " NaN, #N/A and other missing-value words, unknown) and the"
            + " approved symbol(s). Ambiguous aliases list every candidate and are never"
            + " resolved to one.",
        ""
      },
      footer = {
        "%nExamples:",
        "  figora genes resolve examples/mixed-identifiers.txt",
        "  figora genes resolve examples/deseq2-results.csv --gene-column column1 \\",
        "      --where \"padj < 0.05 and log2FoldChange > 1\"",
        ExitCodes.FOOTER
      })
  static final class Resolve implements Callable<Integer> {

    @Spec private CommandSpec spec;

    @Parameters(
        paramLabel = "LIST",
        description =
            "A gene list file (plain or gzip-compressed),"
                + " a .csv/.tsv table with --gene-column, or '-' for standard input.")
    String list;

    @Option(
        names = "--gene-column",
        paramLabel = "COLUMN",
        description =
            "For a .csv/.tsv table: the column holding gene identifiers, as in" + " figora enrich.")
    String geneColumn;

    @Option(
        names = "--where",
        paramLabel = "EXPR",
        description = "For a .csv/.tsv table: keep rows matching, as in figora enrich.")
    String where;

    @Mixin private QuietOption quiet;

    @Override
    public Integer call() throws IOException {
      FigoraCommand root = (FigoraCommand) spec.root().userObject();
      GeneReference reference = GeneReference.bundled();
      if (where != null && geneColumn == null) {
        throw new UsageException("--where filters table rows and needs --gene-column");
      }
      List<InputIdentifier> identifiers =
          new ListInputs(
                  reference,
                  root.stdin(),
                  geneColumn,
                  where,
                  quiet.on() ? null : spec.commandLine().getErr())
              .identifiers(list);
      ResolvedGeneList resolved = new GeneListResolver(reference).resolve(list, identifiers);
      PrintWriter out = spec.commandLine().getOut();
      out.println("input\tline\tmatch\tsymbols");
      for (ResolvedIdentifier row : resolved.identifiers()) {
        out.println(
            clean(row.input())
                + "\t"
                + row.line()
                + "\t"
                + row.kind().name().toLowerCase(java.util.Locale.ROOT).replace('_', '-')
                + "\t"
                + String.join("/", row.symbols()));
      }
      out.flush();
      if (!quiet.on()) {
        spec.commandLine().getErr().println("figora: " + list + ": " + resolved.summary());
      }
      ListInputs.warnIfNonHuman(resolved, spec.commandLine().getErr());
      return ExitCodes.OK;
    }

    private static String clean(String text) {
      return text.replace('\t', ' ');
    }
  }
}
