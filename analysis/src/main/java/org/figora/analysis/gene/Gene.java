package org.figora.analysis.gene;

import java.util.List;
import java.util.Objects;

/**
 * One human gene of the reference: an NCBI Gene record.
 *
 * @param entrezId NCBI Gene (Entrez) ID, positive
 * @param symbol official gene symbol, case-sensitive (e.g. {@code TP53})
 * @param type NCBI gene type, e.g. {@code protein-coding}, {@code ncRNA}, {@code pseudo}
 * @param name full gene name, e.g. {@code tumor protein p53}; may be empty
 * @param aliases alias and previous symbols, without the symbol itself; unmodifiable
 * @param ensemblIds Ensembl gene IDs ({@code ENSG...}) without version; unmodifiable
 */
public record Gene(
    int entrezId,
    String symbol,
    String type,
    String name,
    List<String> aliases,
    List<String> ensemblIds) {

  /** The NCBI gene type of protein-coding genes. */
  public static final String PROTEIN_CODING = "protein-coding";

  /**
   * Checks the values and makes the lists unmodifiable copies.
   *
   * @param entrezId NCBI Gene (Entrez) ID, positive
   * @param symbol official gene symbol, case-sensitive (e.g. {@code TP53})
   * @param type NCBI gene type, e.g. {@code protein-coding}, {@code ncRNA}, {@code pseudo}
   * @param name full gene name, e.g. {@code tumor protein p53}; may be empty
   * @param aliases alias and previous symbols, without the symbol itself; unmodifiable
   * @param ensemblIds Ensembl gene IDs ({@code ENSG...}) without version; unmodifiable
   * @throws IllegalArgumentException if the Entrez ID is not positive or the symbol or type is
   *     blank
   * @throws NullPointerException if any component is null
   */
  public Gene {
    if (entrezId <= 0) {
      throw new IllegalArgumentException("Entrez ID must be positive: " + entrezId);
    }
    Objects.requireNonNull(symbol, "symbol");
    Objects.requireNonNull(type, "type");
    Objects.requireNonNull(name, "name");
    if (symbol.isBlank()) {
      throw new IllegalArgumentException("blank symbol for Entrez ID " + entrezId);
    }
    if (type.isBlank()) {
      throw new IllegalArgumentException("blank gene type for Entrez ID " + entrezId);
    }
    aliases = List.copyOf(aliases);
    ensemblIds = List.copyOf(ensemblIds);
  }

  /**
   * Tells whether NCBI classifies this gene as protein-coding.
   *
   * @return true if {@link #type()} is {@value #PROTEIN_CODING}
   */
  public boolean isProteinCoding() {
    return PROTEIN_CODING.equals(type);
  }
}
