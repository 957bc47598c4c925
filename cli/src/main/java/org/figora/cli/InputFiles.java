package org.figora.cli;

import java.io.IOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import org.figora.analysis.format.InputFormatException;

/**
 * Checks an input file named on the command line before it is read, so that the message says what
 * is wrong: no such file, a folder, permission denied, or a name the system cannot take. Regular
 * files, named pipes and process substitutions ({@code <(zcat x.gz)}, {@code /dev/fd/N}) are all
 * read.
 */
final class InputFiles {

  private InputFiles() {}

  /**
   * Turns an argument into a path that can be opened for reading.
   *
   * @param argument the file as given
   * @param what what the file is, e.g. {@code gene list}
   * @return the path
   * @throws InputFormatException naming the file and the reason it cannot be read
   */
  static Path readable(String argument, String what) {
    Path file;
    try {
      file = Path.of(argument);
    } catch (InvalidPathException e) {
      throw new InputFormatException(
          argument,
          0,
          "this file name cannot be used here ("
              + e.getReason()
              + "); run figora with a UTF-8 locale, e.g. LC_ALL=C.UTF-8");
    }
    return readable(file, what);
  }

  /**
   * Checks that a path can be opened for reading.
   *
   * @param file the path
   * @param what what the file is, e.g. {@code gene list}
   * @return the path
   * @throws InputFormatException naming the file and the reason it cannot be read
   */
  static Path readable(Path file, String what) {
    BasicFileAttributes attributes;
    try {
      attributes = Files.readAttributes(file, BasicFileAttributes.class);
    } catch (NoSuchFileException e) {
      throw InputFormatException.at(file, 0, "no such " + what + " file");
    } catch (AccessDeniedException e) {
      throw InputFormatException.at(
          file, 0, "permission denied (a folder on the way cannot be" + " searched)");
    } catch (IOException e) {
      throw InputFormatException.at(file, 0, "cannot read the " + what + " file: " + e);
    }
    if (attributes.isDirectory()) {
      throw InputFormatException.at(file, 0, "is a folder, not a " + what + " file");
    }
    if (!Files.isReadable(file)) {
      throw InputFormatException.at(file, 0, "permission denied");
    }
    return file;
  }
}
