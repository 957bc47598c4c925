package org.figora.analysis.enrich;

import java.util.AbstractList;
import java.util.RandomAccess;
import java.util.concurrent.atomic.AtomicReferenceArray;
import java.util.function.IntFunction;

/**
 * An unmodifiable list whose rows are built when first read and then kept: a report that shows the
 * top 20 of 50,000 hits builds 20 rows (odds ratios, overlap genes), not 50,000. Safe to read from
 * several threads; a row built twice by a race is the same value.
 */
final class LazyRows extends AbstractList<FigureEnrichment> implements RandomAccess {

  private final AtomicReferenceArray<FigureEnrichment> rows;
  private final IntFunction<FigureEnrichment> build;

  LazyRows(int size, IntFunction<FigureEnrichment> build) {
    this.rows = new AtomicReferenceArray<>(size);
    this.build = build;
  }

  @Override
  public FigureEnrichment get(int index) {
    FigureEnrichment row = rows.get(index);
    if (row == null) {
      row = build.apply(index);
      rows.compareAndSet(index, null, row);
    }
    return row;
  }

  @Override
  public int size() {
    return rows.length();
  }
}
