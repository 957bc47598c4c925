package org.figora.analysis.input;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.figora.analysis.InputFormatException;

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
    List<IdentifierList> lists = new ArrayList<>();
    List<String> lines = TextInput.lines(TextInput.read(file, MAX_BYTES));
    for (int number = 1; number <= lines.size(); number++) {
      String line = lines.get(number - 1);
      if (line.isBlank() || line.startsWith("#")) {
        continue;
      }
      String[] fields = line.split("\t", -1);
      if (fields.length < 3 || fields[0].isBlank()) {
        throw InputFormatException.at(
            file, number, "expected name<TAB>description<TAB>genes for a gene list");
      }
      List<InputIdentifier> ids = new ArrayList<>();
      for (int i = 2; i < fields.length; i++) {
        if (!fields[i].isBlank()) {
          ids.add(new InputIdentifier(fields[i].strip(), number));
        }
      }
      lists.add(new IdentifierList(fields[0].strip(), ids));
    }
    if (lists.isEmpty()) {
      throw InputFormatException.at(file, 0, "no gene lists in the GMT file");
    }
    return lists;
  }
}
