package org.figora.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Commands agree with each other (issue 13): identifiers resolve the same way everywhere, tables
 * are read the same way everywhere, and the README's examples are the --help's.
 */
class CommandConsistencyTest {

  @TempDir static Path cache;
  @TempDir Path dir;

  private static List<String> figids(CliRun run) {
    return run.outLines().stream().skip(1).map(l -> l.split("\t")[0]).toList();
  }

  @Test
  void figuresListResolvesGenesAsEnrichDoes() {
    List<String> exact = figids(CliRun.run(cache, "figures", "list", "--gene", "IGF1R").ok());
    assertTrue(exact.contains(CliRun.IGF1R_FIGURE), exact.toString());
    for (String spelling : List.of("igf1r", "IGFIR", "CD221", "3480", "ENSG00000140443")) {
      CliRun run = CliRun.run(cache, "figures", "list", "--gene", spelling).ok();
      assertEquals(exact, figids(run), spelling);
      assertTrue(run.err().contains("--gene " + spelling + ": IGF1R ("), run.err());
    }
  }

  @Test
  void figuresListRefusesAmbiguousAndUnknownGenes() {
    CliRun ambiguous =
        CliRun.run(cache, "figures", "list", "--gene", "DIFF6").expect(ExitCodes.USAGE);
    assertTrue(
        ambiguous.err().contains("--gene DIFF6 is ambiguous: it names SEPTIN1, SEPTIN2"),
        ambiguous.err());
    CliRun unknown =
        CliRun.run(cache, "figures", "list", "--gene", "NOTAGENE1").expect(ExitCodes.USAGE);
    assertTrue(unknown.err().contains("--gene NOTAGENE1 is not a human gene"), unknown.err());
    CliRun missing = CliRun.run(cache, "figures", "list", "--gene", "NA").expect(ExitCodes.USAGE);
    assertTrue(missing.err().contains("--gene NA is not a human gene"), missing.err());
  }

  @Test
  void yearAndOrganismSayHowManyFiguresLackTheField() {
    CliRun all = CliRun.run(cache, "figures", "list", "--gene", "IGF1R").ok();
    int matching = figids(all).size();
    CliRun year =
        CliRun.run(cache, "figures", "list", "--gene", "IGF1R", "--year", "2000-2030").ok();
    Matcher left =
        Pattern.compile(
                "--year left out (\\d+) figures? that would otherwise match" + " but have no year")
            .matcher(year.err());
    assertTrue(left.find(), year.err());
    assertEquals(matching, figids(year).size() + Integer.parseInt(left.group(1)), year.err());
    assertTrue(Integer.parseInt(left.group(1)) > 0, "the seed GMT figures have no year");
    CliRun organism =
        CliRun.run(cache, "figures", "list", "--gene", "IGF1R", "--organism", "sapiens").ok();
    Matcher leftOrganism =
        Pattern.compile(
                "--organism left out (\\d+) figures? that would"
                    + " otherwise match but name no organism")
            .matcher(organism.err());
    assertTrue(leftOrganism.find(), organism.err());
    assertTrue(figids(organism).size() + Integer.parseInt(leftOrganism.group(1)) <= matching);
  }

  @Test
  void figuresShowTakesAPmcidAndListsThePapersFigures() throws IOException {
    Path gmt =
        Files.writeString(
            dir.resolve("paper.gmt"),
            "PMC1234__F1\tfirst figure\tTP53\tEGFR\tKRAS\n"
                + "PMC1234__F2\tsecond figure\tAKT1\tMTOR\n"
                + "PMC5678__F1\tanother paper\tMYC\tMAX\n",
            StandardCharsets.UTF_8);
    CliRun run = CliRun.run(cache, "figures", "show", "--corpus", gmt, "PMC1234").ok();
    assertEquals(List.of("PMC1234__F1", "PMC1234__F2"), figids(run));
    assertEquals(
        figids(run), figids(CliRun.run(cache, "figures", "show", "--corpus", gmt, "pmc1234").ok()));
    CliRun one = CliRun.run(cache, "figures", "show", "--corpus", gmt, "PMC1234__F2").ok();
    assertTrue(one.out().startsWith("figid: PMC1234__F2"), one.out());
    CliRun none =
        CliRun.run(cache, "figures", "show", "--corpus", gmt, "PMC999").expect(ExitCodes.DATA);
    assertTrue(none.err().contains("no figure of the paper PMC999"), none.err());
  }

