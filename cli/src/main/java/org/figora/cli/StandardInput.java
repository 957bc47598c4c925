package org.figora.cli;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import org.figora.analysis.format.InputFormatException;

/**
 * Tells whether standard input was closed when figora started. When a program is started with
 * descriptor 0 closed, the next file the JVM opens (its own jar, a library, the class data archive)
 * gets descriptor 0, and {@code System.in} would read that file as a gene list. The launcher marks
 * a closed standard input ({@code FIGORA_STDIN_CLOSED=1}, then gives it {@code /dev/null}); without
 * it, descriptor 0 naming a file of the Java runtime or of figora's jar is taken as closed.
 */
final class StandardInput {

  /** Standard input when it was closed: reading it is an error, not an empty list. */
  static final InputStream CLOSED =
      new InputStream() {
        @Override
        public int read() {
          throw new InputFormatException(
              "<stdin>",
              0,
              "standard input is closed; give the list as" + " a file, or pipe it in");
        }
      };

  private StandardInput() {}

  /**
   * @return whether descriptor 0 was closed when the process started
   */
  static boolean isClosed() {
    if ("1".equals(System.getenv("FIGORA_STDIN_CLOSED"))) {
      return true;
    }
    Path descriptor = Path.of("/proc/self/fd/0");
    try {
      if (!Files.isSymbolicLink(descriptor)) {
        return false;
      }
      String target = Files.readSymbolicLink(descriptor).toString();
      String javaHome = System.getProperty("java.home", "\0");
      return target.endsWith(".jar")
          || target.endsWith(".so")
          || target.endsWith(".jsa")
          || target.startsWith(javaHome)
          || target.endsWith("/modules");
    } catch (IOException | UnsupportedOperationException | SecurityException e) {
      return false;
    }
  }
}
