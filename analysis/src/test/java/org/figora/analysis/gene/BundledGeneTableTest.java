package org.figora.analysis.gene;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.zip.GZIPOutputStream;
import org.figora.analysis.format.InputFormatException;
import org.junit.jupiter.api.Test;

/** The bundled table read in steps: symbols first, genes on demand, strictly. */
class BundledGeneTableTest {

  private static final String PREAMBLE =
      "#source=test genes\n#EGSOURCEDATE=2024-Jan01\n"
          + "entrez_id\tsymbol\tgene_type\tname\taliases\tensembl_ids\n";
  private static final String TP53_ROW =
      "7157\tTP53\tprotein-coding\ttumor protein p53\tP53\tENSG00000141510\n";

  @Test
  void symbolsNeedNoGeneAndGenesAreParsedStrictlyWhenAskedFor() throws IOException {
    // The second row's Entrez ID is not a number: only parsing the genes can tell.
    byte[] table = gzip(PREAMBLE + TP53_ROW + "\n" + "x\tERBB2\tprotein-coding\terb-b2\tHER2\t\n");
    AtomicInteger tableOpened = new AtomicInteger();
    BundledGeneTable rows =
        new BundledGeneTable(
            "test.tsv.gz",
            () -> {
              tableOpened.incrementAndGet();
              return new ByteArrayInputStream(table);
            },
            symbols("TP53", "ERBB2"));
    assertNotNull(rows.symbols().canonical("ERBB2"));
    assertNull(rows.symbols().canonical("P53"), "aliases are not symbols");
    assertEquals(2, rows.symbols().size());
    assertEquals(0, tableOpened.get(), "symbols are read without the table");
    InputFormatException e = assertThrows(InputFormatException.class, rows::index);
    assertEquals(6, e.line());
  }

  @Test
  void symbolsWithNonAsciiLettersAreFoundAsTheirStrings() {
    // Approved symbols are ASCII today; the column reader keeps UTF-8 working should one not be.
    BundledGeneTable rows =
        new BundledGeneTable(
            "t", plain(PREAMBLE + TP53_ROW), symbols("TP53", "GRÜN1", "ΑΒΓ", "TP53", "A"));
    assertEquals(4, rows.symbols().size());
    for (String symbol : List.of("TP53", "GRÜN1", "ΑΒΓ", "A")) {
      assertEquals(symbol, rows.symbols().canonical(new String(symbol.toCharArray())), symbol);
    }
    assertNull(rows.symbols().canonical("GRUN1"));
  }

  @Test
  void genesHoldTheSymbolInstancesOfTheFirstStep() {
    String text =
        PREAMBLE
            + "3045\tHBD\tprotein-coding\themoglobin subunit delta\t\t\n"
            + TP53_ROW
            + "100187828\tHBD\tunknown\thypophosphatemic bone disease\t\t\n";
    BundledGeneTable rows =
        new BundledGeneTable("plain.tsv", plain(text), symbols("HBD", "TP53", "HBD"));
    String tp53 = rows.symbols().canonical(new String("TP53".toCharArray()));
    assertEquals(2, rows.symbols().size());
    assertSame(tp53, rows.index().withSymbol("TP53").get(0).symbol());
    List<Gene> hbd = rows.index().withSymbol("HBD");
    assertEquals(List.of(3045, 100187828), hbd.stream().map(Gene::entrezId).toList());
    assertSame(hbd.get(0).symbol(), hbd.get(1).symbol());
  }

  @Test
  void symbolsThatDoNotMatchTheTableAreABrokenBuild() {
    String text = PREAMBLE + TP53_ROW;
    assertThrows(
        InputFormatException.class,
        () -> new BundledGeneTable("t", plain(text), symbols("ERBB2")).index(),
        "a symbol of the table missing from the column");
    assertThrows(
        IllegalStateException.class,
        () -> new BundledGeneTable("t", plain(text), symbols("TP53", "ERBB2")).index(),
        "a symbol of the column missing from the table");
    assertThrows(
        InputFormatException.class,
        () -> new BundledGeneTable("t", plain(text), plain("TP53\n")).symbols(),
        "no header line");
  }

  @Test
  void givesTheGenesThatReadingTheFileStrictlyGives() throws IOException {
    Path file = Path.of("..", "reference", "human-genes.tsv.gz");
    Path symbols = Path.of("..", "reference", "human-genes-symbols.tsv.gz");
    BundledGeneTable rows =
        new BundledGeneTable(
            file.toString(), () -> Files.newInputStream(file), () -> Files.newInputStream(symbols));
    GeneReference strict = GeneReference.read(file);
    assertEquals(77_510, rows.symbols().size());
    List<Gene> genes = rows.index().genes();
    assertEquals(strict.genes(), genes);
    assertTrue(genes.stream().allMatch(g -> g.symbol() == rows.symbols().canonical(g.symbol())));
  }

  private static BundledGeneTable.Opener symbols(String... symbols) {
    return plain("#test\nsymbol\n" + String.join("\n", symbols) + "\n");
  }

  private static BundledGeneTable.Opener plain(String text) {
    byte[] bytes = text.getBytes(StandardCharsets.UTF_8);
    return () -> new ByteArrayInputStream(bytes);
  }

  private static byte[] gzip(String text) throws IOException {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    try (OutputStream out = new GZIPOutputStream(bytes)) {
      out.write(text.getBytes(StandardCharsets.UTF_8));
    }
    return bytes.toByteArray();
  }
}
