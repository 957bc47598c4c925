package org.figora.analysis.input;

import java.io.BufferedInputStream;
import java.io.ByteArrayInputStream;
import java.io.FileInputStream;
import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.zip.GZIPInputStream;
import org.figora.analysis.format.InputFormatException;

/**
 * Reads a user's text file with a size limit and strict UTF-8 decoding. A leading byte order mark
 * is dropped; invalid bytes, NUL bytes and UTF-16 text are refused with the line they are on.
 * gzip-compressed content is recognised by its magic bytes (not its name, so standard input and any
 * file name work) and decompressed first.
 */
final class TextInput {

  /** Largest input read by default: 64 MiB, far above any gene list or result table. */
  static final int DEFAULT_MAX_BYTES = 64 * 1024 * 1024;

  private static final int MEBIBYTE = 1024 * 1024;
  private static final char BYTE_ORDER_MARK = '\uFEFF';

  private TextInput() {}

  /**
   * Reads a whole file as text.
   *
   * @param file the file
   * @param maxBytes largest size accepted
   * @return the text without a byte order mark
   * @throws IOException if the file cannot be read
   * @throws InputFormatException if it is too large or not UTF-8 text
   */
  static String read(Path file, int maxBytes) throws IOException {
    long size = Files.size(file);
    if (size > maxBytes) { // compressed files are held to the limit again once decompressed
      throw tooLarge(file.toString(), size + " bytes", maxBytes);
    }
    try (InputStream in = open(file)) {
      return read(in, file.toString(), maxBytes);
    }
  }

  /**
   * Reads a whole stream as text; the stream is not closed.
   *
   * @param in the stream
   * @param source file name or label for messages
   * @param maxBytes largest size accepted
   * @return the text without a byte order mark
   * @throws IOException if the stream cannot be read
   * @throws InputFormatException if it is too large or not UTF-8 text
   */
  static String read(InputStream in, String source, int maxBytes) throws IOException {
    byte[] bytes = in.readNBytes(maxBytes + 1);
    if (bytes.length > maxBytes) {
      throw tooLarge(source, "more than " + maxBytes + " bytes", maxBytes);
    }
    if (isGzip(bytes)) {
      bytes = gunzip(bytes, source, maxBytes);
    }
    return decode(bytes, source);
  }

  /**
   * Opens a file for reading. A pipe, FIFO or {@code /dev/fd/N} (process substitution) is opened as
   * a buffered {@link FileInputStream}: the channel stream of {@link Files#newInputStream} answers
   * {@code available()} with a seek, which a pipe refuses ("Illegal seek"), and so does {@code
   * FileInputStream.readNBytes} (it asks for the position), which the buffer's plain reads avoid.
   */
  private static InputStream open(Path file) throws IOException {
    return Files.isRegularFile(file)
        ? Files.newInputStream(file)
        : new BufferedInputStream(new FileInputStream(file.toFile()), BUFFER);
  }

  /** Receives the lines of a text one at a time, in order. */
  @FunctionalInterface
  interface LineConsumer {
    /**
     * Takes one line.
     *
     * @param line the line without its line break (and without a leading byte order mark)
     * @param number its one-based line number
     */
    void accept(String line, int number);
  }

  /**
   * Streams a file's lines with the checks of {@link #read(Path, int)}, holding one line at a time
   * rather than the whole text.
   *
   * @param file the file
   * @param maxBytes largest size accepted
   * @param consumer receives every line, as {@link #lines(String)} would split the text
   * @throws IOException if the file cannot be read
   * @throws InputFormatException if it is too large or not UTF-8 text
   */
  static void readLines(Path file, int maxBytes, LineConsumer consumer) throws IOException {
    long size = Files.size(file);
    if (size > maxBytes) { // compressed files are held to the limit again once decompressed
      throw tooLarge(file.toString(), size + " bytes", maxBytes);
    }
    try (InputStream in = open(file)) {
      readLines(in, file.toString(), maxBytes, consumer);
    }
  }

