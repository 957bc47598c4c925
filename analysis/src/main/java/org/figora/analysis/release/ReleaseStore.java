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

  /**
   * @return the folder holding the releases
   */
  public Path directory() {
    return directory;
  }

  /**
   * @return the folder for partial downloads (hidden, never a release)
   */
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
      boolean complete =
          metadata.release().equals(folder.getFileName().toString())
              && SafeFileNames.isSafe(metadata.file())
              && Files.isRegularFile(release.gmt())
              && Files.size(release.gmt()) == metadata.bytes();
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

  /** The corpus name that stands for the newest installed release. */
  public static final String RELEASE_NAME = "pfocr";

  /**
   * Whether a corpus argument names an installed release rather than a path: {@code pfocr} (the
   * newest) or {@code pfocr@YYYYMMDD}. A folder really named {@code pfocr} is written {@code
   * ./pfocr}.
   *
   * @param corpus a corpus argument
   * @return whether it is {@code pfocr} or starts with {@code pfocr@}
   */
  public static boolean namesRelease(String corpus) {
    return corpus.equals(RELEASE_NAME) || corpus.startsWith(RELEASE_NAME + "@");
  }

  /**
   * The installed release a corpus argument names: {@code pfocr} for the newest, {@code
   * pfocr@YYYYMMDD} for a given one.
   *
   * @param corpus a corpus argument for which {@link #namesRelease} holds
   * @return the installed release
   * @throws IllegalArgumentException when the argument does not name a release or the text after
   *     {@code pfocr@} is not a date {@code YYYYMMDD}
   * @throws ReleaseException when no such release is installed; the message lists the installed
   *     releases and says how to fetch one
   * @throws IOException when the releases folder cannot be read
   */
  public InstalledRelease resolve(String corpus) throws IOException {
    if (!namesRelease(corpus)) {
      throw new IllegalArgumentException("'" + corpus + "' does not name a PFOCR release");
    }
    String date = corpus.equals(RELEASE_NAME) ? "" : corpus.substring(RELEASE_NAME.length() + 1);
    if (!date.isEmpty() && !isReleaseDate(date)) {
      throw new IllegalArgumentException(
          "pfocr@DATE needs a release date YYYYMMDD, got '" + corpus + "'");
    }
    List<InstalledRelease> installed = list();
    Optional<InstalledRelease> found =
        date.isEmpty()
            ? installed.stream().findFirst()
            : installed.stream().filter(r -> r.release().equals(date)).findFirst();
    if (found.isPresent()) {
      return found.get();
    }
    if (installed.isEmpty()) {
      throw new ReleaseException(
          "no PFOCR release is installed (looked in "
              + directory
              + "); run 'figora corpus fetch"
              + (date.isEmpty() ? "" : " --release " + date)
              + "' first, or give the corpus as a path");
    }
    throw new ReleaseException(
        "PFOCR release "
            + date
            + " is not installed (installed: "
            + String.join(", ", installed.stream().map(InstalledRelease::release).toList())
            + "); run 'figora corpus fetch --release "
            + date
            + "'");
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
   * Cleans up after a fetch that was killed while installing (only called with the lock held, so no
   * other fetch is installing): a release moved aside ({@code .replaced-DATE-…}) whose new version
   * never arrived is put back; every other staging folder is deleted.
   */
  private void recoverAbandoned() throws IOException {
    List<Path> leftovers;
    try (Stream<Path> entries = Files.list(directory)) {
      leftovers =
          entries
              .filter(
                  p -> {
                    String name = p.getFileName().toString();
                    return name.startsWith(".install-") || name.startsWith(".replaced-");
                  })
              .sorted()
              .toList();
    }
    for (Path leftover : leftovers) {
      String name = leftover.getFileName().toString();
      if (name.startsWith(".replaced-")) {
        String release = name.substring(".replaced-".length()).replaceFirst("-.*$", "");
        Path target = directory.resolve(release);
        if (isReleaseDate(release) && !Files.exists(target)) {
          rename(leftover, target);
          continue;
        }
      }
      deleteTree(leftover);
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
    FileChannel channel =
        FileChannel.open(file, StandardOpenOption.CREATE, StandardOpenOption.WRITE);
    FileLock lock;
    try {
      lock = channel.tryLock();
    } catch (OverlappingFileLockException e) {
      lock = null;
    }
    if (lock == null) {
      channel.close();
      throw new ReleaseException(
          "another figora corpus fetch is using "
              + directory
              + " (lock file "
              + file.getFileName()
              + "); try again when it has finished");
    }
    try {
      recoverAbandoned();
    } catch (IOException e) {
      channel.close();
      throw e;
    }
    return channel::close;
  }
}
