/**
 * The over-representation test of gene lists against every figure of an index: {@link
 * org.figora.analysis.enrich.EnrichmentEngine} with its background ({@link
 * org.figora.analysis.enrich.Universe}, which belongs to one index) and options, the ranked {@link
 * org.figora.analysis.enrich.EnrichmentResult}, which rows a report shows ({@link
 * org.figora.analysis.enrich.RowSelection}) and the grouping of near-identical figures among them
 * ({@link org.figora.analysis.enrich.FigureGroups}).
 */
package org.figora.analysis.enrich;
