package org.figora.analysis.internal;

import java.util.List;
import java.util.RandomAccess;

/**
 * A list that is already unmodifiable and random-access, which the library's records keep as it is
 * instead of copying: the figures of an index read from its cache, each decoded only when first
 * asked for ({@link org.figora.analysis.corpus.Corpus}); a cached figure's keywords, read from the
 * cache's bytes only when asked for ({@link org.figora.analysis.figure.Figure}); and a result's
 * rows, built when a report reads them ({@link org.figora.analysis.enrich.GroupedRows}).
 *
 * @param <E> the elements
 */
public interface ImmutableList<E> extends List<E>, RandomAccess {}
