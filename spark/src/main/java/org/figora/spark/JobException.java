package org.figora.spark;

/**
 * A failure the user can fix, with the job's exit code: {@link #USAGE} (2) for bad options, {@link
 * #DATA} (3) for unreadable or unusable input files, as {@code figora} uses them.
 */
final class JobException extends RuntimeException {

  private static final long serialVersionUID = 1L;

  /** Exit code of bad usage. */
  static final int USAGE = 2;

  /** Exit code of bad input data. */
  static final int DATA = 3;

  private final int exitCode;

  private JobException(int exitCode, String message) {
    super(message);
    this.exitCode = exitCode;
  }

  /**
   * @return an error in the options
   */
  static JobException usage(String message) {
    return new JobException(USAGE, message);
  }

  /**
   * @return an error in the input data
   */
  static JobException data(String message) {
    return new JobException(DATA, message);
  }

  /**
   * @return the exit code
   */
  int exitCode() {
    return exitCode;
  }
}
