package org.figora.cli;

import java.nio.file.Files;
import java.nio.file.Path;

/** Checks output locations before any work is done, so that a run fails early and cleanly. */
final class OutputPaths {

  private OutputPaths() {}

  /** The folder that will hold an output file must exist and be writable. */
  static void checkParentWritable(Path file, String option) {
    Path parent = file.toAbsolutePath().getParent();
    if (Files.isDirectory(file)) {
      throw new UsageException(option + " " + file + " is a folder; give a file name");
    }
    if (parent == null || !Files.isDirectory(parent)) {
      throw new UsageException(option + " " + file + ": the folder " + parent
          + " does not exist; create it first");
    }
    if (!Files.isWritable(parent)) {
      throw new UsageException(option + " " + file + ": the folder " + parent
          + " is not writable");
    }
  }

  /** An output folder must exist and be writable. */
  static void checkDirectoryWritable(Path directory, String option) {
    if (!Files.isDirectory(directory)) {
      throw new UsageException(option + " " + directory + " does not exist or is not a folder;"
          + " create it first");
    }
    if (!Files.isWritable(directory)) {
      throw new UsageException(option + " " + directory + " is not writable");
    }
  }
}
