package org.figora.analysis.enrich;

import java.util.ArrayList;
import java.util.List;
import org.figora.analysis.index.FigureIndex;

/**
 * A gene list placed in a universe: n (its genes in the universe), the ids of those genes that
 * occur in the corpus, and the genes left outside.
 */
final class QueryGenes {

  private final int size;
  private final int[] corpusGenes;
  private final List<String> outsideUniverse;

  private QueryGenes(int size, int[] corpusGenes, List<String> outsideUniverse) {
    this.size = size;
    this.corpusGenes = corpusGenes;
    this.outsideUniverse = outsideUniverse;
  }

  static QueryGenes of(GeneList list, FigureIndex index, Universe universe) {
    int size = 0;
    int[] ids = new int[list.symbols().size()];
    int idCount = 0;
    List<String> outside = new ArrayList<>();
    for (String symbol : list.symbols()) {
      if (!universe.contains(symbol)) {
        outside.add(symbol);
        continue;
      }
      size++;
      int gene = index.geneIdOrMinusOne(symbol);
      if (gene >= 0 && universe.containsCorpusGene(gene)) {
        ids[idCount++] = gene;
      }
    }
    return new QueryGenes(size, java.util.Arrays.copyOf(ids, idCount), outside);
  }

  /**
   * @return n, list genes in the universe
   */
  int size() {
    return size;
  }

  /**
   * @return ids of list genes in the universe that occur in some figure
   */
  int[] corpusGenes() {
    return corpusGenes;
  }

  /**
   * @return list genes outside the universe
   */
  List<String> outsideUniverse() {
    return outsideUniverse;
  }
}
