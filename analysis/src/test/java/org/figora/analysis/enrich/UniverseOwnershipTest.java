package org.figora.analysis.enrich;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.figora.analysis.gene.GeneReference;
import org.figora.analysis.index.FigureIndex;
import org.figora.analysis.index.IndexStore;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A background belongs to the index it was made from; the engine refuses any other index's. */
class UniverseOwnershipTest {

  @TempDir Path folder;

  private FigureIndex index(String name, String... lines) throws IOException {
    Path gmt = folder.resolve(name + ".gmt");
    Files.write(gmt, List.of(lines));
    return new IndexStore(folder.resolve("cache"), GeneReference.bundled())
        .open(List.of(gmt), true)
        .index();
  }

  @Test
  void aBackgroundOfAnIndexWithOtherSizesIsRefusedNotAnArrayIndexError() throws IOException {
    FigureIndex small = index("small", "F1\tone\tIGF1R\tIRS1\tAKT1");
    FigureIndex large =
        index(
            "large",
            "F1\tone\tIGF1R\tIRS1\tAKT1",
            "F2\ttwo\tKRAS\tHRAS\tNRAS\tBRAF",
            "F3\tthree\tTP53\tMDM2");
    IllegalArgumentException e =
        assertThrows(
            IllegalArgumentException.class,
            () ->
                new EnrichmentEngine(
                    large, Universe.annotated(small), EnrichmentOptions.defaults()));
    assertTrue(e.getMessage().contains("another index"), e.getMessage());
  }

  @Test
  void aBackgroundOfAnIndexWithTheSameSizesIsRefusedNotSilentlyWrong() throws IOException {
    // Same figure and gene counts, other genes: the universe's arrays fit, its numbers do not.
    FigureIndex first = index("first", "F1\tone\tIGF1R\tIRS1\tAKT1", "F2\ttwo\tKRAS\tHRAS");
    FigureIndex second = index("second", "G1\tone\tTP53\tMDM2\tCDKN1A", "G2\ttwo\tMYC\tMAX");
    assertEquals(first.figureCount(), second.figureCount());
    assertEquals(first.geneCount(), second.geneCount());
    Universe fromFirst = Universe.ofGenes(first, List.of("IGF1R", "IRS1", "AKT1"));
    assertThrows(
        IllegalArgumentException.class,
        () -> new EnrichmentEngine(second, fromFirst, EnrichmentOptions.defaults()));
    // Its own index is accepted.
    EnrichmentEngine engine =
        new EnrichmentEngine(first, fromFirst, EnrichmentOptions.defaults().withSizes(1, 10));
    assertEquals(3, engine.enrich(GeneList.of("l", "IGF1R", "IRS1")).universeSize());
  }
}
