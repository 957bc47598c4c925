package org.figora.analysis.index;

import java.nio.ByteBuffer;
import java.util.AbstractList;
import java.util.concurrent.atomic.AtomicReferenceArray;
import org.figora.analysis.figure.Figure;
import org.figora.analysis.internal.ImmutableFigureList;

/**
 * The figures of a cache file, each decoded from the file's bytes when first asked for and then
 * kept: loading an index does not pay for the titles and captions of figures no report shows.
 */
final class LazyFigures extends AbstractList<Figure> implements ImmutableFigureList {
  private final byte[] bytes;
  private final int start;
  private final int[] positions;
  private final String[] table;
  private final AtomicReferenceArray<Figure> decoded;

  LazyFigures(byte[] bytes, int start, int[] positions, String[] table) {
    this.bytes = bytes;
    this.start = start;
    this.positions = positions;
    this.table = table;
    this.decoded = new AtomicReferenceArray<>(positions.length);
  }

  @Override
  public Figure get(int index) {
    Figure figure = decoded.get(index);
    if (figure == null) {
      ByteBuffer in = ByteBuffer.wrap(bytes);
      in.position(start + positions[index]);
      figure = FigureCodec.read(in, table);
      decoded.compareAndSet(index, null, figure);
    }
    return figure;
  }

  @Override
  public int size() {
    return positions.length;
  }
}
