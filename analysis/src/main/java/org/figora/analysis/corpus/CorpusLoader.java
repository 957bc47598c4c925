package org.figora.analysis.corpus;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.nio.file.attribute.FileTime;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.Executor;
import java.util.concurrent.TimeUnit;
import org.figora.analysis.InputFormatException;
import org.figora.analysis.figure.Figure;
import org.figora.analysis.figure.FigureRecordParser;
import org.figora.analysis.gene.GeneReference;
import org.figora.analysis.internal.Parallel;

/**
 * Loads a corpus from paths: directories (searched recursively, hidden entries skipped), figure
 * record files ({@code .md}, {@code .txt}, {@code .yml}, {@code .yaml}) and GMT files ({@code
 * .gmt}).
 *
 * <p>A file that cannot be used is skipped and reported with its path, line and reason; with {@link
 * #strict(boolean) strict} loading the first such problem is thrown instead. When a figid occurs
 * twice, a record file beats a GMT set (its metadata is richer), and otherwise the first in path
 * order wins; the loser is reported. Record files are parsed in parallel; the result does not
 * depend on the number of threads.
 */
public final class CorpusLoader {

  /** Progress is reported about this many times per load. */
  private static final int PROGRESS_STEPS = 200;

  private final GeneReference reference;
  private final boolean strict;
  private final LoadProgress progress;
  private final Optional<Executor> executor;

  private CorpusLoader(
      GeneReference reference, boolean strict, LoadProgress progress, Optional<Executor> executor) {
    this.reference = reference;
    this.strict = strict;
    this.progress = progress;
    this.executor = executor;
  }

  /**
   * A lenient loader: problems are reported, not thrown.
   *
   * @param reference the human gene reference
   * @return the loader
   */
  public static CorpusLoader withReference(GeneReference reference) {
    return new CorpusLoader(reference, false, LoadProgress.NONE, Optional.empty());
  }

  /**
   * A loader with the given strictness.
   *
   * @param strict whether any skipped file or line is an error
   * @return a new loader
   */
  public CorpusLoader strict(boolean strict) {
    return new CorpusLoader(reference, strict, progress, executor);
  }

  /**
   * A loader that reports its progress.
   *
   * @param progress hears files read so far
   * @return a new loader
   */
  public CorpusLoader progress(LoadProgress progress) {
    return new CorpusLoader(
        reference, strict, java.util.Objects.requireNonNull(progress), executor);
  }

  /**
   * A loader that reads files, and the lines of GMT files, on an executor.
   *
   * @param threads where to read, or empty for the calling thread (the default)
   * @return a new loader
   */
  public CorpusLoader executor(Optional<Executor> threads) {
    return new CorpusLoader(reference, strict, progress, threads);
  }

  /**
   * Loads the figures under the given paths.
   *
   * @param paths directories, record files and GMT files
   * @return the corpus and its load report
   * @throws IOException when a file or directory cannot be read
   * @throws InputFormatException when a path does not exist, or in strict mode when any file or GMT
   *     line is unusable
   */
  public Corpus load(List<Path> paths) throws IOException {
    CorpusFiles files = CorpusFiles.find(paths, executor);
    FigureRecordParser parser = new FigureRecordParser(reference::approvedSymbol);
    List<Outcome> outcomes;
    int total = files.files().size();
    int step = Math.max(1, total / PROGRESS_STEPS);
    java.util.concurrent.atomic.AtomicInteger done =
        new java.util.concurrent.atomic.AtomicInteger();
    try {
      outcomes =
          Parallel.map(
              executor,
              total,
              i -> {
                Outcome outcome = read(files.files().get(i), parser);
                int count = done.incrementAndGet();
                if (count % step == 0 || count == total) {
                  progress.filesRead(count, total);
                }
                return outcome;
              });
    } catch (UncheckedIOException e) {
      throw e.getCause();
    }
    return assemble(files, outcomes);
  }

