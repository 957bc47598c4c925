package org.figora.cli;

import org.figora.analysis.gene.GeneReference;
import org.figora.analysis.report.FigoraVersion;
import picocli.CommandLine.IVersionProvider;

/** figora's version, from the build, and the gene reference it ships. */
public final class VersionProvider implements IVersionProvider {

  /**
   * @return figora's version, e.g. {@code 0.1.0}
   */
  public static String version() {
    return FigoraVersion.current();
  }

  @Override
  public String[] getVersion() {
    return new String[] {
      "figora " + version(),
      "gene reference: " + GeneReference.bundled().sourceDescription(),
      "Java " + System.getProperty("java.version")
    };
  }
}
