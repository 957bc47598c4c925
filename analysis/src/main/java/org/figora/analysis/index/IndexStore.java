package org.figora.analysis.index;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.Executor;
import java.util.regex.Pattern;
import org.figora.analysis.corpus.Corpus;
import org.figora.analysis.corpus.CorpusFingerprint;
import org.figora.analysis.corpus.CorpusLoader;
import org.figora.analysis.corpus.LoadProgress;
import org.figora.analysis.gene.GeneReference;
import org.figora.analysis.internal.AtomicFiles;
import org.figora.analysis.internal.Digests;
import org.figora.analysis.internal.Parallel;

/**
 * Builds figure indexes and keeps them in a cache directory, so that the second run on the same
 * corpus skips parsing.
 *
 * <p>A cache file is named after the corpus paths it covers and holds the fingerprint of what it
 * was built from: the reference release, the format version, and each corpus file's path (as given
 * and absolute), size and modification time. A cache whose corpus changed, whose format is another
 * version, or whose bytes fail the checksum is never used: the index is rebuilt and the file
 * replaced. Files are written to a temporary file in the same directory and renamed into place, so
 * a reader never sees a half-written cache, and two processes building the same cache at once both
 * end with a valid one.
 */
public final class IndexStore {

  /** An index cache file's name, of any format version: {@link #cacheFile}'s. */
  private static final Pattern CACHE_NAME = Pattern.compile("index-[0-9a-f]{1,64}-v\\d{1,9}\\.bin");

  private final Path directory;
  private final GeneReference reference;
  private final LoadProgress progress;
  private final Optional<Executor> executor;

  /**
   * Creates a store.
   *
   * @param directory the cache directory (created when first written)
   * @param reference the human gene reference used to build indexes
   */
  public IndexStore(Path directory, GeneReference reference) {
    this(directory, reference, LoadProgress.NONE, Optional.empty());
  }

  private IndexStore(
      Path directory, GeneReference reference, LoadProgress progress, Optional<Executor> executor) {
    this.directory = directory;
    this.reference = reference;
    this.progress = progress;
    this.executor = executor;
  }

  /**
   * A store that reports the progress of corpus loading when it builds an index.
   *
   * @param progress hears files read so far
   * @return a new store with the same directory and reference
   */
  public IndexStore withProgress(LoadProgress progress) {
    return new IndexStore(directory, reference, progress, executor);
  }

  /**
   * A store that does the parallel parts of its work on an executor: finding the corpus files while
   * the cache is read, examining large folders, reading and indexing the corpus, encoding the
   * cache. Without one (the default) everything runs on the calling thread; the store starts no
   * threads of its own.
   *
   * @param threads the executor
   * @return a new store with the same directory, reference and progress listener
   */
  public IndexStore withExecutor(Executor threads) {
    return new IndexStore(
        directory, reference, progress, Optional.of(Objects.requireNonNull(threads, "threads")));
  }

  /**
   * The default cache directory: {@code $XDG_CACHE_HOME/figora}, else {@code ~/.cache/figora}. As
   * the XDG Base Directory specification requires, an {@code XDG_CACHE_HOME} that is empty or a
   * relative path is ignored.
   *
   * @param environment the process environment
   * @return the directory
   */
  public static Path defaultDirectory(Map<String, String> environment) {
    String xdg = environment.get("XDG_CACHE_HOME");
    Path base =
        xdg != null && !xdg.isBlank() && Path.of(xdg).isAbsolute()
            ? Path.of(xdg)
            : Path.of(System.getProperty("user.home"), ".cache");
    return base.resolve("figora");
  }

  /**
   * @return the cache directory
   */
  public Path directory() {
    return directory;
  }

  /**
   * What {@link #removeCaches} removed.
   *
   * @param caches index cache files removed
   * @param bytes their size in bytes
   * @param abandoned temporary files of interrupted writes removed
   */
  public record Removed(int caches, long bytes, int abandoned) {}

