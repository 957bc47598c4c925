package org.figora.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import org.figora.analysis.Background;
import org.figora.analysis.FigureCorpus;
import org.figora.analysis.enrich.Universe;
import org.figora.analysis.format.InputFormatException;
import org.figora.analysis.input.ResolvedGeneList;

/** Turns the {@code --background} option into a {@link Background} and checks it. */
final class Backgrounds {

  private Backgrounds() {}

  /** The background the option names, read from its file when it names one. */
  static Background parse(String option) throws IOException {
    if (option.equals(Background.annotated().name())) {
      return Background.annotated();
    }
    if (option.equals(Background.proteinCoding().name())) {
      return Background.proteinCoding();
    }
    Path file;
    try {
      file = InputFiles.readable(option, "background");
    } catch (InputFormatException e) {
      throw new DataException(
          "--background "
              + option
              + " is neither 'annotated' nor"
              + " 'protein-coding', and as a file: "
              + e.getMessage());
    }
    return Background.read(file);
  }

  /**
   * Makes the background for the corpus; for a file of genes, reports how its genes mapped and how
   * many are in no figure.
   *
   * @throws DataException when none of a file's genes is in any figure
   */
  static Universe universe(
      String option, Background background, FigureCorpus corpus, PrintWriter err, boolean quiet) {
    Universe universe = corpus.universe(background);
    if (background.policy() != Universe.Policy.GENE_LIST) {
      return universe;
    }
    ResolvedGeneList genes = corpus.resolve(background).orElseThrow();
    if (universe.size() == 0) {
      throw new DataException(
          option
              + ": none of the "
              + genes.symbols().size()
              + " background genes occurs in any figure of the corpus");
    }
    if (!quiet) {
      err.println(
          "figora: background "
              + option
              + ": "
              + genes.summary()
              + "; "
              + universe.size()
              + " in at least one figure (N), "
              + universe.droppedGenes()
              + " in none dropped");
    }
    return universe;
  }

  /**
   * A list with no gene in the background is an error, not a table of p = 1. Checked for every list
   * before any is tested, so that a batch with such a list writes nothing.
   */
  static void requireGenesInUniverse(ResolvedGeneList input, Universe universe) {
    input
        .noGeneIn(universe)
        .ifPresent(
            reason -> {
              throw new DataException(
                  reason + ". Check the species and identifiers, or choose another --background.");
            });
  }
}
