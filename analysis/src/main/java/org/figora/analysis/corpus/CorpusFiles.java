package org.figora.analysis.corpus;

import java.io.IOException;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.nio.file.attribute.FileTime;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.Executor;
import java.util.concurrent.TimeUnit;
import org.figora.analysis.figure.FigureRecordParser;
import org.figora.analysis.format.InputFormatException;

/**
 * The files a list of corpus paths stands for.
 *
 * @param files record and GMT files, sorted by path within each given directory
 * @param stamps each file's size, times and identity, in the order of {@code files}
 * @param ignored files in directories that are neither records nor GMT files
 */
record CorpusFiles(List<Path> files, List<FileStamp> stamps, int ignored) {

  /**
   * What tells one version of a file from another, read while walking the corpus (one {@code stat}
   * per file), so that fingerprinting a corpus of 100,000 records needs no second look at each
   * file: size and modification time, and, where the system has them, the inode change time and the
   * file's identity (device and inode). {@code touch -d} can set the modification time back, and
   * copying another file of the same size over a corpus file keeps its size; neither can set the
   * change time, so a swapped file is always noticed.
   *
   * @param size bytes
   * @param modifiedMillis last modification, in milliseconds since the epoch
   * @param changedNanos last inode change, in nanoseconds since the epoch; -1 where unknown
   * @param identity the file's identity (device and inode), or "" where unknown
   */
  record FileStamp(long size, long modifiedMillis, long changedNanos, String identity) {

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
  CorpusFiles {
    files = List.copyOf(files);
    stamps = List.copyOf(stamps);
    if (files.size() != stamps.size()) {
      throw new IllegalArgumentException(files.size() + " files but " + stamps.size() + " stamps");
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
  static CorpusFiles find(List<Path> paths) throws IOException {
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
  static CorpusFiles find(List<Path> paths, Optional<Executor> executor) throws IOException {
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
