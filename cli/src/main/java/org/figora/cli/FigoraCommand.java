package org.figora.cli;

import java.io.BufferedOutputStream;
import java.io.FileDescriptor;
import java.io.FileOutputStream;
import java.io.InputStream;
import java.io.OutputStreamWriter;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.figora.analysis.gene.GeneReference;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.ParameterException;

/** The {@code figora} command: gene-set over-representation against published pathway figures. */
@Command(
    name = "figora",
    mixinStandardHelpOptions = true,
    versionProvider = VersionProvider.class,
    header = "Which published pathway figures are your genes over-represented in?",
    description = {
      "Tests gene lists against Pathway Figure OCR (PFOCR) figures with a one-sided"
          + " hypergeometric test and reports ranked, corrected results.",
      ""
    },
    footer = {
      "%nExamples:",
      "  figora enrich examples/igf1r-signalling.txt",
      "  figora enrich up.txt down.txt --output-dir results/ --format html",
      "  figora genes resolve my-genes.txt",
      "  figora figures show PMC5738696__F1",
      "  figora serve --port 0",
      ExitCodes.FOOTER
    })
public final class FigoraCommand extends CommandGroup {

  /** The subcommands, in the order the usage help lists them. */
  private static final List<Class<?>> SUBCOMMANDS =
      List.of(
          EnrichCommand.class,
          GenesCommand.class,
          FiguresCommand.class,
          IndexCommand.class,
          CorpusCommand.class,
          ExportCommand.class,
          ServeCommand.class,
          CommandLine.HelpCommand.class);

  private final InputStream stdin;
  private final Map<String, String> environment;

  /**
   * Creates the command with the process's standard input and environment.
   *
   * @param stdin standard input, read by {@code -} list arguments
   * @param environment environment variables ({@code XDG_CACHE_HOME}, {@code FIGORA_HOME})
   */
  FigoraCommand(InputStream stdin, Map<String, String> environment) {
    this.stdin = stdin;
    this.environment = Map.copyOf(environment);
  }

  /**
   * Runs figora and exits with its exit code.
   *
   * @param args the command line
   */
  public static void main(String[] args) {
    CheckedOutput stdout = new CheckedOutput(new FileOutputStream(FileDescriptor.out));
    CheckedOutput stderr = new CheckedOutput(new FileOutputStream(FileDescriptor.err));
    PrintWriter out =
        new PrintWriter(
            new OutputStreamWriter(
                new BufferedOutputStream(stdout, 1 << 16), StandardCharsets.UTF_8),
            true);
    PrintWriter err = new PrintWriter(new OutputStreamWriter(stderr, StandardCharsets.UTF_8), true);
    InputStream in = StandardInput.isClosed() ? StandardInput.CLOSED : System.in;
    int code = execute(out, err, in, System.getenv(), args);
    out.flush();
    err.flush();
    System.exit(withWriteErrors(code, stdout, stderr, err));
  }

  /**
   * A failed write to standard output or error is an error (exit 3), except a closed pipe: the
   * reader ({@code | head}) took what it wanted.
   */
  private static int withWriteErrors(
      int code, CheckedOutput stdout, CheckedOutput stderr, PrintWriter err) {
    int result = code;
    if (stdout.failure() != null && !stdout.closedPipe()) {
      err.println(
          "figora: cannot write to standard output: "
              + stdout.failure().getMessage()
              + "; the output is incomplete");
      err.flush();
      result = code == ExitCodes.OK ? ExitCodes.DATA : code;
    }
    if (stderr.failure() != null && !stderr.closedPipe()) {
      result = code == ExitCodes.OK ? ExitCodes.DATA : code;
    }
    return result;
  }

  /**
   * Runs figora without exiting, for tests and embedding.
   *
   * @param out standard output
   * @param err standard error
   * @param in standard input
   * @param environment environment variables
   * @param args the command line
   * @return the exit code ({@link ExitCodes})
   */
  public static int execute(
      PrintWriter out,
      PrintWriter err,
      InputStream in,
      Map<String, String> environment,
      String... args) {
    try {
      CommandLine commandLine = commandLine(new FigoraCommand(in, environment), args);
      commandLine.setOut(out);
      commandLine.setErr(err);
      shareVersion(commandLine, new VersionProvider());
      commandLine.setExecutionExceptionHandler(new ErrorHandler());
      commandLine.setExitCodeExceptionMapper(new ParseErrorExitCodes());
      return commandLine.execute(args);
    } catch (OutOfMemoryError e) {
      err.println(
          "figora: out of memory ("
              + e.getMessage()
              + "); give Java more with"
              + " FIGORA_JAVA_OPTS=-Xmx4g, or use smaller inputs");
      return ExitCodes.SOFTWARE;
    } catch (StackOverflowError e) {
      err.println(
          "figora: internal error: the input is nested too deeply for figora (stack"
              + " overflow); this is a bug in figora, please report it with the command you ran");
      return ExitCodes.SOFTWARE;
    } catch (RuntimeException | Error e) {
      err.println("figora: internal error: " + e);
      err.println("This is a bug in figora; please report it with the command you ran.");
      return ExitCodes.SOFTWARE;
    } finally {
      out.flush();
      err.flush();
    }
  }

