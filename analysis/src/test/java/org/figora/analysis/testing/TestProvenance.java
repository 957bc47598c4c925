package org.figora.analysis.testing;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.figora.analysis.enrich.EnrichmentResult;
import org.figora.analysis.enrich.RowSelection;
import org.figora.analysis.enrich.Universe;
import org.figora.analysis.report.Provenance;
import org.figora.analysis.stats.PValueAdjustment;

/** Provenance values for report tests, with a fixed time and no command line. */
public final class TestProvenance {

  /** The time every test provenance carries. */
  public static final Instant CREATED = Instant.parse("2024-05-10T12:00:00Z");

  private TestProvenance() {}

  /**
   * @return a small fixed provenance: annotated background of 100 genes, BH, 10 figures
   */
  public static Provenance fixed() {
    return new Provenance(
        "test",
        "corpus",
        Optional.empty(),
        "sha256:0123456789abcdef",
        "0123456789abcdef",
        10,
        "ref",
        Universe.Policy.ANNOTATED,
        100,
        0,
        Optional.empty(),
        1,
        1000,
        PValueAdjustment.BENJAMINI_HOCHBERG,
        false,
        10,
        RowSelection.hits(),
        "list",
        3,
        3,
        List.of(),
        3,
        List.of(),
        CREATED,
        Optional.empty());
  }

  /**
   * @param result a result
   * @return a provenance with the result's background, options and counts
   */
  public static Provenance of(EnrichmentResult result) {
    return new Provenance(
        "test",
        "corpus",
        Optional.empty(),
        "sha256:0123456789abcdef",
        "0123456789abcdef",
        result.testedFigures(),
        "ref",
        result.universe().policy(),
        result.universeSize(),
        0,
        Optional.empty(),
        1,
        1000,
        result.options().correction(),
        false,
        result.testedFigures(),
        RowSelection.hits(),
        result.list().name(),
        result.list().symbols().size(),
        result.list().symbols().size(),
        List.of(),
        result.querySize(),
        result.outsideUniverse(),
        CREATED,
        Optional.empty());
  }
}
