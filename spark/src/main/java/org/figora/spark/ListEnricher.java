package org.figora.spark;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.NoSuchElementException;
import org.apache.spark.api.java.function.FlatMapFunction;
import org.apache.spark.broadcast.Broadcast;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.figora.analysis.enrich.EnrichmentEngine;
import org.figora.analysis.enrich.EnrichmentResult;
import org.figora.analysis.enrich.FigureEnrichment;
import org.figora.analysis.enrich.GroupedRows;
import org.figora.analysis.enrich.Universe;
import org.figora.analysis.gene.GeneReference;
import org.figora.analysis.index.FigureIndex;
import org.figora.analysis.index.IndexBytes;
import org.figora.analysis.input.GeneListResolver;
import org.figora.analysis.input.InputIdentifier;
import org.figora.analysis.input.ResolvedGeneList;

/**
 * The executor side of the job: turns a partition of lists ({@code list, identifiers, problem})
 * into rows of the one-pass table ({@link OutputTables}): each list's selected result rows, then
 * its summary row. Lists are tested one after the other on the task's thread (Spark runs tasks in
 * parallel), and rows are produced as the partition is read, so a task holds one list's rows at a
 * time.
 *
 * <p>The index is decoded from the broadcast bytes once per executor JVM and shared by its tasks
 * (the engine is thread-safe, and keeps a few tests' working arrays for the next tasks), with the
 * resolver and the background.
 */
final class ListEnricher implements FlatMapFunction<Iterator<Row>, Row> {

  private static final long serialVersionUID = 1L;

  /** Cells of a row of the one-pass table; positions as in {@link OutputTables}. */
  private static final int WIDTH = 25;

  private final Broadcast<byte[]> index;
  private final JobSettings settings;

  /** The engine of the last broadcast seen in this JVM, and that broadcast's id. */
  private static long preparedFor = -1;

  private static Prepared prepared;

  ListEnricher(Broadcast<byte[]> index, JobSettings settings) {
    this.index = index;
    this.settings = settings;
  }

  /** What a task needs besides its lists. */
  private record Prepared(FigureIndex index, EnrichmentEngine engine, GeneListResolver resolver) {}

  private Prepared prepared() {
    synchronized (ListEnricher.class) {
      if (preparedFor != index.id()) {
        prepared = null; // let the previous job's index go first
        FigureIndex figures = IndexBytes.decode(index.value());
        GeneReference reference = GeneReference.bundled();
        Universe universe =
            switch (settings.background()) {
              case ANNOTATED -> Universe.annotated(figures);
              case PROTEIN_CODING -> Universe.proteinCoding(figures, reference);
              case GENE_LIST -> Universe.ofGenes(figures, settings.backgroundSymbols());
            };
        prepared =
            new Prepared(
                figures,
                new EnrichmentEngine(figures, universe, settings.options()),
                new GeneListResolver(reference));
        preparedFor = index.id();
      }
      return prepared;
    }
  }

  @Override
  public Iterator<Row> call(Iterator<Row> lists) {
    Prepared ready = prepared();
    return new Iterator<>() {
      private final ArrayDeque<Row> pending = new ArrayDeque<>();

      @Override
      public boolean hasNext() {
        while (pending.isEmpty() && lists.hasNext()) {
          pending.addAll(rowsOf(ready, lists.next()));
        }
        return !pending.isEmpty();
      }

      @Override
      public Row next() {
        if (!hasNext()) {
          throw new NoSuchElementException();
        }
        return pending.poll();
      }
    };
  }

  /** One list's result rows and its summary row. */
  List<Row> rowsOf(Prepared ready, Row input) {
    String name = input.getString(0);
    List<String> texts = input.isNullAt(1) ? List.of() : input.getList(1);
    String problem = input.isNullAt(2) ? null : input.getString(2);
    List<InputIdentifier> identifiers = new ArrayList<>(texts.size());
    for (String text : texts) {
      if (text != null && !text.isBlank()) {
        identifiers.add(new InputIdentifier(text.strip(), 1));
      }
    }
    ResolvedGeneList resolved = ready.resolver().resolve(name, identifiers);
    if (problem != null) {
      return List.of(summary(resolved, OutputTables.FAILED, problem, null, null));
    }
    if (resolved.symbols().isEmpty()) {
      return List.of(
          summary(
              resolved, OutputTables.FAILED, "no usable genes: " + resolved.summary(), null, null));
    }
    Universe universe = ready.engine().universe();
    if (resolved.symbols().stream().noneMatch(universe::contains)) {
      return List.of(
          summary(
              resolved,
              OutputTables.FAILED,
              "none of its "
                  + resolved.symbols().size()
                  + " mapped genes is in the background ("
                  + universe.policy().label()
                  + ", N = "
                  + universe.size()
                  + ")",
              null,
              null));
    }
    EnrichmentResult result = ready.engine().enrich(resolved.toGeneList());
    GroupedRows shown = settings.selection().shown(result, ready.index());
    List<Row> rows = new ArrayList<>(shown.rows().size() + 1);
    for (int i = 0; i < shown.rows().size(); i++) {
      rows.add(
          resultRow(
              name,
              i + 1,
              shown.groups().group(i),
              shown.groups().groupSize(i),
              shown.rows().get(i)));
    }
    rows.add(summary(resolved, OutputTables.OK, null, result, shown.rows().size()));
    return rows;
  }

  private Row resultRow(String list, int rank, int group, int groupSize, FigureEnrichment row) {
    Object[] values = new Object[WIDTH];
    values[23] = group;
    values[24] = groupSize;
    values[0] = OutputTables.RESULT;
    values[1] = settings.format().cell(list);
    values[2] = rank;
    values[3] = row.figure().figid();
    values[4] = settings.format().cell(row.figure().title());
    values[5] = row.overlap();
    values[6] = row.figureSize();
    values[7] = row.querySize();
    values[8] = row.universeSize();
    values[9] = real(row.pValue());
    values[10] = real(row.log10PValue());
    values[11] = real(row.adjustedPValue());
    values[12] = settings.format().cell(String.join("/", row.overlapGenes()));
    return RowFactory.create(values);
  }

  private Object real(double value) {
    return settings.format().isText() ? OutputTables.number(value) : value;
  }

  private Row summary(
      ResolvedGeneList list,
      String status,
      String reason,
      EnrichmentResult result,
      Integer passing) {
    Object[] values = new Object[WIDTH];
    values[0] = OutputTables.SUMMARY;
    values[1] = settings.format().cell(list.name());
    values[7] = result == null ? null : result.querySize();
    values[13] = status;
    values[14] = settings.format().cell(reason);
    values[15] = list.identifiers().size();
    values[16] = list.symbols().size();
    values[17] = list.ambiguous().size();
    values[18] = list.unknown().size();
    values[19] = list.duplicates().size();
    values[20] = result == null ? null : result.testedFigures();
    values[21] = result == null ? null : result.hits().size();
    values[22] = passing;
    return RowFactory.create(values);
  }
}
