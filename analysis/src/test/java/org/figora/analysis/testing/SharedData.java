package org.figora.analysis.testing;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Assumptions;

/**
 * Locates the project's shared data folder ({@code ../shared} beside the repository, as CI lays it
 * out). Tests that read it skip with a clear message when it is absent.
 */
public final class SharedData {

  private SharedData() {}

  /**
   * A path inside the shared folder, or a skipped test when the folder is absent.
   *
   * @param relative path below {@code shared/}
   * @return the existing path
   */
  public static Path require(String relative) {
    Optional<Path> found = find(relative);
    Assumptions.assumeTrue(
        found.isPresent(),
        "skipped: ../shared/"
            + relative
            + " is not present beside the repository"
            + " (set -Dfigora.shared=DIR to point at it)");
    return found.get();
  }

  /**
   * A path inside the shared folder, if present.
   *
   * @param relative path below {@code shared/}
   * @return the existing path
   */
  public static Optional<Path> find(String relative) {
    String configured = System.getProperty("figora.shared");
    List<Path> roots =
        configured != null
            ? List.of(Path.of(configured))
            : List.of(Path.of("../../shared"), Path.of("../shared"), Path.of("shared"));
    return roots.stream()
        .map(root -> root.resolve(relative))
        .filter(Files::exists)
        .map(p -> p.toAbsolutePath().normalize())
        .findFirst();
  }
}
