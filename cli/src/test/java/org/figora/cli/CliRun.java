package org.figora.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Runs the real {@code figora} command line in-process and keeps what it printed and returned. The
 * environment points {@code FIGORA_HOME} at the repository root (so the bundled seeds are the
 * default corpus) and {@code XDG_CACHE_HOME} at a test folder, so that no test touches the user's
 * index cache.
 *
 * @param exitCode the exit code
 * @param out what was written to standard output
 * @param err what was written to standard error
 */
record CliRun(int exitCode, String out, String err) {

  /** The repository root: the cli module's tests run with the module folder as working folder. */
  static final Path ROOT = Path.of("..").toAbsolutePath().normalize();

  /** The bundled example lists. */
  static final Path EXAMPLES = ROOT.resolve("examples");

  /** The IGF1R signalling example list. */
  static final Path IGF1R = EXAMPLES.resolve("igf1r-signalling.txt");

  /** The example with symbols, aliases, Entrez and Ensembl IDs, dates and non-genes. */
  static final Path MIXED = EXAMPLES.resolve("mixed-identifiers.txt");

  /** The example DESeq2 result table. */
  static final Path DESEQ2 = EXAMPLES.resolve("deseq2-results.csv");

  /** The default corpus. */
  static final Path SEEDS = ROOT.resolve("seeds");

  /** The IGF1R figure, top hit of the IGF1R list. */
  static final String IGF1R_FIGURE = "PMC5738696__ol-15-01-0041-g00";

  /**
   * Runs figora with an empty standard input.
   *
   * @param cache the folder used as {@code XDG_CACHE_HOME}
   * @param args the command line
   * @return the run
   */
  static CliRun run(Path cache, Object... args) {
    return runWithInput(cache, "", args);
  }

  /**
   * Runs figora with the given text as standard input.
   *
   * @param cache the folder used as {@code XDG_CACHE_HOME}
   * @param stdin standard input
   * @param args the command line; paths and numbers are turned into strings
   * @return the run
   */
  static CliRun runWithInput(Path cache, String stdin, Object... args) {
    Map<String, String> environment = new HashMap<>();
    environment.put("FIGORA_HOME", ROOT.toString());
    environment.put("XDG_CACHE_HOME", cache.toAbsolutePath().toString());
    return runIn(
        environment, new ByteArrayInputStream(stdin.getBytes(StandardCharsets.UTF_8)), args);
  }

  /**
   * Runs figora with a given environment.
   *
   * @param environment the environment variables
   * @param stdin standard input
   * @param args the command line
   * @return the run
   */
  static CliRun runIn(Map<String, String> environment, InputStream stdin, Object... args) {
    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();
    String[] strings = Arrays.stream(args).map(String::valueOf).toArray(String[]::new);
    int code =
        FigoraCommand.execute(
            new PrintWriter(out, true), new PrintWriter(err, true), stdin, environment, strings);
    return new CliRun(code, out.toString(), err.toString());
  }

  /**
   * @return this run, after checking that it succeeded (showing standard error if not)
   */
  CliRun ok() {
    return expect(ExitCodes.OK);
  }

  /**
   * @return this run, after checking its exit code (showing both streams if it differs)
   */
  CliRun expect(int code) {
    assertEquals(code, exitCode, () -> "exit code; stdout:\n" + out + "\nstderr:\n" + err);
    return this;
  }

  /**
   * @return standard output's lines
   */
  List<String> outLines() {
    return lines(out);
  }

  /**
   * @return the non-empty lines of a text, without line ends
   */
  static List<String> lines(String text) {
    List<String> lines = new ArrayList<>(Arrays.asList(text.split("\r?\n", -1)));
    while (!lines.isEmpty() && lines.get(lines.size() - 1).isEmpty()) {
      lines.remove(lines.size() - 1);
    }
    return lines;
  }
}
