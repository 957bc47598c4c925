package org.figora.analysis.input;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.zip.GZIPOutputStream;
import org.figora.analysis.format.InputFormatException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** gzip-compressed lists and tables are read by their magic bytes, whatever their name. */
class GzipInputTest {

  @TempDir Path folder;

  private static byte[] gzip(String text) throws IOException {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    try (GZIPOutputStream out = new GZIPOutputStream(bytes)) {
      out.write(text.getBytes(StandardCharsets.UTF_8));
    }
    return bytes.toByteArray();
  }

  private static List<String> texts(List<InputIdentifier> identifiers) {
    return identifiers.stream().map(InputIdentifier::text).toList();
  }

  @Test
  void compressedListIsReadWhateverItsName() throws IOException {
    byte[] content = gzip("\uFEFFTP53\r\nEGFR, KRAS\n# comment\nMYC\n");
    for (String name : List.of("genes.txt.gz", "genes.txt", "genes")) {
      Path file = Files.write(folder.resolve(name), content);
      List<InputIdentifier> read = new GeneListReader().read(file);
      assertEquals(List.of("TP53", "EGFR", "KRAS", "MYC"), texts(read), name);
      assertEquals(List.of(1, 2, 2, 4), read.stream().map(InputIdentifier::line).toList());
    }
  }

  @Test
  void compressedStandardInputIsRead() throws IOException {
    List<InputIdentifier> read =
        new GeneListReader().read(new ByteArrayInputStream(gzip("TP53\nEGFR\n")), "<stdin>");
    assertEquals(List.of("TP53", "EGFR"), texts(read));
  }

  @Test
  void concatenatedMembersAreAllRead() throws IOException {
    ByteArrayOutputStream both = new ByteArrayOutputStream();
    both.write(gzip("TP53\n"));
    both.write(gzip("EGFR\n"));
    Path file = Files.write(folder.resolve("two.gz"), both.toByteArray());
    assertEquals(List.of("TP53", "EGFR"), texts(new GeneListReader().read(file)));
  }

  @Test
  void compressedTableIsRead() throws IOException {
    Path file =
        Files.write(folder.resolve("results.tsv.gz"), gzip("gene\tpadj\nTP53\t0.01\nEGFR\t0.5\n"));
    TableGeneList table =
        new TableGeneListReader("gene", RowFilter.parse("padj < 0.05")).read(file);
    assertEquals(List.of("TP53"), texts(table.identifiers()));
  }

  @Test
  void damagedCompressedDataIsBadInputNamingTheFile() throws IOException {
    byte[] whole = gzip("TP53\nEGFR\nKRAS\nMYC\n".repeat(50));
    Path file = Files.write(folder.resolve("cut.txt.gz"), Arrays.copyOf(whole, whole.length / 2));
    InputFormatException error =
        assertThrows(InputFormatException.class, () -> new GeneListReader().read(file));
    assertEquals(file.toString(), error.source());
    assertTrue(error.reason().startsWith("gzip-compressed, but"), error.reason());
  }

  @Test
  void decompressedSizeIsLimited() throws IOException {
    Path file = Files.write(folder.resolve("big.gz"), gzip("TP53\n".repeat(1000)));
    InputFormatException error =
        assertThrows(InputFormatException.class, () -> new GeneListReader(1000).read(file));
    assertTrue(error.reason().contains("once decompressed"), error.reason());
  }
}
