package org.figora.analysis.release;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.time.Duration;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/**
 * Downloads are bounded: a file larger than its limit (declared or sent), a listing larger than its
 * limit, a download that would eat the disk's reserve, and a server that trickles bytes just fast
 * enough to beat the idle timeout all fail without retries, and leave no partial download and the
 * installed release as it was.
 */
@Timeout(60)
class FetchLimitsTest extends FetchTestSupport {

  @BeforeEach
  void installTheOldRelease() throws IOException {
    installOld();
  }

  private ReleaseException failure(ReleaseFetcher limited) {
    return assertThrows(
        ReleaseException.class,
        () -> limited.fetch(server.baseUrl(), "current", false, FetchProgress.NONE));
  }

  private static FetchLimits limits(long maxGmt, long reserve, Duration deadline) {
    return new FetchLimits(1 << 20, 1 << 20, maxGmt, reserve, deadline);
  }

  @Test
  void aDeclaredLengthAboveTheLimitIsRefusedAtOnce() throws IOException {
    server.route(CURRENT_FILE, FakePfocrServer.declares(1_000_000_000_000L, CURRENT_BYTES));

    ReleaseException e = failure(fetcher);

    assertTrue(
        e.getMessage().contains("1000000000000 bytes, more than the limit of"), e.getMessage());
    assertFalse(e.isTransient());
    assertEquals(1, requestsFor(CURRENT_FILE));
    assertOnlyOldReleaseInstalled();
    assertNoPartialDownload();
  }

  @Test
  void anEndlessBodyStopsAtTheLimitAndIsDeleted() throws IOException {
    server.route(CURRENT_FILE, FakePfocrServer.endless());

    ReleaseException e = failure(fetcher.withLimits(limits(200_000, 0, Duration.ofMinutes(1))));

    assertTrue(e.getMessage().contains("more than the limit of 200000 bytes"), e.getMessage());
    assertEquals(1, requestsFor(CURRENT_FILE));
    assertOnlyOldReleaseInstalled();
    assertNoPartialDownload();
  }

  @Test
  void aListingAboveItsLimitIsRefused() throws IOException {
    ReleaseException e =
        failure(fetcher.withLimits(new FetchLimits(100, 100, 1 << 20, 0, Duration.ofMinutes(1))));

    assertTrue(e.getMessage().contains("more than the limit of 100 bytes"), e.getMessage());
    assertEquals(1, requestsFor(CURRENT));
    assertOnlyOldReleaseInstalled();
  }

  @Test
  void aDownloadThatWouldEatTheReserveIsNotStarted() throws IOException {
    ReleaseException e =
        failure(fetcher.withLimits(limits(1 << 30, Long.MAX_VALUE / 4, Duration.ofMinutes(1))));

    assertTrue(e.getMessage().startsWith("not enough free space for "), e.getMessage());
    assertFalse(e.isTransient());
    assertEquals(1, requestsFor(CURRENT_FILE));
    assertOnlyOldReleaseInstalled();
    assertNoPartialDownload();
  }

  @Test
  void aTricklingServerIsStoppedByTheDeadline() throws IOException {
    server.route(CURRENT_FILE, FakePfocrServer.trickle(Duration.ofMillis(50)));

    ReleaseException e = failure(fetcher.withLimits(limits(1 << 30, 0, Duration.ofMillis(1500))));

    assertTrue(
        e.getMessage().startsWith("the fetch took longer than its deadline of 1 s"),
        e.getMessage());
    assertFalse(e.isTransient());
    assertEquals(1, requestsFor(CURRENT_FILE));
    assertOnlyOldReleaseInstalled();
  }

  @Test
  void sizesAreReadWithUnits() {
    assertEquals(512L << 20, FetchLimits.parseSize("512M"));
    assertEquals(4L << 30, FetchLimits.parseSize("4GiB"));
    assertEquals(100L << 10, FetchLimits.parseSize("100k"));
    assertEquals(1048576L, FetchLimits.parseSize("1048576"));
    assertThrows(IllegalArgumentException.class, () -> FetchLimits.parseSize("-1"));
    assertThrows(IllegalArgumentException.class, () -> FetchLimits.parseSize("lots"));
    assertThrows(IllegalArgumentException.class, () -> FetchLimits.parseSize("99999999999T"));
  }
}
