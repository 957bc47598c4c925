package org.figora.cli;

import java.io.BufferedWriter;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import org.figora.analysis.internal.AtomicFiles;

/**
 * Writes an output file the way its kind needs:
 *
 * <ul>
 *   <li>{@code /dev/stdout} (also {@code /dev/fd/1}, {@code /proc/self/fd/1}) and {@code
 *       /dev/stderr} go to the process's own standard output or error;
 *   <li>a device, FIFO or socket ({@code /dev/null}, {@code /dev/fd/N}, a named pipe) is opened and
 *       written directly, never replaced;
 *   <li>a symbolic link is followed: its target is written atomically and the link stays a link;
 *   <li>anything else is written atomically (a temporary file renamed into place), after creating
 *       its folder when it is missing.
 * </ul>
 */
final class OutputFile {

  private static final Set<String> STDOUT = Set.of("/dev/stdout", "/dev/fd/1", "/proc/self/fd/1");
  private static final Set<String> STDERR = Set.of("/dev/stderr", "/dev/fd/2", "/proc/self/fd/2");

  /**
   * Folders already tidied of abandoned temporary files by this process: once per folder, not once
   * per file (a batch writes hundreds of files into one folder, and each tidying lists it).
   */
  private static final Set<Path> TIDIED = ConcurrentHashMap.newKeySet();

  /** The most links followed from one output name (as Linux's own limit). */
  private static final int MAX_LINKS = 40;

  private OutputFile() {}

  /** Text written to a writer. */
  @FunctionalInterface
  interface TextContent {
    void writeTo(Writer writer) throws IOException;
  }

  /** UTF-8 text written as bytes to a stream (not closed; buffering is the content's). */
  @FunctionalInterface
  interface ByteContent {
    void writeTo(OutputStream stream) throws IOException;
  }

  /**
   * Writes text to a file, as UTF-8.
   *
   * @param file the output file
   * @param content what to write
   * @param stdout the process's standard output
   * @param stderr the process's standard error
   * @throws IOException when writing fails; a regular file is then as it was
   */
  static void write(Path file, TextContent content, Writer stdout, Writer stderr)
      throws IOException {
    write(file, content, out -> writeUtf8(out, content), stdout, stderr);
  }

  /**
   * Writes UTF-8 bytes to a file, as {@link #write(Path, TextContent, Writer, Writer)} writes text.
   *
   * @param file the output file
   * @param content what to write
   * @param stdout the process's standard output
   * @param stderr the process's standard error
   * @throws IOException when writing fails; a regular file is then as it was
   */
  static void writeBytes(Path file, ByteContent content, Writer stdout, Writer stderr)
      throws IOException {
    TextContent asText =
        writer -> {
          ByteArrayOutputStream bytes = new ByteArrayOutputStream();
          content.writeTo(bytes);
          writer.write(bytes.toString(StandardCharsets.UTF_8));
        };
    write(file, asText, content, stdout, stderr);
  }

  private static void write(
      Path file, TextContent text, ByteContent bytes, Writer stdout, Writer stderr)
      throws IOException {
    String name = file.toString();
    if (STDOUT.contains(name) || STDERR.contains(name)) {
      Writer writer = STDOUT.contains(name) ? stdout : stderr;
      text.writeTo(writer);
      writer.flush();
      return;
    }
    if (Files.exists(file) && !Files.isRegularFile(file) && !Files.isDirectory(file)) {
      try (OutputStream out = Files.newOutputStream(file, StandardOpenOption.WRITE)) {
        bytes.writeTo(out);
        out.flush();
      } catch (IOException e) {
        throw new IOException("cannot write " + file + ": " + ErrorHandler.ioMessage(e), e);
      }
      return;
    }
    Path target = followLinks(file);
    Path parent = target.toAbsolutePath().getParent();
    if (parent != null) {
      Files.createDirectories(parent);
      if (TIDIED.add(parent)) {
        AtomicFiles.removeAbandoned(parent);
      }
    }
    try {
      AtomicFiles.write(target, bytes::writeTo);
    } catch (IOException e) {
      throw new IOException(
          "cannot write " + file + ": " + ErrorHandler.ioMessage(e) + "; nothing was changed", e);
    }
  }

  private static void writeUtf8(OutputStream stream, TextContent content) throws IOException {
    Writer writer = new BufferedWriter(new OutputStreamWriter(stream, StandardCharsets.UTF_8));
    content.writeTo(writer);
    writer.flush();
  }

  /** The file a chain of symbolic links ends at (which may not exist yet). */
  static Path followLinks(Path file) throws IOException {
    Path current = file;
    for (int i = 0; i < MAX_LINKS && Files.isSymbolicLink(current); i++) {
      if (Files.exists(current)) {
        return current.toRealPath();
      }
      Path link = Files.readSymbolicLink(current);
      Path parent = current.toAbsolutePath().getParent();
      current = parent == null ? link : parent.resolve(link);
    }
    if (Files.isSymbolicLink(current) && !Files.exists(current)) {
      throw new IOException(file + ": too many levels of symbolic links");
    }
    return current;
  }
}
