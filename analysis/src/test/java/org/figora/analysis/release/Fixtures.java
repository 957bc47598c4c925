package org.figora.analysis.release;

import java.nio.charset.StandardCharsets;

/**
 * Small PFOCR-style human gene GMTs with real NCBI Gene IDs (checked against {@code
 * reference/human-genes.tsv.gz}: 3480 is IGF1R, 207 AKT1, 1956 EGFR, 7124 TNF, 1499 CTNNB1…).
 */
final class Fixtures {

  static final String CURRENT_GMT_NAME = "pfocr-20240510-gmt-Homo_sapiens.gmt";
  static final String OLD_GMT_NAME = "pfocr-20240101-gmt-Homo_sapiens.gmt";

  private static final String INSULIN =
      set(
          "Insulin and IGF1 signalling",
          "PMC1000001__F1",
          "3479 3480 3667 8660 5290 5295 5170 207 2308 2932 2475");
  private static final String MAPK =
      set(
          "EGFR to ERK",
          "PMC1000002__F3",
          "1956 2885 6654 3265 3845 673 5894 5604 5605 5594 5595 2002 2353 3725");

  /** 999999999 is no NCBI Gene ID: counted as unmapped. */
  private static final String TNF =
      set(
          "TNF-induced apoptosis",
          "PMC1000003__F2",
          "7124 7132 8717 8772 841 637 54205 317 842 836 999999999");

  private static final String NFKB =
      set("Canonical NF-kB activation", "PMC1000004__F1", "7124 7132 3551 1147 4792 4790 5970");
  private static final String WNT =
      set(
          "Wnt/beta-catenin signalling",
          "PMC1000005__F4",
          "89780 8321 4040 1855 8312 324 1499 6934 4609 595");

  /** Release 20240510: 5 figures, 50 distinct genes, 1 unmapped ID. */
  static final String CURRENT_GMT = INSULIN + MAPK + TNF + NFKB + WNT;

  static final int CURRENT_FIGURES = 5;
  static final int CURRENT_GENES = 50;

  /** Release 20240101: 3 figures, 35 genes. */
  static final String OLD_GMT = (INSULIN + MAPK + WNT).replace("PFOCR_20240510", "PFOCR_20240101");

  static final int OLD_FIGURES = 3;
  static final int OLD_GENES = 35;

  private Fixtures() {}

  private static String set(String title, String figid, String ids) {
    return title
        + "%PFOCR_20240510%"
        + figid
        + "%Homo sapiens\t"
        + "https://pfocr.wikipathways.org/figures/"
        + figid
        + ".html\t"
        + ids.replace(' ', '\t')
        + "\n";
  }

  static byte[] bytes(String text) {
    return text.getBytes(StandardCharsets.UTF_8);
  }
}
