package org.figora.analysis.fuzz;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.BufferedReader;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.figora.analysis.corpus.GmtReader;
import org.figora.analysis.figure.Figure;
import org.figora.analysis.figure.FigureRecordParser;
import org.figora.analysis.format.InputFormatException;
import org.figora.analysis.gene.GeneReference;
import org.figora.analysis.input.GeneListReader;
import org.figora.analysis.input.InputIdentifier;

/**
 * Random and mutated inputs to every parser either parse or fail with figora's own {@link
 * InputFormatException} carrying its source and a line — never another exception, never a hang.
 */
class ParserPropertiesTest {

  /** Upper bound for one input; real records parse in well under a millisecond. */
  private static final Duration LIMIT = Duration.ofSeconds(2);

  private static final byte[] SEED = readSeed();

  private static final GeneReference REFERENCE = GeneReference.bundled();

  private static final FigureRecordParser PARSER =
      new FigureRecordParser(REFERENCE::approvedSymbol);

  private static final byte[] GMT =
      ("# lists\n"
              + "PMC1__f1\tA figure\tTP53\tAKT1\tEGFR\n"
              + "Apoptosis%WikiPathways_20200210%WP254%Homo sapiens\thttps://x/WP254\t7157\t207\t1956\n"
              + "short\tline\n")
          .getBytes(StandardCharsets.UTF_8);

  private static final byte[] LIST =
      "# genes\nTP53\nakt1, \"EGFR\"\t7157\r\n1-Sep\nENSG00000141510.1\n"
          .getBytes(StandardCharsets.UTF_8);

  private static byte[] readSeed() {
    try {
      return Files.readAllBytes(Path.of("../seeds/000_7a2c117ba028c655.txt"));
    } catch (IOException e) {
      throw new IllegalStateException("the seed record is part of the repository", e);
    }
  }

  @Provide
  Arbitrary<Mutations.Mutation> mutation() {
    return Mutations.several();
  }

  @Provide
  Arbitrary<byte[]> randomBytes() {
    return Arbitraries.bytes().array(byte[].class).ofMaxSize(2048);
  }

  @Property(tries = 400)
  void mutatedRecordsParseOrFailWithLocation(@ForAll("mutation") Mutations.Mutation mutation) {
    byte[] input = mutation.apply(SEED);
    assertTimeoutPreemptively(LIMIT, () -> parseRecord(input));
  }

  @Property(tries = 200)
  void randomBytesAsRecordsFailWithLocation(@ForAll("randomBytes") byte[] input) {
    assertTimeoutPreemptively(LIMIT, () -> parseRecord(input));
  }

  @Property(tries = 300)
  void mutatedGmtReadsOrFailsWithLocation(@ForAll("mutation") Mutations.Mutation mutation) {
    byte[] input = mutation.apply(GMT);
    assertTimeoutPreemptively(
        LIMIT,
        () -> {
          try {
            GmtReader.Result result = new GmtReader(REFERENCE).read("fuzz.gmt", reader(input));
            result.figures().forEach(f -> assertTrue(!f.humanGenes().isEmpty(), f.figid()));
            result.skipped().forEach(issue -> assertTrue(issue.line() >= 1, issue.toString()));
          } catch (InputFormatException e) {
            assertEquals("fuzz.gmt", e.source());
          }
        });
  }

  @Property(tries = 300)
  void mutatedGeneListsReadOrFailWithLocation(@ForAll("mutation") Mutations.Mutation mutation) {
    byte[] input = mutation.apply(LIST);
    assertTimeoutPreemptively(
        LIMIT,
        () -> {
          try {
            List<InputIdentifier> ids =
                new GeneListReader().read(new ByteArrayInputStream(input), "fuzz.txt");
            ids.forEach(id -> assertTrue(id.line() >= 1 && !id.text().isBlank(), id.toString()));
            ids.forEach(id -> REFERENCE.resolve(id.text()));
          } catch (InputFormatException e) {
            assertEquals("fuzz.txt", e.source());
            assertLineWithin(e, input);
          }
        });
  }

  private static void parseRecord(byte[] input) {
    try {
      Figure figure = PARSER.parse("fuzz.md", input);
      assertTrue(!figure.figid().isBlank());
      assertTrue(figure.keywords().containsAll(figure.humanGenes()));
    } catch (InputFormatException e) {
      assertEquals("fuzz.md", e.source());
      assertLineWithin(e, input);
      assertTrue(!e.reason().isBlank(), e.getMessage());
    }
  }

  /**
   * The line an error names is 0 (the whole file) or one of the input's lines: at most the number
   * of line breaks (LF, CRLF or a lone CR) plus one.
   */
  private static void assertLineWithin(InputFormatException e, byte[] input) {
    int lines = 1;
    for (int i = 0; i < input.length; i++) {
      if (input[i] == '\n' || input[i] == '\r' && (i + 1 == input.length || input[i + 1] != '\n')) {
        lines++;
      }
    }
    assertTrue(
        e.line() >= 0 && e.line() <= lines,
        "line " + e.line() + " of " + lines + ": " + e.getMessage());
  }

  private static BufferedReader reader(byte[] input) {
    return new BufferedReader(
        new InputStreamReader(new ByteArrayInputStream(input), StandardCharsets.UTF_8));
  }
}
