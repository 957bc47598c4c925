/**
 * The primitive index of a corpus ({@link org.figora.analysis.index.FigureIndex}: interned gene
 * ids, per-figure gene sets and per-gene postings in compressed sparse row layout, and a content
 * digest) and its on-disk cache ({@link org.figora.analysis.index.IndexStore}), checked against a
 * fingerprint of the corpus files; the cache codec stays package-private.
 */
package org.figora.analysis.index;
