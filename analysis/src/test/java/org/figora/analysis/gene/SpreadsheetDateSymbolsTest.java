package org.figora.analysis.gene;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.Month;
import java.util.Optional;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/** Reading the date spellings a spreadsheet shows. */
class SpreadsheetDateSymbolsTest {

  @ParameterizedTest(name = "{0} is {1} {2}")
  @CsvSource({
    "1-Sep, SEPTEMBER, 1",
    "01-Sep, SEPTEMBER, 1",
    "Sep-1, SEPTEMBER, 1",
    "Sep 1, SEPTEMBER, 1",
    "sept-01, SEPTEMBER, 1",
    "1-Sep-2023, SEPTEMBER, 1",
    "1-Sep-23, SEPTEMBER, 1",
    "1/Sep/2023, SEPTEMBER, 1",
    "'Sep 1, 2023', SEPTEMBER, 1",
    "September 14, SEPTEMBER, 14",
    "2-Mar, MARCH, 2",
    "MAR-11, MARCH, 11",
    "1-Dec, DECEMBER, 1",
    "Dec. 1, DECEMBER, 1",
    "2023-12-01, DECEMBER, 1",
    "2023-03-02T00:00:00, MARCH, 2",
    "31-Jan, JANUARY, 31",
  })
  void parsesDates(String text, Month month, int day) {
    assertEquals(
        Optional.of(new SpreadsheetDateSymbols.MonthDay(month, day)),
        SpreadsheetDateSymbols.parse(text));
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "SEPT1",
        "MARCH1",
        "Sep-2023",
        "0-Sep",
        "32-Dec",
        "31-Sep",
        "1-Sepx",
        "1-Foo",
        "44805",
        "9/1/2023",
        "2023-13-01",
        "Sep--1",
        "1 - Sep"
      })
  void rejectsOtherText(String text) {
    assertEquals(Optional.empty(), SpreadsheetDateSymbols.parse(text));
  }
}
