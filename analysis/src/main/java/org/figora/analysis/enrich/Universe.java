package org.figora.analysis.enrich;

import java.util.Collection;
import java.util.HashSet;
import java.util.Set;
import java.util.function.Predicate;
import org.figora.analysis.gene.Gene;
import org.figora.analysis.gene.GeneReference;
import org.figora.analysis.index.FigureIndex;

/**
 * The background U of a test: the genes that could have been in the query. Its size is N; a
 * figure's size K and the query size n count only genes in U.
 *
 * <p>Three policies:
 *
 * <ul>
 *   <li>{@link #annotated}: genes in at least one figure of the corpus (clusterProfiler's {@code
 *       enricher} rule; the default);
 *   <li>{@link #proteinCoding}: every protein-coding gene of the reference (a fixed genome-wide
 *       background, as Enrichr uses);
 *   <li>{@link #ofGenes}: the experiment's measured genes, intersected with the annotated genes (a
 *       gene in no figure can never overlap and would only inflate N); how many were dropped is
 *       kept in {@link #droppedGenes()}.
 * </ul>
 *
 * <p>Figure sizes within the universe are computed once, when the universe is made.
 */
public final class Universe {

  /** The policy a universe follows; each describes itself for reports and Methods text. */
  public enum Policy {
    /** Genes in at least one figure. */
    ANNOTATED("annotated", "all %d human genes annotated in at least one figure of the corpus"),
    /** All protein-coding genes of the reference. */
    PROTEIN_CODING("protein-coding", "all %d protein-coding human genes of the gene reference"),
    /** A user-supplied gene list, restricted to annotated genes. */
    GENE_LIST(
        "gene-list",
        "the %d genes of a user-supplied background list that are annotated in at least one"
            + " figure of the corpus");

    private final String label;
    private final String description;

    Policy(String label, String description) {
      this.label = label;
      this.description = description;
    }

    /**
     * @return the policy's name as written in reports and options
     */
    public String label() {
      return label;
    }

    /**
     * Describes a background of this policy in words, for a Methods paragraph.
     *
     * @param size N, the number of genes in the background
     * @return e.g. "all 2121 human genes annotated in at least one figure of the corpus"
     */
    public String describe(int size) {
      return String.format(java.util.Locale.ROOT, description, size);
    }
  }

  private final FigureIndex index;
  private final Policy policy;
  private final int size;
  private final boolean[] corpusGenes;
  private final Predicate<String> contains;
  private final int[] figureSizes;
  private final int droppedGenes;

  private Universe(
      Policy policy,
      int size,
      boolean[] corpusGenes,
      Predicate<String> contains,
      FigureIndex index,
      int droppedGenes) {
    this.index = index;
    this.policy = policy;
    this.size = size;
    this.corpusGenes = corpusGenes;
    this.contains = contains;
    this.droppedGenes = droppedGenes;
    this.figureSizes = new int[index.figureCount()];
    for (int f = 0; f < figureSizes.length; f++) {
      int count = 0;
      for (int gene : index.genesOf(f)) {
        if (corpusGenes[gene]) {
          count++;
        }
      }
      figureSizes[f] = count;
    }
  }

  /**
   * The annotated universe: genes in at least one figure.
   *
   * @param index the corpus index
   * @return the universe
   */
  public static Universe annotated(FigureIndex index) {
    boolean[] all = new boolean[index.geneCount()];
    java.util.Arrays.fill(all, true);
    return new Universe(
        Policy.ANNOTATED, index.geneCount(), all, s -> index.geneIdOrMinusOne(s) >= 0, index, 0);
  }

  /**
   * The protein-coding universe: all protein-coding genes of the reference.
   *
   * @param index the corpus index
   * @param reference the human gene reference
   * @return the universe
   */
  public static Universe proteinCoding(FigureIndex index, GeneReference reference) {
    Set<String> coding = new HashSet<>();
    for (Gene gene : reference.genes()) {
      if (gene.isProteinCoding()) {
        coding.add(gene.symbol());
      }
    }
    boolean[] member = new boolean[index.geneCount()];
    for (int g = 0; g < member.length; g++) {
      member[g] = coding.contains(index.symbol(g));
    }
    return new Universe(Policy.PROTEIN_CODING, coding.size(), member, coding::contains, index, 0);
  }

  /**
   * A universe of measured genes, restricted to the annotated genes.
   *
   * @param index the corpus index
   * @param symbols approved symbols of the measured genes
   * @return the universe; {@link #droppedGenes()} counts measured genes in no figure
   */
  public static Universe ofGenes(FigureIndex index, Collection<String> symbols) {
    Set<String> distinct = new HashSet<>(symbols);
    boolean[] member = new boolean[index.geneCount()];
    int size = 0;
    for (String symbol : distinct) {
      int gene = index.geneIdOrMinusOne(symbol);
      if (gene >= 0) {
        member[gene] = true;
        size++;
      }
    }
    return new Universe(
        Policy.GENE_LIST,
        size,
        member,
        s -> {
          int gene = index.geneIdOrMinusOne(s);
          return gene >= 0 && member[gene];
        },
        index,
        distinct.size() - size);
  }

  /**
   * Whether this universe was made from an index. A universe holds figure sizes and gene
   * memberships by that index's numbers, so it is valid with that index only.
   *
   * @param other an index
   * @return whether it is the index this universe was made from
   */
  public boolean belongsTo(FigureIndex other) {
    return index == other;
  }

  /**
   * @return the policy
   */
  public Policy policy() {
    return policy;
  }

  /**
   * @return N, the number of genes in the universe
   */
  public int size() {
    return size;
  }

  /**
   * @return genes of a user background dropped because no figure contains them
   */
  public int droppedGenes() {
    return droppedGenes;
  }

  /**
   * @param symbol an approved symbol
   * @return whether the gene is in the universe
   */
  public boolean contains(String symbol) {
    return contains.test(symbol);
  }

  /**
   * @param gene a gene id of the index
   * @return whether that corpus gene is in the universe
   */
  public boolean containsCorpusGene(int gene) {
    return corpusGenes[gene];
  }

  /**
   * @param figure a figure number
   * @return K, the figure's genes in the universe
   */
  public int figureSize(int figure) {
    return figureSizes[figure];
  }
}
