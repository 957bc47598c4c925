package org.figora.spark;

import java.io.Serializable;
import java.util.List;
import org.figora.analysis.enrich.EnrichmentOptions;
import org.figora.analysis.enrich.Universe;
import org.figora.analysis.stats.PValueAdjustment;

/**
 * What every executor needs to know besides the index: the test's options, which rows to keep, the
 * background, and whether numbers are written as text. Shipped with each task (it is small: a
 * gene-file background is a few thousand symbols).
 *
 * @param minSize smallest figure size K tested
 * @param maxSize largest figure size K tested
 * @param correction the multiple-testing correction
 * @param correctHitsOnly whether the correction counts only figures with an overlap
 * @param selection which rows of each list's result are written
 * @param background the background policy
 * @param backgroundSymbols for {@link Universe.Policy#GENE_LIST}, the measured genes' approved
 *     symbols (resolved on the driver); empty otherwise
 * @param format the output format (text formats get text cells as the CLI writes them)
 */
record JobSettings(
    int minSize,
    int maxSize,
    PValueAdjustment correction,
    boolean correctHitsOnly,
    RowSelection selection,
    Universe.Policy background,
    List<String> backgroundSymbols,
    OutputFormat format)
    implements Serializable {

  private static final long serialVersionUID = 1L;

  /** Copies the background symbols. */
  JobSettings {
    backgroundSymbols = List.copyOf(backgroundSymbols);
  }

  /**
   * @return the engine's options
   */
  EnrichmentOptions options() {
    return new EnrichmentOptions(minSize, maxSize, correction, correctHitsOnly);
  }
}
