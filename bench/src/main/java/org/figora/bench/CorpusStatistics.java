package org.figora.bench;

import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.figora.bench.synthetic.SyntheticCorpus;
import org.figora.bench.synthetic.SyntheticFigure;

/** A one-paragraph summary of a synthetic corpus's shape, for the results. */
final class CorpusStatistics {

  private CorpusStatistics() {}

  static String of(SyntheticCorpus corpus) {
    List<Integer> sizes =
        corpus.figures().stream().map(f -> f.humanGenes().size()).sorted().toList();
    int empty = (int) sizes.stream().filter(s -> s == 0).count();
    List<Integer> nonEmpty = sizes.subList(empty, sizes.size());
    Map<String, Integer> use = new HashMap<>();
    long members = 0;
    for (SyntheticFigure figure : corpus.figures()) {
      members += figure.humanGenes().size();
      figure.humanGenes().forEach(g -> use.merge(g, 1, Integer::sum));
    }
    List<Map.Entry<String, Integer>> top =
        use.entrySet().stream()
            .sorted(Map.Entry.<String, Integer>comparingByValue().reversed())
            .limit(5)
            .toList();
    int figures = sizes.size();
    return String.format(
        Locale.ROOT,
        "figures %d (%d without human genes); genes per figure: median %d, p90 %d, max %d "
            + "(non-empty: median %d, p90 %d, p99 %d); memberships %d; genes used %d, "
            + "in >=1%% of figures %d, in >=1000 figures %d; top %s%n",
        figures,
        empty,
        q(sizes, 0.5),
        q(sizes, 0.9),
        sizes.get(figures - 1),
        q(nonEmpty, 0.5),
        q(nonEmpty, 0.9),
        q(nonEmpty, 0.99),
        members,
        use.size(),
        use.values().stream().filter(c -> c >= figures / 100).count(),
        use.values().stream().filter(c -> c >= 1000).count(),
        top);
  }

  private static int q(List<Integer> sorted, double q) {
    return sorted.get(Math.min(sorted.size() - 1, (int) (q * sorted.size())));
  }
}
