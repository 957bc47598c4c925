package org.figora.analysis.corpus;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.figora.analysis.figure.Figure;
import org.figora.analysis.gene.GeneReference;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** GMT written from a corpus reads back to the same figids and gene sets. */
class GmtWriterTest {

  @TempDir Path folder;

  @Test
  void theSeedsRoundTripThroughGmt() throws IOException {
    Corpus seeds =
        CorpusLoader.withReference(GeneReference.bundled()).load(List.of(Path.of("../seeds")));
    StringWriter out = new StringWriter();
    int written = GmtWriter.write(seeds.figures(), out);
    long withGenes = seeds.figures().stream().filter(f -> !f.humanGenes().isEmpty()).count();
    assertEquals(withGenes, written);
    assertEquals(written, out.toString().lines().count());

    Path gmt = folder.resolve("seeds.gmt");
    Files.writeString(gmt, out.toString());
    Corpus back = CorpusLoader.withReference(GeneReference.bundled()).load(List.of(gmt));
    assertEquals(genes(seeds), genes(back));
  }

  private static Map<String, List<String>> genes(Corpus corpus) {
    return corpus.figures().stream()
        .filter(f -> !f.humanGenes().isEmpty())
        .collect(Collectors.toMap(Figure::figid, Figure::humanGenes, (a, b) -> a));
  }
}
