package org.figora.analysis.index;

import java.nio.file.Path;
import java.util.Optional;

/**
 * An index ready for queries, and where it came from.
 *
 * @param index the index
 * @param fingerprint fingerprint of the corpus files and reference it was built from
 * @param fromCache whether it was read from the cache rather than built from the corpus files
 * @param cacheFile the cache file it was read from or saved to, if any
 * @param cacheProblem why the cache could not be written, if it could not (the index is still
 *     valid)
 */
public record LoadedIndex(
    FigureIndex index,
    String fingerprint,
    boolean fromCache,
    Optional<Path> cacheFile,
    Optional<String> cacheProblem) {}
