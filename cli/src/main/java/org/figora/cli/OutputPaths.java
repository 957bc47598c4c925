package org.figora.cli;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.ArrayList;
import java.util.HashMap;
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
    Identities identities = new Identities(inputs);
    for (Map.Entry<Path, String> output : outputs.entrySet()) {
      checkFile(output.getKey(), output.getValue());
      String input = identities.overwrittenBy(output.getKey());
      if (input != null) {
        throw new UsageException(
            output.getValue()
                + " is the same file as the "
                + input
                + "; refusing to overwrite an input (choose another output"
                + " name)");
      }
    }
  }

  /**
   * The inputs as files on disk, each looked up once, so that a batch of n lists checks its n + 1
   * outputs against its n inputs in O(n) file lookups instead of comparing every pair: a regular
   * input by its file key (device and inode, through links), an input folder by its real path.
   * Where a file system has no file keys, the inputs are compared pair by pair.
   */
  private static final class Identities {
    private final List<Map.Entry<Path, String>> inputs;
    private final Map<Object, Integer> byKey = new HashMap<>();
    private final Map<Path, Integer> folders = new HashMap<>();
    private final List<Integer> withoutKey = new ArrayList<>();

    Identities(Map<Path, String> inputs) {
      this.inputs = List.copyOf(inputs.entrySet());
      for (int i = 0; i < this.inputs.size(); i++) {
        Path input = this.inputs.get(i).getKey();
        try {
          BasicFileAttributes attributes = Files.readAttributes(input, BasicFileAttributes.class);
          Object key = attributes.fileKey();
          if (key == null) {
            withoutKey.add(i);
            continue;
          }
          byKey.putIfAbsent(key, i);
          if (attributes.isDirectory()) {
            folders.putIfAbsent(input.toRealPath(), i);
          }
        } catch (IOException | InvalidPathException e) {
          // missing or unreadable: it cannot be overwritten, and reading it fails clearly
        }
      }
    }

    /**
     * The first input (in the order given) that writing {@code output} would replace: the same
     * file, or an input folder holding the existing file; null when there is none.
     */
    String overwrittenBy(Path output) {
      int first = Integer.MAX_VALUE;
      try {
        if (!Files.exists(output)) {
          return null;
        }
        BasicFileAttributes attributes = Files.readAttributes(output, BasicFileAttributes.class);
        Integer same = byKey.get(attributes.fileKey());
        if (same != null) {
          first = same;
        }
        if (attributes.isRegularFile() && !folders.isEmpty()) {
          for (Path p = output.toRealPath().getParent(); p != null; p = p.getParent()) {
            Integer folder = folders.get(p);
            if (folder != null) {
              first = Math.min(first, folder);
            }
          }
        }
      } catch (IOException | InvalidPathException e) {
        return null; // cannot be compared: it cannot be written either, and writing fails clearly
      }
      for (int i : withoutKey) {
        if (i < first && sameOrInside(output, inputs.get(i).getKey())) {
          first = i;
        }
      }
      return first == Integer.MAX_VALUE ? null : inputs.get(first).getValue();
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
