package org.figora.analysis.index;

import java.lang.invoke.MethodHandles;
import java.lang.invoke.VarHandle;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.util.AbstractList;
import org.figora.analysis.figure.Figure;
import org.figora.analysis.internal.ImmutableList;

/**
 * The figures of a cache file, each decoded from the file's bytes when first asked for and then
 * kept: loading an index does not pay for the titles and captions of figures no report shows.
 *
 * <p>A kept figure is read with a plain array read; only keeping one is atomic (compare and set). A
 * figure's fields are final, so a thread that reads a figure kept by another sees it complete (JLS
 * 17.5), and one that reads null decodes the figure and then takes the one kept first. The plain
 * read matters: every row of every report looks its figure up, and the client compiler, which
 * batches run with, compiles {@code AtomicReferenceArray.get} as a call that checks the figure's
 * class, reading the figure itself from memory (a cache miss a row, 20% of a 32-list {@code --all}
 * batch's samples), where the plain read of a {@code Figure[]} reads the reference alone (measured
 * in {@code bench/RESULTS.md}).
 */
final class LazyFigures extends AbstractList<Figure> implements ImmutableList<Figure> {
  private final byte[] bytes;
  private final int start;
  private final int[] positions;
  private final String[] table;
  private final Figure[] decoded;

  private static final VarHandle DECODED = MethodHandles.arrayElementVarHandle(Figure[].class);

  LazyFigures(byte[] bytes, int start, int[] positions, String[] table) {
    this.bytes = bytes;
    this.start = start;
    this.positions = positions;
    this.table = table;
    this.decoded = new Figure[positions.length];
  }

  @Override
  public Figure get(int index) {
    return figure(index);
  }

  /**
   * The same as {@link #get}, for callers that know this class: its result needs no cast, which
   * would read the figure from memory ({@link FigureIndex#figure}).
   *
   * @param index the figure
   * @return the figure, decoded and kept at its first read
   */
  Figure figure(int index) {
    Figure figure = decoded[index];
    if (figure == null) {
      ByteBuffer in = ByteBuffer.wrap(bytes);
      in.position(start + positions[index]);
      figure = FigureCodec.read(in, table);
      // Every reader gets the first figure kept: a report's kept cells are matched to their
      // figure by identity.
      if (!DECODED.compareAndSet(decoded, index, null, figure)) {
        figure = (Figure) DECODED.getVolatile(decoded, index);
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
    Figure figure = decoded[index];
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
