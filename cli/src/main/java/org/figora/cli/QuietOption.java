package org.figora.cli;

import picocli.CommandLine.Option;

/** {@code -q}/{@code --quiet}: no summary on standard error, only problems. */
final class QuietOption {

  @Option(
      names = {"-q", "--quiet"},
      description = "No summary on standard error.")
  boolean quiet;

  /**
   * @return whether the summary is left out
   */
  boolean on() {
    return quiet;
  }
}