  /**
   * The command line of {@code root} with its subcommands. Picocli reads the options of every
   * command it is given, with reflection, before parsing; when the first argument names a
   * subcommand other than {@code help}, only that one is given, so that {@code figora enrich} does
   * not pay for reading the options of the server, the corpus fetcher and the others.
   *
   * @param root the root command
   * @param args the command line; none for the whole tree
   * @return the command line, ready to execute {@code args}
   */
  static CommandLine commandLine(FigoraCommand root, String... args) {
    CommandLine commandLine = new CommandLine(root);
    String first = args.length == 0 ? null : args[0];
    // The first match ends the search: reading a subcommand's annotation loads the classes it
    // names (its own subcommands), which a run of another one does not need.
    Class<?> named = null;
    for (int i = 0; named == null && i < SUBCOMMANDS.size(); i++) {
      if (isNamed(SUBCOMMANDS.get(i), first)) {
        named = SUBCOMMANDS.get(i);
      }
    }
    if (named != null) {
      if (named == EnrichCommand.class || named == GenesCommand.class) {
        readSymbolsAhead();
      }
      commandLine.addSubcommand(named);
    } else {
      SUBCOMMANDS.forEach(commandLine::addSubcommand);
    }
    return commandLine;
  }

  /**
   * Starts reading the bundled reference's approved symbols (77,616 rows from the jar) on another
   * thread. {@code enrich} and {@code genes} need them before anything else, and reading them takes
   * about as long as picocli's reading of the command's options, which runs on one core meanwhile.
   * The command then finds the symbols read, or waits for the read in progress (the reference reads
   * them once, under its lock). A failed read is left to the command: it reads again and reports
   * the error as usual.
   */
  private static void readSymbolsAhead() {
    Thread reader =
        new Thread(
            () -> {
              try {
                GeneReference.bundled().isApprovedSymbol("TP53");
              } catch (RuntimeException e) {
                // Reported by the command, which meets the same failure.
              }
            },
            "figora-symbols");
    reader.setDaemon(true);
    reader.start();
  }

  /** Whether {@code subcommand} is the one {@code name} runs ({@code help} never is). */
  private static boolean isNamed(Class<?> subcommand, String name) {
    return subcommand != CommandLine.HelpCommand.class
        && subcommand.getAnnotation(Command.class).name().equals(name);
  }

  /**
   * Parse errors (unknown command or option, bad or missing value) are bad usage; anything else
   * that reaches the mapper escaped the execution handler and is internal. A class, not a lambda: a
   * lambda implementing picocli's interface (compiled for Java 5) makes the start-up archive leave
   * picocli's main class out, and every run then reads it from the jar.
   */
  private static final class ParseErrorExitCodes implements CommandLine.IExitCodeExceptionMapper {
    @Override
    public int getExitCode(Throwable exception) {
      return exception instanceof ParameterException ? ExitCodes.USAGE : ExitCodes.SOFTWARE;
    }
  }

  /** Every subcommand has {@code --version} (standard help options); all print figora's. */
  private static void shareVersion(CommandLine command, VersionProvider version) {
    command.getCommandSpec().versionProvider(version);
    command.getSubcommands().values().forEach(sub -> shareVersion(sub, version));
  }

  /**
   * @return standard input
   */
  InputStream stdin() {
    return stdin;
  }

  /**
   * @return environment variables
   */
  Map<String, String> environment() {
    return environment;
  }

  /**
   * The bundled default corpus: {@code seeds/} under {@code FIGORA_HOME} (set by the launcher),
   * else under the working directory.
   *
   * @return the seeds directory
   */
  Path defaultCorpus() {
    String home = environment.getOrDefault("FIGORA_HOME", System.getProperty("figora.home"));
    Path base = home != null && !home.isBlank() ? Path.of(home) : Path.of("");
    Path seeds = base.resolve("seeds");
    if (!Files.isDirectory(seeds)) {
      throw new UsageException(
          "no --corpus given and the bundled seeds/ folder was not found"
              + " (looked in "
              + seeds.toAbsolutePath()
              + "); pass --corpus PATH");
    }
    return seeds;
  }
}