  /**
   * Removes every index cache from a cache folder: those of every corpus and of every cache format
   * ({@code index-<hash>-v<format>.bin}), including those no run names any more (a corpus moved or
   * deleted, an older figora's naming), and the temporary files of writes a killed run left ({@link
   * AtomicFiles#removeAbandoned}). Nothing else is touched: installed PFOCR releases and any other
   * file in the folder stay. A run reading a cache while it is removed keeps what it read (a cache
   * is read whole); the next run builds the index again.
   *
   * @param directory the cache folder
   * @return what was removed; nothing when the folder does not exist
   * @throws IOException when the folder cannot be listed or a cache cannot be removed
   */
  public static Removed removeCaches(Path directory) throws IOException {
    if (!Files.isDirectory(directory)) {
      return new Removed(0, 0, 0);
    }
    int caches = 0;
    long bytes = 0;
    try (DirectoryStream<Path> entries = Files.newDirectoryStream(directory, "index-*.bin")) {
      for (Path entry : entries) {
        if (CACHE_NAME.matcher(entry.getFileName().toString()).matches()
            && Files.isRegularFile(entry, LinkOption.NOFOLLOW_LINKS)) {
          long size = Files.size(entry);
          if (Files.deleteIfExists(entry)) {
            caches++;
            bytes += size;
          }
        }
      }
    }
    return new Removed(caches, bytes, AtomicFiles.removeAbandoned(directory));
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
    // cache do not depend on each other: with an executor, the cache is read and decoded on this
    // thread while the executor walks the corpus, and it is used only if the fingerprints then
    // match. Without one, or when no executor thread is free, this thread walks afterwards.
    Parallel.Forked<String> walk =
        Parallel.fork(
            executor,
            () -> {
              try {
                return fingerprint(paths);
              } catch (IOException e) {
                throw new UncheckedIOException(e);
              }
            });
    CacheRead read = readCache(cacheFile);
    String fingerprint = result(walk);
    Optional<FigureIndex> cached =
        read.decoded()
            .filter(d -> d.fingerprint().equals(fingerprint))
            .map(IndexCodec.Decoded::index);
    if (cached.isPresent()) {
      if (strict && !cached.get().corpus().report().skipped().isEmpty()) {
        throw cached.get().corpus().report().skipped().get(0).toException();
      }
      return new LoadedIndex(
          cached.get(), fingerprint, true, Optional.of(cacheFile), Optional.empty());
    }
    LoadedIndex built = build(paths, strict, fingerprint, cacheFile);
    if (read.corruption().isPresent() && built.cacheProblem().isEmpty()) {
      // A damaged cache is worth a word: it was replaced now, so the next run reads the new one.
      return new LoadedIndex(
          built.index(),
          built.fingerprint(),
          false,
          built.cacheFile(),
          Optional.of(
              "the index cache "
                  + cacheFile
                  + " was corrupt ("
                  + read.corruption().get()
                  + "); it was rebuilt and replaced"));
    }
    return built;
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
    return build(paths, strict, fingerprint(paths), cacheFile(paths));
  }

  private LoadedIndex build(List<Path> paths, boolean strict, String fingerprint, Path cacheFile)
      throws IOException {
    Corpus corpus =
        CorpusLoader.withReference(reference)
            .strict(strict)
            .progress(progress)
            .executor(executor)
            .load(paths);
    FigureIndex plain = FigureIndex.of(corpus, executor);
    // The corpus's similar figures (for grouping) are found while the figures are encoded.
    Parallel.Forked<Optional<SimilarFigures>> similar =
        Parallel.fork(
            executor, () -> SimilarSets.ofCorpus(plain, SimilarFigures.DEFAULT_MIN_JACCARD));
    ByteSink bytes = IndexCodec.encode(plain, fingerprint, executor, similar::join);
    FigureIndex index = similar.join().map(plain::withSimilarFigures).orElse(plain);
    try {
      write(cacheFile, bytes);
      return new LoadedIndex(index, fingerprint, false, Optional.of(cacheFile), Optional.empty());
    } catch (IOException e) {
      String problem = "could not write the index cache " + cacheFile + ": " + e;
      return new LoadedIndex(index, fingerprint, false, Optional.empty(), Optional.of(problem));
    }
  }

