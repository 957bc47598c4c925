package org.figora.analysis.input;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.figora.analysis.format.InputFormatException;
import org.figora.analysis.gene.MissingValues;

/**
 * Reads a plain gene list: identifiers one per line, or several on a line separated by commas,
 * semicolons, tabs or spaces.
 *
 * <p>Everything from a {@code #} to the end of its line is a comment, except where the {@code #} is
 * part of a missing-value word such as {@code #N/A} (see {@link MissingValues}). Blank lines,
 * Windows or old Mac line endings and a UTF-8 byte order mark are accepted. Quotes around an
 * identifier ({@code "TP53"}, {@code 'TP53'}, {@code `TP53`}, typographic quotes) are removed, also
 * when only one of the pair is there; a quoted identifier may contain spaces. The text must be
 * UTF-8, or UTF-8 compressed with gzip (recognised by its magic bytes, whatever the file is
 * called).
 *
 * <p>Identifiers are returned as written, in file order, with duplicates kept: resolution reports
 * them. Missing-value words ({@code NA}, {@code NaN}, {@code #N/A}, empty quotes {@code ""}, ...)
 * are returned too, so that resolution counts them as {@link
 * org.figora.analysis.gene.MatchKind#MISSING_VALUE} rather than losing them silently. Instances are
 * immutable and thread-safe.
 *
 * <p>Files and streams are read one line at a time, never whole, and the list returned keeps each
 * distinct text once (per identifier only its line and a reference to its text): a list of millions
 * of lines repeating a few thousand symbols needs little more memory than those symbols.
 */
public final class GeneListReader {

  /** Largest file read by default, in bytes (64 MiB). */
  public static final int DEFAULT_MAX_BYTES = TextInput.DEFAULT_MAX_BYTES;

  private static final char COMMENT = '#';
  private static final String SEPARATORS = ",;";
  private static final String OPENING_QUOTES = "\"'`\u201c\u2018";
  private static final String CLOSING_QUOTES = "\"'`\u201d\u2019";

  private final int maxBytes;

  /** Creates a reader with the {@linkplain #DEFAULT_MAX_BYTES default size limit}. */
  public GeneListReader() {
    this(DEFAULT_MAX_BYTES);
  }

  /**
   * Creates a reader with a size limit.
   *
   * @param maxBytes largest input accepted, in bytes
   * @throws IllegalArgumentException if {@code maxBytes} is not positive
   */
  public GeneListReader(int maxBytes) {
    if (maxBytes <= 0 || maxBytes == Integer.MAX_VALUE) {
      throw new IllegalArgumentException("maxBytes must be positive and finite: " + maxBytes);
    }
    this.maxBytes = maxBytes;
  }

  /**
   * Reads a gene list file.
   *
   * @param file the file
   * @return the identifiers in file order, duplicates kept; never empty
   * @throws IOException if the file cannot be read
   * @throws InputFormatException if the file is too large, not UTF-8, or holds no identifier; the
   *     message names the file and, where it applies, the line
   */
  public List<InputIdentifier> read(Path file) throws IOException {
    CompactIdentifiers.Builder identifiers = new CompactIdentifiers.Builder();
    TextInput.readLines(file, maxBytes, (line, number) -> addTokens(line, number, identifiers));
    return built(identifiers, file.toString());
  }

  /**
   * Reads a gene list from a stream, e.g. standard input. The stream is not closed.
   *
   * @param in the stream
   * @param source label for messages, e.g. {@code <stdin>}
   * @return the identifiers in input order, duplicates kept; never empty
   * @throws IOException if the stream cannot be read
   * @throws InputFormatException if the input is too large, not UTF-8, or holds no identifier
   */
  public List<InputIdentifier> read(InputStream in, String source) throws IOException {
    Objects.requireNonNull(in, "in");
    Objects.requireNonNull(source, "source");
    CompactIdentifiers.Builder identifiers = new CompactIdentifiers.Builder();
    TextInput.readLines(
        in, source, maxBytes, (line, number) -> addTokens(line, number, identifiers));
    return built(identifiers, source);
  }

