package org.figora.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.figora.analysis.report.ReportColumns;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code genes resolve}, {@code figures list|search|show}, {@code index}, {@code export gmt}. */
class CorpusCommandsTest {

  @TempDir static Path cache;
  @TempDir Path dir;

  /** The seed GMT's lines by figid. */
  private static Map<String, List<String>> seedGmt;

  @BeforeAll
  static void readSeedGmt() throws IOException {
    seedGmt = new TreeMap<>();
    for (String line : Files.readAllLines(CliRun.SEEDS.resolve("pfocr-sample.gmt"))) {
      List<String> fields = List.of(line.split("\t", -1));
      seedGmt.put(fields.get(0), fields);
    }
    assertEquals(146, seedGmt.size());
  }

  private static List<String> genesOf(List<String> gmtFields) {
    return gmtFields.subList(2, gmtFields.size());
  }

  // genes resolve

  @Test
  void resolveShowsHowEachIdentifierMatched() {
    CliRun run = CliRun.run(cache, "genes", "resolve", CliRun.MIXED).ok();
    TextTable table = TextTable.tsv(run.out());
    assertEquals(List.of("input", "line", "match", "symbols"), table.header());
    Map<String, List<String>> byInput = new TreeMap<>();
    for (List<String> row : table.rows()) {
      byInput.put(row.get(0), row);
    }
    assertEquals(List.of("7157", "6", "entrez", "TP53"), byInput.get("7157"));
    assertEquals(List.of("TP53", "3", "exact", "TP53"), byInput.get("TP53"));
    assertEquals(List.of("tp53", "4", "case-corrected", "TP53"), byInput.get("tp53"));
    assertEquals(List.of("p53", "5", "alias", "TP53"), byInput.get("p53"));
    assertEquals(
        List.of("ENSG00000141510.17", "7", "ensembl", "TP53"), byInput.get("ENSG00000141510.17"));
    assertEquals(List.of("1-Sep", "11", "spreadsheet-mangled", "SEPTIN1"), byInput.get("1-Sep"));
    List<String> ambiguous = byInput.get("2-Mar");
    assertEquals("ambiguous", ambiguous.get(2));
    assertEquals(Set.of("MARCHF2", "MTARC2"), Set.of(ambiguous.get(3).split("/")));
    assertEquals(List.of("NOT_A_GENE", "15", "unknown", ""), byInput.get("NOT_A_GENE"));
    assertEquals("unknown", byInput.get("XYZ123").get(2));
    assertEquals("MAPK1", byInput.get("ERK2").get(3));
    assertEquals(19, table.size());
    assertTrue(run.err().contains("19 identifiers: 12 mapped"), run.err());
    assertTrue(run.err().contains("1 ambiguous, 2 unknown"), run.err());
  }

  @Test
  void resolveReadsStandardInput() {
    CliRun run = CliRun.runWithInput(cache, "her2\n", "genes", "resolve", "-", "-q").ok();
    assertEquals(List.of("input\tline\tmatch\tsymbols", "her2\t1\talias\tERBB2"), run.outLines());
    assertEquals("", run.err());
  }

  @Test
  void resolveOfAMissingFileIsBadData() {
    CliRun run =
        CliRun.run(cache, "genes", "resolve", dir.resolve("nope.txt")).expect(ExitCodes.DATA);
    assertTrue(run.err().contains("nope.txt"), run.err());
  }

  // figures

  @Test
  void showByAliasPrintsTheFigureAndItsGenes() {
    CliRun run = CliRun.run(cache, "figures", "show", "PMC5738696__F1").ok();
    List<String> lines = run.outLines();
    assertTrue(lines.contains("figid: " + CliRun.IGF1R_FIGURE), run.out());
    assertTrue(lines.contains("alias: PMC5738696__F1"), run.out());
    assertTrue(lines.contains("year: 2018"), run.out());
    String genes =
        lines.stream().filter(l -> l.startsWith("human genes (")).findFirst().orElseThrow();
    assertTrue(genes.startsWith("human genes (79): "), genes);
    List<String> symbols = List.of(genes.substring("human genes (79): ".length()).split(" "));
    assertEquals(79, symbols.size());
    assertEquals(79, new HashSet<>(symbols).size());
    assertTrue(symbols.containsAll(List.of("IGF1R", "IRS1", "AKT1", "PIK3CA")));
    assertEquals(run.out(), CliRun.run(cache, "figures", "show", CliRun.IGF1R_FIGURE).ok().out());
  }

  @Test
  void showOfAnUnknownFigureIsBadData() {
    CliRun run = CliRun.run(cache, "figures", "show", "PMC0__nope").expect(ExitCodes.DATA);
    assertTrue(run.err().contains("PMC0__nope"), run.err());
    assertEquals("", run.out());
  }

  private static List<String> figids(CliRun run) {
    TextTable table = TextTable.tsv(run.out());
    assertEquals(List.of("figid", "year", "human_genes", "title"), table.header());
    return table.column("figid");
  }

