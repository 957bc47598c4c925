package org.figora.analysis.corpus;

import org.figora.analysis.format.InputFormatException;

/**
 * Something found while loading a corpus: a file or gene set that was skipped, or one that was
 * loaded with a caveat (unmapped gene IDs, repeated genes).
 *
 * @param source file path
 * @param line one-based line, or 0 when the issue concerns the whole file
 * @param reason what happened, for a person
 */
public record LoadIssue(String source, int line, String reason) {

  /**
   * The issue an input error describes.
   *
   * @param e the error
   * @return the issue at the same place for the same reason
   */
  public static LoadIssue of(InputFormatException e) {
    return new LoadIssue(e.source(), e.line(), e.reason());
  }

  /**
   * @return the issue as an error, for strict loading
   */
  public InputFormatException toException() {
    return new InputFormatException(source, line, reason);
  }

  @Override
  public String toString() {
    return line > 0 ? source + ":" + line + ": " + reason : source + ": " + reason;
  }
}