  /**
   * Reads a gene list from text already in memory, e.g. pasted by a person.
   *
   * @param text the list, without size limit or byte order mark
   * @param source label for messages
   * @return the identifiers in text order, duplicates kept; never empty
   * @throws InputFormatException if the text holds no identifier
   */
  public static List<InputIdentifier> parse(String text, String source) {
    Objects.requireNonNull(text, "text");
    Objects.requireNonNull(source, "source");
    List<String> lines = TextInput.lines(text);
    CompactIdentifiers.Builder identifiers = new CompactIdentifiers.Builder();
    for (int index = 0; index < lines.size(); index++) {
      addTokens(lines.get(index), index + 1, identifiers);
    }
    return built(identifiers, source);
  }

  private static void addTokens(String line, int number, CompactIdentifiers.Builder identifiers) {
    for (String token : tokens(withoutComment(line))) {
      identifiers.add(token, number);
    }
  }

  private static List<InputIdentifier> built(
      CompactIdentifiers.Builder identifiers, String source) {
    if (identifiers.isEmpty()) {
      throw new InputFormatException(source, 0, "no gene identifiers found");
    }
    return identifiers.build();
  }

  /**
   * Cuts a line at its comment: the first {@code #} that is not part of a missing-value word such
   * as {@code #N/A} or {@code -1.#IND} (those are kept, and counted as missing values).
   */
  static String withoutComment(String line) {
    int comment = line.indexOf(COMMENT);
    while (comment >= 0) {
      int start = comment;
      while (start > 0 && !isSeparator(line.charAt(start - 1))) {
        start--;
      }
      int end = comment;
      while (end < line.length() && !isSeparator(line.charAt(end))) {
        end++;
      }
      if (!MissingValues.isMissing(withoutQuotes(line.substring(start, end)))) {
        return line.substring(0, comment);
      }
      comment = line.indexOf(COMMENT, end);
    }
    return line;
  }

  /** Splits a line at separators; a quoted part keeps its spaces ({@code "MLN 19"}). */
  static List<String> tokens(String line) {
    List<String> tokens = new ArrayList<>();
    int position = 0;
    while (position < line.length()) {
      if (isSeparator(line.charAt(position))) {
        position++;
        continue;
      }
      int end = tokenEnd(line, position);
      String raw = line.substring(position, end);
      String token = withoutQuotes(raw);
      if (!token.isEmpty()) {
        tokens.add(token);
      } else if (isEmptyQuotes(raw)) {
        tokens.add(raw);
      }
      position = end;
    }
    return tokens;
  }

  private static int tokenEnd(String line, int start) {
    int position = start;
    int quote = OPENING_QUOTES.indexOf(line.charAt(start));
    if (quote >= 0) {
      position = closingQuote(line, start, CLOSING_QUOTES.charAt(quote));
    }
    while (position < line.length() && !isSeparator(line.charAt(position))) {
      position++;
    }
    return position;
  }

  /**
   * Finds where a quoted part ends: after its closing quote when one comes before the next comma,
   * semicolon or tab (so {@code "MLN 19"} stays one identifier), else at the opening quote.
   */
  private static int closingQuote(String line, int opening, char closing) {
    for (int position = opening + 1; position < line.length(); position++) {
      char character = line.charAt(position);
      if (character == closing) {
        return position + 1;
      }
      if (SEPARATORS.indexOf(character) >= 0 || character == '\t') {
        break;
      }
    }
    return opening;
  }

  /** Removes quotes at either end, paired or stray, and separators they enclosed. */
  private static String withoutQuotes(String token) {
    int start = 0;
    int end = token.length();
    while (start < end && isQuoteOrSeparator(token.charAt(start))) {
      start++;
    }
    while (end > start && isQuoteOrSeparator(token.charAt(end - 1))) {
      end--;
    }
    return token.substring(start, end);
  }

  /**
   * Whether a token is a pair of quotes with nothing inside, such as {@code ""}: a missing value.
   */
  private static boolean isEmptyQuotes(String raw) {
    return raw.length() == 2
        && OPENING_QUOTES.indexOf(raw.charAt(0)) >= 0
        && OPENING_QUOTES.indexOf(raw.charAt(0)) == CLOSING_QUOTES.indexOf(raw.charAt(1));
  }

  private static boolean isQuoteOrSeparator(char character) {
    return OPENING_QUOTES.indexOf(character) >= 0
        || CLOSING_QUOTES.indexOf(character) >= 0
        || isSeparator(character);
  }

  private static boolean isSeparator(char character) {
    return SEPARATORS.indexOf(character) >= 0 || isSpace(character);
  }

  private static boolean isSpace(char character) {
    return Character.isWhitespace(character) || Character.isSpaceChar(character);
  }
}
