package org.figora.analysis.gene;

/**
 * How {@link GeneReference#resolve(String)} matched an identifier to the reference. Every kind
 * except {@link #AMBIGUOUS}, {@link #MISSING_VALUE} and {@link #UNKNOWN} names exactly one approved
 * symbol.
 */
public enum MatchKind {
  /** The identifier is an approved symbol, with the same letter case (e.g. {@code TP53}). */
  EXACT,

  /**
   * The identifier is an approved symbol written in another letter case, and no alias has exactly
   * its spelling (e.g. {@code tp53} or {@code Sp1}).
   */
  CASE_CORRECTED,

  /**
   * The identifier is an alias or previous symbol of exactly one gene (e.g. {@code HER2} for ERBB2,
   * {@code FAM46A} for TENT5A), matched with its case first, then ignoring case.
   */
  ALIAS,

  /** The identifier is an NCBI Gene (Entrez) ID, digits only (e.g. {@code 7157} for TP53). */
  ENTREZ,

  /**
   * The identifier is an Ensembl gene ID, with or without version (e.g. {@code ENSG00000141510} or
   * {@code ENSG00000141510.17} for TP53), that maps to one approved symbol.
   */
  ENSEMBL,

  /**
   * The identifier is a date that a spreadsheet made from a gene symbol (e.g. {@code 1-Sep} from
   * SEPT1, now SEPTIN1), and it points to one gene.
   */
  SPREADSHEET_MANGLED,

  /**
   * The identifier fits several genes (a shared alias, an Ensembl ID of several genes, or a
   * spreadsheet date with more than one reading); all candidate symbols are given, sorted, and none
   * is chosen.
   */
  AMBIGUOUS,

  /**
   * The identifier is a word for a missing value ({@code NA}, {@code NaN}, {@code NULL}, {@code
   * #N/A}, {@code Inf}, empty quotes, ...; see {@link MissingValues}), not a gene, even where the
   * reference has it as an alias; no symbol is given.
   */
  MISSING_VALUE,

  /** The identifier matches no gene of the reference; no symbol is given. */
  UNKNOWN;

  /**
   * Whether a number of symbols fits this kind: none for {@link #UNKNOWN} and {@link
   * #MISSING_VALUE}, two or more for {@link #AMBIGUOUS}, exactly one otherwise.
   *
   * @param symbolCount how many approved symbols a resolution names
   * @return true when the count fits
   */
  public boolean fitsSymbolCount(int symbolCount) {
    return switch (this) {
      case UNKNOWN, MISSING_VALUE -> symbolCount == 0;
      case AMBIGUOUS -> symbolCount >= 2;
      default -> symbolCount == 1;
    };
  }
}
