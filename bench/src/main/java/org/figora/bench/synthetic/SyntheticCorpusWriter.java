package org.figora.bench.synthetic;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Pattern;
import org.figora.analysis.enrich.GeneList;

/**
 * Writes a {@link SyntheticCorpus} as PFOCR figure records (YAML front matter, one {@code
 * <figid>.md} file per figure, in the layout of the seed record), as a GMT file, and writes gene
 * lists as one-symbol-a-line text files.
 */
public final class SyntheticCorpusWriter {

  /** Scalars written without quotes; everything else is single-quoted. */
  private static final Pattern PLAIN =
      Pattern.compile("[A-Za-z0-9][A-Za-z0-9._()/-]*( [A-Za-z]+)*");

  private SyntheticCorpusWriter() {}

  /**
   * Writes one record file per figure into a directory (created if missing).
   *
   * @param corpus the figures
   * @param directory the target directory
   * @throws IOException when a file cannot be written
   */
  public static void writeRecords(SyntheticCorpus corpus, Path directory) throws IOException {
    Files.createDirectories(directory);
    for (SyntheticFigure figure : corpus.figures()) {
      Files.writeString(
          directory.resolve(figure.figid() + ".md"), recordText(figure), StandardCharsets.UTF_8);
    }
  }

  /**
   * Writes the figures with at least one human gene as a GMT file: figid, title, genes.
   *
   * @param corpus the figures
   * @param file the GMT file
   * @throws IOException when it cannot be written
   */
  public static void writeGmt(SyntheticCorpus corpus, Path file) throws IOException {
    try (Writer out = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
      for (SyntheticFigure figure : corpus.figures()) {
        if (!figure.humanGenes().isEmpty()) {
          out.write(
              figure.figid()
                  + "\t"
                  + figure.title()
                  + "\t"
                  + String.join("\t", figure.humanGenes())
                  + "\n");
        }
      }
    }
  }

  /**
   * Writes each list as {@code <name>.txt} (a {@code #} comment line, then one symbol a line).
   *
   * @param lists the lists
   * @param directory the target directory (created if missing)
   * @throws IOException when a file cannot be written
   */
  public static void writeLists(List<GeneList> lists, Path directory) throws IOException {
    Files.createDirectories(directory);
    for (GeneList list : lists) {
      try (BufferedWriter out =
          Files.newBufferedWriter(
              directory.resolve(list.name() + ".txt"), StandardCharsets.UTF_8)) {
        out.write("# " + list.name() + ": " + list.symbols().size() + " synthetic genes\n");
        for (String symbol : list.symbols()) {
          out.write(symbol);
          out.write('\n');
        }
      }
    }
  }

  /**
   * The record file of one figure, in the field order of PFOCR's newer export.
   *
   * @param figure the figure
   * @return the file's text: front matter between {@code ---} lines
   */
  public static String recordText(SyntheticFigure figure) {
    String alias = figure.pmcid() + "__F" + figure.number();
    StringBuilder out = new StringBuilder(512 + 12 * figure.keywords().size());
    out.append("---\n")
        .append("figid: ")
        .append(figure.figid())
        .append('\n')
        .append("figtitle: ")
        .append(scalar(figure.title()))
        .append('\n')
        .append("organisms:\n- Homo sapiens\n")
        .append("organisms_ner:\n- Homo sapiens\n")
        .append("pmcid: ")
        .append(figure.pmcid())
        .append('\n')
        .append("filename: synthetic-f")
        .append(figure.number())
        .append(".jpg\n")
        .append("figlink: /pmc/articles/")
        .append(figure.pmcid())
        .append("/figure/F")
        .append(figure.number())
        .append("/\n")
        .append("number: F")
        .append(figure.number())
        .append('\n')
        .append("caption: ")
        .append(scalar(figure.title() + ", generated for benchmarks."))
        .append('\n')
        .append("papertitle: Synthetic paper ")
        .append(figure.pmcid())
        .append('\n')
        .append("reftext: Synthetic Author, et al. Synth J. ")
        .append(figure.year())
        .append('\n')
        .append("year: '")
        .append(figure.year())
        .append("'\n")
        .append("doi: .na.character\n")
        .append("journal_title: .na.character\n")
        .append("keywords: .na.character\n")
        .append("automl_pathway: 0.9\n")
        .append("figid_alias: ")
        .append(alias)
        .append('\n')
        .append("figtype: Figure\n")
        .append("redirect_from: /figures/")
        .append(alias)
        .append('\n')
        .append("seo: CreativeWork\n")
        .append("schema-jsonld:\n")
        .append("  '@context': https://schema.org/\n")
        .append("  '@id': https://pfocr.wikipathways.org/figures/")
        .append(figure.figid())
        .append(".html\n")
        .append("  '@type': Dataset\n")
        .append("  license: CC0\n")
        .append("  name: CreativeWork\n")
        .append("  keywords:\n");
    for (String keyword : figure.keywords()) {
      out.append("  - ").append(scalar(keyword)).append('\n');
    }
    return out.append("---\n").toString();
  }

  private static String scalar(String value) {
    return PLAIN.matcher(value).matches() && !value.contains(": ")
        ? value
        : "'" + value.replace("'", "''") + "'";
  }
}
