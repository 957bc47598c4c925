package org.figora.analysis.stats;

import java.util.Locale;
import java.util.Objects;

/**
 * Multiple-testing adjustments of a vector of p-values, equal to R's {@code p.adjust} (and
 * Bioconductor {@code qvalue}) to about 1e-15 relative.
 *
 * <p>Notation: {@code m} p-values, {@code p_(1) <= ... <= p_(m)} in ascending order. Every method
 * returns a new array in the order of its input; ties get equal values; results are in {@code [0,
 * 1]}, at least the raw p-value (except {@link #QVALUE}, which multiplies by {@code pi0 <= 1}), and
 * monotone in the p-values. An empty input gives an empty output. A p-value of {@code -0.0} is read
 * as 0.
 */
public enum PValueAdjustment {

  /**
   * Benjamini-Hochberg false discovery rate: {@code q_(i) = min(1, min_{j >= i} (m / j) p_(j))}. R:
   * {@code p.adjust(p, "BH")}.
   */
  BENJAMINI_HOCHBERG(
      "Benjamini–Hochberg", "bh", "p_bh", "adjusted with the Benjamini–Hochberg procedure", null),

  /**
   * Benjamini-Yekutieli false discovery rate under arbitrary dependence: {@code q_(i) = min(1,
   * min_{j >= i} (H_m m / j) p_(j))} with {@code H_m = sum_{k=1}^{m} 1/k}. R: {@code p.adjust(p,
   * "BY")}.
   */
  BENJAMINI_YEKUTIELI(
      "Benjamini–Yekutieli", "by", "p_by", "adjusted with the Benjamini–Yekutieli procedure", null),

  /**
   * Bonferroni family-wise error rate: {@code q_i = min(1, m p_i)}. R: {@code p.adjust(p,
   * "bonferroni")}.
   */
  BONFERRONI(
      "Bonferroni", "bonferroni", "p_bonferroni", "adjusted with the Bonferroni correction", null),

  /**
   * Holm's step-down family-wise error rate: {@code q_(i) = min(1, max_{j <= i} (m - j + 1)
   * p_(j))}. R: {@code p.adjust(p, "holm")}.
   */
  HOLM("Holm", "holm", "p_holm", "adjusted with Holm's step-down procedure", null),

  /**
   * Storey's q-value: {@code q_(i) = pi0 * min(1, min_{j >= i} p_(j) m / j)}, with {@code pi0}
   * estimated by the cubic smoothing spline (df = 3) of {@code #{p >= lambda} / (m (1 - lambda))}
   * over {@code lambda = 0.05, 0.10, ..., 0.95}, read at 0.95 and capped at 1. R: {@code
   * qvalue::qvalue(p)$qvalues} with defaults (agreement about 1e-12). Where R's {@code qvalue()}
   * stops with an error because no p-value is {@code >= 0.95} or because the estimated {@code pi0
   * <= 0}, this method uses {@code pi0 = 1}, so the result equals Benjamini-Hochberg; the local
   * FDR, which R cannot compute for a single p-value, is not computed.
   */
  QVALUE(
      "Storey's q-value",
      "qvalue",
      "q_value",
      "converted to Storey's q-values",
      "π0 estimated by a cubic smoothing spline as in Bioconductor qvalue with its defaults, and"
          + " set to 1 where that estimate fails"),

  /** No adjustment: a copy of the input. R: {@code p.adjust(p, "none")}. */
  NONE("no correction", "none", "p_unadjusted", null, null);

  /** R's {@code p.adjust} name {@code "fdr"}, an alias of {@code "BH"}. */
  private static final String FDR_ALIAS = "fdr";

  private final String displayName;
  private final String optionName;
  private final String columnName;

  /** What the method did to the p-values, as a Methods paragraph says it; null for none. */
  private final String methodsPhrase;

  /** A detail of the method for the Methods paragraph, in parentheses; null for none. */
  private final String methodsNote;