  private Outcome read(Path file, FigureRecordParser parser) {
    try {
      if (CorpusFiles.isGmt(file)) {
        GmtReader.Result result = new GmtReader(reference, executor).read(file);
        return new Outcome(
            result.figures(),
            false,
            result.skipped(),
            result.warnings(),
            result.renamedTokens(),
            result.droppedTokens());
      }
      return new Outcome(List.of(parser.parse(file)), true, List.of(), List.of(), 0, 0);
    } catch (InputFormatException e) {
      return new Outcome(List.of(), false, List.of(LoadIssue.of(e)), List.of(), 0, 0);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private Corpus assemble(CorpusFiles files, List<Outcome> outcomes) {
    Map<String, Figure> figures = new LinkedHashMap<>();
    Map<String, Boolean> fromRecord = new LinkedHashMap<>();
    List<LoadIssue> skipped = new ArrayList<>();
    List<LoadIssue> warnings = new ArrayList<>();
    int merged = 0;
    int renamedTokens = 0;
    int droppedTokens = 0;
    for (Outcome outcome : outcomes) {
      skipped.addAll(outcome.skipped());
      warnings.addAll(outcome.warnings());
      renamedTokens += outcome.renamedTokens();
      droppedTokens += outcome.droppedTokens();
      for (Figure figure : outcome.figures()) {
        Figure earlier = figures.get(figure.figid());
        if (earlier == null) {
          figures.put(figure.figid(), figure);
          fromRecord.put(figure.figid(), outcome.record());
        } else if (outcome.record() && !fromRecord.get(figure.figid())) {
          figures.put(figure.figid(), figure);
          fromRecord.put(figure.figid(), true);
          merged++;
        } else if (!outcome.record() && fromRecord.get(figure.figid())) {
          merged++;
        } else {
          skipped.add(
              new LoadIssue(
                  figure.source(),
                  0,
                  "duplicate figid " + figure.figid() + ", first loaded from " + earlier.source()));
        }
      }
    }
    if (strict && !skipped.isEmpty()) {
      throw skipped.get(0).toException();
    }
    LoadReport report =
        new LoadReport(
            files.files().size(),
            figures.size(),
            skipped,
            warnings,
            files.ignored(),
            merged,
            renamedTokens,
            droppedTokens);
    return new Corpus(new ArrayList<>(figures.values()), report);
  }

  /** What one file gave. */
  private record Outcome(
      List<Figure> figures,
      boolean record,
      List<LoadIssue> skipped,
      List<LoadIssue> warnings,
      int renamedTokens,
      int droppedTokens) {}

  /**
   * The files a list of corpus paths stands for.
   *
   * @param files record and GMT files, sorted by path within each given directory
   * @param stamps each file's size, times and identity, in the order of {@code files}
   * @param ignored files in directories that are neither records nor GMT files
   */
  public record CorpusFiles(List<Path> files, List<FileStamp> stamps, int ignored) {

    /**
     * What tells one version of a file from another, read while walking the corpus (one {@code
     * stat} per file), so that fingerprinting a corpus of 100,000 records needs no second look at
     * each file: size and modification time, and, where the system has them, the inode change time
     * and the file's identity (device and inode). {@code touch -d} can set the modification time
     * back, and copying another file of the same size over a corpus file keeps its size; neither
     * can set the change time, so a swapped file is always noticed.
     *
     * @param size bytes
     * @param modifiedMillis last modification, in milliseconds since the epoch
     * @param changedNanos last inode change, in nanoseconds since the epoch; -1 where unknown
     * @param identity the file's identity (device and inode), or "" where unknown
     */
    public record FileStamp(long size, long modifiedMillis, long changedNanos, String identity) {

      /** The attributes {@link #read} takes from the {@code unix} view, all from one stat. */
      static final String UNIX_ATTRIBUTES = "unix:mode,ino,dev,size,lastModifiedTime,ctime";

      /** Whether the file system has the {@code unix} attribute view (Linux, macOS). */
      static final boolean UNIX =
          FileSystems.getDefault().supportedFileAttributeViews().contains("unix");

      static FileStamp of(BasicFileAttributes attributes) {
        Object key = attributes.fileKey();
        return new FileStamp(
            attributes.size(),
            attributes.lastModifiedTime().toMillis(),
            -1,
            key == null ? "" : key.toString());
      }

      /**
       * A stamp from the {@code unix} view's attributes ({@link #UNIX_ATTRIBUTES}).
       *
       * @param unix the attributes
       * @return the stamp
       */
      static FileStamp of(Map<String, Object> unix) {
        return new FileStamp(
            (Long) unix.get("size"),
            ((FileTime) unix.get("lastModifiedTime")).toMillis(),
            ((FileTime) unix.get("ctime")).to(TimeUnit.NANOSECONDS),
            unix.get("dev") + ":" + unix.get("ino"));
      }

      /**
       * Reads a file's stamp, following links.
       *
       * @param file the file
       * @return its stamp
       * @throws IOException when it cannot be read
       */
      static FileStamp read(Path file) throws IOException {
        return UNIX
            ? of(Files.readAttributes(file, UNIX_ATTRIBUTES))
            : of(Files.readAttributes(file, BasicFileAttributes.class));
      }
    }

    /**
     * Makes the lists unmodifiable and checks they match.
     *
     * @param files record and GMT files, sorted by path within each given directory
     * @param stamps each file's size, times and identity, in the order of {@code files}
     * @param ignored files in directories that are neither records nor GMT files
     */
    public CorpusFiles {
      files = List.copyOf(files);
      stamps = List.copyOf(stamps);
      if (files.size() != stamps.size()) {
        throw new IllegalArgumentException(
            files.size() + " files but " + stamps.size() + " stamps");
      }
    }

    /**
     * Expands paths to the corpus files they hold.
     *
     * @param paths directories and files
     * @return the files, with their sizes and modification times
     * @throws IOException when a directory cannot be listed
     * @throws InputFormatException when a path does not exist or a named file has an unknown
     *     extension
     */
    public static CorpusFiles find(List<Path> paths) throws IOException {
      return find(paths, Optional.empty());
    }

    /**
     * Expands paths to the corpus files they hold, examining the entries of large folders on an
     * executor.
     *
     * @param paths directories and files
     * @param executor where to examine folder entries, or empty for the calling thread
     * @return the files, with their sizes and modification times
     * @throws IOException when a directory cannot be listed
     * @throws InputFormatException when a path does not exist or a named file has an unknown
     *     extension
     */
    public static CorpusFiles find(List<Path> paths, Optional<Executor> executor)
        throws IOException {
      List<Path> files = new ArrayList<>();
      List<FileStamp> stamps = new ArrayList<>();
      int ignored = 0;
      // Overlapping paths (a folder and a file or subfolder inside it) reach some files twice;
      // each file is taken once, where it is first reached.
      // With one path nothing can overlap, and 100,000 records need no set of absolute paths.
      Set<Path> seen = new HashSet<>();
      boolean overlapPossible = paths.size() > 1;
      for (Path path : paths) {
        if (Files.isDirectory(path)) {
          for (FolderWalk.Found found : FolderWalk.filesBelow(path, executor)) {
            Path p = found.file();
            if (overlapPossible && !seen.add(p.toAbsolutePath().normalize())) {
              continue;
            }
            if (isCorpusFileName(found.name())) {
              files.add(p);
              stamps.add(found.stamp());
            } else {
              ignored++;
            }
          }
        } else if (Files.isRegularFile(path)) {
          if (!isCorpusFile(path)) {
            throw InputFormatException.at(
                path,
                0,
                "not a corpus file: expected a figure record"
                    + " (.md, .txt, .yml, .yaml) or a GMT file (.gmt)");
          }
          if (seen.add(path.toAbsolutePath().normalize())) {
            files.add(path);
            stamps.add(FileStamp.read(path));
          }
        } else {
          throw InputFormatException.at(path, 0, "no such file or directory");
        }
      }
      return new CorpusFiles(files, stamps, ignored);
    }

    static boolean isGmt(Path file) {
      return isGmtName(file.getFileName().toString());
    }

    private static boolean isGmtName(String name) {
      return name.regionMatches(true, name.length() - 4, ".gmt", 0, 4);
    }

    private static boolean isCorpusFile(Path file) {
      return isCorpusFileName(file.getFileName().toString());
    }

    private static boolean isCorpusFileName(String name) {
      return isGmtName(name) || FigureRecordParser.isRecordFileName(name);
    }
  }
}
