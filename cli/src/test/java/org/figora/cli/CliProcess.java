package org.figora.cli;

import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/**
 * Runs figora as a real process ({@code java -cp <the test class path> FigoraCommand}) through
 * {@code bash -c}, so that tests can give it closed or full standard streams, pipes and locales as
 * a shell would. The command line is a shell snippet in which {@code FIGORA} stands for the java
 * command.
 *
 * @param exitCode figora's exit code (the first command of a pipeline)
 * @param out standard output
 * @param err standard error
 */
record CliProcess(int exitCode, String out, String err) {

  /**
   * Runs a shell snippet.
   *
   * @param work the working folder; it also holds the captured streams and the cache
   * @param environment extra environment variables
   * @param snippet the shell command line; {@code FIGORA} is replaced by the java command
   * @return what happened
   * @throws IOException when the process cannot be started
   * @throws InterruptedException when interrupted
   */
  static CliProcess run(Path work, Map<String, String> environment, String snippet)
      throws IOException, InterruptedException {
    String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
    String command =
        quote(java)
            + " -Xshare:auto -cp "
            + quote(classPath())
            + " "
            + FigoraCommand.class.getName();
    Path out = work.resolve(".process-out");
    Path err = work.resolve(".process-err");
    Path code = work.resolve(".process-code");
    String script =
        snippet.replace("FIGORA", command) + "; echo ${PIPESTATUS[0]} > " + quote(code.toString());
    List<String> bash = new ArrayList<>(List.of("bash", "-c", script));
    ProcessBuilder builder =
        new ProcessBuilder(bash)
            .directory(work.toFile())
            .redirectOutput(out.toFile())
            .redirectError(err.toFile());
    builder.environment().put("FIGORA_HOME", CliRun.ROOT.toString());
    builder.environment().put("XDG_CACHE_HOME", work.resolve(".cache").toString());
    builder.environment().putAll(environment);
    Process process = builder.start();
    process.getOutputStream().close();
    if (!process.waitFor(120, TimeUnit.SECONDS)) {
      process.destroyForcibly();
      throw new IllegalStateException("figora did not finish: " + snippet);
    }
    CliProcess result =
        new CliProcess(
            Integer.parseInt(Files.readString(code).strip()),
            Files.readString(out, StandardCharsets.UTF_8),
            Files.readString(err, StandardCharsets.UTF_8));
    Files.delete(out);
    Files.delete(err);
    Files.delete(code);
    return result;
  }

  /**
   * A process of figora with the test class path, started directly (no shell), for tests that
   * start, watch or kill figora themselves.
   *
   * @param args figora's arguments
   * @return the process builder, not started
   */
  static ProcessBuilder builder(String... args) {
    List<String> command =
        new ArrayList<>(
            List.of(
                Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-cp",
                classPath(),
                FigoraCommand.class.getName()));
    command.addAll(List.of(args));
    return new ProcessBuilder(command);
  }

  /** The test class path, made of absolute entries. */
  private static String classPath() {
    List<String> entries = new ArrayList<>();
    for (String entry : System.getProperty("java.class.path").split(File.pathSeparator)) {
      entries.add(Path.of(entry).toAbsolutePath().toString());
    }
    return String.join(File.pathSeparator, entries);
  }

  static String quote(String text) {
    return "'" + text.replace("'", "'\\''") + "'";
  }
}