  PValueAdjustment(
      String displayName,
      String optionName,
      String columnName,
      String methodsPhrase,
      String methodsNote) {
    this.displayName = displayName;
    this.optionName = optionName;
    this.columnName = columnName;
    this.methodsPhrase = methodsPhrase;
    this.methodsNote = methodsNote;
  }

  /**
   * Says in a sentence for a Methods paragraph what was done to the p-values of a family of tests,
   * e.g. "p-values were adjusted with the Benjamini–Hochberg procedure over all 146 tested
   * figures"; for {@link #NONE}, "p-values were not adjusted for multiple testing" (the family is
   * then not mentioned).
   *
   * @param family the family of tests corrected over, e.g. "all 146 tested figures"
   * @return the sentence, without a capital first letter or final full stop
   */
  public String methodsSentence(String family) {
    return methodsPhrase == null
        ? "p-values were not adjusted for multiple testing"
        : "p-values were "
            + methodsPhrase
            + " over "
            + family
            + (methodsNote == null ? "" : " (" + methodsNote + ")");
  }

  /**
   * The method's name for people, as reports show it.
   *
   * @return e.g. {@code Benjamini–Hochberg}, {@code Storey's q-value}, {@code no correction}
   */
  public String displayName() {
    return displayName;
  }

  /**
   * Name used on the command line and in configuration files.
   *
   * @return one of {@code bh}, {@code by}, {@code bonferroni}, {@code holm}, {@code qvalue}, {@code
   *     none}
   */
  public String optionName() {
    return optionName;
  }

  /**
   * Snake-case name of the output column holding the adjusted values.
   *
   * @return one of {@code p_bh}, {@code p_by}, {@code p_bonferroni}, {@code p_holm}, {@code
   *     q_value}, {@code p_unadjusted}
   */
  public String columnName() {
    return columnName;
  }

  /**
   * Looks up a method by its {@link #optionName()}, ignoring case and surrounding white space.
   * {@code fdr} is accepted as {@link #BENJAMINI_HOCHBERG}, as R's {@code p.adjust(p, "fdr")}
   * accepts it as an alias of {@code "BH"}.
   *
   * @param name the option name, e.g. {@code "bh"}, or {@code "fdr"}
   * @return the method
   * @throws IllegalArgumentException if {@code name} is null or not a known name; the message lists
   *     the allowed names
   */
  public static PValueAdjustment fromOptionName(String name) {
    if (name != null) {
      String key = name.strip().toLowerCase(Locale.ROOT);
      if (key.equals(FDR_ALIAS)) {
        return BENJAMINI_HOCHBERG;
      }
      for (PValueAdjustment method : values()) {
        if (method.optionName.equals(key)) {
          return method;
        }
      }
    }
    throw new IllegalArgumentException(
        "unknown p-value adjustment '" + name + "'; allowed: " + allowedNames());
  }

  /**
   * Adjusts p-values for multiple testing.
   *
   * @param pValues p-values, each in {@code [0, 1]}; not modified
   * @return a new array of adjusted values, same length and order as the input
   * @throws NullPointerException if {@code pValues} is null
   * @throws IllegalArgumentException if a value is NaN or outside {@code [0, 1]}; the message names
   *     its index and value
   */
  public double[] adjust(double[] pValues) {
    return adjustWithOnes(pValues, 0).values();
  }

  /**
   * Adjusts a family of {@code pValues.length + ones} tests in which the {@code ones} tests not
   * listed have p = 1, without materialising them. The result equals {@link #adjust(double[])} on
   * the full family, bit for bit: an enrichment corrects over every tested figure, most of which
   * share no gene with the list and have p = 1.
   *
   * @param pValues the p-values that may be below 1, in any order; each in {@code [0, 1]}
   * @param ones how many further tests have p = 1, at least 0
   * @return the adjusted values of {@code pValues} (same order) and of a p = 1 test
   * @throws IllegalArgumentException if a p-value is NaN or outside {@code [0, 1]}, or {@code ones}
   *     is negative
   */
  public FamilyAdjustment adjustWithOnes(double[] pValues, int ones) {
    Objects.requireNonNull(pValues, "pValues");
    checkRange(pValues);
    return adjust(DistinctValues.of(pValues), ones);
  }

