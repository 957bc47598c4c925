package org.figora.analysis.internal;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.BasicFileAttributes;
import java.nio.file.attribute.PosixFileAttributeView;
import java.nio.file.attribute.PosixFileAttributes;
import java.nio.file.attribute.PosixFilePermission;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Duration;
import java.time.Instant;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Writes files atomically: the content goes to a temporary file in the target's directory, which is
 * renamed over the target only once it is complete. A failure part-way leaves the previous file
 * untouched and no temporary file behind; a reader never sees a half-written file.
 */
public final class AtomicFiles {

  /** Writes content to a stream. */
  @FunctionalInterface
  public interface Content {
    /**
     * Writes the content.
     *
     * @param out the stream (closed by the caller)
     * @throws IOException when writing fails
     */
    void writeTo(OutputStream out) throws IOException;
  }

  /** Permissions of a new file on POSIX systems: what most umasks give ({@code rw-r--r--}). */
  private static final Set<PosixFilePermission> NEW_FILE =
      PosixFilePermissions.fromString("rw-r--r--");

  private AtomicFiles() {}

  /** Marks figora's temporary files: {@code .NAME.figora-PID-RANDOM.tmp}. */
  private static final String TEMP_MARK = ".figora-";

  private static final String TEMP_SUFFIX = ".tmp";

  private static final Pattern TEMP_NAME = Pattern.compile("\\..*\\.figora-(\\d{1,19})-\\d*\\.tmp");

  /** Temporary files younger than this are never removed, whoever wrote them. */
  public static final Duration ABANDONED_AFTER = Duration.ofHours(1);

  /**
   * Removes the temporary files that figora runs killed while writing (power loss, {@code kill -9})
   * left in a folder: only figora's own ({@code .NAME.figora-PID-N.tmp}), only when the process
   * that wrote one is no longer running, and only when it is older than {@link #ABANDONED_AFTER} (a
   * process id can be reused, or belong to another machine sharing the folder). Problems are
   * ignored: this is tidying, never a reason to fail.
   *
   * @param folder the folder, e.g. the index cache or the folder of an output file
   * @return how many files were removed
   */
  public static int removeAbandoned(Path folder) {
    int removed = 0;
    Instant cutoff = Instant.now().minus(ABANDONED_AFTER);
    try (DirectoryStream<Path> entries = Files.newDirectoryStream(folder, ".*" + TEMP_SUFFIX)) {
      for (Path entry : entries) {
        Matcher matcher = TEMP_NAME.matcher(entry.getFileName().toString());
        if (!matcher.matches()) {
          continue;
        }
        long pid;
        try {
          pid = Long.parseLong(matcher.group(1));
        } catch (NumberFormatException e) {
          continue;
        }
        BasicFileAttributes attributes =
            Files.readAttributes(entry, BasicFileAttributes.class, LinkOption.NOFOLLOW_LINKS);
        boolean alive =
            pid == ProcessHandle.current().pid()
                || ProcessHandle.of(pid).map(ProcessHandle::isAlive).orElse(false);
        if (attributes.isRegularFile()
            && !alive
            && attributes.lastModifiedTime().toInstant().isBefore(cutoff)
            && Files.deleteIfExists(entry)) {
          removed++;
        }
      }
    } catch (IOException | UncheckedIOException | SecurityException e) {
      return removed; // tidying only
    }
    return removed;
  }

  /**
   * Gives the temporary file (created private) the permissions of the file it replaces, or those of
   * an ordinary new file.
   */
  private static void setPermissions(Path temp, Path target) throws IOException {
    // The file attribute view, not Files.getFileStore: finding a path's file store reads the
    // system's table of mounts, once per file written (201 times in a batch of 200 lists).
    PosixFileAttributeView view =
        Files.getFileAttributeView(temp, PosixFileAttributeView.class, LinkOption.NOFOLLOW_LINKS);
    if (view == null) {
      return;
    }
    Set<PosixFilePermission> permissions;
    try {
      permissions = Files.readAttributes(target, PosixFileAttributes.class).permissions();
    } catch (NoSuchFileException e) {
      permissions = NEW_FILE;
    }
    view.setPermissions(permissions);
  }

  /**
   * Writes a file atomically.
   *
   * @param target the file to create or replace
   * @param content what to write
   * @throws IOException when the directory is missing or not writable, or writing fails; the target
   *     is then as it was
   */
  public static void write(Path target, Content content) throws IOException {
    Path absolute = target.toAbsolutePath();
    Path directory = absolute.getParent();
    String name = absolute.getFileName().toString();
    // The process id in the name tells a later run whether the writer is still alive; the name
    // is shortened so that the temporary name fits where the target's does.
    String prefix =
        "."
            + (name.length() > 100 ? name.substring(0, 100) : name)
            + TEMP_MARK
            + ProcessHandle.current().pid()
            + "-";
    Path temp = Files.createTempFile(directory, prefix, TEMP_SUFFIX);
    try {
      try (OutputStream out = Files.newOutputStream(temp, StandardOpenOption.WRITE)) {
        content.writeTo(out);
      }
      setPermissions(temp, absolute);
      try {
        Files.move(
            temp, absolute, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
      } catch (AtomicMoveNotSupportedException e) {
        Files.move(temp, absolute, StandardCopyOption.REPLACE_EXISTING);
      }
    } finally {
      Files.deleteIfExists(temp);
    }
  }
}
