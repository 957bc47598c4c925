package org.figora.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.figora.analysis.InputFormatException;
import org.figora.analysis.enrich.Universe;
import org.figora.analysis.gene.GeneReference;
import org.figora.analysis.index.FigureIndex;
import org.figora.analysis.input.GeneListReader;
import org.figora.analysis.input.GeneListResolver;
import org.figora.analysis.input.ResolvedGeneList;

/** Turns the {@code --background} option into a {@link Universe}. */
final class Backgrounds {

  private Backgrounds() {}

  static Universe universe(String background, FigureIndex index, GeneReference reference,
      PrintWriter err, boolean quiet) throws IOException {
    switch (background) {
      case "annotated":
        return Universe.annotated(index);
      case "protein-coding":
        return Universe.proteinCoding(index, reference);
      default:
        break;
    }
    Path file;
    try {
      file = InputFiles.readable(background, "background");
    } catch (InputFormatException e) {
      throw new DataException("--background " + background + " is neither 'annotated' nor"
          + " 'protein-coding', and as a file: " + e.getMessage());
    }
    ResolvedGeneList genes = new GeneListResolver(reference)
        .resolve(file.getFileName().toString(), new GeneListReader().read(file));
    Universe universe = Universe.ofGenes(index, genes.symbols());
    if (universe.size() == 0) {
      throw new DataException(file + ": none of the " + genes.symbols().size()
          + " background genes occurs in any figure of the corpus");
    }
    if (!quiet) {
      err.println("figora: background " + file + ": " + genes.summary() + "; "
          + universe.size() + " in at least one figure (N), " + universe.droppedGenes()
          + " in none dropped");
    }
    return universe;
  }

  /**
   * A list with no gene in the background is an error, not a table of p = 1. Checked for every
   * list before any is tested, so that a batch with such a list writes nothing.
   */
  static void requireGenesInUniverse(ResolvedGeneList input, Universe universe) {
    List<String> symbols = input.symbols();
    if (symbols.stream().anyMatch(universe::contains)) {
      return;
    }
    throw new DataException(input.name() + ": none of its " + symbols.size()
        + " mapped genes is in the background (" + universe.policy().label() + ", N = "
        + universe.size() + "); e.g. "
        + String.join(", ", symbols.subList(0, Math.min(5, symbols.size())))
        + ". Check the species and identifiers, or choose another --background.");
  }
}
