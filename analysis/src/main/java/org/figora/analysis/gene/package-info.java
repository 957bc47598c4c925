/**
 * The human gene reference bundled with the library (NCBI Gene via org.Hs.eg.db): approved symbols,
 * aliases, previous symbols, Entrez and Ensembl IDs, and how an identifier resolves to an approved
 * symbol ({@link org.figora.analysis.gene.GeneReference}, {@link
 * org.figora.analysis.gene.GeneResolution}).
 */
package org.figora.analysis.gene;
