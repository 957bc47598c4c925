package org.figora.analysis;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import org.figora.analysis.enrich.EnrichmentEngine;
import org.figora.analysis.enrich.EnrichmentOptions;
import org.figora.analysis.enrich.EnrichmentResult;
import org.figora.analysis.enrich.GeneList;
import org.figora.analysis.enrich.Universe;
import org.figora.analysis.gene.GeneReference;
import org.figora.analysis.index.FigureIndex;
import org.figora.analysis.index.IndexStore;
import org.figora.analysis.report.ReportColumns;
import org.figora.analysis.report.ReportTables;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tech.tablesaw.api.Table;

/** The README's "Library use" example, as written there, runs and gives a ranked table. */
class ReadmeExampleTest {

  @TempDir Path cache;

  @Test
  void libraryExampleFromTheReadme() throws IOException {
    // As in README.md, with the cache in a temporary folder and seeds/ seen from analysis/.
    GeneReference reference = GeneReference.bundled();
    IndexStore store = new IndexStore(cache, reference);
    FigureIndex index = store.open(List.of(Path.of("../seeds")), false).index();
    EnrichmentEngine engine =
        new EnrichmentEngine(index, Universe.annotated(index), EnrichmentOptions.defaults());
    EnrichmentResult result =
        engine.enrich(GeneList.of("my list", "IGF1R", "IRS1", "AKT1", "PIK3CA"));
    Table table = ReportTables.of(result, result.hits());

    assertEquals(result.hits().size(), table.rowCount());
    assertTrue(table.rowCount() > 10);
    assertEquals(1, table.intColumn(ReportColumns.RANK).get(0));
    assertEquals(4, table.intColumn(ReportColumns.LIST_SIZE).get(0));
  }
}
