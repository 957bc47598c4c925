package org.figora.analysis.corpus;

/**
 * Hears how far loading a corpus has come, so that a command line can draw a progress bar. Calls
 * may come from several threads; {@code filesDone} only grows.
 */
@FunctionalInterface
public interface LoadProgress {

  /** Progress that nobody hears. */
  LoadProgress NONE = (done, total) -> {};

  /**
   * Reports progress.
   *
   * @param filesDone files read so far
   * @param filesTotal files to read
   */
  void filesRead(int filesDone, int filesTotal);
}
