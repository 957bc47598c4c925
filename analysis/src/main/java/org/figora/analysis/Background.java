package org.figora.analysis;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HexFormat;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.figora.analysis.enrich.Universe;
import org.figora.analysis.format.InputFormatException;
import org.figora.analysis.input.GeneListReader;
import org.figora.analysis.input.InputIdentifier;
import org.figora.analysis.internal.Digests;
import org.figora.analysis.report.BackgroundFile;

/**
 * The background (universe) of an analysis, before it is made for a corpus: the genes that could
 * have been in a list. One of three policies ({@link Universe.Policy}): the genes annotated in at
 * least one figure ({@link #annotated()}, the default), every protein-coding gene of the reference
 * ({@link #proteinCoding()}), or the genes an experiment measured ({@link #genes}, {@link #read}),
 * intersected with the annotated genes.
 *
 * <p>A background is immutable. It becomes a {@link Universe} for one corpus through {@link
 * FigureCorpus#universe(Background)}; a universe belongs to that corpus's index.
 */
public final class Background {

  private static final Background ANNOTATED =
      new Background(Universe.Policy.ANNOTATED, "annotated", List.of(), Optional.empty());
  private static final Background PROTEIN_CODING =
      new Background(Universe.Policy.PROTEIN_CODING, "protein-coding", List.of(), Optional.empty());

  private final Universe.Policy policy;
  private final String name;
  private final List<InputIdentifier> identifiers;
  private final Optional<BackgroundFile> file;

  private Background(
      Universe.Policy policy,
      String name,
      List<InputIdentifier> identifiers,
      Optional<BackgroundFile> file) {
    this.policy = policy;
    this.name = name;
    this.identifiers = List.copyOf(identifiers);
    this.file = file;
  }

  /**
   * @return genes in at least one figure of the corpus (clusterProfiler's rule; the default)
   */
  public static Background annotated() {
    return ANNOTATED;
  }

  /**
   * @return every protein-coding gene of the gene reference (a genome-wide background)
   */
  public static Background proteinCoding() {
    return PROTEIN_CODING;
  }

  /**
   * The genes an experiment measured, given as identifiers (symbols, aliases, Entrez or Ensembl
   * IDs), resolved as gene lists are; genes in no figure are dropped and counted.
   *
   * @param name a name for reports
   * @param identifiers the identifiers
   * @return the background
   */
  public static Background genes(String name, List<String> identifiers) {
    Objects.requireNonNull(name, "name");
    return new Background(
        Universe.Policy.GENE_LIST, name, FigureCorpus.numbered(identifiers), Optional.empty());
  }

  /**
   * The genes an experiment measured, read from a gene list file (one identifier per line or
   * separated by commas, tabs or spaces). Reports name the file and its SHA-256 digest.
   *
   * @param file the file
   * @return the background
   * @throws IOException when the file cannot be read
   * @throws InputFormatException when it is not a readable gene list
   */
  public static Background read(Path file) throws IOException {
    byte[] bytes = Files.readAllBytes(file);
    List<InputIdentifier> identifiers = new GeneListReader().read(file);
    String name = file.getFileName() == null ? file.toString() : file.getFileName().toString();
    return new Background(
        Universe.Policy.GENE_LIST,
        name,
        identifiers,
        Optional.of(
            new BackgroundFile(name, HexFormat.of().formatHex(Digests.sha256().digest(bytes)))));
  }

  /**
   * A background as the command line and configuration files name it: {@code annotated}, {@code
   * protein-coding}, or the path of a file of genes.
   *
   * @param text the name or path
   * @return the background
   * @throws IOException when the file cannot be read
   * @throws IllegalArgumentException when the text is neither a policy name nor a regular file
   */
  public static Background parse(String text) throws IOException {
    if (text.equals(ANNOTATED.name)) {
      return ANNOTATED;
    }
    if (text.equals(PROTEIN_CODING.name)) {
      return PROTEIN_CODING;
    }
    Path file = Path.of(text);
    if (!Files.isRegularFile(file)) {
      throw new IllegalArgumentException(
          "'"
              + text
              + "' is neither 'annotated', "
              + "'protein-coding' nor a readable file of genes");
    }
    return read(file);
  }

  /**
   * @return the policy
   */
  public Universe.Policy policy() {
    return policy;
  }

  /**
   * @return the policy's label, or the name of a gene list background
   */
  public String name() {
    return name;
  }

  /**
   * @return the file a gene list background was read from, with its digest
   */
  public Optional<BackgroundFile> file() {
    return file;
  }

  /**
   * @return the identifiers of a gene list background (empty for the other policies)
   */
  List<InputIdentifier> identifiers() {
    return identifiers;
  }

  /**
   * Whether the background is one of the fixed policies, whose universe a corpus can keep.
   *
   * @return true for annotated and protein-coding
   */
  boolean isFixed() {
    return policy != Universe.Policy.GENE_LIST;
  }

  @Override
  public String toString() {
    return policy == Universe.Policy.GENE_LIST ? "genes of " + name : name;
  }
}
