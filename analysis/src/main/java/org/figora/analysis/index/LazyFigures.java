package org.figora.analysis.index;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
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
      // Every reader gets the first figure kept: a report's kept cells are matched to their
      // figure by identity.
      if (!decoded.compareAndSet(index, null, figure)) {
        figure = decoded.get(index);
      }
    }
    return figure;
  }

  /**
   * A figure's figid as UTF-8 (the bytes {@code get(index).figid()} encodes to), read from the
   * cache's bytes without decoding the figure when it has not been decoded.
   *
   * @param index the figure
   * @return a new array
   */
  byte[] figidUtf8(int index) {
    Figure figure = decoded.get(index);
    if (figure != null) {
      return figure.figid().getBytes(StandardCharsets.UTF_8);
    }
    // The figid is the first field of a figure's record (FigureCodec), a length-prefixed UTF-8
    // string written from a String, so its bytes are what the decoded figid encodes to.
    ByteBuffer in = ByteBuffer.wrap(bytes);
    in.position(start + positions[index]);
    int length = in.getInt();
    if (length < 0 || length > in.remaining()) {
      throw new IllegalStateException("corrupt string length " + length);
    }
    byte[] figid = new byte[length];
    in.get(figid);
    return figid;
  }

  @Override
  public int size() {
    return positions.length;
  }
}
