package org.figora.analysis.enrich;

import java.util.AbstractList;
import java.util.Objects;
import java.util.RandomAccess;
import java.util.concurrent.atomic.AtomicReferenceArray;
import java.util.function.IntFunction;

/**
 * An unmodifiable list whose rows are built when first read and then kept: a report that shows the
 * top 20 of 50,000 hits builds 20 rows (odds ratios, overlap genes), not 50,000. The kept rows are
 * held in blocks of {@value #BLOCK} made when a row of theirs is first read, so that such a report
 * does not allocate (and the JVM zero) a slot for every hit either. Safe to read from several
 * threads; a row or block made twice by a race is the same value, and the first one kept wins.
 */
final class LazyRows extends AbstractList<FigureEnrichment> implements RandomAccess {

  private static final int BLOCK_BITS = 8;

  /** Rows per block. */
  static final int BLOCK = 1 << BLOCK_BITS;

  private final int size;
  private final AtomicReferenceArray<AtomicReferenceArray<FigureEnrichment>> blocks;
  private final IntFunction<FigureEnrichment> build;

  LazyRows(int size, IntFunction<FigureEnrichment> build) {
    this.size = size;
    this.blocks = new AtomicReferenceArray<>((size + BLOCK - 1) >>> BLOCK_BITS);
    this.build = build;
  }

  @Override
  public FigureEnrichment get(int index) {
    Objects.checkIndex(index, size);
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