  /**
   * Streams a stream's lines with the checks of {@link #read(InputStream, String, int)}; the stream
   * is not closed.
   *
   * @param in the stream
   * @param source file name or label for messages
   * @param maxBytes largest size accepted
   * @param consumer receives every line, as {@link #lines(String)} would split the text
   * @throws IOException if the stream cannot be read
   * @throws InputFormatException if it is too large or not UTF-8 text
   */
  static void readLines(InputStream in, String source, int maxBytes, LineConsumer consumer)
      throws IOException {
    BufferedInputStream raw =
        new BufferedInputStream(new LimitedInput(in, source, maxBytes, ""), BUFFER);
    raw.mark(2);
    byte[] magic = raw.readNBytes(2);
    raw.reset();
    if (!isGzip(magic)) {
      new LineSplitter(source, consumer).split(raw);
      return;
    }
    try {
      InputStream gunzipped =
          new LimitedInput(
              new GZIPInputStream(raw, BUFFER), source, maxBytes, " once decompressed");
      new LineSplitter(source, consumer).split(gunzipped);
    } catch (IOException e) {
      throw new InputFormatException(
          source,
          0,
          "gzip-compressed, but the compressed data is"
              + " damaged or cut short ("
              + e.getMessage()
              + ")");
    }
  }

  private static final int BUFFER = 64 * 1024;

  /** Refuses to read more than a limit, so that no input is read whole before it is refused. */
  private static final class LimitedInput extends FilterInputStream {
    private final String source;
    private final int maxBytes;
    private final String qualifier;
    private long count;

    LimitedInput(InputStream in, String source, int maxBytes, String qualifier) {
      super(in);
      this.source = source;
      this.maxBytes = maxBytes;
      this.qualifier = qualifier;
    }

    @Override
    public int read() throws IOException {
      int value = super.read();
      if (value >= 0) {
        counted(1);
      }
      return value;
    }

    @Override
    public int read(byte[] buffer, int offset, int length) throws IOException {
      int read = super.read(buffer, offset, length);
      if (read > 0) {
        counted(read);
      }
      return read;
    }

    private void counted(int bytes) {
      count += bytes;
      if (count > maxBytes) {
        throw tooLarge(source, "more than " + maxBytes + " bytes" + qualifier, maxBytes);
      }
    }
  }

  /**
   * Splits bytes into lines at {@code \r\n}, {@code \n} or {@code \r} (bytes that never occur
   * inside a UTF-8 sequence) and decodes each line strictly, with the messages of {@link
   * #decode(byte[], String)}.
   */
  private static final class LineSplitter {
    private final String source;
    private final LineConsumer consumer;
    private final CharsetDecoder decoder =
        StandardCharsets.UTF_8
            .newDecoder()
            .onMalformedInput(CodingErrorAction.REPORT)
            .onUnmappableCharacter(CodingErrorAction.REPORT);
    private byte[] line = new byte[256];
    private int length;
    private int number = 1;

    LineSplitter(String source, LineConsumer consumer) {
      this.source = source;
      this.consumer = consumer;
    }

    void split(InputStream in) throws IOException {
      boolean afterCarriageReturn = false;
      byte[] chunk = new byte[BUFFER];
      int read;
      while ((read = in.read(chunk)) >= 0) {
        for (int index = 0; index < read; index++) {
          byte value = chunk[index];
          if (value == '\n' && afterCarriageReturn) {
            afterCarriageReturn = false;
            continue;
          }
          afterCarriageReturn = value == '\r';
          if (value == '\n' || value == '\r') {
            emit();
          } else {
            if (length == line.length) {
              line = Arrays.copyOf(line, line.length * 2);
            }
            line[length++] = value;
          }
        }
      }
      emit();
    }

    private void emit() {
      if (number == 1 && length >= 2 && isUtf16ByteOrderMark(line[0], line[1])) {
        throw new InputFormatException(
            source, 1, "UTF-16 text; save the file as UTF-8 (or plain text) and try again");
      }
      String text = decodeLine();
      if (text.indexOf('\0') >= 0) {
        throw new InputFormatException(source, number, "NUL byte: a binary file, not a text file");
      }
      if (number == 1 && !text.isEmpty() && text.charAt(0) == BYTE_ORDER_MARK) {
        text = text.substring(1);
      }
      consumer.accept(text, number);
      number++;
      length = 0;
    }

    private String decodeLine() {
      boolean ascii = true;
      for (int index = 0; index < length && ascii; index++) {
        ascii = line[index] >= 0;
      }
      if (ascii) {
        return new String(line, 0, length, StandardCharsets.ISO_8859_1);
      }
      ByteBuffer input = ByteBuffer.wrap(line, 0, length);
      CharBuffer output = CharBuffer.allocate(length);
      decoder.reset();
      CoderResult result = decoder.decode(input, output, true);
      if (result.isError()) {
        String reason =
            String.format(
                "not valid UTF-8 (byte 0x%02X at byte %d of the line); save the file as UTF-8",
                line[input.position()] & 0xFF, input.position() + 1);
        throw new InputFormatException(source, number, reason);
      }
      decoder.flush(output);
      output.flip();
      return output.toString();
    }
  }

