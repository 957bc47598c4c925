package org.figora.analysis.enrich;

import java.util.Objects;
import org.figora.analysis.stats.PValueAdjustment;

/**
 * What to test and how to correct.
 *
 * @param minSize smallest figure size K (genes in the universe) tested, at least 1
 * @param maxSize largest figure size K tested, at least {@code minSize}
 * @param correction the multiple-testing correction
 * @param correctHitsOnly when true, correct only over figures with an overlap (k ≥ 1), as
 *     clusterProfiler and GSEApy do. This under-counts the tests and is offered only for comparison
 *     with those tools; the default corrects over every tested figure.
 */
public record EnrichmentOptions(
    int minSize, int maxSize, PValueAdjustment correction, boolean correctHitsOnly) {

  /** Default smallest figure size tested. */
  public static final int DEFAULT_MIN_SIZE = 3;

  /** Default largest figure size tested. */
  public static final int DEFAULT_MAX_SIZE = 500;

  /**
   * Checks the sizes.
   *
   * @param minSize smallest figure size K (genes in the universe) tested, at least 1
   * @param maxSize largest figure size K tested, at least {@code minSize}
   * @param correction the multiple-testing correction
   * @param correctHitsOnly when true, correct only over figures with an overlap (k ≥ 1), as
   *     clusterProfiler and GSEApy do. This under-counts the tests and is offered only for
   *     comparison with those tools; the default corrects over every tested figure.
   * @throws IllegalArgumentException when {@code minSize < 1} or {@code maxSize < minSize}
   */
  public EnrichmentOptions {
    if (minSize < 1) {
      throw new IllegalArgumentException("min size is " + minSize + ", must be at least 1");
    }
    if (maxSize < minSize) {
      throw new IllegalArgumentException("max size " + maxSize + " is below min size " + minSize);
    }
    Objects.requireNonNull(correction, "correction");
  }

  /**
   * @return sizes 3–500, Benjamini–Hochberg over every tested figure
   */
  public static EnrichmentOptions defaults() {
    return new EnrichmentOptions(
        DEFAULT_MIN_SIZE, DEFAULT_MAX_SIZE, PValueAdjustment.BENJAMINI_HOCHBERG, false);
  }

  /**
   * @param min smallest K tested
   * @param max largest K tested
   * @return these options with other size limits
   */
  public EnrichmentOptions withSizes(int min, int max) {
    return new EnrichmentOptions(min, max, correction, correctHitsOnly);
  }

  /**
   * @param method the correction
   * @return these options with another correction
   */
  public EnrichmentOptions withCorrection(PValueAdjustment method) {
    return new EnrichmentOptions(minSize, maxSize, method, correctHitsOnly);
  }

  /**
   * @param hitsOnly whether to correct over figures with an overlap only
   * @return these options with that choice
   */
  public EnrichmentOptions withCorrectHitsOnly(boolean hitsOnly) {
    return new EnrichmentOptions(minSize, maxSize, correction, hitsOnly);
  }
}
