package org.figora.analysis.release;

import java.io.FilterOutputStream;
import java.io.IOException;
import java.io.OutputStream;

/**
 * The partial download's file: a failed write (a full disk, a quota) is a local failure that trying
 * the network again cannot cure, told apart from a broken transfer.
 */
final class LocalFile extends FilterOutputStream {

  private final PartialDownload part;

  LocalFile(OutputStream out, PartialDownload part) {
    super(out);
    this.part = part;
  }

  @Override
  public void write(byte[] b, int off, int len) throws IOException {
    try {
      out.write(b, off, len);
    } catch (IOException e) {
      throw failed(e);
    }
  }

  @Override
  public void write(int b) throws IOException {
    try {
      out.write(b);
    } catch (IOException e) {
      throw failed(e);
    }
  }

  @Override
  public void close() throws IOException {
    try {
      out.close();
    } catch (IOException e) {
      throw failed(e);
    }
  }

  private ReleaseException failed(IOException e) {
    return new ReleaseException("cannot write " + part.path() + ": " + e.getMessage(), false, e);
  }
}