  /**
   * Adjusts a family given by p-values and how many tests have each, plus {@code ones} further
   * tests with p = 1: the result equals {@link #adjustWithOnes(double[], int)} on the family
   * written out (each value repeated its count of times), bit for bit, because tied p-values always
   * share their adjusted value. An enrichment's hits with the same (k, K) share their p-value, so
   * it corrects a few thousand values instead of a value per hit.
   *
   * @param pValues p-values, in any order, ties allowed; each in {@code [0, 1]}
   * @param counts how many tests have each p-value, each at least 1
   * @param ones how many further tests have p = 1, at least 0
   * @return the adjusted value of each entry of {@code pValues} (same order) and of a p = 1 test
   * @throws IllegalArgumentException if a p-value is NaN or outside {@code [0, 1]}, the arrays
   *     differ in length, a count is below 1, {@code ones} is negative, or the family has more than
   *     {@link Integer#MAX_VALUE} tests
   */
  public FamilyAdjustment adjustWithOnes(double[] pValues, int[] counts, int ones) {
    Objects.requireNonNull(pValues, "pValues");
    Objects.requireNonNull(counts, "counts");
    checkRange(pValues);
    if (counts.length != pValues.length) {
      throw new IllegalArgumentException(
          counts.length + " counts for " + pValues.length + " p-values");
    }
    for (int i = 0; i < counts.length; i++) {
      if (counts[i] < 1) {
        throw new IllegalArgumentException(
            "count at index " + i + " is " + counts[i] + "; counts must be at least 1");
      }
    }
    return adjust(DistinctValues.of(pValues, counts), ones);
  }

  private FamilyAdjustment adjust(DistinctValues family, int ones) {
    if (ones < 0) {
      throw new IllegalArgumentException("ones is " + ones + "; it must be 0 or more");
    }
    if ((long) family.total() + ones > Integer.MAX_VALUE) {
      throw new IllegalArgumentException(
          "a family of " + ((long) family.total() + ones) + " tests is too large");
    }
    int m = family.total() + ones;
    FamilyAdjustment distinct =
        switch (this) {
          case BENJAMINI_HOCHBERG ->
              new FamilyAdjustment(Adjustments.stepUp(family, ones, 1.0), 1.0);
          case BENJAMINI_YEKUTIELI -> {
            double factor = Adjustments.harmonic(m);
            yield new FamilyAdjustment(
                Adjustments.stepUp(family, ones, factor), Math.min(1.0, factor * m / m));
          }
          case BONFERRONI -> new FamilyAdjustment(Adjustments.bonferroni(family, ones), 1.0);
          case HOLM -> new FamilyAdjustment(Adjustments.holm(family, ones), 1.0);
          case QVALUE -> {
            double pi0 = m == 0 ? 1.0 : QValue.pi0(family, ones);
            yield new FamilyAdjustment(QValue.qvalues(family, ones, pi0), pi0);
          }
          case NONE -> new FamilyAdjustment(family.values().clone(), 1.0);
        };
    return new FamilyAdjustment(family.spread(distinct.values()), distinct.one());
  }

  /**
   * Adjusted p-values of a family whose p = 1 members were not listed.
   *
   * @param values adjusted values of the listed p-values, in their order
   * @param one the adjusted value of each unlisted p = 1 test
   */
  public record FamilyAdjustment(double[] values, double one) {}

  private static void checkRange(double[] pValues) {
    for (int i = 0; i < pValues.length; i++) {
      double p = pValues[i];
      if (!(p >= 0.0 && p <= 1.0)) {
        throw new IllegalArgumentException(
            "p-value at index " + i + " is " + p + "; p-values must be in [0, 1]");
      }
    }
  }

  private static String allowedNames() {
    StringBuilder sb = new StringBuilder();
    for (PValueAdjustment method : values()) {
      if (sb.length() > 0) {
        sb.append(", ");
      }
      sb.append(method.optionName);
    }
    return sb.toString();
  }
}
