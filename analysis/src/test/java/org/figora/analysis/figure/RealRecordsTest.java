package org.figora.analysis.figure;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.figora.analysis.testing.SharedData;
import org.junit.jupiter.api.Test;

/** Every real PFOCR record in the shared sample, and the seed, parses. */
class RealRecordsTest {

  private final FigureRecordParser parser = new FigureRecordParser(s -> null);

  @Test
  void all160SampleRecordsParse() throws IOException {
    Path figures = SharedData.require("pfocr-sample/figures");
    List<Path> records;
    try (Stream<Path> files = Files.list(figures)) {
      records = files.filter(p -> p.toString().endsWith(".md")).sorted().toList();
    }
    assertEquals(160, records.size());
    int withYear = 0;
    int withDoi = 0;
    for (Path record : records) {
      Figure figure = parser.parse(record);
      String name = record.getFileName().toString();
      assertEquals(name.substring(0, name.length() - 3), figure.figid(), name);
      assertFalse(figure.keywords().isEmpty(), name);
      assertTrue(figure.pageUrl().startsWith(Figure.PFOCR_FIGURE_BASE_URL), name);
      assertTrue(figure.figureUrl().startsWith(Figure.PMC_BASE_URL + "/pmc/articles/PMC"), name);
      withYear += figure.year().isPresent() ? 1 : 0;
      withDoi += figure.doi().isPresent() ? 1 : 0;
    }
    assertTrue(withYear > 140, "years parsed: " + withYear);
    assertTrue(withDoi > 20, "DOIs parsed: " + withDoi);
  }

  /** The image link built from the figid is the one PFOCR builds from pmcid and filename. */
  @Test
  void imageUrlsMatchTheRecordsFileNames() throws IOException {
    Path figures = SharedData.require("pfocr-sample/figures");
    List<Path> records;
    try (Stream<Path> files = Files.list(figures)) {
      records = files.filter(p -> p.toString().endsWith(".md")).sorted().toList();
    }
    for (Path record : records) {
      Figure figure = parser.parse(record);
      String filename =
          Files.readAllLines(record).stream()
              .filter(line -> line.startsWith("filename: "))
              .findFirst()
              .orElseThrow()
              .substring("filename: ".length())
              .trim();
      assertEquals(
          Figure.PMC_BASE_URL + "/pmc/articles/" + figure.pmcid() + "/bin/" + filename,
          figure.imageUrl(),
          record.getFileName().toString());
    }
    assertEquals("", Figure.ofGeneSet("WP254", "Apoptosis", "", List.of("TP53"), "t").imageUrl());
  }

  @Test
  void seedRecordParses() throws IOException {
    Path seed = Path.of("../seeds/000_7a2c117ba028c655.txt");
    Figure figure = parser.parse(seed);
    assertEquals("PMC5738696__ol-15-01-0041-g00", figure.figid());
    assertEquals("PMC5738696__F1", figure.figidAlias());
    assertEquals(2018, figure.year().getAsInt());
    assertEquals(0.9642214, figure.automlPathway().getAsDouble(), 0.0);
    assertTrue(figure.doi().isEmpty());
    assertEquals(List.of("Homo sapiens"), figure.organisms());
    assertEquals(
        List.of("Homo sapiens", "Drosophila melanogaster", "Danio rerio"), figure.organismsNer());
    assertEquals(
        "https://www.ncbi.nlm.nih.gov/pmc/articles/PMC5738696/figure/f1-ol-0-0-7276/",
        figure.figureUrl());
    assertEquals(
        "https://pfocr.wikipathways.org/figures/PMC5738696__ol-15-01-0041-g00.html",
        figure.pageUrl());
    assertEquals(131, figure.keywords().size());
    assertTrue(figure.title().startsWith("IGF1R signaling pathway"));
  }
}
