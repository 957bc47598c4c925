package org.figora.analysis.release;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import java.util.Properties;

/**
 * A download in progress: the bytes so far ({@code NAME.part}) and what they came from ({@code
 * NAME.part.info}: the URL and the server's validator, an ETag or Last-Modified date). Both live in
 * a hidden folder that a {@link ReleaseStore} never lists as a release. A part is resumed only for
 * the same URL, and with {@code If-Range} so that a file changed on the server is sent whole
 * instead of being spliced.
 */
final class PartialDownload {

  private final Path path;
  private final Path info;

  /**
   * Names a partial download.
   *
   * @param directory the folder for partial downloads
   * @param fileName the name of the file being downloaded
   * @throws ReleaseException when the name is not a safe file name ({@link SafeFileNames})
   */
  PartialDownload(Path directory, String fileName) throws ReleaseException {
    this.path = SafeFileNames.resolveInside(directory, fileName + ".part", "a release listing");
    this.info =
        SafeFileNames.resolveInside(directory, fileName + ".part.info", "a release listing");
  }

  /**
   * @return the file holding the bytes so far
   */
  Path path() {
    return path;
  }

  /**
   * The bytes already downloaded from a URL; a part from another URL, or without its info file, is
   * deleted.
   *
   * @param uri the URL about to be downloaded
   * @return the length of the part to resume from, 0 to start afresh
   * @throws IOException when the files cannot be read or deleted
   */
  long resumableBytes(URI uri) throws IOException {
    Properties properties = readInfo();
    if (Files.isRegularFile(path) && uri.toString().equals(properties.getProperty("url"))) {
      return Files.size(path);
    }
    delete();
    return 0;
  }

  /**
   * The validator the server sent with the part, for {@code If-Range}.
   *
   * @return the ETag or Last-Modified value, if the server sent one
   * @throws IOException when the info file cannot be read
   */
  Optional<String> validator() throws IOException {
    String value = readInfo().getProperty("validator", "");
    return value.isEmpty() ? Optional.empty() : Optional.of(value);
  }

  /**
   * Records where the bytes come from before they are written.
   *
   * @param uri the URL
   * @param validator the response's ETag or Last-Modified value, or empty
   * @throws IOException when the info file cannot be written
   */
  void begin(URI uri, String validator) throws IOException {
    Files.createDirectories(path.getParent());
    Properties properties = new Properties();
    properties.setProperty("url", uri.toString());
    properties.setProperty("validator", validator);
    try (OutputStream out = Files.newOutputStream(info)) {
      properties.store(out, "figora: partial download");
    }
  }

  /**
   * Deletes the part and its info.
   *
   * @throws IOException when they cannot be deleted
   */
  void delete() throws IOException {
    Files.deleteIfExists(path);
    Files.deleteIfExists(info);
  }

  private Properties readInfo() throws IOException {
    Properties properties = new Properties();
    if (Files.isRegularFile(info)) {
      try (InputStream in = Files.newInputStream(info)) {
        properties.load(in);
      }
    }
    return properties;
  }
}
