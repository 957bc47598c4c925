package org.figora.analysis.input;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.figora.analysis.format.InputFormatException;

/**
 * Reads many gene lists from one GMT file: one list per line, {@code name<TAB>description<TAB>
 * identifier<TAB>…}. Blank lines and lines starting with {@code #} are skipped; blank identifier
 * fields are ignored. The file is UTF-8 text (a byte order mark is dropped), plain or
 * gzip-compressed (recognised by its magic bytes, whatever its name). (A GMT of figures, the
 * corpus, is read by {@code corpus.GmtReader}.)
 */
public final class GmtListReader {

  /** Largest file read, in bytes once decompressed: 1 GiB, far above any batch of lists. */
  private static final int MAX_BYTES = 1 << 30;

  /** Creates a reader. */
  public GmtListReader() {}

  /**
   * Reads every list of a GMT file.
   *
   * @param file the file, UTF-8, plain or gzip-compressed
   * @return the lists, in file order; each identifier's line is its list's line
   * @throws IOException when the file cannot be read
   * @throws InputFormatException naming the file and line when the file is not UTF-8 text, a line
   *     has fewer than three fields or no name, or the file holds no list
   */
  public List<IdentifierList> read(Path file) throws IOException {
    return parse(TextInput.read(file, MAX_BYTES), file.toString());
  }

  /**
   * Reads every list of a GMT of lists from a stream, e.g. standard input. The stream is read to
   * its end and not closed.
   *
   * @param in the stream, UTF-8, plain or gzip-compressed
   * @param source label for messages, e.g. {@code <stdin>}
   * @return the lists, in stream order; each identifier's line is its list's line
   * @throws IOException when the stream cannot be read
   * @throws InputFormatException naming the source and line, as {@link #read(Path)}
   */
  public List<IdentifierList> read(InputStream in, String source) throws IOException {
    Objects.requireNonNull(in, "in");
    Objects.requireNonNull(source, "source");
    return parse(TextInput.read(in, source, MAX_BYTES), source);
  }

  private static List<IdentifierList> parse(String text, String source) {
    List<IdentifierList> lists = new ArrayList<>();
    List<String> lines = TextInput.lines(text);
    for (int number = 1; number <= lines.size(); number++) {
      String line = lines.get(number - 1);
      if (isListLine(line)) {
        lists.add(parseLine(line, number, source));
      }
    }
    if (lists.isEmpty()) {
      throw new InputFormatException(source, 0, "no gene lists in the GMT file");
    }
    return lists;
  }

  /**
   * Tells whether a line of a GMT of lists holds a list: not blank and not a {@code #} comment.
   *
   * @param line one line, without its line break
   * @return true if {@link #parseLine} should read it
   */
  public static boolean isListLine(String line) {
    return !line.isBlank() && !line.startsWith("#");
  }

  /**
   * Reads one line of a GMT of lists: {@code name<TAB>description<TAB>identifier<TAB>…}; names and
   * identifiers are stripped, blank identifier fields ignored. The one rule for every reader of
   * such files (this class, and the Spark job, which reads the lines of a distributed file).
   *
   * @param line a line for which {@link #isListLine} is true
   * @param number its one-based line number, the line of each identifier
   * @param source the file's name, for the message
   * @return the list (possibly without identifiers)
   * @throws InputFormatException naming the source and line when the line has fewer than three
   *     fields or no name
   */
  public static IdentifierList parseLine(String line, int number, String source) {
    String[] fields = line.split("\t", -1);
    if (fields.length < 3 || fields[0].isBlank()) {
      throw new InputFormatException(
          source, number, "expected name<TAB>description<TAB>genes for a gene list");
    }
    List<InputIdentifier> ids = new ArrayList<>();
    for (int i = 2; i < fields.length; i++) {
      if (!fields[i].isBlank()) {
        ids.add(new InputIdentifier(fields[i].strip(), number));
      }
    }
    return new IdentifierList(fields[0].strip(), ids);
  }
}
