package org.figora.analysis.report;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Properties;

/** figora's version, as the build wrote it into the library's resources. */
public final class FigoraVersion {

  /** The version, read once. */
  private static final String VERSION = read();

  private FigoraVersion() {}

  /**
   * The library's version.
   *
   * @return e.g. {@code 0.1.0}; {@code unknown} when the resource is missing (a build that did not
   *     filter resources)
   */
  public static String current() {
    return VERSION;
  }

  private static String read() {
    try (InputStream in =
        FigoraVersion.class.getResourceAsStream("/org/figora/analysis/figora.properties")) {
      Properties properties = new Properties();
      if (in != null) {
        properties.load(in);
      }
      String version = properties.getProperty("version", "unknown");
      return version.startsWith("${") ? "unknown" : version;
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read figora's version resource", e);
    }
  }
}
