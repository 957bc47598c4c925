package org.figora.spark;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.figora.analysis.gene.GeneReference;
import org.figora.analysis.index.IndexStore;
import org.figora.analysis.index.LoadedIndex;
import org.figora.analysis.release.InstalledRelease;
import org.figora.analysis.release.ReleaseException;
import org.figora.analysis.release.ReleaseStore;

/**
 * The corpus named by {@code --corpus}, as {@code figora} names it: figure records, folders of
 * them, GMT files, {@code pfocr} (the newest installed PFOCR release) or {@code pfocr@YYYYMMDD}.
 * Opened once, on the driver, from its local file system, through the index cache.
 */
final class CorpusSource {

  private final List<String> names;
  private final Path cacheDirectory;

  /**
   * @param names the {@code --corpus} values
   * @param cacheDirectory the index cache folder (releases are installed in its {@code releases/})
   */
  CorpusSource(List<String> names, Path cacheDirectory) {
    this.names = List.copyOf(names);
    this.cacheDirectory = cacheDirectory;
  }

  /**
   * @return the corpus as reports name it: paths, and releases as {@code pfocr@YYYYMMDD}
   */
  String describe() throws IOException {
    List<String> parts = new ArrayList<>();
    for (String name : names) {
      parts.add(release(name).map(r -> "pfocr@" + r.release()).orElse(name));
    }
    return String.join(", ", parts);
  }

  /**
   * Opens the index: from the cache when it is valid, else built and cached.
   *
   * @param reference the gene reference
   * @param strict whether any skipped file or line is an error
   * @return the index
   */
  LoadedIndex open(GeneReference reference, boolean strict) throws IOException {
    List<Path> paths = new ArrayList<>();
    for (String name : names) {
      paths.add(release(name).map(InstalledRelease::gmt).orElse(Path.of(name)));
    }
    return new IndexStore(cacheDirectory, reference).open(paths, strict);
  }

  /** The installed release a name such as {@code pfocr@20240510} names, resolved by the library. */
  private Optional<InstalledRelease> release(String name) throws IOException {
    if (!ReleaseStore.namesRelease(name)) {
      return Optional.empty();
    }
    try {
      return Optional.of(new ReleaseStore(cacheDirectory).resolve(name));
    } catch (IllegalArgumentException e) {
      throw JobException.usage("--corpus " + e.getMessage());
    } catch (ReleaseException e) {
      throw JobException.data(e.getMessage());
    }
  }
}
