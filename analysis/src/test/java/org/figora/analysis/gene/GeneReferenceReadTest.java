package org.figora.analysis.gene;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.zip.GZIPOutputStream;
import org.figora.analysis.format.InputFormatException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Reading small reference files, valid and corrupt. */
class GeneReferenceReadTest {

  private static final String PREAMBLE =
      "#source=test genes\n#EGSOURCEDATE=2024-Jan01\n"
          + "entrez_id\tsymbol\tgene_type\tname\taliases\tensembl_ids\n";
  private static final String TP53_ROW =
      "7157\tTP53\tprotein-coding\ttumor protein p53\tP53|TRP53\tENSG00000141510\n";
  private static final String ERBB2_ROW =
      "2064\tERBB2\tprotein-coding\terb-b2 receptor tyrosine kinase 2\tHER2\tENSG00000141736\n";

  @TempDir Path dir;

  @Test
  void readsAGzipFile() throws IOException {
    Path file = dir.resolve("genes.tsv.gz");
    try (OutputStream out = new GZIPOutputStream(Files.newOutputStream(file))) {
      out.write((PREAMBLE + ERBB2_ROW + TP53_ROW).getBytes(StandardCharsets.UTF_8));
    }
    GeneReference reference = GeneReference.read(file);
    assertEquals(2, reference.size());
    assertEquals("2024-Jan01", reference.sourceDate());
    assertEquals("test genes (EGSOURCEDATE 2024-Jan01)", reference.sourceDescription());
    assertEquals(List.of("ERBB2", "TP53"), reference.genes().stream().map(Gene::symbol).toList());
    assertEquals(List.of("P53", "TRP53"), reference.gene("TP53").orElseThrow().aliases());
    assertEquals(List.of("ERBB2"), reference.resolve("her2").symbols());
  }

  @Test
  void readsPlainTextAndNamesTheSourceWhenNoSourceLine() throws IOException {
    String text =
        "#EGSOURCEDATE=2024-Jan01\n"
            + PREAMBLE.lines().skip(2).findFirst().get()
            + "\n"
            + TP53_ROW
            + "\n";
    GeneReference reference = read(text);
    assertEquals(1, reference.size());
    assertEquals("test.tsv (EGSOURCEDATE 2024-Jan01)", reference.sourceDescription());
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(
      delimiter = ';',
      value = {
        "non-numeric Entrez ID; 'x7157\tTP53\tprotein-coding\tn\t\t'; 4; bad Entrez ID",
        "negative Entrez ID; '-1\tTP53\tprotein-coding\tn\t\t'; 4; bad Entrez ID",
        "empty Entrez ID; '\tTP53\tprotein-coding\tn\t\t'; 4; bad Entrez ID",
        "too few columns; '7157\tTP53\tprotein-coding\tn\t'; 4; found 5",
        "too many columns; '7157\tTP53\tprotein-coding\tn\t\t\textra'; 4; found 7",
        "empty symbol; '7157\t\tprotein-coding\tn\t\t'; 4; empty symbol",
        "empty gene type; '7157\tTP53\t\tn\t\t'; 4; empty gene_type",
        "bad Ensembl ID; 7157\tTP53\tprotein-coding\tn\t\tENST00000269305; 4; bad Ensembl",
        "empty alias; '7157\tTP53\tprotein-coding\tn\tP53||TRP53\t'; 4; empty element",
      })
  void rejectsABadRowNamingItsLine(String what, String row, int line, String reason) {
    InputFormatException e =
        assertThrows(InputFormatException.class, () -> read(PREAMBLE + row + "\n"));
    assertEquals("test.tsv", e.source());
    assertEquals(line, e.line());
    assertTrue(e.reason().contains(reason), e.getMessage());
    assertTrue(e.getMessage().startsWith("test.tsv:" + line + ": "), e.getMessage());
  }

  @Test
  void rejectsRowsOutOfEntrezOrder() {
    InputFormatException unsorted =
        assertThrows(InputFormatException.class, () -> read(PREAMBLE + TP53_ROW + ERBB2_ROW));
    assertEquals(5, unsorted.line());
    InputFormatException repeated =
        assertThrows(InputFormatException.class, () -> read(PREAMBLE + TP53_ROW + TP53_ROW));
    assertEquals(5, repeated.line());
  }

  @Test
  void rejectsAWrongHeader() {
    String text = "#EGSOURCEDATE=2024-Jan01\nentrez\tsymbol\n" + TP53_ROW;
    InputFormatException e = assertThrows(InputFormatException.class, () -> read(text));
    assertEquals(2, e.line());
    assertTrue(e.reason().contains("header"), e.getMessage());
  }

  @Test
  void rejectsMissingPartsOfTheFile() {
    assertThrows(InputFormatException.class, () -> read(""));
    assertThrows(InputFormatException.class, () -> read("#EGSOURCEDATE=2024-Jan01\n"));
    assertThrows(InputFormatException.class, () -> read(PREAMBLE));
    String noDate = PREAMBLE.replace("#EGSOURCEDATE=2024-Jan01\n", "") + TP53_ROW;
    InputFormatException e = assertThrows(InputFormatException.class, () -> read(noDate));
    assertTrue(e.reason().contains("EGSOURCEDATE"), e.getMessage());
  }

  @Test
  void truncatedGzipIsAnIoError() throws IOException {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    try (OutputStream out = new GZIPOutputStream(bytes)) {
      out.write((PREAMBLE + TP53_ROW).getBytes(StandardCharsets.UTF_8));
    }
    byte[] truncated = Arrays.copyOf(bytes.toByteArray(), bytes.size() / 2);
    assertThrows(
        IOException.class,
        () -> GeneReference.read(new ByteArrayInputStream(truncated), "cut.tsv.gz"));
  }

  @Test
  void invalidUtf8IsAnIoError() {
    byte[] bytes =
        (PREAMBLE + "7157\tTP53\tprotein-coding\t\u00e9\t\t\n")
            .getBytes(StandardCharsets.ISO_8859_1);
    assertThrows(
        IOException.class, () -> GeneReference.read(new ByteArrayInputStream(bytes), "latin1.tsv"));
  }

  private static GeneReference read(String text) throws IOException {
    return GeneReference.read(
        new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8)), "test.tsv");
  }
}
