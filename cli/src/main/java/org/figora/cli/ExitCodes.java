package org.figora.cli;

/** The exit codes of every figora command, listed in the help footer. */
public final class ExitCodes {

  /** Success. */
  public static final int OK = 0;

  /** An internal failure: a bug, or a resource the program needs is unusable. */
  public static final int SOFTWARE = 1;

  /** Bad usage: unknown or contradictory options, values out of range. */
  public static final int USAGE = 2;

  /** Bad input data: unreadable or invalid files, no usable genes. */
  public static final int DATA = 3;

  /** The help footer text listing the codes. */
  static final String FOOTER =
      "%nExit codes:%n"
          + "  0  success%n"
          + "  1  internal failure%n"
          + "  2  bad usage (options)%n"
          + "  3  bad input data (unreadable or invalid files, no usable genes)%n";

  private ExitCodes() {}
}
