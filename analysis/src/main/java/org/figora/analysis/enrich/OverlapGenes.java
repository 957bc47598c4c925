package org.figora.analysis.enrich;

import java.util.Arrays;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import org.figora.analysis.index.FigureIndex;

/**
 * The list genes in each hit figure, found when a row asks for them. The first rows read take the
 * figure's genes (sorted ids, which is symbol order) that the list has: a report of the top 50 hits
 * reads 50 figures' genes and nothing else. Once many rows have been read (a report of every hit),
 * the genes of all hits are gathered in one walk over the list genes' postings, which touches each
 * (list gene, figure) pair once. Safe to read from several threads.
 */
final class OverlapGenes {

  /** Rows read one by one before the genes of every hit are gathered at once. */
  static final int ROWS_BEFORE_WALK = 512;

  private final FigureIndex index;
  private final int[] listGenes;
  private final RankedHits hits;
  private final boolean[] inList;
  private final AtomicInteger read = new AtomicInteger();
  private volatile Walked walked;

  /** Every hit's genes: ids of hit {@code h} at {@code genes[start[h] .. start[h + 1])}. */
  private record Walked(int[] start, int[] genes) {}

  private OverlapGenes(FigureIndex index, int[] listGenes, RankedHits hits) {
    this.index = index;
    this.listGenes = listGenes;
    this.hits = hits;
    this.inList = new boolean[index.geneCount()];
    for (int gene : listGenes) {
      inList[gene] = true;
    }
  }

  /**
   * The overlap genes of ranked hits.
   *
   * @param index the figures
   * @param listGenes ids of the list genes in the universe that occur in some figure, each once
   * @param hits the hits in rank order, with k of each: how many list genes it holds
   * @return the genes of every hit
   */
  static OverlapGenes of(FigureIndex index, int[] listGenes, RankedHits hits) {
    return new OverlapGenes(index, listGenes, hits);
  }

  /**
   * The overlap genes of one hit.
   *
   * @param hit the hit's rank position, from 0
   * @return its list genes, sorted by symbol
   */
  List<String> symbols(int hit) {
    Walked all = walked;
    if (all == null && read.incrementAndGet() > ROWS_BEFORE_WALK) {
      all = walk();
    }
    String[] symbols = new String[hits.overlap(hit)];
    if (all != null) {
      for (int i = 0; i < symbols.length; i++) {
        symbols[i] = index.symbol(all.genes()[all.start()[hit] + i]);
      }
      return List.of(symbols);
    }
    int found = 0;
    for (int gene : index.genesOf(hits.figure(hit))) {
      if (inList[gene]) {
        symbols[found++] = index.symbol(gene);
      }
    }
    if (found != symbols.length) {
      throw new IllegalStateException(
          "figure "
              + hits.figure(hit)
              + " holds "
              + found
              + " list genes, not k = "
              + symbols.length);
    }
    return List.of(symbols);
  }

  /** Gathers every hit's genes in one walk over the list genes' postings (once). */
  private synchronized Walked walk() {
    if (walked != null) {
      return walked;
    }
    int hitCount = hits.size();
    int[] start = new int[hitCount + 1];
    for (int hit = 0; hit < hitCount; hit++) {
      start[hit + 1] = start[hit] + hits.overlap(hit);
    }
    int[] hitOf = new int[index.figureCount()];
    Arrays.fill(hitOf, -1);
    for (int hit = 0; hit < hitCount; hit++) {
      hitOf[hits.figure(hit)] = hit;
    }
    int[] genes = new int[start[hitCount]];
    int[] next = Arrays.copyOf(start, hitCount);
    int[] ascending = listGenes.clone();
    Arrays.sort(ascending);
    for (int gene : ascending) {
      index.forEachFigureWith(
          gene,
          figure -> {
            int hit = hitOf[figure];
            if (hit >= 0) {
              genes[next[hit]++] = gene;
            }
          });
    }
    walked = new Walked(start, genes);
    return walked;
  }
}
