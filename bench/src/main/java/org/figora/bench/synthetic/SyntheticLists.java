package org.figora.bench.synthetic;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.SplittableRandom;
import org.figora.analysis.enrich.GeneList;

/**
 * Seeded query gene lists for a {@link SyntheticCorpus}: sizes log-uniform between a minimum and a
 * maximum; half of the lists carry 30–70% of the genes of one to three figures with at least ten
 * genes (together at most 60% of the list), so those figures are truly enriched; the rest of each
 * list is drawn uniformly from the corpus's genes, with about 3% approved human symbols that are in
 * no figure ({@link SyntheticCorpus#outsideGenes()}; they fall outside an annotated background).
 */
public final class SyntheticLists {

  private SyntheticLists() {}

  /**
   * Generates lists named {@code q00001}, {@code q00002}, ….
   *
   * @param corpus the corpus the lists are made for
   * @param count number of lists
   * @param minSize smallest list size, at least 1
   * @param maxSize largest list size, at least {@code minSize}
   * @param seed the random seed
   * @return the lists
   * @throws IllegalArgumentException if a size or the count is out of range
   */
  public static List<GeneList> generate(
      SyntheticCorpus corpus, int count, int minSize, int maxSize, long seed) {
    Objects.requireNonNull(corpus, "corpus");
    if (count < 0 || minSize < 1 || maxSize < minSize) {
      throw new IllegalArgumentException("count " + count + ", sizes " + minSize + ".." + maxSize);
    }
    Set<String> annotatedSet = new LinkedHashSet<>();
    List<SyntheticFigure> large = new ArrayList<>();
    for (SyntheticFigure figure : corpus.figures()) {
      annotatedSet.addAll(figure.humanGenes());
      if (figure.humanGenes().size() >= 10) {
        large.add(figure);
      }
    }
    List<String> annotated = List.copyOf(annotatedSet);
    List<String> unused = corpus.outsideGenes();
    if (maxSize > annotated.size()) {
      throw new IllegalArgumentException(
          "list size " + maxSize + " exceeds the " + annotated.size() + " genes of the corpus");
    }
    SplittableRandom random = new SplittableRandom(seed);
    List<GeneList> lists = new ArrayList<>(count);
    for (int j = 1; j <= count; j++) {
      int size =
          (int)
              Math.round(
                  Math.exp(
                      Math.log(minSize)
                          + random.nextDouble() * (Math.log(maxSize) - Math.log(minSize))));
      Set<String> genes = new LinkedHashSet<>();
      if (random.nextBoolean() && !large.isEmpty()) {
        int budget = (int) (0.6 * size);
        for (int s = 1 + random.nextInt(3); s > 0 && budget > 0; s--) {
          List<String> members =
              new ArrayList<>(large.get(random.nextInt(large.size())).humanGenes());
          int take = Math.min(budget, (int) (members.size() * (0.3 + 0.4 * random.nextDouble())));
          for (int i = 0; i < take; i++) {
            int pick = i + random.nextInt(members.size() - i);
            String gene = members.get(pick);
            members.set(pick, members.get(i));
            members.set(i, gene);
            if (genes.add(gene)) {
              budget--;
            }
          }
        }
      }
      int outside = unused.isEmpty() ? 0 : (int) Math.round(0.03 * size);
      while (genes.size() < size - outside) {
        genes.add(annotated.get(random.nextInt(annotated.size())));
      }
      while (genes.size() < size) {
        genes.add(unused.get(random.nextInt(unused.size())));
      }
      lists.add(
          new GeneList(String.format(java.util.Locale.ROOT, "q%05d", j), new ArrayList<>(genes)));
    }
    return lists;
  }
}
