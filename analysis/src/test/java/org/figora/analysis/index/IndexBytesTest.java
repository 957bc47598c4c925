package org.figora.analysis.index;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import org.figora.analysis.corpus.Corpus;
import org.figora.analysis.corpus.LoadReport;
import org.figora.analysis.figure.Figure;
import org.junit.jupiter.api.Test;

/** The public byte form of an index: the cache encoding, round trip and damage detection. */
class IndexBytesTest {

  private static LoadedIndex loaded() {
    Corpus corpus =
        new Corpus(
            List.of(
                IndexCodecTest.richFigure(),
                IndexCodecTest.bareFigure(),
                Figure.ofGeneSet("WP254", "Apoptosis", "", List.of("TP53", "FADD"), "sets.gmt:1")),
            new LoadReport(1, 3, List.of(), List.of(), 0, 0));
    return new LoadedIndex(FigureIndex.of(corpus), "fp", false, Optional.empty(), Optional.empty());
  }

  @Test
  void roundTripGivesTheSameIndex() {
    LoadedIndex loaded = loaded();
    byte[] bytes = IndexBytes.encode(loaded);
    FigureIndex decoded = IndexBytes.decode(bytes);
    assertEquals(loaded.index().corpus(), decoded.corpus());
    assertEquals(loaded.index().genes(), decoded.genes());
    assertArrayEquals(loaded.index().figureGenes(), decoded.figureGenes());
    assertArrayEquals(IndexCodec.encode(loaded.index(), "fp").toByteArray(), bytes);
  }

  @Test
  void damagedBytesAreRefused() {
    byte[] bytes = IndexBytes.encode(loaded());
    bytes[bytes.length - 1] ^= 1;
    assertThrows(IllegalArgumentException.class, () -> IndexBytes.decode(bytes));
    assertThrows(IllegalArgumentException.class, () -> IndexBytes.decode(Arrays.copyOf(bytes, 10)));
  }
}
