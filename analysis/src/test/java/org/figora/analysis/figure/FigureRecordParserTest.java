package org.figora.analysis.figure;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import org.figora.analysis.format.InputFormatException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class FigureRecordParserTest {

  /** A stand-in for the reference: these are the approved symbols in the fixtures. */
  private static final Set<String> APPROVED = Set.of("TP53", "AKT1", "SP1", "EGFR", "CHMP2A");

  private final FigureRecordParser parser =
      new FigureRecordParser(k -> APPROVED.contains(k) ? k : null);

  @TempDir Path dir;

  private Path write(String name, String text) throws IOException {
    Path file = dir.resolve(name);
    Files.writeString(file, text, StandardCharsets.UTF_8);
    return file;
  }

  private static String record(String extraFields, String keywords) {
    return "---\n"
        + "figid: PMC1__f1\n"
        + "figtitle: A title\n"
        + extraFields
        + "schema-jsonld:\n"
        + "  '@id': https://pfocr.wikipathways.org/figures/PMC1__f1.html\n"
        + "  keywords:"
        + keywords
        + "\n"
        + "---\n";
  }

  @Test
  void humanGenesAreExactCaseMatchesInRecordOrderAndDeduplicated() throws IOException {
    Figure figure =
        parser.parse(
            write(
                "a.md",
                record(
                    "",
                    "\n  - AKT1\n  - Akt\n  - TP53\n  - p53\n  - Sp1\n  - SP1\n  - chmp2a\n  - TP53\n"
                        + "  - Lung cancer")));
    assertEquals(List.of("AKT1", "TP53", "SP1"), figure.humanGenes());
    assertEquals(List.of("Akt", "p53", "Sp1", "chmp2a", "Lung cancer"), figure.otherKeywords());
    assertEquals(9, figure.keywords().size());
  }

  @Test
  void keywordsAsPipeSeparatedStringOrMissingMarker() throws IOException {
    Figure piped = parser.parse(write("b.md", record("", " TP53 | AKT1 | glycolysis")));
    assertEquals(List.of("TP53", "AKT1"), piped.humanGenes());
    assertEquals(List.of("glycolysis"), piped.otherKeywords());
    Figure missing = parser.parse(write("c.md", record("", " .na.character")));
    assertTrue(missing.keywords().isEmpty());
    Figure naEntries = parser.parse(write("d.md", record("", "\n  - .na.character\n  - EGFR")));
    assertEquals(List.of("EGFR"), naEntries.keywords());
  }

  @Test
  void yamlBooleansAndNumbersStayText() throws IOException {
    Figure figure =
        parser.parse(
            write(
                "e.md",
                record(
                    "year: '2018'\nautoml_pathway: 0.9642214\n",
                    "\n  - 'On'\n  - Off\n  - 'yes'\n  - 1")));
    assertEquals(List.of("On", "Off", "yes", "1"), figure.keywords());
    assertEquals(2018, figure.year().getAsInt());
    assertEquals(0.9642214, figure.automlPathway().getAsDouble(), 0.0);
  }

  @Test
  void allMetadataFieldsAndTheirMissingForms() throws IOException {
    String fields =
        "figid_alias: PMC1__F1\n"
            + "caption: 'Quoted caption with α, – and ü:\n  folded over lines.'\n"
            + "pmcid: PMC1\npapertitle: >-\n  Folded\n  paper title\n"
            + "reftext: Someone, et al. J. 2018.\nyear: ''\ndoi: .na.character\n"
            + "journal_title: Oncol Lett\norganisms:\n- NA\norganisms_ner:\n- Homo sapiens\n- NA\n"
            + "figlink: /pmc/articles/PMC1/figure/F1\nndex: ''\n";
    Figure figure = parser.parse(write("f.md", record(fields, " []")));
    assertEquals("PMC1__F1", figure.figidAlias());
    assertEquals("Quoted caption with α, – and ü: folded over lines.", figure.caption());
    assertEquals("Folded paper title", figure.paperTitle());
    assertTrue(figure.year().isEmpty());
    assertTrue(figure.doi().isEmpty());
    assertEquals("Oncol Lett", figure.journal().orElseThrow());
    assertEquals(List.of(), figure.organisms());
    assertEquals(List.of("Homo sapiens"), figure.organismsNer());
    assertEquals("https://www.ncbi.nlm.nih.gov/pmc/articles/PMC1/figure/F1/", figure.figureUrl());
    assertEquals("https://pfocr.wikipathways.org/figures/PMC1__f1.html", figure.pageUrl());
    assertTrue(figure.isNamed("PMC1__F1"));
    assertTrue(figure.isNamed("PMC1__f1"));
  }

  @Test
  void organismsAsScalarString() throws IOException {
    Figure figure = parser.parse(write("g.md", record("organisms: Homo sapiens\n", " []")));
    assertEquals(List.of("Homo sapiens"), figure.organisms());
  }

  @Test
  void minimalRecordWithOnlyFigid() throws IOException {
    Figure figure = parser.parse(write("h.yml", "---\nfigid: X1\n---\n"));
    assertEquals("X1", figure.figid());
    assertEquals("", figure.title());
    assertTrue(figure.humanGenes().isEmpty());
  }

  @Test
  void windowsLineEndingsAndByteOrderMark() throws IOException {
    Figure figure =
        parser.parse(
            write(
                "i.md",
                "\uFEFF---\r\nfigid: X2\r\nschema-jsonld:\r\n  keywords:\r\n  - TP53\r\n---\r\n"));
    assertEquals(List.of("TP53"), figure.humanGenes());
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(
      delimiter = '|',
      value = {
        "empty file||0|empty file",
        "no front matter|figid: X\\n|1|no front matter",
        "unterminated|---\\nfigid: X\\n|1|unterminated front matter",
        "invalid yaml|---\\nfigid: X\\ncaption: [unclosed\\n---\\n|4|invalid YAML",
        "not a mapping|---\\n- a\\n- b\\n---\\n|2|not a YAML mapping",
        "scalar document|---\\njust text\\n---\\n|2|not a YAML mapping",
        "missing figid|---\\nfigtitle: T\\n---\\n|2|required field 'figid'",
        "list for text|---\\nfigid: X\\nfigtitle:\\n- a\\n---\\n|4|should be text",
        "mapping for list|---\\nfigid: X\\norganisms:\\n  a: b\\n---\\n|4|should be a list",
        "number where list expected|---\\nfigid: X\\nschema-jsonld: 12\\n---\\n|3|should be a mapping",
        "bad year|---\\nfigid: X\\nyear: soon\\n---\\n|3|not a four-digit year",
        "duplicate key|---\\nfigid: X\\nfigid: Y\\n---\\n|3|duplicate field 'figid' (first on line 2)",
      })
  void badRecordsNameLineAndReason(String label, String text, int line, String reason)
      throws IOException {
    Path file = write("bad.md", text == null ? "" : text.replace("\\n", "\n"));
    InputFormatException e = assertThrows(InputFormatException.class, () -> parser.parse(file));
    assertEquals(file.toString(), e.source(), label);
    assertEquals(line, e.line(), label + ": " + e.getMessage());
    assertTrue(e.reason().contains(reason), label + ": " + e.getMessage());
  }

  @Test
  void aliasBombFailsFast() throws IOException {
    StringBuilder yaml = new StringBuilder("---\nfigid: X\na: &a [\"lol\",\"lol\",\"lol\"]\n");
    String previous = "a";
    for (int i = 0; i < 12; i++) {
      String name = "l" + i;
      yaml.append(name).append(": &").append(name).append(" [");
      for (int j = 0; j < 9; j++) {
        yaml.append(j == 0 ? "" : ",").append('*').append(previous);
      }
      yaml.append("]\n");
      previous = name;
    }
    yaml.append("---\n");
    Path file = write("bomb.md", yaml.toString());
    InputFormatException e = assertThrows(InputFormatException.class, () -> parser.parse(file));
    assertTrue(e.reason().contains("invalid YAML"), e.getMessage());
  }

  @Test
  void deepNestingFailsFast() throws IOException {
    String deep = "[".repeat(500) + "]".repeat(500);
    Path file = write("deep.md", "---\nfigid: X\nx: " + deep + "\n---\n");
    InputFormatException e = assertThrows(InputFormatException.class, () -> parser.parse(file));
    assertTrue(e.reason().contains("invalid YAML"), e.getMessage());
  }

  @Test
  void oversizedFileIsRefusedBeforeReading() throws IOException {
    Path file = dir.resolve("huge.md");
    try (var channel =
        java.nio.channels.FileChannel.open(
            file,
            java.nio.file.StandardOpenOption.CREATE_NEW,
            java.nio.file.StandardOpenOption.WRITE)) {
      channel.write(java.nio.ByteBuffer.wrap(new byte[] {'-'}), 100L * 1024 * 1024);
    }
    InputFormatException e = assertThrows(InputFormatException.class, () -> parser.parse(file));
    assertTrue(e.reason().contains("larger than"), e.getMessage());
  }

  @Test
  void invalidUtf8AndBinaryAreRefusedWithTheirLine() throws IOException {
    Path latin1 = dir.resolve("latin1.md");
    Files.write(
        latin1, "---\nfigid: X\ncaption: caf\u00e9\n---\n".getBytes(StandardCharsets.ISO_8859_1));
    InputFormatException e = assertThrows(InputFormatException.class, () -> parser.parse(latin1));
    assertEquals(3, e.line());
    assertTrue(e.reason().contains("invalid UTF-8"), e.getMessage());
    Path binary = dir.resolve("binary.md");
    Files.write(binary, new byte[] {'-', '-', '-', '\n', 0, 1, 2, 3});
    e = assertThrows(InputFormatException.class, () -> parser.parse(binary));
    assertTrue(e.reason().contains("binary"), e.getMessage());
  }

  @Test
  void recordExtensions() {
    assertTrue(FigureRecordParser.isRecordFile(Path.of("a.MD")));
    assertTrue(FigureRecordParser.isRecordFile(Path.of("a.yaml")));
    assertFalse(FigureRecordParser.isRecordFile(Path.of("a.gmt")));
    assertTrue(FigureRecordParser.isRecordFile(Path.of("dir.x/b.Txt")));
    assertTrue(FigureRecordParser.isRecordFile(Path.of(".md")));
    assertFalse(FigureRecordParser.isRecordFile(Path.of("md")));
    assertFalse(FigureRecordParser.isRecordFile(Path.of("a.md.bak")));
    assertFalse(FigureRecordParser.isRecordFile(Path.of("a.yamlx")));
    assertFalse(FigureRecordParser.isRecordFile(Path.of("a.ym")));
  }
}
