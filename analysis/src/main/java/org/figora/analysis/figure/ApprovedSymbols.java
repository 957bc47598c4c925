package org.figora.analysis.figure;

/**
 * Tells which figure keywords are approved human gene symbols (exact, case-sensitive), e.g. {@code
 * GeneReference::approvedSymbol}.
 */
@FunctionalInterface
public interface ApprovedSymbols {

  /**
   * Looks a keyword up.
   *
   * @param keyword a keyword as written in a record
   * @return the approved symbol equal to it, preferably the reference's own instance (so that
   *     figures share one string per gene), or null when the keyword is not an approved human
   *     symbol
   */
  String approved(String keyword);
}
