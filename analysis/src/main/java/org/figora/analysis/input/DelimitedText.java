package org.figora.analysis.input;

import java.util.ArrayList;
import java.util.List;
import org.figora.analysis.format.InputFormatException;

/**
 * Splits comma-, tab- or semicolon-separated text into rows of cells, as R's {@code write.csv} and
 * {@code write.table}, spreadsheets and pandas write it: a cell may be quoted with {@code "}, and
 * then may hold separators, line breaks and doubled quotes ({@code ""}). A quote inside an unquoted
 * cell is an ordinary character. Blank lines are skipped. Each row keeps the line it starts on.
 */
final class DelimitedText {

  /**
   * One row of cells.
   *
   * @param cells the cells, unquoted but not trimmed
   * @param line the one-based line the row starts on
   */
  record Row(List<String> cells, int line) {

    /** Copies the cells. */
    Row {
      cells = List.copyOf(cells);
    }
  }

  private static final char QUOTE = '"';
  private static final String CANDIDATE_SEPARATORS = ",\t;";

  private final String text;
  private final char separator;
  private final String source;
  private int position;
  private int line = 1;

  private DelimitedText(String text, char separator, String source) {
    this.text = text;
    this.separator = separator;
    this.source = source;
  }

  /**
   * Splits text into rows.
   *
   * @param text the table, without byte order mark
   * @param separator the cell separator
   * @param source file name or label for messages
   * @return the non-blank rows in order
   * @throws InputFormatException if a quoted cell is never closed or has text after its quote
   */
  static List<Row> parse(String text, char separator, String source) {
    return new DelimitedText(text, separator, source).rows();
  }

  /**
   * Chooses the separator of a table from its first non-blank line: the preferred one if it occurs
   * there, else the most frequent of comma, tab and semicolon, else the preferred one.
   *
   * @param text the table
   * @param preferred the separator the file name suggests
   * @return the separator
   */
  static char guessSeparator(String text, char preferred) {
    String firstLine = text.lines().filter(line -> !line.isBlank()).findFirst().orElse("");
    int[] counts = new int[CANDIDATE_SEPARATORS.length()];
    boolean quoted = false;
    for (char character : firstLine.toCharArray()) {
      quoted ^= character == QUOTE;
      int candidate = CANDIDATE_SEPARATORS.indexOf(character);
      if (!quoted && candidate >= 0) {
        counts[candidate]++;
      }
    }
    int preferredIndex = CANDIDATE_SEPARATORS.indexOf(preferred);
    if (preferredIndex >= 0 && counts[preferredIndex] > 0) {
      return preferred;
    }
    int best = -1;
    for (int index = 0; index < counts.length; index++) {
      if (counts[index] > 0 && (best < 0 || counts[index] > counts[best])) {
        best = index;
      }
    }
    return best < 0 ? preferred : CANDIDATE_SEPARATORS.charAt(best);
  }

  private List<Row> rows() {
    List<Row> rows = new ArrayList<>();
    while (position < text.length()) {
      int rowLine = line;
      List<String> cells = readRow();
      boolean blank = cells.size() == 1 && cells.get(0).isBlank();
      if (!blank) {
        rows.add(new Row(cells, rowLine));
      }
    }
    return rows;
  }

  private List<String> readRow() {
    List<String> cells = new ArrayList<>();
    while (true) {
      cells.add(readCell());
      if (position >= text.length()) {
        return cells;
      }
      if (text.charAt(position) == separator) {
        position++;
      } else {
        skipLineBreak();
        return cells;
      }
    }
  }

  private String readCell() {
    int start = position;
    while (position < text.length() && text.charAt(position) == ' ') {
      position++;
    }
    if (position < text.length() && text.charAt(position) == QUOTE) {
      return readQuotedCell();
    }
    position = start;
    while (position < text.length() && !isCellEnd(text.charAt(position))) {
      position++;
    }
    return text.substring(start, position);
  }

  private String readQuotedCell() {
    int openingLine = line;
    position++;
    StringBuilder cell = new StringBuilder();
    while (true) {
      if (position >= text.length()) {
        throw new InputFormatException(
            source, openingLine, "a quoted cell starting on this line is never closed");
      }
      char character = text.charAt(position++);
      if (character == QUOTE) {
        if (position < text.length() && text.charAt(position) == QUOTE) {
          cell.append(QUOTE);
          position++;
          continue;
        }
        break;
      }
      if (character == '\n' || (character == '\r' && !atChar('\n'))) {
        line++;
      }
      cell.append(character);
    }
    skipSpacesAfterQuote();
    return cell.toString();
  }

  private void skipSpacesAfterQuote() {
    while (position < text.length() && text.charAt(position) == ' ') {
      position++;
    }
    if (position < text.length() && !isCellEnd(text.charAt(position))) {
      throw new InputFormatException(
          source,
          line,
          "unexpected '"
              + text.charAt(position)
              + "' after the closing quote of a cell"
              + " (a quote inside a quoted cell is written as \"\")");
    }
  }

  private void skipLineBreak() {
    if (text.charAt(position) == '\r') {
      position++;
      if (atChar('\n')) {
        position++;
      }
    } else {
      position++;
    }
    line++;
  }

  private boolean atChar(char expected) {
    return position < text.length() && text.charAt(position) == expected;
  }

  private boolean isCellEnd(char character) {
    return character == separator || character == '\n' || character == '\r';
  }
}
