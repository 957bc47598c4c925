package org.figora.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;
import picocli.CommandLine.Model.OptionSpec;

/**
 * Every repeatable option takes one value per use, so that a positional argument after it is not
 * swallowed: {@code --corpus a LIST} reads LIST as the list (issue 13).
 */
class MultiValueOptionsTest {

  @TempDir static Path cache;

  private static final Path GMT = CliRun.SEEDS.resolve("pfocr-sample.gmt");
  private static final Path RECORD = CliRun.SEEDS.resolve("000_7a2c117ba028c655.txt");

  /** Every command of the tree, depth first. */
  private static void collect(CommandLine command, List<CommandLine> all) {
    all.add(command);
    command.getSubcommands().values().forEach(sub -> collect(sub, all));
  }

  @Test
  void noOptionOfAnyCommandTakesSeveralWordsPerUse() {
    List<CommandLine> commands = new ArrayList<>();
    collect(
        FigoraCommand.commandLine(
            new FigoraCommand(new ByteArrayInputStream(new byte[0]), Map.of())),
        commands);
    assertTrue(commands.size() > 10, "commands found: " + commands.size());
    List<String> offenders = new ArrayList<>();
    for (CommandLine command : commands) {
      for (OptionSpec option : command.getCommandSpec().options()) {
        if (option.arity().max() > 1) {
          offenders.add(command.getCommandName() + " " + option.longestName());
        }
      }
    }
    assertEquals(List.of(), offenders);
  }

  @Test
  void corpusBeforeTheListLeavesTheListAlone() {
    CliRun run = CliRun.run(cache, "enrich", "--corpus", CliRun.SEEDS, CliRun.IGF1R).ok();
    List<String> lines = run.outLines();
    assertTrue(lines.size() > 1, run.out());
    assertTrue(run.out().contains(CliRun.IGF1R_FIGURE), run.out());
  }

  @Test
  void corpusRepeatedAndCommaSeparatedGiveTheSameCorpus() {
    CliRun repeated =
        CliRun.run(cache, "enrich", "--corpus", GMT, "--corpus", RECORD, CliRun.IGF1R).ok();
    CliRun commas = CliRun.run(cache, "enrich", "--corpus", GMT + "," + RECORD, CliRun.IGF1R).ok();
    CliRun folder = CliRun.run(cache, "enrich", "--corpus", CliRun.SEEDS, CliRun.IGF1R).ok();
    assertEquals(folder.out(), repeated.out());
    assertEquals(folder.out(), commas.out());
    assertTrue(repeated.err().contains("147 figures loaded from 2 files"), repeated.err());
  }

  @Test
  void figuresShowWithCorpusBeforeTheFigid() {
    CliRun run =
        CliRun.run(cache, "figures", "show", "--corpus", CliRun.SEEDS, CliRun.IGF1R_FIGURE).ok();
    assertTrue(run.out().startsWith("figid: " + CliRun.IGF1R_FIGURE), run.out());
  }

  @Test
  void figuresSearchWithCorpusBetweenTheWords() {
    CliRun run =
        CliRun.run(cache, "figures", "search", "insulin", "--corpus", CliRun.SEEDS, "receptor")
            .ok();
    assertTrue(run.outLines().size() > 1, run.out());
    CliRun phrase = CliRun.run(cache, "figures", "search", "insulin receptor").ok();
    assertTrue(phrase.outLines().size() <= run.outLines().size());
  }

  @Test
  void geneFilterRepeatedOrCommaSeparated() {
    CliRun repeated =
        CliRun.run(cache, "figures", "list", "--gene", "IGF1R", "--gene", "IRS1").ok();
    CliRun commas = CliRun.run(cache, "figures", "list", "--gene", "IGF1R,IRS1").ok();
    assertEquals(repeated.out(), commas.out());
    assertTrue(repeated.outLines().size() > 1, repeated.out());
  }

  @Test
  void indexAndExportTakeCorpusOncePerUse() {
    CliRun run = CliRun.run(cache, "index", "info", "--corpus", GMT, "--corpus", RECORD).ok();
    assertTrue(run.out().contains("figures: 147"), run.out());
  }
}
