package org.figora.analysis.release;

import java.io.IOException;
import java.nio.file.FileStore;
import java.nio.file.Files;

/**
 * The free space on the disk a download goes to, checked before the download (against the length
 * the server states) and during it, so that a download never fills the disk: the reserve is always
 * left free.
 */
final class DiskSpace {

  private final FileStore store;
  private final PartialDownload part;
  private final long reserveBytes;

  DiskSpace(PartialDownload part, long reserveBytes) throws IOException {
    this.part = part;
    this.store = Files.getFileStore(part.path().getParent());
    this.reserveBytes = reserveBytes;
  }

  /**
   * Requires room for more bytes plus the reserve.
   *
   * @param moreBytes the bytes still to be written, 0 when unknown
   * @throws ReleaseException (not worth retrying) when there is not enough room
   * @throws IOException when the free space cannot be read
   */
  void require(long moreBytes) throws IOException {
    long usable = store.getUsableSpace();
    if (usable - moreBytes < reserveBytes) {
      throw new ReleaseException(
          "not enough free space for "
              + part.path().getFileName()
              + " in "
              + part.path().getParent()
              + ": "
              + usable
              + " bytes free, "
              + (moreBytes > 0 ? moreBytes + " bytes to download, " : "")
              + reserveBytes
              + " bytes kept free; free some space or use another --cache-dir",
          false,
          null);
    }
  }
}
