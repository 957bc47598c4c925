package org.figora.bench.synthetic;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.SplittableRandom;
import org.figora.analysis.gene.Gene;
import org.figora.analysis.gene.GeneReference;

/**
 * A seeded, reproducible corpus of synthetic PFOCR-like figures over real human gene symbols, for
 * benchmarks and tests.
 *
 * <p>The shape follows what was measured on the 160 real PFOCR records of the shared sample (human
 * gene keywords per record: median 24, 90th percentile 64, maximum 344; 14 of 160 records, 8.75%,
 * have none; among the 146 non-empty sets median 26 and 90th percentile 65):
 *
 * <ul>
 *   <li>a fraction {@link #EMPTY_FRACTION} of figures has no human gene;
 *   <li>the others have a log-normal number of genes with median {@link #MEDIAN_SIZE} and 90th
 *       percentile {@link #P90_SIZE}, rounded and clipped to {@code [1, }{@link #MAX_SIZE}{@code ]}
 *       (heavy-tailed: at 100,000 figures the largest sets reach the cap);
 *   <li>gene popularity is Zipf-like: the gene of rank r is drawn with weight 1/(r + {@link
 *       #ZIPF_OFFSET}); ranks start with well-studied hub genes (TP53, AKT1, MAPK1, …), the other
 *       protein-coding symbols follow in a seeded order. The top genes land in about a fifth of the
 *       figures and a few hundred genes in more than 1% of them (the sample's most frequent gene,
 *       MAPK1, is in 40 of 160 figures);
 *   <li>genes within a figure are distinct; each figure also carries non-human keywords as PFOCR
 *       records do: other organisms' forms of some of its genes ({@code Akt1}, {@code akt1}), bare
 *       family names ({@code Akt}, {@code p53}) and disease terms. None of them is an approved
 *       human symbol.
 * </ul>
 *
 * <p>Everything comes from one {@link SplittableRandom} seeded by the caller, so the same seed and
 * reference give the same figures on every JVM.
 */
public final class SyntheticCorpus {

  /** Fraction of figures without any human gene (14 of 160 sample records). */
  public static final double EMPTY_FRACTION = 14.0 / 160.0;

  /** Median size of the non-empty gene sets (sample: 26). */
  public static final double MEDIAN_SIZE = 26.0;

  /** 90th percentile of the non-empty gene sets (sample: 65). */
  public static final double P90_SIZE = 65.0;

  /** Largest gene set generated (the sample's largest has 344 genes). */
  public static final int MAX_SIZE = 600;

  /** Offset of the Zipf weights 1/(rank + offset). */
  public static final double ZIPF_OFFSET = 20.0;

  /** z of the standard normal's 90th percentile. */
  private static final double Z90 = 1.2815515655446004;

  /** Genes PFOCR figures mention most; they take the first popularity ranks, in this order. */
  static final List<String> HUB_GENES =
      List.of(
          "MAPK1", "MAPK3", "AKT1", "TP53", "PIK3CA", "MAPK8", "AKT2", "AKT3", "PIK3CB", "PIK3CD",
          "PIK3R1", "MTOR", "KRAS", "HRAS", "NRAS", "EGFR", "TNF", "IL6", "STAT3", "NFKB1", "RELA",
          "JUN", "MYC", "CTNNB1", "GSK3B", "BRAF", "RAF1", "MAP2K1", "MAP2K2", "MAPK14", "MAPK9",
          "BCL2", "BAX", "CASP3", "CASP9", "MDM2", "CDKN1A", "PTEN", "SRC", "GRB2", "SOS1", "IGF1R",
          "INSR", "IRS1", "VEGFA", "TGFB1", "SMAD3", "SMAD4", "FOXO1", "FOXO3", "HIF1A", "NOTCH1",
          "JAK2", "STAT1", "IL1B", "TLR4");

  /** Disease and phenotype keywords of the kind PFOCR adds to records. */
  static final List<String> DISEASE_TERMS =
      List.of(
          "Cancer",
          "Lung cancer",
          "Breast cancer",
          "Colorectal cancer",
          "Diabetes mellitus",
          "Alzheimer disease",
          "Parkinson disease",
          "Noonan syndrome",
          "Obesity",
          "Atherosclerosis",
          "Hepatocellular carcinoma",
          "Rheumatoid arthritis",
          "Asthma",
          "Leukemia",
          "Melanoma",
          "Glioblastoma",
          "Sepsis",
          "Fibrosis",
          "Insulin resistance",
          "Heart failure");

  /** Family names written without a gene number, as figures often label boxes. */
  static final List<String> FAMILY_TERMS =
      List.of(
          "Akt", "p53", "Ras", "Erk", "Jnk", "p38", "Pi3K92E", "drk", "wg", "Sos", "Raf", "Shc",
          "Wnt5", "Notch", "Smad");

  private final List<SyntheticFigure> figures;
  private final List<String> rankedGenes;
  private final List<String> outsideGenes;

  private SyntheticCorpus(
      List<SyntheticFigure> figures, List<String> rankedGenes, List<String> outsideGenes) {
    this.figures = figures;
    this.rankedGenes = rankedGenes;
    this.outsideGenes = outsideGenes;
  }

