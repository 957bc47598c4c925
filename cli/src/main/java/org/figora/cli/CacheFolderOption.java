package org.figora.cli;

import java.nio.file.Path;
import picocli.CommandLine.Option;

/** {@code --cache-dir}: the cache folder of the commands that use it without a corpus. */
final class CacheFolderOption {

  @Option(
      names = "--cache-dir",
      paramLabel = "DIR",
      description = "Cache folder (default: $XDG_CACHE_HOME/figora or ~/.cache/figora).")
  Path folder;

  /**
   * @param root the command, for its environment
   * @return the folder given, else the default one
   */
  Path folder(FigoraCommand root) {
    return CorpusOptions.cacheDirectory(root, folder);
  }
}
