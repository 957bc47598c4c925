package org.figora.analysis.report;

import java.util.Objects;

/**
 * The file a user background was read from, for a report's provenance.
 *
 * @param name the file's name (without folders, so that reports do not reveal local paths)
 * @param sha256 the SHA-256 digest of the file's bytes, 64 lowercase hex digits
 */
public record BackgroundFile(String name, String sha256) {

  /**
   * Checks that no field is null.
   *
   * @param name the file's name (without folders, so that reports do not reveal local paths)
   * @param sha256 the SHA-256 digest of the file's bytes, 64 lowercase hex digits
   */
  public BackgroundFile {
    Objects.requireNonNull(name, "name");
    Objects.requireNonNull(sha256, "sha256");
  }
}
