package org.figora.analysis.input;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.zip.GZIPOutputStream;
import org.figora.analysis.format.InputFormatException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Gene lists read from a GMT file ({@code enrich --lists}). */
class GmtListReaderTest {

  @TempDir Path folder;

  @Test
  void eachLineIsANamedListWithItsLineNumber() throws IOException {
    Path gmt = folder.resolve("clusters.gmt");
    Files.writeString(gmt, "# clusters\nc1\tfirst\tIGF1R\t IRS1 \t\tAKT1\n\nc2\t\tTP53\n");
    List<IdentifierList> lists = new GmtListReader().read(gmt);
    assertEquals(List.of("c1", "c2"), lists.stream().map(IdentifierList::name).toList());
    assertEquals(
        List.of("IGF1R", "IRS1", "AKT1"),
        lists.get(0).identifiers().stream().map(InputIdentifier::text).toList());
    assertEquals(2, lists.get(0).identifiers().get(0).line());
    assertEquals(4, lists.get(1).identifiers().get(0).line());
  }

  @Test
  void gzipCompressedFileWithWindowsLineEndsIsReadWhateverItsName() throws IOException {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    try (GZIPOutputStream out = new GZIPOutputStream(bytes)) {
      out.write("\uFEFFc1\tfirst\tIGF1R\tIRS1\r\nc2\t\tTP53\r\n".getBytes(StandardCharsets.UTF_8));
    }
    for (String name : List.of("clusters.gmt.gz", "clusters.gmt")) {
      Path gmt = Files.write(folder.resolve(name), bytes.toByteArray());
      List<IdentifierList> lists = new GmtListReader().read(gmt);
      assertEquals(List.of("c1", "c2"), lists.stream().map(IdentifierList::name).toList());
      assertEquals(
          List.of("IGF1R", "IRS1"),
          lists.get(0).identifiers().stream().map(InputIdentifier::text).toList());
      assertEquals(2, lists.get(1).identifiers().get(0).line());
    }
  }

  @Test
  void invalidUtf8IsAnErrorNamingTheLine() throws IOException {
    Path gmt =
        Files.write(
            folder.resolve("latin1.gmt"),
            new byte[] {
              'c', '1', '\t', 'd', '\t', 'A', '\n', 'c', '2', '\t', 'd', '\t', (byte) 0xE9
            });
    InputFormatException error =
        assertThrows(InputFormatException.class, () -> new GmtListReader().read(gmt));
    assertEquals(2, error.line());
  }

  @Test
  void aLineWithoutGenesOrNameIsAnErrorNamingTheLine() throws IOException {
    Path gmt = folder.resolve("bad.gmt");
    Files.writeString(gmt, "c1\tfirst\tIGF1R\nc2 only a name\n");
    InputFormatException e =
        assertThrows(InputFormatException.class, () -> new GmtListReader().read(gmt));
    assertEquals(2, e.line());
    assertTrue(e.getMessage().contains("name<TAB>description<TAB>genes"), e.getMessage());
  }

  @Test
  void aFileWithoutListsIsAnError() throws IOException {
    Path gmt = folder.resolve("empty.gmt");
    Files.writeString(gmt, "# nothing\n\n");
    InputFormatException e =
        assertThrows(InputFormatException.class, () -> new GmtListReader().read(gmt));
    assertTrue(e.getMessage().contains("no gene lists"), e.getMessage());
  }
}
