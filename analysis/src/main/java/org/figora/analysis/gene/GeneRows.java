package org.figora.analysis.gene;

/**
 * The rows of a reference as its lookups need them: the approved symbols alone, which a list of
 * clean symbols and a cached corpus need, and the genes with all their lookups, which everything
 * else needs. A file read by {@link GeneReference#read} has both at once ({@link GeneIndex}); the
 * bundled table ({@link BundledGeneTable}) makes each on first use.
 */
interface GeneRows {

  /**
   * @return the approved symbols, exact case
   */
  SymbolTable symbols();

  /**
   * @return the genes and their lookups
   */
  GeneIndex index();
}
