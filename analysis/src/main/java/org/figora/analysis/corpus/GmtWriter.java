package org.figora.analysis.corpus;

import java.io.IOException;
import java.io.Writer;
import java.util.List;
import org.figora.analysis.figure.Figure;

/**
 * Writes figures' human gene sets as GMT: one line per figure with at least one human gene, {@code
 * figid<TAB>title (or, without a title, the figure's best URL)<TAB>gene<TAB>…}, genes in record
 * order. Tabs and line breaks inside a title become spaces. {@link GmtReader} reads the file back
 * to the same figids and gene sets.
 */
public final class GmtWriter {

  private GmtWriter() {}

  /**
   * Writes the figures.
   *
   * @param figures the figures, written in this order
   * @param out where to write; flushed, not closed
   * @return the number of figures written (those with no human gene are not)
   * @throws IOException when writing fails
   */
  public static int write(List<Figure> figures, Writer out) throws IOException {
    int written = 0;
    for (Figure figure : figures) {
      if (figure.humanGenes().isEmpty()) {
        continue;
      }
      String description = !figure.title().isEmpty() ? figure.title() : figure.bestUrl();
      out.write(
          figure.figid()
              + "\t"
              + flat(description)
              + "\t"
              + String.join("\t", figure.humanGenes())
              + "\n");
      written++;
    }
    out.flush();
    return written;
  }

  private static String flat(String text) {
    return text.replace('\t', ' ').replace('\n', ' ').replace('\r', ' ');
  }
}
