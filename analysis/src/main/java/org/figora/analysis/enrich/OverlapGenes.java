package org.figora.analysis.enrich;

import java.util.Arrays;
import java.util.List;
import org.figora.analysis.index.FigureIndex;

/**
 * The list genes in each hit figure, gathered in one walk over the list genes' postings rather
 * than by scanning every hit figure's genes: the walk touches each (list gene, figure) pair once,
 * about as many as there are overlapping genes in all hits together.
 *
 * <p>Genes are stored per hit, in rank order, as ids in ascending order, which is symbol order.
 */
final class OverlapGenes {

  private final FigureIndex index;
  private final int[] start;
  private final int[] genes;

  private OverlapGenes(FigureIndex index, int[] start, int[] genes) {
    this.index = index;
    this.start = start;
    this.genes = genes;
  }

  /**
   * Gathers the overlap genes of ranked hits.
   *
   * @param index the figures
   * @param listGenes ids of the list genes in the universe that occur in some figure, each once
   * @param hitFigures the hit figures in rank order
   * @param overlaps k of each hit, in the same order: how many list genes it holds
   * @return the genes of every hit
   */
  static OverlapGenes of(FigureIndex index, int[] listGenes, int[] hitFigures, int[] overlaps) {
    int[] start = new int[hitFigures.length + 1];
    for (int hit = 0; hit < hitFigures.length; hit++) {
      start[hit + 1] = start[hit] + overlaps[hit];
    }
    int[] hitOf = new int[index.figureCount()];
    Arrays.fill(hitOf, -1);
    for (int hit = 0; hit < hitFigures.length; hit++) {
      hitOf[hitFigures[hit]] = hit;
    }
    int[] genes = new int[start[hitFigures.length]];
    int[] next = Arrays.copyOf(start, hitFigures.length);
    int[] ascending = listGenes.clone();
    Arrays.sort(ascending);
    for (int gene : ascending) {
      for (int i = index.postingsStart(gene), end = index.postingsEnd(gene); i < end; i++) {
        int hit = hitOf[index.posting(i)];
        if (hit >= 0) {
          genes[next[hit]++] = gene;
        }
      }
    }
    return new OverlapGenes(index, start, genes);
  }

  /**
   * The overlap genes of one hit.
   *
   * @param hit the hit's rank position, from 0
   * @return its list genes, sorted by symbol
   */
  List<String> symbols(int hit) {
    String[] symbols = new String[start[hit + 1] - start[hit]];
    for (int i = 0; i < symbols.length; i++) {
      symbols[i] = index.symbol(genes[start[hit] + i]);
    }
    return List.of(symbols);
  }
}
