package org.figora.analysis.format;

import java.nio.file.Path;
import java.util.Objects;

/**
 * Input data that cannot be used: a file that cannot be read or parsed, or a value outside what the
 * format allows. The message always names where the problem is ({@code file:line: reason}) so that
 * a person can find and fix it.
 */
public class InputFormatException extends RuntimeException {
  private static final long serialVersionUID = 1L;

  /** The file (or a label such as {@code <stdin>}) where the problem was found. */
  private final String source;

  /** One-based line number, or 0 when the problem is not tied to one line. */
  private final int line;

  /** What is wrong, without the location. */
  private final String reason;

  /**
   * Creates an exception for a problem at a given place.
   *
   * @param source file path or label of the input
   * @param line one-based line number, or 0 when unknown or not applicable
   * @param reason what is wrong, phrased for the person who will fix it
   */
  public InputFormatException(String source, int line, String reason) {
    this(source, line, reason, null);
  }

  /**
   * Creates an exception for a problem at a given place, keeping its cause.
   *
   * @param source file path or label of the input
   * @param line one-based line number, or 0 when unknown or not applicable
   * @param reason what is wrong
   * @param cause the underlying exception, may be null
   */
  public InputFormatException(String source, int line, String reason, Throwable cause) {
    super(format(source, line, reason), cause);
    this.source = Objects.requireNonNull(source, "source");
    this.line = Math.max(0, line);
    this.reason = Objects.requireNonNull(reason, "reason");
  }

  /**
   * Creates an exception for a problem in a file.
   *
   * @param file the file
   * @param line one-based line number, or 0
   * @param reason what is wrong
   * @return the exception
   */
  public static InputFormatException at(Path file, int line, String reason) {
    return new InputFormatException(file.toString(), line, reason);
  }

  private static String format(String source, int line, String reason) {
    return line > 0 ? source + ":" + line + ": " + reason : source + ": " + reason;
  }

  /**
   * @return the file path or label of the input
   */
  public String source() {
    return source;
  }

  /**
   * @return the one-based line number, or 0 when not tied to a line
   */
  public int line() {
    return line;
  }

  /**
   * @return what is wrong, without the location
   */
  public String reason() {
    return reason;
  }
}
