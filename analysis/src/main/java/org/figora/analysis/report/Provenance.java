package org.figora.analysis.report;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * How a report was made, written into every report so that it can be reproduced and cited.
 *
 * @param figoraVersion figora's version
 * @param corpusDescription the corpus paths or release
 * @param corpusFingerprint fingerprint of the corpus files and reference
 * @param figureCount figures in the corpus
 * @param referenceSource the gene reference, with its NCBI Gene source date
 * @param universePolicy background policy
 * @param universeSize N
 * @param droppedBackgroundGenes user background genes dropped because no figure has them
 * @param minSize smallest figure size tested
 * @param maxSize largest figure size tested
 * @param correction correction method name
 * @param correctHitsOnly whether only figures with an overlap were corrected over
 * @param testedFigures figures tested
 * @param listName the gene list's name
 * @param inputIdentifiers identifiers read from the list
 * @param mappedGenes distinct approved symbols the identifiers mapped to
 * @param unmappedIdentifiers identifiers that mapped to no symbol or to several
 * @param genesInUniverse n, list genes in the universe
 * @param outsideUniverse list genes outside the universe
 */
public record Provenance(
    String figoraVersion,
    String corpusDescription,
    String corpusFingerprint,
    int figureCount,
    String referenceSource,
    String universePolicy,
    int universeSize,
    int droppedBackgroundGenes,
    int minSize,
    int maxSize,
    String correction,
    boolean correctHitsOnly,
    int testedFigures,
    String listName,
    int inputIdentifiers,
    int mappedGenes,
    List<String> unmappedIdentifiers,
    int genesInUniverse,
    List<String> outsideUniverse) {

  /** Makes the lists unmodifiable. */
  public Provenance {
    unmappedIdentifiers = List.copyOf(unmappedIdentifiers);
    outsideUniverse = List.copyOf(outsideUniverse);
  }

  /** @return the fields as ordered name–value pairs, for writers */
  public Map<String, Object> asMap() {
    Map<String, Object> map = new LinkedHashMap<>();
    map.put("figora_version", figoraVersion);
    map.put("corpus", corpusDescription);
    map.put("corpus_fingerprint", corpusFingerprint);
    map.put("corpus_figures", figureCount);
    map.put("reference", referenceSource);
    map.put("universe", universePolicy);
    map.put("universe_size", universeSize);
    map.put("background_genes_dropped", droppedBackgroundGenes);
    map.put("min_size", minSize);
    map.put("max_size", maxSize);
    map.put("correction", correction);
    map.put("correct_hits_only", correctHitsOnly);
    map.put("tested_figures", testedFigures);
    map.put("list", listName);
    map.put("input_identifiers", inputIdentifiers);
    map.put("mapped_genes", mappedGenes);
    map.put("unmapped_identifiers", unmappedIdentifiers);
    map.put("genes_in_universe", genesInUniverse);
    map.put("genes_outside_universe", outsideUniverse);
    return map;
  }

  /** @return a "Methods" paragraph ready to paste into a paper */
  public String methodsParagraph() {
    String method = switch (correction) {
      case "bh" -> "the Benjamini–Hochberg procedure";
      case "by" -> "the Benjamini–Yekutieli procedure";
      case "bonferroni" -> "the Bonferroni correction";
      case "holm" -> "Holm's step-down procedure";
      case "qvalue" -> "Storey's q-value (smoother estimate of π0)";
      default -> "no correction";
    };
    String background = switch (universePolicy) {
      case "annotated" -> "all " + universeSize + " human genes annotated in at least one figure";
      case "protein-coding" -> "all " + universeSize + " protein-coding human genes";
      default -> universeSize + " measured genes annotated in at least one figure";
    };
    return "Over-representation of " + genesInUniverse + " genes (" + inputIdentifiers
        + " identifiers mapped to NCBI Gene symbols with " + referenceSource + ") in "
        + figureCount + " published pathway figures from Pathway Figure OCR (PFOCR) was tested"
        + " with figora " + figoraVersion + " using a one-sided hypergeometric test (equivalent"
        + " to a one-sided Fisher's exact test). The background was " + background + ". Figures"
        + " with " + minSize + " to " + maxSize + " background genes were tested ("
        + testedFigures + " figures), and p-values were adjusted with " + method + " over "
        + (correctHitsOnly ? "the figures sharing at least one gene with the list."
            : "all tested figures.")
        + " Corpus fingerprint: " + corpusFingerprint.substring(0,
            Math.min(12, corpusFingerprint.length())) + ".";
  }
}
