package org.figora.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.Writer;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import org.figora.analysis.corpus.GmtWriter;
import org.figora.analysis.gene.GeneReference;
import org.figora.analysis.index.LoadedIndex;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code figora export}: write the corpus in other formats. */
@Command(
    name = "export",
    mixinStandardHelpOptions = true,
    header = "Export the corpus.",
    subcommands = {ExportCommand.Gmt.class},
    footer = ExitCodes.FOOTER)
final class ExportCommand extends CommandGroup {

  /** {@code figora export gmt}. */
  @Command(
      name = "gmt",
      mixinStandardHelpOptions = true,
      header = "Write the corpus's human gene sets as a GMT file.",
      description = {
        "One line per figure with at least one human gene: figid, the figure title (or its"
            + " URL when it has no title), then its approved human symbols in record order.",
        ""
      },
      footer = {
        "%nExample:",
        "  figora export gmt --corpus my-records/ -o figures.gmt",
        ExitCodes.FOOTER
      })
  static final class Gmt implements Callable<Integer> {

    @Spec private CommandSpec spec;

    @Mixin private CorpusOptions corpusOptions;

    @Option(
        names = {"-o", "--output"},
        paramLabel = "FILE",
        description = "Write here (atomically) instead of standard output.")
    Path output;

    @Mixin private QuietOption quiet;

    @Override
    public Integer call() throws IOException {
      FigoraCommand root = (FigoraCommand) spec.root().userObject();
      if (output != null) {
        List<Map.Entry<Path, String>> inputs = new ArrayList<>();
        for (Path path : corpusOptions.paths(root)) {
          inputs.add(Map.entry(path, "corpus " + path));
        }
        new OutputPaths().file(output, "--output " + output).check(OutputPaths.inputs(inputs));
      }
      PrintWriter err = spec.commandLine().getErr();
      LoadedIndex loaded = corpusOptions.open(root, GeneReference.bundled(), err, quiet.on());
      if (output == null) {
        write(loaded, spec.commandLine().getOut());
      } else {
        OutputFile.write(
            output,
            w -> write(loaded, w),
            spec.commandLine().getOut(),
            spec.commandLine().getErr());
      }
      return ExitCodes.OK;
    }

    private static void write(LoadedIndex loaded, Writer out) throws IOException {
      GmtWriter.write(loaded.index().corpus().figures(), out);
    }
  }
}
