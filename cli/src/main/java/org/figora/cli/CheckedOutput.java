package org.figora.cli;

import java.io.FilterOutputStream;
import java.io.IOException;
import java.io.OutputStream;

/**
 * A standard stream that remembers its first write error. {@link java.io.PrintWriter} and {@link
 * java.io.PrintStream} swallow write errors, so a report written to a full disk or to {@code
 * /dev/full} would end with exit 0; this stream keeps the error for {@code main} to report. A
 * closed pipe ({@code figora … | head}) is told apart: the reader has all it wanted, and figora
 * stays quiet about it.
 */
final class CheckedOutput extends FilterOutputStream {

  private volatile IOException failure;

  /**
   * Wraps a stream.
   *
   * @param out the stream, e.g. a {@link java.io.FileOutputStream} of a standard descriptor
   */
  CheckedOutput(OutputStream out) {
    super(out);
  }

  @Override
  public void write(int b) throws IOException {
    guard();
    try {
      out.write(b);
    } catch (IOException e) {
      throw remember(e);
    }
  }

  @Override
  public void write(byte[] b, int off, int len) throws IOException {
    guard();
    try {
      out.write(b, off, len);
    } catch (IOException e) {
      throw remember(e);
    }
  }

  @Override
  public void flush() throws IOException {
    guard();
    try {
      out.flush();
    } catch (IOException e) {
      throw remember(e);
    }
  }

  private void guard() throws IOException {
    if (failure != null) {
      throw failure;
    }
  }

  private IOException remember(IOException e) {
    if (failure == null) {
      failure = e;
    }
    return e;
  }

  /**
   * @return the first write error, or null
   */
  IOException failure() {
    return failure;
  }

  /**
   * @return whether the first write error was a closed pipe (the reader went away)
   */
  boolean closedPipe() {
    String message = failure == null ? null : failure.getMessage();
    return message != null
        && (message.contains("Broken pipe") || message.contains("Stream closed"));
  }
}
