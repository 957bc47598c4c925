package org.figora.analysis.release;

import java.nio.file.Path;

/**
 * A release installed in a {@link ReleaseStore}.
 *
 * @param directory the release's folder, {@code <cache>/releases/<YYYYMMDD>}
 * @param metadata what is known about it
 */
public record InstalledRelease(Path directory, ReleaseMetadata metadata) {

  /**
   * @return the release date, {@code YYYYMMDD}
   */
  public String release() {
    return metadata.release();
  }

  /**
   * @return the release's GMT file, a corpus path
   */
  public Path gmt() {
    return directory.resolve(metadata.file());
  }
}
