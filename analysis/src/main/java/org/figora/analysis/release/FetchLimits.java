package org.figora.analysis.release;

import java.time.Duration;

/**
 * Bounds on what one fetch may cost: the largest listing page, checksum file and GMT accepted, the
 * free space kept on the cache's disk, and an overall deadline for the whole fetch (listing,
 * checksums, download and retries) besides the idle timeout. A server that sends too much, or too
 * slowly, is stopped; a download abandoned for its size or for lack of space is deleted.
 *
 * @param maxListingBytes the largest release-folder listing read
 * @param maxChecksumBytes the largest checksum file read
 * @param maxGmtBytes the largest GMT downloaded
 * @param reserveBytes free space left on the cache's disk after the download
 * @param deadline the longest a whole fetch may take
 */
public record FetchLimits(
    long maxListingBytes,
    long maxChecksumBytes,
    long maxGmtBytes,
    long reserveBytes,
    Duration deadline) {

  /**
   * Generous defaults: a 16 MiB listing, a 4 MiB checksum file, a 4 GiB GMT (PFOCR's human GMT is
   * tens of MB), 64 MiB of free space kept, and 2 hours for the whole fetch.
   */
  public static final FetchLimits DEFAULTS =
      new FetchLimits(16L << 20, 4L << 20, 4L << 30, 64L << 20, Duration.ofHours(2));

  /**
   * Checks that every bound is positive (the reserve may be 0).
   *
   * @param maxListingBytes the largest release-folder listing read
   * @param maxChecksumBytes the largest checksum file read
   * @param maxGmtBytes the largest GMT downloaded
   * @param reserveBytes free space left on the cache's disk after the download
   * @param deadline the longest a whole fetch may take
   */
  public FetchLimits {
    if (maxListingBytes <= 0
        || maxChecksumBytes <= 0
        || maxGmtBytes <= 0
        || reserveBytes < 0
        || deadline == null
        || deadline.isNegative()
        || deadline.isZero()) {
      throw new IllegalArgumentException(
          "fetch limits must be positive: "
              + maxListingBytes
              + ", "
              + maxChecksumBytes
              + ", "
              + maxGmtBytes
              + ", "
              + reserveBytes
              + ", "
              + deadline);
    }
  }

  /**
   * Reads a size such as {@code 512M}, {@code 4G}, {@code 100k} or {@code 1048576} (bytes; suffixes
   * k, M, G, T are powers of 1024, with an optional {@code B} or {@code iB}).
   *
   * @param text the size
   * @return the bytes
   * @throws IllegalArgumentException when it is not a positive size
   */
  public static long parseSize(String text) {
    String size = text.strip().replaceFirst("(?i)i?b$", "");
    int shift = 0;
    if (!size.isEmpty()) {
      switch (Character.toUpperCase(size.charAt(size.length() - 1))) {
        case 'K' -> shift = 10;
        case 'M' -> shift = 20;
        case 'G' -> shift = 30;
        case 'T' -> shift = 40;
        default -> shift = 0;
      }
    }
    String number = shift == 0 ? size : size.substring(0, size.length() - 1);
    long value;
    try {
      value = Long.parseLong(number.strip());
    } catch (NumberFormatException e) {
      throw new IllegalArgumentException("not a size: '" + text + "' (e.g. 500M, 4G, 1048576)");
    }
    if (value <= 0 || value > (Long.MAX_VALUE >> shift)) {
      throw new IllegalArgumentException("size out of range: '" + text + "'");
    }
    return value << shift;
  }
}
