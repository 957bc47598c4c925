package org.figora.analysis.figure;

import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Predicate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * Which figures to keep when browsing a corpus: figures with every one of some human genes, an
 * organism, a publication year range and words in the title or caption. Every part is optional;
 * {@link #all()} keeps every figure. Immutable; each {@code with…} method returns a new filter.
 *
 * @param genes approved symbols the figure's human genes must all include
 * @param organism text one of the figure's organisms (PFOCR's or the NER ones) must contain,
 *     ignoring case
 * @param years the inclusive publication year range; a figure without a year is then excluded
 * @param words words the title or caption must all contain, ignoring case
 */
public record FigureFilter(
    List<String> genes, Optional<String> organism, Optional<YearRange> years, List<String> words)
    implements Predicate<Figure> {

  /**
   * Copies the lists and checks for nulls.
   *
   * @param genes approved symbols the figure's human genes must all include
   * @param organism text one of the figure's organisms (PFOCR's or the NER ones) must contain,
   *     ignoring case
   * @param years the inclusive publication year range; a figure without a year is then excluded
   * @param words words the title or caption must all contain, ignoring case
   */
  public FigureFilter {
    genes = List.copyOf(genes);
    Objects.requireNonNull(organism, "organism");
    Objects.requireNonNull(years, "years");
    words = words.stream().map(w -> w.toLowerCase(Locale.ROOT)).toList();
  }

  /**
   * An inclusive range of publication years.
   *
   * @param from first year
   * @param to last year, at least {@code from}
   */
  public record YearRange(int from, int to) {

    private static final Pattern FORM = Pattern.compile("(\\d{4})(?:-(\\d{4}))?");

    /**
     * Checks the order.
     *
     * @param from first year
     * @param to last year, at least {@code from}
     * @throws IllegalArgumentException when {@code to < from}
     */
    public YearRange {
      if (to < from) {
        throw new IllegalArgumentException(
            "year range " + from + "-" + to + " ends before it" + " starts");
      }
    }

    /**
     * Reads {@code YEAR} or {@code YEAR-YEAR}.
     *
     * @param text e.g. {@code 2018} or {@code 2010-2019}
     * @return the range
     * @throws IllegalArgumentException when the text has another form or the range is reversed
     */
    public static YearRange parse(String text) {
      Matcher m = FORM.matcher(text.strip());
      if (!m.matches()) {
        throw new IllegalArgumentException(
            text + ": expected YEAR or YEAR-YEAR, e.g." + " 2018 or 2010-2019");
      }
      int from = Integer.parseInt(m.group(1));
      return new YearRange(from, m.group(2) == null ? from : Integer.parseInt(m.group(2)));
    }

    /**
     * @param year a year
     * @return whether it is in the range
     */
    public boolean contains(int year) {
      return year >= from && year <= to;
    }
  }

  /**
   * @return a filter that keeps every figure
   */
  public static FigureFilter all() {
    return new FigureFilter(List.of(), Optional.empty(), Optional.empty(), List.of());
  }

  /**
   * @param symbols approved symbols every kept figure has among its human genes
   * @return this filter with those genes
   */
  public FigureFilter withGenes(List<String> symbols) {
    return new FigureFilter(symbols, organism, years, words);
  }

  /**
   * @param text text an organism of every kept figure contains, ignoring case
   * @return this filter with that organism
   */
  public FigureFilter withOrganism(String text) {
    return new FigureFilter(genes, Optional.of(text.toLowerCase(Locale.ROOT)), years, words);
  }

  /**
   * @param range the publication years of kept figures
   * @return this filter with those years
   */
  public FigureFilter withYears(YearRange range) {
    return new FigureFilter(genes, organism, Optional.of(range), words);
  }

  /**
   * @param text words every kept figure's title or caption contains, ignoring case
   * @return this filter with those words
   */
  public FigureFilter withWords(List<String> text) {
    return new FigureFilter(genes, organism, years, text);
  }

  /**
   * @param figure a figure
   * @return whether the filter keeps it
   */
  @Override
  public boolean test(Figure figure) {
    if (!figure.humanGenes().containsAll(genes)) {
      return false;
    }
    if (organism.isPresent()
        && Stream.concat(figure.organisms().stream(), figure.organismsNer().stream())
            .noneMatch(o -> o.toLowerCase(Locale.ROOT).contains(organism.get()))) {
      return false;
    }
    if (years.isPresent()
        && (figure.year().isEmpty() || !years.get().contains(figure.year().getAsInt()))) {
      return false;
    }
    if (!words.isEmpty()) {
      String text = (figure.title() + " " + figure.caption()).toLowerCase(Locale.ROOT);
      return words.stream().allMatch(text::contains);
    }
    return true;
  }

  /**
   * The figures a filter keeps, and how many it left out only for lacking the field a filter asked
   * about (GMT corpora have no years and no organisms).
   *
   * @param figures the kept figures, in corpus order
   * @param withoutYear figures that pass every other part but have no year (0 without a year range)
   * @param withoutOrganism figures that pass every other part but name no organism (0 without an
   *     organism)
   */
  public record Selection(List<Figure> figures, int withoutYear, int withoutOrganism) {

    /**
     * Makes the list unmodifiable.
     *
     * @param figures the kept figures, in corpus order
     * @param withoutYear figures that pass every other part but have no year (0 without a year
     *     range)
     * @param withoutOrganism figures that pass every other part but name no organism (0 without an
     *     organism)
     */
    public Selection {
      figures = List.copyOf(figures);
    }
  }

  /**
   * Applies the filter to figures and counts those left out only for lacking a year or an organism:
   * a figure with neither counts under both when it passes every other part.
   *
   * @param figures the figures
   * @return the kept figures and the counts
   */
  public Selection select(List<Figure> figures) {
    FigureFilter base = new FigureFilter(genes, Optional.empty(), Optional.empty(), words);
    FigureFilter yearOnly = new FigureFilter(List.of(), Optional.empty(), years, List.of());
    FigureFilter organismOnly = new FigureFilter(List.of(), organism, Optional.empty(), List.of());
    List<Figure> kept = new java.util.ArrayList<>();
    int withoutYear = 0;
    int withoutOrganism = 0;
    for (Figure f : figures) {
      if (!base.test(f)) {
        continue;
      }
      boolean yearOk = yearOnly.test(f);
      boolean organismOk = organismOnly.test(f);
      if (yearOk && organismOk) {
        kept.add(f);
        continue;
      }
      boolean noYear = years.isPresent() && f.year().isEmpty();
      boolean noOrganism =
          organism.isPresent() && f.organisms().isEmpty() && f.organismsNer().isEmpty();
      if (noYear && (organismOk || noOrganism)) {
        withoutYear++;
      }
      if (noOrganism && (yearOk || noYear)) {
        withoutOrganism++;
      }
    }
    return new Selection(kept, withoutYear, withoutOrganism);
  }
}
