package org.figora.analysis.figure;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class FigureTest {

  @ParameterizedTest
  @CsvSource(
      delimiter = '|',
      nullValues = "-",
      value = {
        "PMC5738696__ol-15-01-0041-g00 | PMC5738696",
        "PMC1__F1 | PMC1",
        "PMC__F1 | ''",
        "PMCx12__F1 | ''",
        "PMC12a__F1 | ''",
        "pmc12__F1 | ''",
        "PMC12 | ''",
        "WP254 | ''",
        "__PMC12 | ''",
        "PMC١٢__F1 | ''"
      })
  void pmcidIsTheLeadingPmcNumberBeforeTheDoubleUnderscore(String figid, String pmcid) {
    assertEquals(pmcid, Figure.pmcidOf(figid));
  }

  @Test
  void aGeneSetFigureSharesOneListForKeywordsAndGenes() {
    List<String> genes = new ArrayList<>(List.of("TP53", "AKT1"));
    Figure figure = Figure.ofGeneSet("PMC1__F1", "t", "", genes, "x.gmt:1");
    genes.add("MYC");
    assertEquals(List.of("TP53", "AKT1"), figure.humanGenes(), "copied, not aliased");
    assertSame(figure.keywords(), figure.humanGenes());
    assertEquals("PMC1", figure.pmcid());
    assertEquals(Figure.PFOCR_FIGURE_BASE_URL + "PMC1__F1.html", figure.pageUrl());
  }
}
