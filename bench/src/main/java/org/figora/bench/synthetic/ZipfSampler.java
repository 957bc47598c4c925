package org.figora.bench.synthetic;

import java.util.Arrays;
import java.util.SplittableRandom;

/**
 * Draws ranks {@code 0..size-1} with weight 1/(rank + 1 + offset), by binary search in the
 * cumulative weights; {@link #distinct} draws without replacement by rejecting repeats.
 */
final class ZipfSampler {

  /** Cumulative weights; {@code cumulative[r]} is the sum of the weights of ranks 0..r. */
  private final double[] cumulative;

  /** Ranks already drawn for the current set, by stamp, so no per-set clearing is needed. */
  private final int[] drawnStamp;

  /** The stamp of the current set. */
  private int stamp;

  ZipfSampler(int size, double offset) {
    cumulative = new double[size];
    double sum = 0;
    for (int r = 0; r < size; r++) {
      sum += 1.0 / (r + 1 + offset);
      cumulative[r] = sum;
    }
    drawnStamp = new int[size];
  }

  /** One rank. */
  int next(SplittableRandom random) {
    double target = random.nextDouble() * cumulative[cumulative.length - 1];
    int at = Arrays.binarySearch(cumulative, target);
    int rank = at >= 0 ? at + 1 : -at - 1;
    return Math.min(rank, cumulative.length - 1);
  }

  /** {@code count} distinct ranks, in the order drawn. */
  int[] distinct(int count, SplittableRandom random) {
    if (count > cumulative.length) {
      throw new IllegalArgumentException(count + " distinct ranks from " + cumulative.length);
    }
    stamp++;
    int[] ranks = new int[count];
    int filled = 0;
    while (filled < count) {
      int rank = next(random);
      if (drawnStamp[rank] != stamp) {
        drawnStamp[rank] = stamp;
        ranks[filled++] = rank;
      }
    }
    return ranks;
  }
}
