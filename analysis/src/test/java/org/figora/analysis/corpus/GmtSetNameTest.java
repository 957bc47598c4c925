package org.figora.analysis.corpus;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Optional;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Splitting GMT set names in the {@code title%release%id%organism} style. */
class GmtSetNameTest {

  @ParameterizedTest
  @CsvSource(
      delimiter = '|',
      value = {
        "Apoptosis%WikiPathways_20200210%WP254%Homo sapiens | WP254 | Apoptosis"
            + " | WikiPathways_20200210 | Homo sapiens",
        "Fatty Acid Biosynthesis%WikiPathways_20200210%WP357%Homo sapiens | WP357"
            + " | Fatty Acid Biosynthesis | WikiPathways_20200210 | Homo sapiens",
        " T %R% ID %O  | ID | T | R | O",
        "%%PMC1__F1% | PMC1__F1 | '' | '' | ''"
      })
  void fourPartNameIsSplit(String raw, String id, String title, String release, String organism) {
    GmtSetName name = GmtSetName.parse(raw);
    assertEquals(raw, name.raw());
    assertEquals(id, name.id());
    assertEquals(title, name.title());
    assertEquals(release, name.release());
    assertEquals(organism, name.organism());
    assertEquals(
        organism.isEmpty() ? Optional.empty() : Optional.of(organism), name.organismIfKnown());
  }

  @ParameterizedTest
  @CsvSource(
      delimiter = '|',
      value = {
        "PMC5738696__ol-15-01-0041-g00",
        "HALLMARK_APOPTOSIS",
        "a%b%c",
        "a%b%c%d%e",
        "title%release% %organism",
        "100%"
      })
  void otherNamesArePlainIds(String raw) {
    assertEquals(new GmtSetName(raw, raw, "", "", ""), GmtSetName.parse(raw));
  }
}
