package org.figora.analysis.index;

import static org.figora.analysis.index.IndexCodec.readString;
import static org.figora.analysis.index.IndexCodec.writeString;

import java.nio.ByteBuffer;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.OptionalInt;
import org.figora.analysis.figure.Figure;

/** The per-figure part of the format. */
final class FigureCodec {

  /** Count written in place of positions when a figure's human genes are all its keywords. */
  private static final int ALL_KEYWORDS = -1;

  private FigureCodec() {}

  static void write(ByteSink out, Figure f, Map<String, Integer> symbols) {
    for (String text :
        List.of(
            f.figid(),
            f.figidAlias(),
            f.title(),
            f.caption(),
            f.pmcid(),
            f.paperTitle(),
            f.referenceText(),
            f.doi().orElse(""),
            f.journal().orElse(""),
            f.figureUrl(),
            f.pageUrl(),
            f.source())) {
      writeString(out, text);
    }
    out.writeInt(f.year().orElse(-1));
    out.writeDouble(f.automlPathway().orElse(Double.NaN));
    writeStrings(out, f.organisms());
    writeStrings(out, f.organismsNer());
    writeIds(out, f.keywords(), symbols);
    if (keywordsAreHumanGenes(f)) {
      out.writeInt(ALL_KEYWORDS); // e.g. a GMT set: its keywords are its genes
    } else {
      writePositions(out, f.keywords(), f.humanGenes());
    }
    writePositions(out, f.keywords(), f.otherKeywords());
  }

  static Figure read(ByteBuffer in, String[] table) {
    String[] text = new String[12];
    for (int i = 0; i < text.length; i++) {
      text[i] = readString(in);
    }
    int year = in.getInt();
    double score = in.getDouble();
    List<String> organisms = readStrings(in);
    List<String> organismsNer = readStrings(in);
    List<String> keywords = readIds(in, table);
    List<String> human = readPositions(in, keywords);
    // (readPositions gives the keyword list itself for ALL_KEYWORDS, so the figure shares it.)
    List<String> other = readPositions(in, keywords);
    return new Figure(
        text[0],
        text[1],
        text[2],
        text[3],
        text[4],
        text[5],
        text[6],
        year < 0 ? OptionalInt.empty() : OptionalInt.of(year),
        text[7].isEmpty() ? Optional.empty() : Optional.of(text[7]),
        text[8].isEmpty() ? Optional.empty() : Optional.of(text[8]),
        organisms,
        organismsNer,
        Double.isNaN(score) ? OptionalDouble.empty() : OptionalDouble.of(score),
        text[9],
        text[10],
        keywords,
        human,
        other,
        text[11]);
  }

  private static void writeStrings(ByteSink out, List<String> values) {
    out.writeInt(values.size());
    for (String value : values) {
      writeString(out, value);
    }
  }

  private static List<String> readStrings(ByteBuffer in) {
    int count = in.getInt();
    if (count == 0) {
      return List.of();
    }
    List<String> values = new ArrayList<>(count);
    for (int i = 0; i < count; i++) {
      values.add(readString(in));
    }
    return values;
  }

  private static void writeIds(ByteSink out, List<String> values, Map<String, Integer> symbols) {
    out.writeInt(values.size());
    for (String value : values) {
      out.writeInt(symbols.get(value));
    }
  }

  /**
   * Writes a de-duplicated subsequence of the keywords (the human genes, or the other keywords) as
   * positions into the keyword list: each entry's first occurrence, found by one pass over the
   * keywords without hashing.
   */
  private static void writePositions(ByteSink out, List<String> keywords, List<String> subset) {
    out.writeInt(subset.size());
    int next = 0;
    for (int i = 0; i < keywords.size() && next < subset.size(); i++) {
      if (keywords.get(i).equals(subset.get(next))) {
        out.writeInt(i);
        next++;
      }
    }
    if (next != subset.size()) {
      throw new IllegalStateException(
          "a figure's gene set is not an ordered part of its" + " keywords: " + subset.get(next));
    }
  }

  private static List<String> readPositions(ByteBuffer in, List<String> keywords) {
    int count = in.getInt();
    if (count == ALL_KEYWORDS) {
      return keywords;
    }
    if (count == 0) {
      return List.of();
    }
    return CachedStrings.ofPositions(in.array(), skipInts(in, count), count, keywords);
  }

  /** Keyword ids, read from the cache's bytes when asked for ({@link CachedStrings}). */
  private static List<String> readIds(ByteBuffer in, String[] table) {
    int count = in.getInt();
    if (count == 0) {
      return List.of();
    }
    return CachedStrings.ofIds(in.array(), skipInts(in, count), count, table);
  }

  /** Moves past {@code count} ints; returns where they start in the buffer's array. */
  private static int skipInts(ByteBuffer in, int count) {
    if (count < 0 || count > in.remaining() / Integer.BYTES) {
      throw new IllegalStateException("corrupt list length " + count);
    }
    int start = in.arrayOffset() + in.position();
    in.position(in.position() + count * Integer.BYTES);
    return start;
  }

  /**
   * Whether a figure's keywords are exactly its human genes, in order (every GMT set, and a record
   * whose keywords are all human genes): its human genes are then stored as "all keywords". A value
   * test: the same list object answers at once.
   */
  static boolean keywordsAreHumanGenes(Figure f) {
    return f.keywords().equals(f.humanGenes());
  }
}
