package org.figora.analysis.figure;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.MalformedInputException;
import java.nio.charset.StandardCharsets;
import org.figora.analysis.format.InputFormatException;

/**
 * The YAML front matter of a figure record: the text between a first line {@code ---} and the next
 * line {@code ---} (or {@code ...}). Decoding is strict UTF-8; binary files are refused.
 *
 * @param yaml the YAML text, without the delimiter lines
 * @param firstLine the one-based line number in the file where {@link #yaml} starts
 */
record FrontMatter(String yaml, int firstLine) {

  /**
   * Extracts the front matter from the raw bytes of a record file.
   *
   * @param source the file name, for messages
   * @param bytes the whole file
   * @return the front matter
   * @throws InputFormatException when the file is empty, binary, not UTF-8, or has no complete
   *     front matter
   */
  static FrontMatter extract(String source, byte[] bytes) {
    if (bytes.length == 0) {
      throw new InputFormatException(source, 0, "empty file, expected YAML front matter");
    }
    String text = decode(source, bytes);
    if (!text.isEmpty() && text.charAt(0) == '\uFEFF') {
      text = text.substring(1);
    }
    int firstEnd = lineEnd(text, 0);
    if (!isDelimiter(text.substring(0, firstEnd), false)) {
      throw new InputFormatException(
          source,
          1,
          "no front matter: the first line must be '---' (a figure record starts with"
              + " a YAML block between '---' lines)");
    }
    int start = next(text, firstEnd);
    int line = 2;
    for (int pos = start; pos < text.length(); line++) {
      int end = lineEnd(text, pos);
      if (isDelimiter(text.substring(pos, end), true)) {
        return new FrontMatter(text.substring(start, pos), 2);
      }
      pos = next(text, end);
    }
    throw new InputFormatException(
        source, 1, "unterminated front matter: '---' on line 1 is never closed by a '---' line");
  }

  private static String decode(String source, byte[] bytes) {
    int scan = Math.min(bytes.length, 8192);
    for (int i = 0; i < scan; i++) {
      if (bytes[i] == 0) {
        throw new InputFormatException(
            source, lineOf(bytes, i), "binary file (NUL byte), expected a UTF-8 text record");
      }
    }
    CharsetDecoder decoder =
        StandardCharsets.UTF_8
            .newDecoder()
            .onMalformedInput(CodingErrorAction.REPORT)
            .onUnmappableCharacter(CodingErrorAction.REPORT);
    ByteBuffer buffer = ByteBuffer.wrap(bytes);
    try {
      return decoder.decode(buffer).toString();
    } catch (MalformedInputException e) {
      return failDecode(source, bytes, buffer.position(), e);
    } catch (CharacterCodingException e) {
      return failDecode(source, bytes, buffer.position(), e);
    }
  }

  private static String failDecode(String source, byte[] bytes, int offset, Exception cause) {
    throw new InputFormatException(
        source, lineOf(bytes, offset), "invalid UTF-8 near byte " + offset, cause);
  }

  private static int lineOf(byte[] bytes, int offset) {
    int line = 1;
    for (int i = 0; i < offset && i < bytes.length; i++) {
      if (bytes[i] == '\n') {
        line++;
      }
    }
    return line;
  }

  private static boolean isDelimiter(String line, boolean closing) {
    String trimmed = line.stripTrailing();
    return trimmed.equals("---") || (closing && trimmed.equals("..."));
  }

  private static int lineEnd(String text, int from) {
    int end = text.indexOf('\n', from);
    return end < 0 ? text.length() : end;
  }

  private static int next(String text, int lineEnd) {
    return Math.min(text.length(), lineEnd + 1);
  }
}
