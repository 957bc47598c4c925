package org.figora.bench.synthetic;

import java.util.ArrayList;
import java.util.List;

/**
 * One synthetic figure.
 *
 * @param figid PFOCR-style id, {@code PMC<digits>__F<number>}
 * @param pmcid the paper's PubMed Central id
 * @param number the figure's number in its paper
 * @param year publication year
 * @param humanGenes distinct approved human symbols, in record order (may be empty)
 * @param otherKeywords non-human keywords: other organisms' genes, family names, diseases
 */
public record SyntheticFigure(
    String figid,
    String pmcid,
    int number,
    int year,
    List<String> humanGenes,
    List<String> otherKeywords) {

  /** Makes the lists unmodifiable. */
  public SyntheticFigure {
    humanGenes = List.copyOf(humanGenes);
    otherKeywords = List.copyOf(otherKeywords);
  }

  /**
   * @return the figure title
   */
  public String title() {
    return "Synthetic pathway figure " + number + " of " + pmcid;
  }

  /**
   * @return all {@code schema-jsonld.keywords}: the human genes, then the other keywords
   */
  public List<String> keywords() {
    List<String> all = new ArrayList<>(humanGenes);
    all.addAll(otherKeywords);
    return all;
  }
}
