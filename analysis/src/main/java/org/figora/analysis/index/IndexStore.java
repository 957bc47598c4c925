package org.figora.analysis.index;

import java.io.IOException;
import java.io.InterruptedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.FutureTask;
import java.util.stream.IntStream;
import org.figora.analysis.AtomicFiles;
import org.figora.analysis.corpus.Corpus;
import org.figora.analysis.corpus.CorpusLoader;
import org.figora.analysis.corpus.CorpusLoader.CorpusFiles;
import org.figora.analysis.corpus.LoadProgress;
import org.figora.analysis.gene.GeneReference;

/**
 * Builds figure indexes and keeps them in a cache directory, so that the second run on the same
 * corpus skips parsing.
 *
 * <p>A cache file is named after the corpus paths it covers and holds the fingerprint of what it
 * was built from: the reference release, the format version, and each corpus file's path (as
 * given and absolute), size and modification time. A cache whose corpus changed, whose format is
 * another version, or whose bytes fail the checksum is never used: the index is rebuilt and the
 * file replaced. Files are written to a temporary file in the same directory and renamed into
 * place, so a reader never sees a half-written cache, and two processes building the same cache
 * at once both end with a valid one.
 */
public final class IndexStore {

  private final Path directory;
  private final GeneReference reference;
  private final LoadProgress progress;

  /**
   * Creates a store.
   *
   * @param directory the cache directory (created when first written)
   * @param reference the human gene reference used to build indexes
   */
  public IndexStore(Path directory, GeneReference reference) {
    this(directory, reference, LoadProgress.NONE);
  }

  private IndexStore(Path directory, GeneReference reference, LoadProgress progress) {
    this.directory = directory;
    this.reference = reference;
    this.progress = progress;
  }

  /**
   * A store that reports the progress of corpus loading when it builds an index.
   *
   * @param progress hears files read so far
   * @return a new store with the same directory and reference
   */
  public IndexStore withProgress(LoadProgress progress) {
    return new IndexStore(directory, reference, progress);
  }

  /**
   * The default cache directory: {@code $XDG_CACHE_HOME/figora}, else {@code ~/.cache/figora}.
   * As the XDG Base Directory specification requires, an {@code XDG_CACHE_HOME} that is empty or
   * a relative path is ignored.
   *
   * @param environment the process environment
   * @return the directory
   */
  public static Path defaultDirectory(Map<String, String> environment) {
    String xdg = environment.get("XDG_CACHE_HOME");
    Path base = xdg != null && !xdg.isBlank() && Path.of(xdg).isAbsolute() ? Path.of(xdg)
        : Path.of(System.getProperty("user.home"), ".cache");
    return base.resolve("figora");
  }

  /** @return the cache directory */
  public Path directory() {
    return directory;
  }

  /**
   * Returns the index of a corpus: from the cache when it is valid, else built and cached.
   *
   * @param paths the corpus paths
   * @param strict whether any skipped file or line is an error
   * @return the index
   * @throws IOException when corpus files cannot be read
   */
  public LoadedIndex open(List<Path> paths, boolean strict) throws IOException {
    Path cacheFile = cacheFile(paths);
    // Temporary cache files of runs killed while writing; cheap (one small folder listed).
    AtomicFiles.removeAbandoned(directory);
    // Finding the corpus files (a stat each: 100,000 for a folder of records) and reading the
    // cache do not depend on each other: the cache is read and decoded on this thread while
    // another walks the corpus, and it is used only if the fingerprints then match.
    FutureTask<String> walk =
        new FutureTask<>(() -> fingerprint(paths, CorpusFiles.find(paths)));
    Thread walker = new Thread(walk, "figora-corpus-walk");
    walker.setDaemon(true);
    walker.start();
    Optional<IndexCodec.Decoded> decoded = readCache(cacheFile);
    String fingerprint = result(walk);
    Optional<FigureIndex> cached = decoded.filter(d -> d.fingerprint().equals(fingerprint))
        .map(IndexCodec.Decoded::index);
    if (cached.isPresent()) {
      if (strict && !cached.get().corpus().report().skipped().isEmpty()) {
        throw cached.get().corpus().report().skipped().get(0).toException();
      }
      return new LoadedIndex(cached.get(), fingerprint, true, Optional.of(cacheFile),
          Optional.empty());
    }
    return build(paths, strict, fingerprint, cacheFile);
  }

  /**
   * Builds the index from the corpus files, ignoring any cache, and caches it.
   *
   * @param paths the corpus paths
   * @param strict whether any skipped file or line is an error
   * @return the index
   * @throws IOException when corpus files cannot be read
   */
  public LoadedIndex rebuild(List<Path> paths, boolean strict) throws IOException {
    return build(paths, strict, fingerprint(paths, CorpusFiles.find(paths)), cacheFile(paths));
  }

