package org.figora.analysis.enrich;

import java.util.AbstractList;
import java.util.Objects;
import java.util.concurrent.atomic.AtomicReferenceArray;
import java.util.function.IntFunction;
import org.figora.analysis.internal.ImmutableList;

/**
 * An unmodifiable list whose rows are built when read: a report that shows the top 20 of 50,000
 * hits builds 20 rows (odds ratios, overlap genes), not 50,000.
 *
 * <p>The first {@value #KEPT_ROWS} rows are kept once built, the rows that short reports, pages and
 * their summaries read again and again. Later rows are built at each read and not kept: a report of
 * every tested figure reads each row once as it writes it, and keeping 91,000 rows would hold ~12
 * MB a list until the list is written, which a batch's collections copy and whose fresh pages the
 * kernel zeroes (measured in {@code bench/RESULTS.md}). A row read twice past the kept head is an
 * equal value, not the same instance.
 *
 * <p>The kept rows are held in blocks of {@value #BLOCK} made when a row of theirs is first read,
 * so that a short report does not allocate (and the JVM zero) a slot for every kept row either.
 * Safe to read from several threads; a row or block made twice by a race is the same value, and the
 * first one kept wins.
 */
final class LazyRows extends AbstractList<FigureEnrichment>
    implements ImmutableList<FigureEnrichment> {

  private static final int BLOCK_BITS = 8;

  /** Rows per block. */
  static final int BLOCK = 1 << BLOCK_BITS;

  /** Rows kept once built: the first 16 blocks. */
  static final int KEPT_ROWS = 16 * BLOCK;

  private final int size;
  private final AtomicReferenceArray<AtomicReferenceArray<FigureEnrichment>> blocks;
  private final IntFunction<FigureEnrichment> build;

  LazyRows(int size, IntFunction<FigureEnrichment> build) {
    this.size = size;
    this.blocks =
        new AtomicReferenceArray<>((Math.min(size, KEPT_ROWS) + BLOCK - 1) >>> BLOCK_BITS);
    this.build = build;
  }

  @Override
  public FigureEnrichment get(int index) {
    Objects.checkIndex(index, size);
    if (index >= KEPT_ROWS) {
      return build.apply(index);
    }
    AtomicReferenceArray<FigureEnrichment> block = blocks.get(index >>> BLOCK_BITS);
    if (block == null) {
      blocks.compareAndSet(index >>> BLOCK_BITS, null, new AtomicReferenceArray<>(BLOCK));
      block = blocks.get(index >>> BLOCK_BITS);
    }
    int slot = index & (BLOCK - 1);
    FigureEnrichment row = block.get(slot);
    if (row == null) {
      row = build.apply(index);
      if (!block.compareAndSet(slot, null, row)) {
        row = block.get(slot);
      }
    }
    return row;
  }

  @Override
  public int size() {
    return size;
  }
}
