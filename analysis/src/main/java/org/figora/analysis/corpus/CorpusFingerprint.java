package org.figora.analysis.corpus;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Executor;
import org.figora.analysis.internal.Digests;
import org.figora.analysis.internal.Parallel;

/**
 * What tells one state of a corpus's files from another, without reading them: each file's path as
 * given (figures and load issues name their files that way, so the same files reached by another
 * spelling must not share a cached index), size, modification time, inode change time and identity
 * (which {@code touch} cannot set back), and how many files the corpus folders hold that are
 * neither records nor GMT files. One {@code stat} per file, taken while the folders are walked. An
 * index cache is valid for the corpus while this fingerprint is unchanged.
 */
public final class CorpusFingerprint {

  /** Files digested per parallel task. */
  private static final int CHUNK = 8192;

  private CorpusFingerprint() {}

  /**
   * The fingerprint of the files that corpus paths stand for now. Folders are walked, and the files
   * digested in chunks, on the executor when given; the result does not depend on it.
   *
   * @param paths directories and files, as given
   * @param executor where to walk folders and digest chunks, or empty for the calling thread
   * @return 32 hex digits (MurmurHash3 128, {@link Digests#murmur3Hex}: a fingerprint, not a
   *     cryptographic digest)
   * @throws IOException when a directory cannot be listed
   * @throws org.figora.analysis.format.InputFormatException when a path does not exist or a named
   *     file has an unknown extension
   */
  public static String of(List<Path> paths, Optional<Executor> executor) throws IOException {
    CorpusFiles files = CorpusFiles.find(paths, executor);
    int count = files.files().size();
    int chunks = (count + CHUNK - 1) / CHUNK;
    StringBuilder text =
        new StringBuilder().append("ignored=").append(files.ignored()).append('\n');
    Parallel.map(executor, chunks, c -> lines(files, c * CHUNK, Math.min(count, (c + 1) * CHUNK)))
        .forEach(digest -> text.append(digest).append('\n'));
    return Digests.murmur3Hex(text.toString());
  }

  private static String lines(CorpusFiles files, int from, int to) {
    StringBuilder text = new StringBuilder((to - from) * 96);
    for (int i = from; i < to; i++) {
      CorpusFiles.FileStamp stamp = files.stamps().get(i);
      text.append(files.files().get(i))
          .append('\t')
          .append(stamp.size())
          .append('\t')
          .append(stamp.modifiedMillis())
          .append('\t')
          .append(stamp.changedNanos())
          .append('\t')
          .append(stamp.identity())
          .append('\n');
    }
    return Digests.murmur3Hex(text.toString());
  }
}
