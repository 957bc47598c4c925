package org.figora.analysis.release;

import java.io.Closeable;
import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.channels.OverlappingFileLockException;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * The PFOCR releases installed in a cache directory: {@code <cache>/releases/<YYYYMMDD>/} holds a
 * release's GMT and its {@link ReleaseMetadata}. A release folder appears only complete: it is
 * assembled in a hidden folder and renamed into place. Partial downloads and staging folders are
 * hidden ({@code .partial/}, {@code .install-…}) and never listed as releases.
 */
public final class ReleaseStore {

  /** A release date as a folder name. */
  private static final Pattern RELEASE = Pattern.compile("\\d{8}");

  private final Path directory;

  /**
   * Creates a store.
   *
   * @param cacheDirectory figora's cache directory; releases go in its {@code releases/} folder
   */
  public ReleaseStore(Path cacheDirectory) {
    this.directory = cacheDirectory.resolve("releases");
  }

  /** @return the folder holding the releases */
  public Path directory() {
    return directory;
  }

  /** @return the folder for partial downloads (hidden, never a release) */
  Path partialDirectory() {
    return directory.resolve(".partial");
  }

  /**
   * Whether a text is a release date in folder form.
   *
   * @param text the text
   * @return whether it is eight digits
   */
  public static boolean isReleaseDate(String text) {
    return RELEASE.matcher(text).matches();
  }

  /**
   * The installed releases, newest first. A folder whose metadata is missing or unreadable, or
   * whose GMT is missing or has another length than recorded, is not a release.
   *
   * @return the releases
   * @throws IOException when the folder cannot be listed
   */
  public List<InstalledRelease> list() throws IOException {
    if (!Files.isDirectory(directory)) {
      return List.of();
    }
    List<InstalledRelease> releases = new ArrayList<>();
    try (Stream<Path> entries = Files.list(directory)) {
      for (Path entry : entries.sorted(Comparator.reverseOrder()).toList()) {
        if (isReleaseDate(entry.getFileName().toString())) {
          read(entry).ifPresent(releases::add);
        }
      }
    }
    return releases;
  }

  private static Optional<InstalledRelease> read(Path folder) {
    try {
      ReleaseMetadata metadata = ReleaseMetadata.read(folder.resolve(ReleaseMetadata.FILE_NAME));
      InstalledRelease release = new InstalledRelease(folder, metadata);
      boolean complete = metadata.release().equals(folder.getFileName().toString())
          && SafeFileNames.isSafe(metadata.file())
          && Files.isRegularFile(release.gmt()) && Files.size(release.gmt()) == metadata.bytes();
      return complete ? Optional.of(release) : Optional.empty();
    } catch (IOException e) {
      return Optional.empty(); // not a complete release: never used
    }
  }

  /**
   * The newest installed release.
   *
   * @return it, if any is installed
   * @throws IOException when the folder cannot be listed
   */
  public Optional<InstalledRelease> newest() throws IOException {
    return list().stream().findFirst();
  }

  /**
   * An installed release.
   *
   * @param release the release date, {@code YYYYMMDD}
   * @return it, if installed
   * @throws IOException when the folder cannot be read
   */
  public Optional<InstalledRelease> find(String release) throws IOException {
    return isReleaseDate(release) ? read(directory.resolve(release)) : Optional.empty();
  }

  /**
   * Installs a verified GMT: moves it with its metadata into a hidden staging folder, then renames
   * the folder to {@code <YYYYMMDD>}. An installed release of the same date is replaced only once
   * the new one is complete.
   *
   * @param gmt the verified GMT (moved, so it must be on the cache's file system)
   * @param metadata its metadata
   * @return the installed release
   * @throws IOException when a file cannot be moved or written; nothing is then installed and the
   *     previous release of that date is as it was
   */
  public InstalledRelease install(Path gmt, ReleaseMetadata metadata) throws IOException {
    String release = metadata.release();
    if (!isReleaseDate(release)) {
      throw new IllegalArgumentException("release date must be YYYYMMDD, got " + release);
    }
    Files.createDirectories(directory);
    Path staging = directory.resolve(".install-" + release + "-" + System.nanoTime());
    Files.createDirectory(staging);
    try {
      Files.move(gmt, SafeFileNames.resolveInside(staging, metadata.file(), "the metadata"));
      metadata.write(staging.resolve(ReleaseMetadata.FILE_NAME));
      Path target = directory.resolve(release);
      if (Files.exists(target)) {
        replace(staging, target);
      } else {
        rename(staging, target);
      }
      return new InstalledRelease(target, metadata);
    } finally {
      deleteTree(staging);
    }
  }

  private void replace(Path staging, Path target) throws IOException {
    Path old = directory.resolve(".replaced-" + target.getFileName() + "-" + System.nanoTime());
    rename(target, old);
    try {
      rename(staging, target);
    } catch (IOException e) {
      rename(old, target);
      throw e;
    }
    deleteTree(old);
  }

  private static void rename(Path from, Path to) throws IOException {
    try {
      Files.move(from, to, StandardCopyOption.ATOMIC_MOVE);
    } catch (AtomicMoveNotSupportedException e) {
      Files.move(from, to);
    }
  }

  /**
   * Deletes a folder and everything in it, if it exists.
   *
   * @param folder the folder
   * @throws IOException when something cannot be deleted
   */
  static void deleteTree(Path folder) throws IOException {
    if (!Files.exists(folder)) {
      return;
    }
    try (Stream<Path> walk = Files.walk(folder)) {
      for (Path path : walk.sorted(Comparator.reverseOrder()).toList()) {
        Files.deleteIfExists(path);
      }
    }
  }

  /**
   * Takes the store's lock, so that two fetches do not write the same partial download.
   *
   * @return the lock, to close when done
   * @throws ReleaseException when another fetch holds it
   * @throws IOException when the lock file cannot be opened
   */
  Closeable lock() throws IOException {
    Files.createDirectories(directory);
    Path file = directory.resolve(".lock");
    FileChannel channel = FileChannel.open(file, StandardOpenOption.CREATE,
        StandardOpenOption.WRITE);
    FileLock lock;
    try {
      lock = channel.tryLock();
    } catch (OverlappingFileLockException e) {
      lock = null;
    }
    if (lock == null) {
      channel.close();
      throw new ReleaseException("another figora corpus fetch is using " + directory
          + " (lock file " + file.getFileName() + "); try again when it has finished");
    }
    return channel::close;
  }
}
