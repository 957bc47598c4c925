package org.figora.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.FileSystemException;
import java.nio.file.NoSuchFileException;
import org.figora.analysis.format.InputFormatException;
import org.figora.analysis.release.ReleaseException;
import picocli.CommandLine;
import picocli.CommandLine.IExecutionExceptionHandler;
import picocli.CommandLine.ParseResult;

/**
 * Turns exceptions from commands into a short message on standard error and an exit code: bad data
 * 3, bad usage 2, anything else 1. No stack trace for expected problems; an internal failure prints
 * its trace so that it can be reported.
 */
final class ErrorHandler implements IExecutionExceptionHandler {

  @Override
  public int handleExecutionException(Exception e, CommandLine command, ParseResult parsed) {
    PrintWriter err = command.getErr();
    Throwable cause = e instanceof UncheckedIOException ? e.getCause() : e;
    if (cause instanceof InputFormatException
        || cause instanceof DataException
        || cause instanceof ReleaseException) {
      err.println("figora: " + cause.getMessage());
      return ExitCodes.DATA;
    }
    if (cause instanceof UsageException) {
      String name = ("figora " + qualifiedName(command)).strip();
      err.println(name + ": " + cause.getMessage());
      err.println("Try '" + name + " --help' for the options.");
      return ExitCodes.USAGE;
    }
    if (cause instanceof NoSuchFileException) {
      err.println("figora: " + cause.getMessage() + ": no such file or directory");
      return ExitCodes.DATA;
    }
    if (cause instanceof AccessDeniedException) {
      err.println("figora: " + cause.getMessage() + ": permission denied");
      return ExitCodes.DATA;
    }
    if (cause instanceof IOException) {
      err.println("figora: " + ioMessage((IOException) cause));
      return ExitCodes.DATA;
    }
    err.println("figora: internal error: " + cause);
    cause.printStackTrace(err);
    err.println("This is a bug in figora; please report it with the command you ran.");
    return ExitCodes.SOFTWARE;
  }

  /** An I/O failure's message: the file and the reason, without the exception's class name. */
  static String ioMessage(IOException e) {
    if (e instanceof FileSystemException fs && fs.getFile() != null) {
      return fs.getFile()
          + (fs.getOtherFile() == null ? "" : " -> " + fs.getOtherFile())
          + ": "
          + (fs.getReason() == null ? e.getClass().getSimpleName() : fs.getReason());
    }
    return e.getMessage() != null ? e.getMessage() : e.toString();
  }

  /**
   * How a failure of bad input data reads in a message: the exception's own message for figora's
   * exceptions, the file and reason for file-system ones.
   *
   * @param e the failure
   * @return the message, without the {@code figora: } prefix
   */
  static String describe(Exception e) {
    Throwable cause = e instanceof UncheckedIOException ? e.getCause() : e;
    if (cause instanceof NoSuchFileException) {
      return cause.getMessage() + ": no such file or directory";
    }
    if (cause instanceof AccessDeniedException) {
      return cause.getMessage() + ": permission denied";
    }
    if (cause instanceof InputFormatException || cause instanceof DataException) {
      return cause.getMessage();
    }
    return cause instanceof IOException io ? ioMessage(io) : String.valueOf(cause);
  }

  private static String qualifiedName(CommandLine command) {
    StringBuilder name = new StringBuilder();
    for (CommandLine c = command; c != null && c.getParent() != null; c = c.getParent()) {
      name.insert(0, c.getCommandName() + (name.length() == 0 ? "" : " "));
    }
    return name.toString();
  }
}
