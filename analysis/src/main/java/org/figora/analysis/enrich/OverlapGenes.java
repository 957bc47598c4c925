package org.figora.analysis.enrich;

import java.util.List;
import org.figora.analysis.index.FigureIndex;

/**
 * The list genes in each hit figure, found when a row asks for them: the figure's genes (sorted
 * ids, which is symbol order) are kept where the list has them. A report of the top 50 hits
 * reads 50 figures' genes and nothing else; a report of every hit reads each hit's genes once.
 * Safe to read from several threads.
 */
final class OverlapGenes {

  private final FigureIndex index;
  private final boolean[] inList;
  private final int[] hitFigures;
  private final int[] overlaps;

  private OverlapGenes(FigureIndex index, boolean[] inList, int[] hitFigures, int[] overlaps) {
    this.index = index;
    this.inList = inList;
    this.hitFigures = hitFigures;
    this.overlaps = overlaps;
  }

  /**
   * The overlap genes of ranked hits.
   *
   * @param index the figures
   * @param listGenes ids of the list genes in the universe that occur in some figure, each once
   * @param hitFigures the hit figures in rank order
   * @param overlaps k of each hit, in the same order: how many list genes it holds
   * @return the genes of every hit
   */
  static OverlapGenes of(FigureIndex index, int[] listGenes, int[] hitFigures, int[] overlaps) {
    boolean[] inList = new boolean[index.geneCount()];
    for (int gene : listGenes) {
      inList[gene] = true;
    }
    return new OverlapGenes(index, inList, hitFigures, overlaps);
  }

  /**
   * The overlap genes of one hit.
   *
   * @param hit the hit's rank position, from 0
   * @return its list genes, sorted by symbol
   */
  List<String> symbols(int hit) {
    int figure = hitFigures[hit];
    String[] symbols = new String[overlaps[hit]];
    int found = 0;
    for (int gene : index.genesOf(figure)) {
      if (inList[gene]) {
        symbols[found++] = index.symbol(gene);
      }
    }
    if (found != symbols.length) {
      throw new IllegalStateException("figure " + figure + " holds " + found
          + " list genes, not k = " + symbols.length);
    }
    return List.of(symbols);
  }
}
