package org.figora.analysis.report;

import java.util.Objects;
import java.util.Optional;

/**
 * Which corpus a report was made against, for its provenance.
 *
 * @param description the corpus as the user named it: paths, or {@code pfocr@YYYYMMDD} for an
 *     installed PFOCR release
 * @param release the PFOCR release date {@code YYYYMMDD} when the corpus is an installed release
 * @param contentDigest a digest of the figures' ids and gene sets only ({@code sha256:…}; the same
 *     for byte-identical corpora wherever they lie and whenever they were touched)
 * @param fingerprint the index cache's fingerprint of the corpus files (paths, sizes, times) and
 *     gene reference
 * @param figureCount figures in the corpus
 * @param referenceSource the gene reference, with its NCBI Gene source date
 */
public record CorpusIdentity(
    String description,
    Optional<String> release,
    String contentDigest,
    String fingerprint,
    int figureCount,
    String referenceSource) {

  /**
   * Checks that no field is null.
   *
   * @param description the corpus as the user named it: paths, or {@code pfocr@YYYYMMDD} for an
   *     installed PFOCR release
   * @param release the PFOCR release date {@code YYYYMMDD} when the corpus is an installed release
   * @param contentDigest a digest of the figures' ids and gene sets only ({@code sha256:…}; the
   *     same for byte-identical corpora wherever they lie and whenever they were touched)
   * @param fingerprint the index cache's fingerprint of the corpus files (paths, sizes, times) and
   *     gene reference
   * @param figureCount figures in the corpus
   * @param referenceSource the gene reference, with its NCBI Gene source date
   */
  public CorpusIdentity {
    Objects.requireNonNull(description, "description");
    Objects.requireNonNull(release, "release");
    Objects.requireNonNull(contentDigest, "contentDigest");
    Objects.requireNonNull(fingerprint, "fingerprint");
    Objects.requireNonNull(referenceSource, "referenceSource");
  }
}