  /**
   * Generates a corpus.
   *
   * @param reference the human gene reference; its protein-coding symbols are the gene pool
   * @param figureCount number of figures, at least 1
   * @param seed the random seed
   * @return the corpus
   * @throws IllegalArgumentException if {@code figureCount < 1}
   */
  public static SyntheticCorpus generate(GeneReference reference, int figureCount, long seed) {
    Objects.requireNonNull(reference, "reference");
    if (figureCount < 1) {
      throw new IllegalArgumentException("figure count " + figureCount + " is not at least 1");
    }
    SplittableRandom random = new SplittableRandom(seed);
    List<String> ranked = rankGenes(reference, random);
    ZipfSampler sampler = new ZipfSampler(ranked.size(), ZIPF_OFFSET);
    double mu = Math.log(MEDIAN_SIZE);
    double sigma = (Math.log(P90_SIZE) - mu) / Z90;
    List<SyntheticFigure> figures = new ArrayList<>(figureCount);
    int article = 1_000_000;
    int figureInArticle = 0;
    int figuresInArticle = 0;
    for (int i = 0; i < figureCount; i++) {
      if (figureInArticle == figuresInArticle) {
        article += 1 + random.nextInt(5);
        figureInArticle = 0;
        figuresInArticle = 1 + random.nextInt(4);
      }
      figureInArticle++;
      int size =
          random.nextDouble() < EMPTY_FRACTION
              ? 0
              : (int)
                  Math.max(
                      1, Math.min(MAX_SIZE, Math.round(Math.exp(mu + sigma * gaussian(random)))));
      List<String> genes = new ArrayList<>(size);
      for (int rank : sampler.distinct(size, random)) {
        genes.add(ranked.get(rank));
      }
      figures.add(
          new SyntheticFigure(
              "PMC" + article + "__F" + figureInArticle,
              "PMC" + article,
              figureInArticle,
              1995 + random.nextInt(31),
              genes,
              otherKeywords(genes, reference, random)));
    }
    Set<String> used = new java.util.HashSet<>();
    figures.forEach(f -> used.addAll(f.humanGenes()));
    List<String> outside =
        reference.genes().stream()
            .map(Gene::symbol)
            .filter(s -> !used.contains(s) && reference.genesWithSymbol(s).size() == 1)
            .distinct()
            .sorted()
            .toList();
    return new SyntheticCorpus(Collections.unmodifiableList(figures), List.copyOf(ranked), outside);
  }

  /**
   * @return the figures, in generation order
   */
  public List<SyntheticFigure> figures() {
    return figures;
  }

  /**
   * @return the gene pool by popularity rank (most popular first)
   */
  public List<String> rankedGenes() {
    return rankedGenes;
  }

  /**
   * @return approved human symbols (unique to one gene) that are in no figure, sorted: genes a
   *     query list may hold that fall outside an annotated background
   */
  public List<String> outsideGenes() {
    return outsideGenes;
  }

  /** Hubs first, then the other protein-coding symbols in a seeded order. */
  private static List<String> rankGenes(GeneReference reference, SplittableRandom random) {
    Set<String> hubs = new LinkedHashSet<>();
    for (String hub : HUB_GENES) {
      if (reference.isApprovedSymbol(hub)) {
        hubs.add(hub);
      }
    }
    String[] rest =
        reference.genes().stream()
            .filter(Gene::isProteinCoding)
            .map(Gene::symbol)
            .filter(s -> !hubs.contains(s))
            .distinct()
            .sorted()
            .toArray(String[]::new);
    for (int i = rest.length - 1; i > 0; i--) {
      int j = random.nextInt(i + 1);
      String swap = rest[i];
      rest[i] = rest[j];
      rest[j] = swap;
    }
    List<String> ranked = new ArrayList<>(hubs);
    ranked.addAll(Arrays.asList(rest));
    return ranked;
  }

  /** Other organisms' forms of about a third of the genes, family names and diseases. */
  private static List<String> otherKeywords(
      List<String> genes, GeneReference reference, SplittableRandom random) {
    Set<String> other = new LinkedHashSet<>();
    for (String gene : genes) {
      double u = random.nextDouble();
      if (u < 0.2) {
        other.add(gene.charAt(0) + gene.substring(1).toLowerCase(java.util.Locale.ROOT));
      } else if (u < 0.3) {
        other.add(gene.toLowerCase(java.util.Locale.ROOT));
      }
    }
    for (int i = random.nextInt(3); i > 0; i--) {
      other.add(FAMILY_TERMS.get(random.nextInt(FAMILY_TERMS.size())));
    }
    for (int i = random.nextInt(3); i > 0; i--) {
      other.add(DISEASE_TERMS.get(random.nextInt(DISEASE_TERMS.size())));
    }
    other.removeIf(reference::isApprovedSymbol);
    return List.copyOf(other);
  }

  /** A standard normal deviate by Box–Muller (stable across JDK versions). */
  private static double gaussian(SplittableRandom random) {
    double u1 = 1.0 - random.nextDouble();
    return Math.sqrt(-2.0 * Math.log(u1)) * Math.cos(2.0 * Math.PI * random.nextDouble());
  }
}
