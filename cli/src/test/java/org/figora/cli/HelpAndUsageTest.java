package org.figora.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.InputStream;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Help, version and the exit code of bad command lines. */
class HelpAndUsageTest {

  @TempDir static Path cache;

  private static void assertListsExitCodes(String help) {
    assertTrue(help.contains("Exit codes:"), help);
    assertTrue(help.contains("0  success"), help);
    assertTrue(help.contains("1  internal failure"), help);
    assertTrue(help.contains("2  bad usage"), help);
    assertTrue(help.contains("3  bad input data"), help);
  }

  @Test
  void helpListsTheCommandsAndExitCodes() {
    CliRun run = CliRun.run(cache, "--help").ok();
    for (String command : new String[] {"enrich", "genes", "figures", "index", "export"}) {
      assertTrue(run.out().contains("  " + command + " "), command + " in\n" + run.out());
    }
    assertListsExitCodes(run.out());
    assertEquals("", run.err());
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "enrich",
        "genes",
        "genes resolve",
        "figures",
        "figures list",
        "figures search",
        "figures show",
        "index",
        "index build",
        "index info",
        "index clean",
        "export",
        "export gmt"
      })
  void everyCommandsHelpListsTheExitCodes(String command) {
    CliRun run = CliRun.run(cache, (Object[]) (command + " --help").split(" ")).ok();
    assertTrue(run.out().contains("Usage: figora " + command), run.out());
    assertListsExitCodes(run.out());
  }

  @Test
  void helpSubcommandShowsACommandsHelp() {
    CliRun run = CliRun.run(cache, "help", "enrich").ok();
    assertTrue(run.out().contains("Usage: figora enrich"), run.out());
  }

  @Test
  void versionNamesFigoraAndTheGeneReference() {
    for (String option : new String[] {"--version", "-V"}) {
      CliRun run = CliRun.run(cache, option).ok();
      assertTrue(run.out().matches("(?s)figora \\d+\\.\\d+\\.\\d+.*"), run.out());
      assertTrue(run.out().contains("2022-Sep12"), run.out());
    }
  }

  @ParameterizedTest
  @ValueSource(strings = {"enrich", "genes resolve", "figures show", "index info", "export gmt"})
  void subcommandVersionPrintsTheVersionToo(String command) {
    CliRun run = CliRun.run(cache, (Object[]) (command + " --version").split(" ")).ok();
    assertTrue(run.out().startsWith("figora "), () -> "'" + run.out() + "'");
    assertTrue(run.out().contains("2022-Sep12"), run.out());
  }

  @Test
  void noCommandPrintsUsageWithExitCode2() {
    CliRun run = CliRun.run(cache).expect(ExitCodes.USAGE);
    assertTrue(run.out().contains("Usage: figora"), run.out());
  }

  @Test
  void unknownCommandIsAUsageError() {
    CliRun run = CliRun.run(cache, "enrichh", CliRun.IGF1R).expect(ExitCodes.USAGE);
    assertTrue(run.err().contains("enrichh"), run.err());
    assertEquals("", run.out());
  }

  @Test
  void unknownOptionIsAUsageError() {
    CliRun run =
        CliRun.run(cache, "enrich", "--no-such-option", CliRun.IGF1R).expect(ExitCodes.USAGE);
    assertTrue(run.err().contains("--no-such-option"), run.err());
    assertEquals("", run.out());
  }

  @Test
  void malformedOptionValuesAreUsageErrors() {
    CliRun.run(cache, "enrich", "--top", "three", CliRun.IGF1R).expect(ExitCodes.USAGE);
    CliRun.run(cache, "enrich", "--top", "3", "--top", "4", CliRun.IGF1R).expect(ExitCodes.USAGE);
    CliRun.run(cache, "enrich", CliRun.IGF1R, "--max-fdr").expect(ExitCodes.USAGE);
  }

  @Test
  void missingRequiredParameterIsAUsageError() {
    CliRun run = CliRun.run(cache, "figures", "show").expect(ExitCodes.USAGE);
    assertTrue(run.err().contains("FIGID"), run.err());
    CliRun.run(cache, "genes", "resolve").expect(ExitCodes.USAGE);
  }

  @Test
  void noListGivenIsAUsageError() {
    CliRun run = CliRun.run(cache, "enrich").expect(ExitCodes.USAGE);
    assertTrue(run.err().contains("no gene list given"), run.err());
    assertEquals("", run.out());
  }

  @Test
  void groupCommandsWithoutASubcommandShowTheirUsage() {
    for (String group : new String[] {"genes", "figures", "index", "export"}) {
      CliRun run = CliRun.run(cache, group).expect(ExitCodes.USAGE);
      assertTrue(run.out().contains("Usage: figora " + group), run.out());
    }
  }

  @Test
  void usageErrorsOfNestedCommandsNameTheFullCommand() {
    CliRun run = CliRun.run(cache, "figures", "list", "--year", "20x").expect(ExitCodes.USAGE);
    assertTrue(run.err().startsWith("figora figures list: --year 20x"), run.err());
    assertTrue(run.err().contains("figora figures list --help"), run.err());
  }

  @Test
  void missingSeedsFolderIsAUsageErrorNamingCorpus(@TempDir Path empty) {
    Map<String, String> environment =
        Map.of("FIGORA_HOME", empty.toString(), "XDG_CACHE_HOME", cache.toString());
    CliRun run =
        CliRun.runIn(environment, InputStream.nullInputStream(), "enrich", CliRun.IGF1R)
            .expect(ExitCodes.USAGE);
    assertTrue(run.err().contains("--corpus"), run.err());
  }
}