  @Test
  void listShowsEveryFigure() {
    List<String> all = figids(CliRun.run(cache, "figures", "list").ok());
    assertEquals(147, all.size());
    Set<String> expected = new HashSet<>(seedGmt.keySet());
    expected.add(CliRun.IGF1R_FIGURE);
    assertEquals(expected, Set.copyOf(all));
    assertEquals(
        all.subList(0, 5), figids(CliRun.run(cache, "figures", "list", "--limit", 5).ok()));
  }

  @Test
  void listByGeneFindsEveryFigureWithIt() {
    Set<String> expected = new HashSet<>();
    expected.add(CliRun.IGF1R_FIGURE);
    seedGmt.forEach(
        (figid, fields) -> {
          if (genesOf(fields).contains("IGF1R")) {
            expected.add(figid);
          }
        });
    TextTable table =
        TextTable.tsv(CliRun.run(cache, "figures", "list", "--gene", "IGF1R").ok().out());
    assertEquals(expected, Set.copyOf(table.column("figid")));
    for (int r = 0; r < table.size(); r++) {
      String figid = table.get(r, "figid");
      if (seedGmt.containsKey(figid)) {
        assertEquals(
            String.valueOf(genesOf(seedGmt.get(figid)).size()), table.get(r, "human_genes"));
      }
    }
    Set<String> both =
        new HashSet<>(
            figids(CliRun.run(cache, "figures", "list", "--gene", "IGF1R", "--gene", "IRS1").ok()));
    assertTrue(expected.containsAll(both) && both.contains(CliRun.IGF1R_FIGURE));
  }

  @Test
  void listByYear() {
    TextTable table =
        TextTable.tsv(CliRun.run(cache, "figures", "list", "--year", "2015-2020").ok().out());
    assertTrue(table.size() > 0);
    assertTrue(TextTable.every(table.ints("year"), y -> y >= 2015 && y <= 2020));
    CliRun.run(cache, "figures", "list", "--year", "twenty").expect(ExitCodes.USAGE);
    CliRun.run(cache, "figures", "list", "--limit", -1).expect(ExitCodes.USAGE);
  }

  @Test
  void searchMatchesTitleOrCaptionInAnyCase() {
    Set<String> expected = new HashSet<>();
    expected.add(CliRun.IGF1R_FIGURE); // its caption mentions insulin-like growth factor
    seedGmt.forEach(
        (figid, fields) -> {
          if (fields.get(1).toLowerCase(Locale.ROOT).contains("insulin")) {
            expected.add(figid);
          }
        });
    assertEquals(
        expected, Set.copyOf(figids(CliRun.run(cache, "figures", "search", "insulin").ok())));
    assertEquals(
        expected, Set.copyOf(figids(CliRun.run(cache, "figures", "search", "INSULIN").ok())));
    assertEquals(
        List.of(),
        figids(CliRun.run(cache, "figures", "search", "insulin", "zebrafish-unicorn").ok()));
  }

  // index

  @Test
  void indexBuildThenInfoUsesTheCache(@TempDir Path ownCache) throws IOException {
    CliRun first = CliRun.run(ownCache, "index", "info").ok();
    assertTrue(first.out().contains("(built now)"), first.out());
    CliRun second = CliRun.run(ownCache, "index", "info").ok();
    assertTrue(second.out().contains("(used)"), second.out());

    CliRun build = CliRun.run(ownCache, "index", "build").ok();
    assertTrue(build.err().contains("147 figures"), build.err());
    assertTrue(build.err().contains("cached at"), build.err());
    Path folder = ownCache.resolve("figora");
    List<Path> files;
    try (Stream<Path> list = Files.list(folder)) {
      files = list.toList();
    }
    assertEquals(1, files.size(), files.toString());
    assertTrue(files.get(0).getFileName().toString().endsWith(".bin"), files.toString());

    CliRun info = CliRun.run(ownCache, "index", "info").ok();
    List<String> lines = info.outLines();
    assertTrue(lines.contains("figures: 147"), info.out());
    assertTrue(lines.contains("human genes: 2121"), info.out());
    assertTrue(lines.contains("files read: 2"), info.out());
    assertTrue(lines.contains("skipped: 0"), info.out());
    assertTrue(lines.stream().anyMatch(l -> l.matches("fingerprint: [0-9a-f]{32}")), info.out());
    assertTrue(
        lines.stream().anyMatch(l -> l.startsWith("reference: ") && l.contains("2022-Sep12")),
        info.out());
    assertTrue(info.out().contains(files.get(0).toString() + " ("), info.out());
    assertTrue(info.out().contains("(used)"), info.out());

    CliRun enrich = CliRun.run(ownCache, "enrich", CliRun.IGF1R).ok();
    assertTrue(enrich.err().contains("(index cache)"), enrich.err());
  }

