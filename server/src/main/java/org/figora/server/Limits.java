package org.figora.server;

import java.time.Duration;

/**
 * What one request may ask of the server, so that a slow or huge client cannot exhaust its memory
 * or threads.
 *
 * @param maxBodyBytes largest request body accepted (413 above)
 * @param maxIdentifiers most identifiers in one gene list or background (413 above)
 * @param maxListsPerBatch most lists in one batch request (413 above)
 * @param maxConcurrent enrichments computed at once
 * @param maxQueued enrichments waiting for a free worker; beyond them 503 with Retry-After
 * @param deadline time from a request's arrival to its result; beyond it 503 with Retry-After
 */
public record Limits(
    long maxBodyBytes,
    int maxIdentifiers,
    int maxListsPerBatch,
    int maxConcurrent,
    int maxQueued,
    Duration deadline) {

  /** Default body limit: 1 MiB, ample for 20,000 identifiers. */
  public static final long DEFAULT_MAX_BODY_BYTES = 1 << 20;

  /** Default identifiers per list. */
  public static final int DEFAULT_MAX_IDENTIFIERS = 20_000;

  /** Default lists per batch. */
  public static final int DEFAULT_MAX_LISTS = 100;

  /** Default queue of waiting enrichments. */
  public static final int DEFAULT_MAX_QUEUED = 64;

  /** Default deadline per request. */
  public static final Duration DEFAULT_DEADLINE = Duration.ofSeconds(30);

  /** Checks that every limit is positive (the queue may be empty). */
  public Limits {
    if (maxBodyBytes < 1
        || maxIdentifiers < 1
        || maxListsPerBatch < 1
        || maxConcurrent < 1
        || maxQueued < 0
        || deadline.isNegative()
        || deadline.isZero()) {
      throw new IllegalArgumentException(
          "limits must be positive (the queue may be 0): "
              + maxBodyBytes
              + ", "
              + maxIdentifiers
              + ", "
              + maxListsPerBatch
              + ", "
              + maxConcurrent
              + ", "
              + maxQueued
              + ", "
              + deadline);
    }
  }

  /**
   * @return the defaults, with one enrichment at a time per available processor
   */
  public static Limits defaults() {
    return new Limits(
        DEFAULT_MAX_BODY_BYTES,
        DEFAULT_MAX_IDENTIFIERS,
        DEFAULT_MAX_LISTS,
        Runtime.getRuntime().availableProcessors(),
        DEFAULT_MAX_QUEUED,
        DEFAULT_DEADLINE);
  }
}
