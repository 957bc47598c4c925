package org.figora.analysis.enrich;

import java.util.List;
import org.figora.analysis.figure.Figure;
import org.figora.analysis.stats.OddsRatio;

/**
 * The test of one figure against one gene list.
 *
 * @param figure the figure
 * @param overlap k, query genes in the figure (within the universe)
 * @param figureSize K, the figure's genes in the universe
 * @param querySize n, query genes in the universe
 * @param universeSize N, genes in the universe
 * @param pValue P(X ≥ k) for X ~ Hypergeometric(N, K, n); may underflow to 0 below about 1e-308,
 *     see {@link #log10PValue()}
 * @param log10PValue log10 of the p-value, exact also where {@code pValue} underflows
 * @param adjustedPValue the p-value corrected for multiple testing
 * @param oddsRatio the odds ratio of the 2×2 table and its 95% confidence interval
 * @param overlapGenes the overlapping genes, sorted
 * @param figureNumber the figure's number in the index it was tested in ({@code
 *     FigureIndex.figure(figureNumber)} is {@code figure}), which {@link FigureGroups} reads the
 *     figure's genes by
 */
public record FigureEnrichment(
    Figure figure,
    int overlap,
    int figureSize,
    int querySize,
    int universeSize,
    double pValue,
    double log10PValue,
    double adjustedPValue,
    OddsRatio oddsRatio,
    List<String> overlapGenes,
    int figureNumber) {

  /**
   * Makes the gene list unmodifiable.
   *
   * @param figure the figure
   * @param overlap k, query genes in the figure (within the universe)
   * @param figureSize K, the figure's genes in the universe
   * @param querySize n, query genes in the universe
   * @param universeSize N, genes in the universe
   * @param pValue P(X ≥ k) for X ~ Hypergeometric(N, K, n); may underflow to 0 below about 1e-308,
   *     see {@link #log10PValue()}
   * @param log10PValue log10 of the p-value, exact also where {@code pValue} underflows
   * @param adjustedPValue the p-value corrected for multiple testing
   * @param oddsRatio the odds ratio of the 2×2 table and its 95% confidence interval
   * @param overlapGenes the overlapping genes, sorted
   * @param figureNumber the figure's number in the index it was tested in ({@code
   *     FigureIndex.figure(figureNumber)} is {@code figure}), which {@link FigureGroups} reads the
   *     figure's genes by
   */
  public FigureEnrichment {
    overlapGenes = List.copyOf(overlapGenes);
  }

  /**
   * @return GeneRatio k/n as in clusterProfiler (0 when n = 0)
   */
  public double geneRatio() {
    return querySize == 0 ? 0.0 : (double) overlap / querySize;
  }

  /**
   * @return BgRatio K/N
   */
  public double backgroundRatio() {
    return universeSize == 0 ? 0.0 : (double) figureSize / universeSize;
  }

  /**
   * @return fold enrichment (k/n)/(K/N); 0 when n or K is 0
   */
  public double foldEnrichment() {
    return querySize == 0 || figureSize == 0
        ? 0.0
        : ((double) overlap * universeSize) / ((double) querySize * figureSize);
  }
}
