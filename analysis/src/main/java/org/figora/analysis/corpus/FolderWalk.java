package org.figora.analysis.corpus;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.Deque;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.Executor;
import org.figora.analysis.corpus.CorpusFiles.FileStamp;
import org.figora.analysis.internal.Parallel;

/**
 * Finds the regular, non-hidden files below a folder with their attributes, sorted by path.
 *
 * <p>Hidden entries (names starting with {@code .}) are skipped, and hidden folders are not
 * entered. Symbolic links are handled as {@link Files#walkFileTree} does without {@code
 * FOLLOW_LINKS}: a link to a regular file counts as that file (with the target's attributes), a
 * link to a folder is not entered, a dangling link is skipped.
 *
 * <p>Checking that a cached index is current takes the size and time of every corpus file, so a
 * folder of 100,000 records costs 100,000 {@code stat} calls a run; the entries of a large folder
 * are examined on the executor the caller gives, if any.
 */
final class FolderWalk {

  /** Folders with fewer entries than this are examined on the calling thread. */
  private static final int PARALLEL_ENTRIES = 512;

  /**
   * A file found, with its attributes.
   *
   * @param file the path, below the folder walked
   * @param name its file name
   * @param stamp its size, times and identity
   */
  record Found(Path file, String name, FileStamp stamp) {}

  private FolderWalk() {}

  /**
   * Walks a folder.
   *
   * @param root the folder
   * @return the regular files below it, sorted by path
   * @throws IOException when a folder cannot be listed or an entry cannot be examined
   */
  static List<Found> filesBelow(Path root) throws IOException {
    return filesBelow(root, Optional.empty());
  }

  /**
   * Walks a folder, examining the entries of large folders on an executor.
   *
   * @param root the folder
   * @param executor where entries are examined, or empty for the calling thread
   * @return the regular files below it, sorted by path, the same whichever executor is given
   * @throws IOException when a folder cannot be listed or an entry cannot be examined
   */
  static List<Found> filesBelow(Path root, Optional<Executor> executor) throws IOException {
    List<Found> files = new ArrayList<>();
    Deque<Path> folders = new ArrayDeque<>();
    folders.push(root);
    try {
      while (!folders.isEmpty()) {
        List<Named> entries = visibleEntries(folders.pop());
        boolean large = entries.size() >= PARALLEL_ENTRIES;
        List<Entry> examined =
            Parallel.map(
                    large ? executor : Optional.empty(),
                    entries.size(),
                    i -> examine(entries.get(i)))
                .stream()
                .filter(Objects::nonNull)
                .toList();
        // A folder's files sorted by name are sorted by path, comparing a few bytes instead of
        // the whole shared folder prefix each time.
        Entry[] folderFiles = examined.stream().filter(e -> !e.folder()).toArray(Entry[]::new);
        Arrays.sort(folderFiles);
        for (Entry file : folderFiles) {
          files.add(new Found(file.path(), file.name(), file.stamp()));
        }
        examined.stream().filter(Entry::folder).forEach(e -> folders.push(e.path()));
      }
    } catch (UncheckedIOException e) {
      throw e.getCause();
    }
    // Each folder's files are now one sorted run: merging the runs by whole path is what is left
    // of the sort (for a single folder, one pass that finds it sorted).
    files.sort(Comparator.comparing(Found::file));
    return List.copyOf(files);
  }

  /** A folder entry and its file name, taken once. */
  private record Named(Path path, String name) {}

  private static List<Named> visibleEntries(Path folder) throws IOException {
    List<Named> entries = new ArrayList<>();
    try (DirectoryStream<Path> stream = Files.newDirectoryStream(folder)) {
      for (Path entry : stream) {
        String name = entry.getFileName().toString();
        if (!name.startsWith(".")) {
          entries.add(new Named(entry, name));
        }
      }
    }
    return entries;
  }

  /**
   * An entry worth keeping: a folder to enter or a regular file. Entries of one folder sort by
   * name, which for all but exotic names (where the final sort by path corrects it) is their order
   * by path.
   */
  private record Entry(Path path, String name, FileStamp stamp, boolean folder)
      implements Comparable<Entry> {

    @Override
    public int compareTo(Entry other) {
      return name.compareTo(other.name);
    }
  }

  /** Examines one entry: a folder, a regular file, or null for anything else. */
  private static Entry examine(Named named) {
    Path path = named.path();
    String name = named.name();
    try {
      if (FileStamp.UNIX) {
        return examineUnix(path, name);
      }
      BasicFileAttributes attributes =
          Files.readAttributes(path, BasicFileAttributes.class, LinkOption.NOFOLLOW_LINKS);
      if (attributes.isDirectory()) {
        return new Entry(path, name, null, true);
      }
      if (attributes.isRegularFile()) {
        return new Entry(path, name, FileStamp.of(attributes), false);
      }
      if (attributes.isSymbolicLink()) {
        BasicFileAttributes target = Files.readAttributes(path, BasicFileAttributes.class);
        return target.isRegularFile() ? new Entry(path, name, FileStamp.of(target), false) : null;
      }
      return null;
    } catch (NoSuchFileException e) {
      return null; // a dangling link (or an entry deleted while walking)
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** File type bits of a Unix mode, and the types figora walks. */
  private static final int TYPE = 0170000;

  private static final int DIRECTORY = 0040000;
  private static final int REGULAR = 0100000;
  private static final int LINK = 0120000;

  /** The same with one stat that also gives the change time and inode ({@link FileStamp}). */
  private static Entry examineUnix(Path path, String name) throws IOException {
    Map<String, Object> attributes =
        Files.readAttributes(path, FileStamp.UNIX_ATTRIBUTES, LinkOption.NOFOLLOW_LINKS);
    int type = (Integer) attributes.get("mode") & TYPE;
    if (type == DIRECTORY) {
      return new Entry(path, name, null, true);
    }
    if (type == LINK) {
      attributes = Files.readAttributes(path, FileStamp.UNIX_ATTRIBUTES);
      type = (Integer) attributes.get("mode") & TYPE;
    }
    return type == REGULAR ? new Entry(path, name, FileStamp.of(attributes), false) : null;
  }
}
