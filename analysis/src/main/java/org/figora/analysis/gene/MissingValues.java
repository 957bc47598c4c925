package org.figora.analysis.gene;

import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * The words that tables and lists use for a missing value. They are never gene identifiers, even
 * where the reference has them as aliases ({@code NA} of XK, {@code NaN} of SCN11A, {@code INF} of
 * CBLIF): a cell that says {@code NA} says that there is no value.
 *
 * <p>The set is the union of what the common readers treat as missing or non-finite:
 *
 * <ul>
 *   <li>R's {@code read.csv}/{@code read.delim}: {@code na.strings = "NA"} by default, and {@code
 *       type.convert} reads {@code NaN}, {@code Inf} and {@code -Inf} as non-finite numbers;
 *   <li>pandas' {@code read_csv} default {@code na_values} (pandas 2.x): {@code ""}, {@code #N/A},
 *       {@code #N/A N/A}, {@code #NA}, {@code -1.#IND}, {@code -1.#QNAN}, {@code -NaN}, {@code
 *       -nan}, {@code 1.#IND}, {@code 1.#QNAN}, {@code <NA>}, {@code N/A}, {@code NA}, {@code
 *       NULL}, {@code NaN}, {@code None}, {@code n/a}, {@code nan}, {@code null};
 *   <li>the error values a spreadsheet writes into a cell: {@code #N/A}, {@code #NULL!}, {@code
 *       #DIV/0!}, {@code #VALUE!}, {@code #REF!}, {@code #NAME?}, {@code #NUM!};
 *   <li>{@code +Inf}, {@code Infinity}, {@code -Infinity} (Java, JavaScript and Python spell
 *       infinity so).
 * </ul>
 *
 * <p>Words are compared ignoring letter case ({@code na}, {@code NAN} and {@code NONE} are missing
 * too), after white space and surrounding quotes are removed; an empty value, such as the empty
 * quotes {@code ""}, is missing.
 */
public final class MissingValues {

  /** The missing-value words, as listed in the class documentation. */
  public static final List<String> WORDS =
      List.of(
          "NA",
          "N/A",
          "n/a",
          "<NA>",
          "#N/A",
          "#N/A N/A",
          "#NA",
          "NaN",
          "-NaN",
          "nan",
          "-nan",
          "NULL",
          "null",
          "None",
          "Inf",
          "-Inf",
          "+Inf",
          "Infinity",
          "-Infinity",
          "-1.#IND",
          "-1.#QNAN",
          "1.#IND",
          "1.#QNAN",
          "#NULL!",
          "#DIV/0!",
          "#VALUE!",
          "#REF!",
          "#NAME?",
          "#NUM!");

  private static final Set<String> UPPER_CASE =
      WORDS.stream().map(word -> word.toUpperCase(Locale.ROOT)).collect(Collectors.toSet());

  private MissingValues() {}

  /**
   * Tells whether a value, already stripped of white space and quotes, says "no value".
   *
   * @param value the value
   * @return true for an empty value or one of {@link #WORDS}, in any letter case
   */
  public static boolean isMissing(String value) {
    return value.isEmpty() || UPPER_CASE.contains(value.toUpperCase(Locale.ROOT));
  }
}
