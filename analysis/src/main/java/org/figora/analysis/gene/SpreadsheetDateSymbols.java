package org.figora.analysis.gene;

import java.time.Month;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.function.IntFunction;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Recovers gene symbols that a spreadsheet turned into dates (Ziemann et al. 2016, "Gene name
 * errors are widespread in the scientific literature").
 *
 * <p>Recognised date spellings: {@code 1-Sep}, {@code 01-Sep}, {@code 1-Sep-2023}, {@code
 * 1-Sep-23}, {@code Sep-1}, {@code Sep 1}, {@code Sep-01-2023}, {@code September 1}, {@code 1/Sep},
 * {@code 2023-09-01}; month names ignore case. Numeric day/month dates such as {@code 9/1/2023}
 * (locale-dependent) and 5-digit spreadsheet serial numbers cannot be read back and are not tried.
 *
 * <p>A date stands for a former symbol made of a month word and the day: September for {@code
 * SEPTn}, March for {@code MARCHn} and {@code MARCn}, December for {@code DECn}. HGNC renamed those
 * genes in 2020 (SEPTn to SEPTINn, MARCHn to MARCHFn, MARCn to MTARCn, DEC1 to DELEC1). For each
 * former symbol the reading is, in order of preference:
 *
 * <ol>
 *   <li>the new symbol, if it is an approved symbol of the reference;
 *   <li>the former symbol itself, if it is still approved (an older reference);
 *   <li>otherwise the genes that carry the former symbol as an alias (e.g. {@code 13-Sep}: SEPT13
 *       is an alias of SEPTIN7P2; {@code 2-Dec}: DEC2 is an alias of BHLHE41).
 * </ol>
 *
 * <p>The readings of all former symbols for the month are pooled: {@code 1-Mar} and {@code 2-Mar}
 * have two (MARCHF1 and MTARC1, MARCHF2 and MTARC2) and so are ambiguous. Genes that merely use a
 * former symbol as an alias do not compete with the renamed gene: {@code 2-Sep} is SEPTIN2 although
 * SEPT2 is also an alias of SEPTIN6, and {@code 1-Dec} is DELEC1 although DEC1 is also an alias of
 * BHLHE40.
 */
final class SpreadsheetDateSymbols {

  /** A calendar day as a spreadsheet displayed it; the year, if any, is irrelevant. */
  record MonthDay(Month month, int day) {}

  /** A former symbol spelling for a month ({@code prefix + day}) and its HGNC replacement. */
  private record Rename(String formerPrefix, IntFunction<String> successor) {}

  private static final String MONTH = "([A-Za-z]{3,9})\\.?";
  private static final String DAY = "(\\d{1,2})";
  private static final String YEAR = "(?:\\d{2}|\\d{4})";
  private static final Pattern DAY_MONTH =
      Pattern.compile(DAY + "[-/ ]" + MONTH + "(?:[-/ ]" + YEAR + ")?");
  private static final Pattern MONTH_DAY =
      Pattern.compile(MONTH + "[-/ ]" + DAY + "(?:,?[-/ ]" + YEAR + ")?");
  private static final Pattern ISO_DATE =
      Pattern.compile("\\d{4}-(\\d{1,2})-(\\d{1,2})(?:[T ]00:00(?::00)?)?");

  private static final Map<String, Month> MONTH_NAMES = monthNames();

  private static final Map<Month, List<Rename>> RENAMES =
      Map.of(
          Month.SEPTEMBER,
          List.of(new Rename("SEPT", day -> "SEPTIN" + day)),
          Month.MARCH,
          List.of(
              new Rename("MARCH", day -> "MARCHF" + day), new Rename("MARC", day -> "MTARC" + day)),
          Month.DECEMBER,
          List.of(new Rename("DEC", day -> day == 1 ? "DELEC1" : null)));

  private SpreadsheetDateSymbols() {}

  private static Map<String, Month> monthNames() {
    Map<String, Month> names = new HashMap<>();
    for (Month month : Month.values()) {
      String name = month.name().toLowerCase(Locale.ROOT);
      names.put(name, month);
      names.put(name.substring(0, 3), month);
    }
    names.put("sept", Month.SEPTEMBER);
    return Map.copyOf(names);
  }

  /**
   * Reads text as a spreadsheet date.
   *
   * @param text cleaned identifier
   * @return the month and day, or empty if the text is not a recognised date
   */
  static Optional<MonthDay> parse(String text) {
    Matcher matcher = DAY_MONTH.matcher(text);
    if (matcher.matches()) {
      return monthDay(MONTH_NAMES.get(lower(matcher.group(2))), matcher.group(1));
    }
    matcher = MONTH_DAY.matcher(text);
    if (matcher.matches()) {
      return monthDay(MONTH_NAMES.get(lower(matcher.group(1))), matcher.group(2));
    }
    matcher = ISO_DATE.matcher(text);
    if (matcher.matches()) {
      int month = Integer.parseInt(matcher.group(1));
      return month >= 1 && month <= 12
          ? monthDay(Month.of(month), matcher.group(2))
          : Optional.empty();
    }
    return Optional.empty();
  }

  private static Optional<MonthDay> monthDay(Month month, String dayDigits) {
    int day = Integer.parseInt(dayDigits);
    if (month == null || day < 1 || day > month.maxLength()) {
      return Optional.empty();
    }
    return Optional.of(new MonthDay(month, day));
  }

  private static String lower(String text) {
    return text.toLowerCase(Locale.ROOT);
  }

  /**
   * Lists the approved symbols a spreadsheet date may stand for, following the class rules.
   *
   * @param date the parsed date
   * @param index the reference's lookups
   * @return the distinct candidate symbols, sorted; empty if the date fits no gene
   */
  static List<String> candidates(MonthDay date, GeneIndex index) {
    List<Gene> genes = new ArrayList<>();
    for (Rename rename : RENAMES.getOrDefault(date.month(), List.of())) {
      genes.addAll(readings(rename, date.day(), index));
    }
    return GeneIndex.symbols(genes);
  }

  private static List<Gene> readings(Rename rename, int day, GeneIndex index) {
    String successor = rename.successor().apply(day);
    if (successor != null && !index.withSymbol(successor).isEmpty()) {
      return index.withSymbol(successor);
    }
    String former = rename.formerPrefix() + day;
    List<Gene> stillApproved = index.withSymbol(former);
    return stillApproved.isEmpty() ? index.withAlias(former) : stillApproved;
  }
}