  @Test
  void genesResolveReadsTablesAsEnrichDoes() {
    CliRun run =
        CliRun.run(
                cache,
                "genes",
                "resolve",
                CliRun.DESEQ2,
                "--gene-column",
                "column1",
                "--where",
                "padj < 0.05 and log2FoldChange > 1")
            .ok();
    CliRun enrich =
        CliRun.run(
                cache,
                "enrich",
                CliRun.DESEQ2,
                "--gene-column",
                "column1",
                "--where",
                "padj < 0.05 and log2FoldChange > 1")
            .ok();
    String summary =
        run.err().lines().filter(l -> l.contains("identifiers:")).findFirst().orElseThrow();
    assertTrue(
        enrich.err().contains(summary.substring(summary.indexOf("identifiers:") - 3)),
        run.err() + "\n" + enrich.err());
    assertTrue(run.outLines().size() > 1);
    CliRun noColumn = CliRun.run(cache, "genes", "resolve", CliRun.DESEQ2).expect(ExitCodes.USAGE);
    assertTrue(noColumn.err().contains("--gene-column"), noColumn.err());
    CliRun whereAlone =
        CliRun.run(cache, "genes", "resolve", CliRun.IGF1R, "--where", "x < 1")
            .expect(ExitCodes.USAGE);
    assertTrue(whereAlone.err().contains("needs --gene-column"), whereAlone.err());
  }

  @Test
  void correctionFdrIsBh() {
    CliRun bh = CliRun.run(cache, "enrich", CliRun.IGF1R, "-q", "--correction", "bh").ok();
    CliRun fdr = CliRun.run(cache, "enrich", CliRun.IGF1R, "-q", "--correction", "fdr").ok();
    assertEquals(bh.out(), fdr.out());
  }

  /** Joins shell continuation lines and collapses white space. */
  private static String normalised(String command) {
    return command.replaceAll("\\\\\\s*\\n\\s*", " ").replaceAll("\\s+", " ").strip();
  }

  @Test
  void readmeAndHelpGiveTheSameGeneColumnExampleAndItRuns() throws IOException {
    String help = CliRun.run(cache, "enrich", "--help").ok().out();
    Matcher inHelp =
        Pattern.compile("figora enrich \\S+ --gene-column .*\\\\\\s*\\n.*--where .*").matcher(help);
    assertTrue(inHelp.find(), help);
    String example = normalised(inHelp.group());
    String readme = Files.readString(CliRun.ROOT.resolve("README.md"), StandardCharsets.UTF_8);
    Matcher inReadme =
        Pattern.compile("figora enrich \\S+ --gene-column [^\\n]*\\\\\\s*\\n[^\\n]*")
            .matcher(readme);
    assertTrue(inReadme.find(), "README has a --gene-column example");
    assertEquals(example, normalised(inReadme.group()));
    String[] words = example.replace("\"", "").split(" (?=--)");
    // figora enrich FILE --gene-column C --where EXPR
    String file = words[0].substring("figora enrich ".length());
    String column = words[1].substring("--gene-column ".length());
    String where = words[2].substring("--where ".length());
    CliRun run =
        CliRun.run(
                cache,
                "enrich",
                CliRun.ROOT.resolve(file),
                "--gene-column",
                column,
                "--where",
                where)
            .ok();
    assertTrue(run.outLines().size() > 1, run.err());
  }
}
