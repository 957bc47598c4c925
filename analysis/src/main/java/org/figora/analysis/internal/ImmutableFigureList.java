package org.figora.analysis.internal;

import java.util.List;
import java.util.RandomAccess;
import org.figora.analysis.figure.Figure;

/**
 * A list of figures that is already unmodifiable and random-access, which a {@link
 * org.figora.analysis.corpus.Corpus} keeps as it is instead of copying: an index read from the
 * cache decodes each figure's metadata only when it is first asked for.
 */
public interface ImmutableFigureList extends List<Figure>, RandomAccess {}
