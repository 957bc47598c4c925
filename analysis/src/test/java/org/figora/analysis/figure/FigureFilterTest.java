package org.figora.analysis.figure;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.OptionalInt;
import org.junit.jupiter.api.Test;

/** Figure filters of {@code figures list|search}: genes, organism, years and words. */
class FigureFilterTest {

  private static Figure figure(
      String title, OptionalInt year, List<String> organisms, List<String> genes) {
    return new Figure(
        "PMC1__F1",
        "",
        title,
        "A caption about Insulin signalling.",
        "PMC1",
        "",
        "",
        year,
        Optional.empty(),
        Optional.empty(),
        organisms,
        List.of(),
        OptionalDouble.empty(),
        "",
        "",
        genes,
        genes,
        List.of(),
        "test");
  }

  private static final Figure HUMAN_2018 =
      figure(
          "IGF1R pathway",
          OptionalInt.of(2018),
          List.of("Homo sapiens"),
          List.of("IGF1R", "IRS1", "AKT1"));
  private static final Figure NO_YEAR =
      figure("Another pathway", OptionalInt.empty(), List.of(), List.of("TP53"));

  @Test
  void theEmptyFilterKeepsEveryFigure() {
    assertTrue(FigureFilter.all().test(HUMAN_2018));
    assertTrue(FigureFilter.all().test(NO_YEAR));
  }

  @Test
  void genesMustAllBeThere() {
    assertTrue(FigureFilter.all().withGenes(List.of("IGF1R", "AKT1")).test(HUMAN_2018));
    assertFalse(FigureFilter.all().withGenes(List.of("IGF1R", "TP53")).test(HUMAN_2018));
  }

  @Test
  void organismMatchesAnyCasePartOfAName() {
    assertTrue(FigureFilter.all().withOrganism("SAPIENS").test(HUMAN_2018));
    assertFalse(FigureFilter.all().withOrganism("musculus").test(HUMAN_2018));
    assertFalse(FigureFilter.all().withOrganism("sapiens").test(NO_YEAR));
  }

  @Test
  void yearsAreInclusiveAndAFigureWithoutAYearIsExcluded() {
    assertTrue(FigureFilter.all().withYears(FigureFilter.YearRange.parse("2018")).test(HUMAN_2018));
    assertTrue(
        FigureFilter.all().withYears(FigureFilter.YearRange.parse("2010-2018")).test(HUMAN_2018));
    assertFalse(
        FigureFilter.all().withYears(FigureFilter.YearRange.parse("2019-2025")).test(HUMAN_2018));
    assertFalse(
        FigureFilter.all().withYears(FigureFilter.YearRange.parse("1900-2100")).test(NO_YEAR));
    assertEquals(
        new FigureFilter.YearRange(2010, 2019), FigureFilter.YearRange.parse(" 2010-2019 "));
    for (String bad : List.of("20x", "2018-", "18", "2019-2010", "")) {
      IllegalArgumentException e =
          assertThrows(IllegalArgumentException.class, () -> FigureFilter.YearRange.parse(bad));
      assertFalse(e.getMessage().isBlank());
    }
  }

  @Test
  void wordsMustAllBeInTheTitleOrCaptionInAnyCase() {
    assertTrue(FigureFilter.all().withWords(List.of("igf1r", "INSULIN")).test(HUMAN_2018));
    assertFalse(FigureFilter.all().withWords(List.of("igf1r", "glucagon")).test(HUMAN_2018));
  }
}