  /** Whether content starts with the gzip magic bytes 1F 8B (RFC 1952), whatever its name. */
  static boolean isGzip(byte[] bytes) {
    return bytes.length >= 2 && bytes[0] == (byte) 0x1F && bytes[1] == (byte) 0x8B;
  }

  /**
   * Decompresses gzip content (several members, as {@code cat a.gz b.gz} makes, included); the
   * decompressed text is held to the same size limit.
   */
  private static byte[] gunzip(byte[] compressed, String source, int maxBytes) {
    try (InputStream in = new GZIPInputStream(new ByteArrayInputStream(compressed))) {
      byte[] bytes = in.readNBytes(maxBytes + 1);
      if (bytes.length > maxBytes) {
        throw tooLarge(source, "more than " + maxBytes + " bytes once decompressed", maxBytes);
      }
      return bytes;
    } catch (IOException e) {
      throw new InputFormatException(
          source,
          0,
          "gzip-compressed, but the compressed data is"
              + " damaged or cut short ("
              + e.getMessage()
              + ")");
    }
  }

  /**
   * Decodes bytes as strict UTF-8.
   *
   * @param bytes the content
   * @param source file name or label for messages
   * @return the text without a byte order mark
   * @throws InputFormatException naming the line of the first invalid or NUL byte
   */
  static String decode(byte[] bytes, String source) {
    if (bytes.length >= 2 && isUtf16ByteOrderMark(bytes[0], bytes[1])) {
      throw new InputFormatException(
          source, 1, "UTF-16 text; save the file as UTF-8 (or plain text) and try again");
    }
    CharsetDecoder decoder =
        StandardCharsets.UTF_8
            .newDecoder()
            .onMalformedInput(CodingErrorAction.REPORT)
            .onUnmappableCharacter(CodingErrorAction.REPORT);
    ByteBuffer input = ByteBuffer.wrap(bytes);
    CharBuffer output = CharBuffer.allocate(bytes.length);
    CoderResult result = decoder.decode(input, output, true);
    if (result.isError()) {
      throw invalidByte(bytes, input.position(), source);
    }
    decoder.flush(output);
    output.flip();
    String text = output.toString();
    int nul = text.indexOf('\0');
    if (nul >= 0) {
      int offset = text.substring(0, nul).getBytes(StandardCharsets.UTF_8).length;
      throw new InputFormatException(
          source, lineOf(bytes, offset), "NUL byte: a binary file, not a text file");
    }
    return !text.isEmpty() && text.charAt(0) == BYTE_ORDER_MARK ? text.substring(1) : text;
  }

  /**
   * Splits text into lines at {@code \r\n}, {@code \n} or {@code \r}.
   *
   * @param text the text
   * @return the lines without their line breaks; line {@code i} of the file is element {@code i -
   *     1}
   */
  static List<String> lines(String text) {
    return List.of(text.split("\r\n|\n|\r", -1));
  }

  private static boolean isUtf16ByteOrderMark(byte first, byte second) {
    return (first == (byte) 0xFF && second == (byte) 0xFE)
        || (first == (byte) 0xFE && second == (byte) 0xFF);
  }

  private static InputFormatException invalidByte(byte[] bytes, int offset, String source) {
    int lineStart = offset;
    while (lineStart > 0 && bytes[lineStart - 1] != '\n' && bytes[lineStart - 1] != '\r') {
      lineStart--;
    }
    String reason =
        String.format(
            "not valid UTF-8 (byte 0x%02X at byte %d of the line); save the file as UTF-8",
            bytes[offset] & 0xFF, offset - lineStart + 1);
    return new InputFormatException(source, lineOf(bytes, offset), reason);
  }

  private static int lineOf(byte[] bytes, int offset) {
    int line = 1;
    for (int index = 0; index < offset; index++) {
      boolean lineBreak =
          bytes[index] == '\n'
              || (bytes[index] == '\r' && (index + 1 == bytes.length || bytes[index + 1] != '\n'));
      if (lineBreak) {
        line++;
      }
    }
    return line;
  }

  private static InputFormatException tooLarge(String source, String size, int maxBytes) {
    String limit = maxBytes % MEBIBYTE == 0 ? maxBytes / MEBIBYTE + " MiB" : maxBytes + " bytes";
    return new InputFormatException(
        source, 0, "input is " + size + ", larger than the limit of " + limit);
  }
}
