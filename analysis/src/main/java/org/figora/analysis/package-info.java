/**
 * figora's library: gene-set over-representation analysis against published pathway figures
 * (PFOCR).
 *
 * <p>The front door: {@link org.figora.analysis.FigureCorpus} opens a corpus (record files, GMTs,
 * an installed PFOCR release), {@link org.figora.analysis.EnrichmentAnalysis} holds the choices
 * (background, correction, sizes, rows shown, executor) and enriches one list or many, and {@link
 * org.figora.analysis.AnalysisResult} writes itself in any report format or becomes a Tablesaw
 * table. The library prints nothing, never exits and starts no threads of its own.
 *
 * <p>The subpackages, from the bottom up: {@code stats} (exact statistics), {@code figure} and
 * {@code gene} (figure records, the human gene reference), {@code corpus} (loading figures), {@code
 * index} (the primitive index and its cache), {@code input} (users' gene lists), {@code enrich}
 * (the engine), {@code report} (columns, writers, provenance), {@code release} (fetching PFOCR
 * releases) and {@code internal} (plumbing, not supported API).
 */
package org.figora.analysis;