  private LoadedIndex build(List<Path> paths, boolean strict, String fingerprint, Path cacheFile)
      throws IOException {
    Corpus corpus = CorpusLoader.withReference(reference).strict(strict).progress(progress)
        .load(paths);
    FigureIndex index = FigureIndex.of(corpus);
    try {
      write(cacheFile, IndexCodec.encode(index, fingerprint));
      return new LoadedIndex(index, fingerprint, false, Optional.of(cacheFile), Optional.empty());
    } catch (IOException e) {
      String problem = "could not write the index cache " + cacheFile + ": " + e;
      return new LoadedIndex(index, fingerprint, false, Optional.empty(), Optional.of(problem));
    }
  }

  /**
   * The cache file for a list of corpus paths.
   *
   * @param paths corpus paths as given
   * @return the file in {@link #directory()}
   */
  public Path cacheFile(List<Path> paths) {
    StringBuilder key = new StringBuilder();
    paths.stream().map(p -> p.toAbsolutePath().normalize().toString()).sorted()
        .forEach(p -> key.append(p).append('\n'));
    return directory.resolve("index-" + sha256(key.toString()).substring(0, 20) + ".bin");
  }

  /** The outcome of the corpus walk, with its own exceptions. */
  private static String result(FutureTask<String> walk) throws IOException {
    try {
      return walk.get();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new InterruptedIOException("interrupted while finding the corpus files");
    } catch (ExecutionException e) {
      Throwable cause = e.getCause();
      if (cause instanceof IOException io) {
        throw io;
      }
      if (cause instanceof RuntimeException runtime) {
        throw runtime;
      }
      if (cause instanceof Error error) {
        throw error;
      }
      throw new IllegalStateException(cause);
    }
  }

  private static Optional<IndexCodec.Decoded> readCache(Path file) {
    try {
      return IndexCodec.decode(Files.readAllBytes(file));
    } catch (NoSuchFileException e) {
      return Optional.empty();
    } catch (IOException | RuntimeException e) {
      // An unreadable or inconsistent cache is never used; the caller rebuilds and replaces it.
      return Optional.empty();
    }
  }

  private static void write(Path file, ByteSink bytes) throws IOException {
    Files.createDirectories(file.getParent());
    AtomicFiles.removeAbandoned(file.getParent());
    AtomicFiles.write(file, out -> out.write(bytes.array(), 0, bytes.size()));
  }

  /**
   * The fingerprint of a corpus: format version, reference release, each corpus path as given
   * and absolute, and each file's path as given (the figures and load issues name their files
   * that way, so the same files reached by another spelling must not reuse those names), size,
   * modification time, inode change time and identity (which {@code touch} cannot set back). A file's absolute path follows from its corpus path's, so it is not
   * digested again. Files are digested in chunks in parallel, then the chunks' digests in order.
   */
  String fingerprint(List<Path> paths, CorpusFiles files) {
    StringBuilder text = new StringBuilder()
        .append("format=").append(IndexCodec.FORMAT_VERSION).append('\n')
        .append("reference=").append(reference.sourceDescription()).append('\n')
        .append("ignored=").append(files.ignored()).append('\n');
    for (Path path : paths) {
      text.append("path=").append(path).append('\t').append(path.toAbsolutePath().normalize())
          .append('\n');
    }
    int count = files.files().size();
    int chunks = (count + FINGERPRINT_CHUNK - 1) / FINGERPRINT_CHUNK;
    IntStream.range(0, chunks).parallel()
        .mapToObj(c -> fingerprintLines(files, c * FINGERPRINT_CHUNK,
            Math.min(count, (c + 1) * FINGERPRINT_CHUNK)))
        .forEachOrdered(digest -> text.append(digest).append('\n'));
    return sha256(text.toString());
  }

  /** Files fingerprinted per parallel task. */
  private static final int FINGERPRINT_CHUNK = 8192;

  private static String fingerprintLines(CorpusFiles files, int from, int to) {
    StringBuilder text = new StringBuilder((to - from) * 96);
    for (int i = from; i < to; i++) {
      CorpusFiles.FileStamp stamp = files.stamps().get(i);
      text.append(files.files().get(i)).append('\t').append(stamp.size()).append('\t')
          .append(stamp.modifiedMillis()).append('\t').append(stamp.changedNanos()).append('\t')
          .append(stamp.identity()).append('\n');
    }
    return sha256(text.toString());
  }

  static String sha256(String text) {
    try {
      MessageDigest digest = MessageDigest.getInstance("SHA-256");
      return HexFormat.of().formatHex(digest.digest(text.getBytes(StandardCharsets.UTF_8)));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("SHA-256 is required of every JVM", e);
    }
  }
}