  @Test
  void cacheDirOptionChoosesTheCacheFolder(@TempDir Path ownCache) throws IOException {
    Path folder = dir.resolve("index-cache");
    CliRun.run(ownCache, "index", "build", "--cache-dir", folder, "-q").ok();
    try (Stream<Path> list = Files.list(folder)) {
      assertEquals(1, list.count());
    }
    assertFalse(Files.exists(ownCache.resolve("figora")), "XDG cache untouched");
    assertTrue(
        CliRun.run(ownCache, "index", "info", "--cache-dir", folder).ok().out().contains("(used)"));
  }

  @Test
  void indexCleanRemovesTheCachesAndNothingElse(@TempDir Path ownCache) throws IOException {
    CliRun.run(ownCache, "index", "build", "-q").ok();
    Path folder = ownCache.resolve("figora");
    Path otherVersion = Files.writeString(folder.resolve("index-0123abcd-v1.bin"), "old format");
    Path notes = Files.writeString(folder.resolve("notes.txt"), "mine");
    Path release = Files.createDirectories(folder.resolve("pfocr-20240101"));
    CliRun clean = CliRun.run(ownCache, "index", "clean").ok();
    assertTrue(clean.err().contains("removed 2 index caches"), clean.err());
    assertFalse(Files.exists(otherVersion));
    assertTrue(Files.exists(notes) && Files.isDirectory(release));
    try (Stream<Path> list = Files.list(folder)) {
      assertEquals(2, list.count(), "only the notes and the release are left");
    }
    assertTrue(CliRun.run(ownCache, "index", "info").ok().out().contains("(built now)"));
    assertEquals("", CliRun.run(ownCache, "index", "clean", "-q").ok().err());
  }

  @Test
  void corruptCacheIsRebuiltAndGivesTheSameResults(@TempDir Path ownCache) throws IOException {
    String expected = CliRun.run(ownCache, "enrich", CliRun.IGF1R, "-q").ok().out();
    Path file;
    try (Stream<Path> list = Files.list(ownCache.resolve("figora"))) {
      file = list.filter(f -> f.toString().endsWith(".bin")).findFirst().orElseThrow();
    }
    Files.writeString(file, "not an index", StandardCharsets.UTF_8);
    assertEquals(expected, CliRun.run(ownCache, "enrich", CliRun.IGF1R, "-q").ok().out());
    assertTrue(CliRun.run(ownCache, "index", "info").ok().out().contains("(used)"));
  }

  // export gmt

  @Test
  void exportGmtReproducesTheSeedGeneSets() {
    CliRun run = CliRun.run(cache, "export", "gmt", "-q").ok();
    List<String> lines = run.outLines();
    assertEquals(147, lines.size());
    Map<String, List<String>> exported = new TreeMap<>();
    for (String line : lines) {
      List<String> fields = List.of(line.split("\t", -1));
      assertTrue(fields.size() >= 3, line);
      assertEquals(null, exported.put(fields.get(0), fields), "one line per figure");
    }
    List<String> seed = exported.remove(CliRun.IGF1R_FIGURE);
    assertEquals(79, genesOf(seed).size());
    assertTrue(seed.get(1).startsWith("IGF1R signaling pathway"));
    assertEquals(seedGmt, exported);
  }

  @Test
  void exportedGmtReloadsToTheSameEnrichment() throws IOException {
    Path gmt = dir.resolve("exported.gmt");
    CliRun run = CliRun.run(cache, "export", "gmt", "-o", gmt).ok();
    assertEquals("", run.out());
    assertEquals(CliRun.run(cache, "export", "gmt", "-q").ok().out(), Files.readString(gmt));

    TextTable seeds = TextTable.tsv(CliRun.run(cache, "enrich", CliRun.IGF1R, "-q").ok().out());
    TextTable reloaded =
        TextTable.tsv(CliRun.run(cache, "enrich", CliRun.IGF1R, "-q", "--corpus", gmt).ok().out());
    assertEquals(seeds.header(), reloaded.header());
    assertEquals(seeds.size(), reloaded.size());
    // Statistics agree; a GMT carries no year, PMC link or citation for the seed record's figure.
    List<String> statistics =
        new ArrayList<>(
            seeds
                .header()
                .subList(
                    seeds.index(ReportColumns.RANK), seeds.index(ReportColumns.OVERLAP_GENES) + 1));
    for (String column : statistics) {
      assertEquals(seeds.column(column), reloaded.column(column), column);
    }
    assertTrue(
        CliRun.run(cache, "index", "info", "--corpus", gmt)
            .ok()
            .outLines()
            .contains("figures: 147"));
  }

  @Test
  void exportIntoAMissingFolderCreatesIt() {
    CliRun.run(cache, "export", "gmt", "-q", "-o", dir.resolve("missing/figures.gmt")).ok();
    assertTrue(Files.isRegularFile(dir.resolve("missing/figures.gmt")));
  }
}