  /**
   * The cache file for a list of corpus paths, in this version's cache format: {@code index-<paths
   * hash>-v<format>.bin}. Two figora versions with different cache formats sharing a cache folder
   * (an upgrade beside an old install, a pipeline pinned to a release) each keep their own file
   * instead of replacing each other's on every run. The paths hash is the first 80 bits of {@link
   * Digests#murmur3Hex} of the sorted paths, each as given and absolute: the name only spreads
   * corpora over files, and whether a file is the index of these paths' files as they are now is
   * decided by the fingerprint inside it, which names the paths too. The same files reached by
   * another spelling ({@code data/x.gmt} from one folder, {@code ../data/x.gmt} from another) have
   * another index (its figures and load issues name the files as given), so they get another file,
   * rather than each run replacing the other spelling's index and building its own again.
   *
   * @param paths corpus paths as given
   * @return the file in {@link #directory()}
   */
  public Path cacheFile(List<Path> paths) {
    StringBuilder key = new StringBuilder();
    paths.stream()
        .map(p -> p + "\t" + p.toAbsolutePath().normalize())
        .sorted()
        .forEach(p -> key.append(p).append('\n'));
    return directory.resolve(
        "index-"
            + Digests.murmur3Hex(key.toString()).substring(0, 20)
            + "-v"
            + IndexCodec.FORMAT_VERSION
            + ".bin");
  }

  /** The outcome of the corpus walk, with its own exceptions. */
  private static String result(Parallel.Forked<String> walk) throws IOException {
    try {
      return walk.join();
    } catch (UncheckedIOException e) {
      throw e.getCause();
    }
  }

  /**
   * What reading the cache file gave: a decoded index (to use if its fingerprint matches), or
   * nothing to use, with the reason when the file was corrupt rather than missing, unreadable or of
   * another format version.
   */
  private record CacheRead(Optional<IndexCodec.Decoded> decoded, Optional<String> corruption) {
    static final CacheRead NONE = new CacheRead(Optional.empty(), Optional.empty());
  }

  private static CacheRead readCache(Path file) {
    byte[] bytes;
    try {
      bytes = Files.readAllBytes(file);
    } catch (IOException e) {
      // Missing (the usual first run) or unreadable: rebuilt; a failed write is reported then.
      return CacheRead.NONE;
    }
    IndexCodec.Outcome outcome = IndexCodec.read(bytes);
    if (outcome instanceof IndexCodec.Outcome.Read read) {
      return new CacheRead(Optional.of(read.decoded()), Optional.empty());
    }
    if (outcome instanceof IndexCodec.Outcome.Corrupt corrupt) {
      return new CacheRead(Optional.empty(), Optional.of(corrupt.reason()));
    }
    return CacheRead.NONE; // another format version: rebuilt without a warning
  }

  private static void write(Path file, ByteSink bytes) throws IOException {
    Files.createDirectories(file.getParent());
    AtomicFiles.removeAbandoned(file.getParent());
    AtomicFiles.write(file, out -> out.write(bytes.array(), 0, bytes.size()));
  }

  /**
   * The fingerprint of a corpus as this store caches it: format version, reference release, each
   * corpus path as given and absolute, and the {@link CorpusFingerprint} of its files; 32 hex
   * digits ({@link Digests#murmur3Hex}).
   */
  String fingerprint(List<Path> paths) throws IOException {
    StringBuilder text =
        new StringBuilder()
            .append("format=")
            .append(IndexCodec.FORMAT_VERSION)
            .append('\n')
            .append("reference=")
            .append(reference.sourceDescription())
            .append('\n');
    for (Path path : paths) {
      text.append("path=")
          .append(path)
          .append('\t')
          .append(path.toAbsolutePath().normalize())
          .append('\n');
    }
    text.append("files=").append(CorpusFingerprint.of(paths, executor)).append('\n');
    return Digests.murmur3Hex(text.toString());
  }
}
