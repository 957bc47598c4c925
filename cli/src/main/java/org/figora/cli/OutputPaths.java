package org.figora.cli;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Checks output locations before anything is written, so that a run fails early, cleanly and
 * without touching a file: every output name fits the file system, no output is a folder or lies
 * under a regular file, and no output is the same file as one of the run's inputs (compared as
 * files on disk, through links, not as strings).
 */
final class OutputPaths {

  /** The longest file name (in UTF-8 bytes) that Linux, macOS and Windows file systems take. */
  static final int MAX_NAME_BYTES = 255;

  private final Map<Path, String> outputs = new LinkedHashMap<>();

  /**
   * Adds an output file to check.
   *
   * @param file the file
   * @param what how the user named it, e.g. {@code --output report.tsv}
   * @return this
   */
  OutputPaths file(Path file, String what) {
    outputs.put(file, what);
    return this;
  }

  /**
   * Checks every output added: names, folders, and sameness with the inputs.
   *
   * @param inputs the run's input files and folders, each with how the user named it (e.g. {@code
   *     gene list up.txt}); an input folder (a corpus) protects every file in it
   * @throws UsageException naming the output (and the input) when one cannot or must not be written
   */
  void check(Map<Path, String> inputs) {
    for (Map.Entry<Path, String> output : outputs.entrySet()) {
      checkFile(output.getKey(), output.getValue());
      for (Map.Entry<Path, String> input : inputs.entrySet()) {
        if (sameOrInside(output.getKey(), input.getKey())) {
          throw new UsageException(
              output.getValue()
                  + " is the same file as the "
                  + input.getValue()
                  + "; refusing to overwrite an input (choose another output"
                  + " name)");
        }
      }
    }
  }

  /** The output may be written: its name fits, it is no folder, its folder can be made. */
  static void checkFile(Path file, String what) {
    Path name = file.getFileName();
    if (name == null || name.toString().equals("..") || name.toString().equals(".")) {
      throw new UsageException(what + ": give a file name, not a folder");
    }
    int bytes = name.toString().getBytes(StandardCharsets.UTF_8).length;
    if (bytes > MAX_NAME_BYTES) {
      throw new UsageException(
          what
              + ": the file name is "
              + bytes
              + " bytes long; file"
              + " systems take at most "
              + MAX_NAME_BYTES);
    }
    if (Files.isDirectory(file)) {
      throw new UsageException(what + " is a folder; give a file name");
    }
    Path parent = file.toAbsolutePath().getParent();
    checkCreatableFolder(parent, what);
  }

  /**
   * An output folder exists or can be created: it is a folder, or missing below a writable folder;
   * it is created only when the first file is written.
   */
  static void checkDirectory(Path directory, String what) {
    if (Files.exists(directory) && !Files.isDirectory(directory)) {
      throw new UsageException(what + " is a file, not a folder");
    }
    checkCreatableFolder(directory.toAbsolutePath(), what);
  }

  private static void checkCreatableFolder(Path folder, String what) {
    Path existing = folder;
    while (existing != null && !Files.exists(existing)) {
      if (Files.isSymbolicLink(existing)) {
        throw new UsageException(what + ": " + existing + " is a broken link");
      }
      existing = existing.getParent();
    }
    if (existing == null) {
      return;
    }
    if (!Files.isDirectory(existing)) {
      throw new UsageException(what + ": " + existing + " is a file, not a folder");
    }
    if (!Files.isWritable(existing)) {
      throw new UsageException(what + ": the folder " + existing + " is not writable");
    }
  }

  /**
   * Whether writing {@code output} would replace the input: the same file (through links and hard
   * links), or an existing file inside an input folder.
   */
  private static boolean sameOrInside(Path output, Path input) {
    try {
      if (!Files.exists(output) || !Files.exists(input)) {
        return false;
      }
      if (Files.isSameFile(output, input)) {
        return true;
      }
      if (Files.isDirectory(input) && Files.isRegularFile(output)) {
        Path folder = input.toRealPath();
        for (Path p = output.toRealPath().getParent(); p != null; p = p.getParent()) {
          if (p.equals(folder)) {
            return true;
          }
        }
      }
      return false;
    } catch (IOException | InvalidPathException e) {
      return false; // cannot be compared: it cannot be read either, and reading fails clearly
    }
  }

  /**
   * The input files of a run, in the form {@link #check} takes.
   *
   * @param entries pairs of (path, description); null paths are skipped
   * @return the map
   */
  static Map<Path, String> inputs(List<Map.Entry<Path, String>> entries) {
    Map<Path, String> inputs = new LinkedHashMap<>();
    for (Map.Entry<Path, String> entry : entries) {
      if (entry.getKey() != null && Files.exists(entry.getKey(), LinkOption.NOFOLLOW_LINKS)) {
        inputs.putIfAbsent(entry.getKey(), entry.getValue());
      }
    }
    return inputs;
  }
}
