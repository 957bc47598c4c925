package org.figora.analysis.input;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.List;
import org.figora.analysis.format.InputFormatException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class GeneListReaderTest {

  @TempDir Path folder;

  private final GeneListReader reader = new GeneListReader();

  private Path write(String name, String content) throws IOException {
    return write(name, content.getBytes(StandardCharsets.UTF_8));
  }

  private Path write(String name, byte[] content) throws IOException {
    Path file = folder.resolve(name);
    Files.write(file, content);
    return file;
  }

  private static List<String> texts(List<InputIdentifier> identifiers) {
    return identifiers.stream().map(InputIdentifier::text).toList();
  }

  private static List<Integer> lines(List<InputIdentifier> identifiers) {
    return identifiers.stream().map(InputIdentifier::line).toList();
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "TP53,EGFR,KRAS",
        "TP53, EGFR, KRAS",
        "TP53\tEGFR\tKRAS",
        "TP53;EGFR;KRAS",
        "TP53 EGFR  KRAS",
        "TP53 ,\t; EGFR;;KRAS,",
        "  TP53\u00a0EGFR KRAS  "
      })
  void readsOneLineWithAnySeparator(String line) throws IOException {
    List<InputIdentifier> identifiers = reader.read(write("genes.txt", line + "\n"));
    assertEquals(List.of("TP53", "EGFR", "KRAS"), texts(identifiers));
    assertEquals(List.of(1, 1, 1), lines(identifiers));
  }

  @Test
  void readsOneIdentifierPerLineWithLineNumbers() throws IOException {
    List<InputIdentifier> identifiers = reader.read(write("genes.txt", "TP53\nEGFR\n\nKRAS"));
    assertEquals(
        List.of(
            new InputIdentifier("TP53", 1),
            new InputIdentifier("EGFR", 2),
            new InputIdentifier("KRAS", 4)),
        identifiers);
  }

  @Test
  void acceptsWindowsLineEndingsAndByteOrderMark() throws IOException {
    byte[] bom = {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF};
    byte[] body = "TP53\r\nEGFR\r\n\r\nKRAS\r\n".getBytes(StandardCharsets.UTF_8);
    byte[] content = new byte[bom.length + body.length];
    System.arraycopy(bom, 0, content, 0, bom.length);
    System.arraycopy(body, 0, content, bom.length, body.length);
    List<InputIdentifier> identifiers = reader.read(write("windows.txt", content));
    assertEquals(List.of("TP53", "EGFR", "KRAS"), texts(identifiers));
    assertEquals(List.of(1, 2, 4), lines(identifiers));
  }

  @Test
  void acceptsOldMacLineEndings() throws IOException {
    List<InputIdentifier> identifiers = reader.read(write("mac.txt", "TP53\rEGFR\r"));
    assertEquals(
        List.of(new InputIdentifier("TP53", 1), new InputIdentifier("EGFR", 2)), identifiers);
  }

  @Test
  void stripsQuotesAndTrailingCommas() throws IOException {
    String content =
        "\"TP53\",\n'EGFR',\n\u201cKRAS\u201d\n`MYC`;\n\"BRCA1\n'PTEN\n\"MLN 19\"\n'TP63, 'SOX2'\n";
    List<InputIdentifier> identifiers = reader.read(write("quoted.csv", content));
    assertEquals(
        List.of("TP53", "EGFR", "KRAS", "MYC", "BRCA1", "PTEN", "MLN 19", "TP63", "SOX2"),
        texts(identifiers));
    assertEquals(List.of(1, 2, 3, 4, 5, 6, 7, 8, 8), lines(identifiers));
  }

  @Test
  void skipsCommentsAndBlankLines() throws IOException {
    String content =
        "# my genes\n\n   \nTP53   # the guardian\n#EGFR\nKRAS,MYC#,SOX2\n  # indented\n";
    List<InputIdentifier> identifiers = reader.read(write("commented.txt", content));
    assertEquals(
        List.of(
            new InputIdentifier("TP53", 4),
            new InputIdentifier("KRAS", 6),
            new InputIdentifier("MYC", 6)),
        identifiers);
  }

  @Test
  void keepsDuplicatesAndSpellingInOrder() throws IOException {
    List<InputIdentifier> identifiers =
        reader.read(write("duplicates.txt", "TP53\ntp53\nTP53\n7157\n1-Sep\n"));
    assertEquals(List.of("TP53", "tp53", "TP53", "7157", "1-Sep"), texts(identifiers));
  }

  @Test
  void readsStandardInputWithItsLabel() throws IOException {
    byte[] content = "TP53\nEGFR\n".getBytes(StandardCharsets.UTF_8);
    List<InputIdentifier> identifiers = reader.read(new ByteArrayInputStream(content), "<stdin>");
    assertEquals(List.of("TP53", "EGFR"), texts(identifiers));
  }

  @ParameterizedTest
  @ValueSource(strings = {"", "\n\n", "# only a comment\n", " , ; \t\n", "\"\n'\n"})
  void refusesInputWithoutIdentifiers(String content) throws IOException {
    Path file = write("empty.txt", content);
    InputFormatException error = assertThrows(InputFormatException.class, () -> reader.read(file));
    assertEquals(file.toString(), error.source());
    assertEquals(0, error.line());
    assertEquals("no gene identifiers found", error.reason());
    assertEquals(file + ": no gene identifiers found", error.getMessage());
  }

  @Test
  void refusesEmptyStandardInput() {
    InputFormatException error =
        assertThrows(
            InputFormatException.class,
            () -> reader.read(new ByteArrayInputStream(new byte[0]), "<stdin>"));
    assertEquals("<stdin>", error.source());
    assertEquals(0, error.line());
    assertEquals("no gene identifiers found", error.reason());
  }

  @Test
  void refusesInvalidUtf8NamingTheLine() throws IOException {
    byte[] content = {'T', 'P', '5', '3', '\n', 'E', 'G', 'F', 'R', '\n', 'M', (byte) 0xE9, 'C'};
    Path file = write("latin1.txt", content);
    InputFormatException error = assertThrows(InputFormatException.class, () -> reader.read(file));
    assertEquals(file.toString(), error.source());
    assertEquals(3, error.line());
    assertEquals(
        "not valid UTF-8 (byte 0xE9 at byte 2 of the line); save the file as UTF-8",
        error.reason());
  }

  @Test
  void refusesInvalidUtf8AfterWindowsLineEnding() {
    byte[] content = {'A', '\r', '\n', 'B', '\r', '\n', (byte) 0xFF};
    InputFormatException error =
        assertThrows(
            InputFormatException.class,
            () -> reader.read(new ByteArrayInputStream(content), "<stdin>"));
    assertEquals("<stdin>", error.source());
    assertEquals(3, error.line());
    assertEquals(
        "not valid UTF-8 (byte 0xFF at byte 1 of the line); save the file as UTF-8",
        error.reason());
  }

  @Test
  void refusesUtf16() throws IOException {
    Path file = write("utf16.txt", "\uFEFFTP53\n".getBytes(StandardCharsets.UTF_16LE));
    InputFormatException error = assertThrows(InputFormatException.class, () -> reader.read(file));
    assertEquals(file.toString(), error.source());
    assertEquals(1, error.line());
    assertEquals(
        "UTF-16 text; save the file as UTF-8 (or plain text) and try again", error.reason());
  }

  @Test
  void refusesBinaryContent() throws IOException {
    Path file = write("binary.txt", new byte[] {'T', 'P', '5', '3', '\n', 'A', 0, 'B'});
    InputFormatException error = assertThrows(InputFormatException.class, () -> reader.read(file));
    assertEquals(file.toString(), error.source());
    assertEquals(2, error.line());
    assertEquals("NUL byte: a binary file, not a text file", error.reason());
  }

  @Test
  void refusesFileAboveTheSizeLimit() throws IOException {
    Path file = write("big.txt", "TP53\n".repeat(40));
    InputFormatException error =
        assertThrows(InputFormatException.class, () -> new GeneListReader(100).read(file));
    assertEquals(file.toString(), error.source());
    assertEquals(0, error.line());
    assertEquals("input is 200 bytes, larger than the limit of 100 bytes", error.reason());
  }

  @Test
  void refusesStreamAboveTheSizeLimit() {
    byte[] content = "TP53\n".repeat(40).getBytes(StandardCharsets.UTF_8);
    InputFormatException error =
        assertThrows(
            InputFormatException.class,
            () -> new GeneListReader(100).read(new ByteArrayInputStream(content), "<stdin>"));
    assertEquals("<stdin>", error.source());
    assertEquals(0, error.line());
    assertEquals(
        "input is more than 100 bytes, larger than the limit of 100 bytes", error.reason());
  }

  @Test
  void acceptsFileAtTheSizeLimit() throws IOException {
    Path file = write("limit.txt", "TP53\n".repeat(20));
    assertEquals(20, new GeneListReader(100).read(file).size());
  }

  @Test
  void describesTheDefaultLimitInMebibytes() throws IOException {
    Path file = folder.resolve("sparse.txt");
    try (FileChannel channel =
        FileChannel.open(file, StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE)) {
      channel.write(ByteBuffer.wrap(new byte[] {'\n'}), GeneListReader.DEFAULT_MAX_BYTES);
    }
    InputFormatException error = assertThrows(InputFormatException.class, () -> reader.read(file));
    assertEquals("input is 67108865 bytes, larger than the limit of 64 MiB", error.reason());
  }

  @Test
  void refusesNonPositiveLimit() {
    assertThrows(IllegalArgumentException.class, () -> new GeneListReader(0));
  }
}
